import type { Role } from '@core/access/roles';

/**
 * The words of the legal-aid procedure (rules.md §11.1): statuses, actions, who may take each
 * action, and the code lists the payloads use. Tables only; the fold is in legal-aid.ts.
 */

export const LEGAL_AID_STATUSES = [
  'applied',
  'materials-requested',
  'under-review',
  'reviewed',
  'granted',
  'refused',
  'deemed-withdrawn',
  'assigned',
  'agreement-signed',
  'in-progress',
  'closed',
  'file-submitted',
  'file-reviewed',
  'subsidy-paid',
  'archived',
  'terminated',
  'objection-pending',
] as const;
export type LegalAidStatus = (typeof LEGAL_AID_STATUSES)[number];

export const LEGAL_AID_STATUS_LABELS = {
  applied: '已申请',
  'materials-requested': '待补充材料',
  'under-review': '审查中',
  reviewed: '待审批',
  granted: '已决定给予法律援助',
  refused: '不予法律援助',
  'deemed-withdrawn': '视为撤回申请',
  assigned: '已指派',
  'agreement-signed': '已签订委托协议',
  'in-progress': '援助中',
  closed: '已结案',
  'file-submitted': '已提交结案材料',
  'file-reviewed': '结案材料已审查',
  'subsidy-paid': '补贴已发放',
  archived: '已归档',
  terminated: '已终止法律援助',
  'objection-pending': '异议审查中',
} as const satisfies Record<LegalAidStatus, string>;

export const LEGAL_AID_ACTIONS = [
  'apply',
  'accept',
  'request-materials',
  'materials-received',
  'deem-withdrawn',
  'review',
  'grant',
  'refuse',
  'start-advance-aid',
  'assign',
  'provider-decline',
  'accept-assignment',
  'sign-agreement',
  'terminate',
  'object',
  'decide-objection',
  'close-case',
  'submit-file',
  'review-file',
  'pay-subsidy',
  'archive',
  'comment',
  'attach',
] as const;
export type LegalAidActionType = (typeof LEGAL_AID_ACTIONS)[number];

export const LEGAL_AID_ACTION_LABELS = {
  apply: '申请法律援助',
  accept: '受理',
  'request-materials': '一次性告知补充材料',
  'materials-received': '收到补充材料',
  'deem-withdrawn': '视为撤回申请',
  review: '审查',
  grant: '决定给予法律援助',
  refuse: '决定不予法律援助',
  'start-advance-aid': '先行提供法律援助',
  assign: '指派',
  'provider-decline': '拒绝接受指派',
  'accept-assignment': '接受指派',
  'sign-agreement': '签订委托协议',
  terminate: '终止法律援助',
  object: '提出异议',
  'decide-objection': '作出异议审查决定',
  'close-case': '结案',
  'submit-file': '提交结案材料',
  'review-file': '审查结案材料',
  'pay-subsidy': '发放办案补贴',
  archive: '归档',
  comment: '备注',
  attach: '上传附件',
} as const satisfies Record<LegalAidActionType, string>;

/**
 * The legal source of each action, for the UI ("依据") and test names. 程序规定 = the MoJ
 * 办理法律援助案件程序规定 (2023, 令148), article numbers as read through a secondary extract.
 * Notes (comment, attach) have none.
 */
export const LEGAL_AID_ACTION_SOURCES = {
  apply: '法律援助法 第三十八条至第四十一条',
  accept: '法律援助法 第四十三条第一款',
  'request-materials': '法律援助法 第四十三条第二款',
  'materials-received': '法律援助法 第四十三条第二款',
  'deem-withdrawn': '法律援助法 第四十三条第二款',
  review: '法律援助法 第四十一条至第四十三条',
  grant: '法律援助法 第四十三条第一款',
  refuse: '法律援助法 第四十三条第一款、第四十九条',
  'start-advance-aid': '法律援助法 第四十四条',
  assign: '法律援助法 第四十三条第一款；办理法律援助案件程序规定 第二十四条',
  'provider-decline': '法律援助法 第四十六条',
  'accept-assignment': '法律援助法 第四十六条',
  'sign-agreement': '办理法律援助案件程序规定 第二十七条',
  terminate: '法律援助法 第四十八条',
  object: '法律援助法 第四十九条第一款',
  'decide-objection': '法律援助法 第四十九条第二款',
  'close-case': '法律援助法 第五十条',
  'submit-file': '法律援助法 第五十条',
  'review-file': '法律援助法 第五十九条',
  'pay-subsidy': '法律援助法 第五十二条',
  archive: '办理法律援助案件程序规定（条文待核实）',
  comment: null,
  attach: null,
} as const satisfies Record<LegalAidActionType, string | null>;

/** Every action but `apply` (which creates the matter) that changes nothing but the log. */
const NOTES = ['comment', 'attach'] as const;

/**
 * What each status allows. `apply` is allowed from no status only. State refines this table
 * (`availableActions` in legal-aid.ts): one materials notice per matter, one advance aid, one
 * objection per decision, a decision only after a review, deemed withdrawal only after the due date,
 * a late agreement only while none is signed.
 *
 * - review → reviewed (待审批): the decision (grant, refuse) is taken only on a review (第四十三条第一款);
 *   'review' again in reviewed revises the opinion before the decision (修改审查意见).
 * - materials: 法律援助法 第四十三条第二款 (一次性告知; no reply → deemed withdrawn).
 * - advance aid: 第四十四条, before the decision, as a side flag that leaves the status alone.
 * - termination: 第四十八条, from every status in which aid has been granted and not yet ended.
 * - objection: 第四十九条, against a refusal or a termination only.
 * - the lawyer may accept the assignment (aid starts) before the 委托协议 is signed: five-same-day
 *   starts aid on day one while 程序规定 第二十七条 leaves 5 days for the agreement.
 */
export const allowedActions = {
  applied: ['accept', 'request-materials', 'start-advance-aid', ...NOTES],
  'materials-requested': ['materials-received', 'deem-withdrawn', 'start-advance-aid', ...NOTES],
  'under-review': ['request-materials', 'review', 'start-advance-aid', ...NOTES],
  // Reviewed, awaiting the director's decision (审批); the reviewer may still revise the review.
  reviewed: ['request-materials', 'review', 'grant', 'refuse', 'start-advance-aid', ...NOTES],
  granted: ['assign', 'terminate', ...NOTES],
  refused: ['object', ...NOTES],
  'deemed-withdrawn': [...NOTES],
  assigned: ['accept-assignment', 'sign-agreement', 'provider-decline', 'terminate', ...NOTES],
  'agreement-signed': ['accept-assignment', 'terminate', ...NOTES],
  'in-progress': ['sign-agreement', 'close-case', 'terminate', ...NOTES],
  closed: ['submit-file', ...NOTES],
  'file-submitted': ['review-file', ...NOTES],
  'file-reviewed': ['pay-subsidy', ...NOTES],
  'subsidy-paid': ['archive', ...NOTES],
  archived: ['comment'],
  terminated: ['object', ...NOTES],
  'objection-pending': ['decide-objection', ...NOTES],
} as const satisfies Record<LegalAidStatus, readonly LegalAidActionType[]>;

/** Who takes an action: a staff role, the applicant (online), or the system (a deadline sweep). */
export type LegalAidActorRole = Role | 'applicant' | 'system';

const AGENCY_STAFF = ['window-clerk', 'legal-aid-reviewer', 'legal-aid-director'] as const;

/**
 * The roles that may take each action (checked on write, not on replay: a later change of this table
 * must not break stored logs). A 'lawyer' must moreover be the matter's assigned provider.
 *
 * - intake and review: window clerk and reviewer (受理、审查); the applicant applies online;
 * - decisions (grant, refuse, advance aid, termination, subsidy): the agency's director (审批);
 * - assignment and file review: reviewer or director;
 * - the provider's own steps: the assigned lawyer (接受指派、签订协议、结案、提交材料, art. 46, 50);
 * - objections: recorded by the bureau or the hall, decided by the 司法局 (bureau-leader, art. 49);
 * - deemed withdrawal: agency staff, or the deadline sweep ('system').
 */
export const ACTION_ROLES = {
  apply: ['window-clerk', 'legal-aid-reviewer', 'applicant'],
  accept: ['window-clerk', 'legal-aid-reviewer'],
  'request-materials': ['window-clerk', 'legal-aid-reviewer'],
  'materials-received': ['window-clerk', 'legal-aid-reviewer'],
  'deem-withdrawn': ['legal-aid-reviewer', 'legal-aid-director', 'system'],
  review: ['window-clerk', 'legal-aid-reviewer'],
  grant: ['legal-aid-director'],
  refuse: ['legal-aid-director'],
  'start-advance-aid': ['legal-aid-director'],
  assign: ['legal-aid-reviewer', 'legal-aid-director'],
  'provider-decline': ['lawyer'],
  'accept-assignment': ['lawyer'],
  'sign-agreement': ['lawyer'],
  terminate: ['legal-aid-director'],
  object: ['window-clerk', 'bureau-leader', 'applicant'],
  'decide-objection': ['bureau-leader'],
  'close-case': ['lawyer'],
  'submit-file': ['lawyer'],
  'review-file': ['legal-aid-reviewer', 'legal-aid-director'],
  'pay-subsidy': ['legal-aid-director'],
  archive: ['legal-aid-reviewer', 'legal-aid-director'],
  comment: [...AGENCY_STAFF, 'lawyer', 'bureau-leader'],
  attach: [...AGENCY_STAFF, 'lawyer', 'bureau-leader', 'applicant'],
} as const satisfies Record<LegalAidActionType, readonly LegalAidActorRole[]>;

/** How an application reached the agency (R1). */
export const APPLICATION_CHANNELS = [
  'window',
  'online',
  'mail',
  'workstation',
  'custodial-forwarding',
  'case-organ-notice',
] as const;
export type ApplicationChannel = (typeof APPLICATION_CHANNELS)[number];

export const APPLICATION_CHANNEL_LABELS = {
  window: '窗口申请',
  online: '网上申请',
  mail: '邮寄申请',
  workstation: '工作站、联络点转交',
  'custodial-forwarding': '羁押场所转交（第三十九条）',
  'case-organ-notice': '办案机关通知（第二十五条、第三十六条）',
} as const satisfies Record<ApplicationChannel, string>;

/** Refusal reason codes (R11), each with the article it rests on. */
export const REFUSAL_REASONS = {
  'not-in-scope': { label: '申请事项不属于法律援助范围', article: '法律援助法 第二十二条、第三十一条' },
  'hardship-not-met': { label: '经济困难状况不符合规定标准', article: '法律援助法 第三十四条、第四十一条' },
  'has-agent': {
    label: '申请人已委托辩护人或者代理人',
    article: '法律援助法 第二十四条、第二十九条、第三十一条',
  },
  'wrong-agency': {
    label: '不属于本机构受理范围，应向办案机关、争议处理机关所在地或者事由发生地的法律援助机构申请',
    article: '法律援助法 第三十八条',
  },
  untruthful: { label: '申请人未如实说明经济困难状况', article: '法律援助法 第四十一条' },
  other: { label: '其他依法不予法律援助的情形', article: '法律援助法 第四十三条' },
} as const satisfies Record<string, { label: string; article: string }>;
export type RefusalReasonCode = keyof typeof REFUSAL_REASONS;
export const REFUSAL_REASON_CODES = Object.keys(REFUSAL_REASONS) as RefusalReasonCode[];

/** 法律援助法 第四十八条第一款, items 1–8, in the statute's words. */
export const TERMINATION_GROUNDS = {
  1: '受援人以欺骗或者其他不正当手段获得法律援助',
  2: '受援人故意隐瞒与案件有关的重要事实或者提供虚假证据',
  3: '受援人利用法律援助从事违法活动',
  4: '受援人的经济状况发生变化，不再符合法律援助条件',
  5: '案件终止审理或者已经被撤销',
  6: '受援人自行委托律师或者其他代理人',
  7: '受援人有正当理由要求终止法律援助',
  8: '法律法规规定的其他情形',
} as const;
export type TerminationGround = keyof typeof TERMINATION_GROUNDS;
export const TERMINATION_GROUND_NUMBERS = [
  1, 2, 3, 4, 5, 6, 7, 8,
] as const satisfies readonly TerminationGround[];

/**
 * Grounds that set `recoveryRequired` (R16): the cost of aid is recovered and a fine of up to
 * 3,000 yuan may follow (法律援助法 第六十四条). Art. 64 names item 1 (deception); item 2
 * (facts hidden, evidence falsified) is treated alike, as the lead asked.
 */
export const RECOVERY_GROUNDS: readonly TerminationGround[] = [1, 2];

/** 法律援助法 第六十四条: the fine ceiling, in fen. */
export const FRAUD_FINE_CEILING_FEN = 300_000;

/** 法律援助法 第四十四条第一款, items 1–3. */
export const ADVANCE_AID_GROUNDS = {
  1: '距法定时效或者期限届满不足七日，需要及时提起诉讼或者申请仲裁、行政复议',
  2: '需要立即申请财产保全、证据保全或者先予执行',
  3: '法律、法规、规章规定的其他情形',
} as const;
export type AdvanceAidGround = keyof typeof ADVANCE_AID_GROUNDS;
export const ADVANCE_AID_GROUND_NUMBERS = [1, 2, 3] as const satisfies readonly AdvanceAidGround[];

/** Why a provider was chosen. */
export const ASSIGNMENT_BASES = {
  rotation: '轮流指派',
  expertise: '专业对口',
  'applicant-preference': '尊重受援人意愿',
  'senior-lawyer': '具有三年以上相关执业经历（第二十六条）',
  'duty-lawyer': '值班律师',
  'agency-staff': '本机构具有律师资格或者法律职业资格的工作人员',
  other: '其他',
} as const;
export type AssignmentBasis = keyof typeof ASSIGNMENT_BASES;

/** The 司法局's two outcomes of an objection (法律援助法 第四十九条第二款). */
export const OBJECTION_OUTCOMES = {
  upheld: '维持法律援助机构决定',
  corrected: '责令法律援助机构改正',
} as const;
export type ObjectionOutcome = keyof typeof OBJECTION_OUTCOMES;

export const FILE_REVIEW_RESULTS = { accepted: '审查通过', returned: '退回补正' } as const;
export type FileReviewResult = keyof typeof FILE_REVIEW_RESULTS;

/** Case quality grades of the file review (法律援助法 第五十七条 quality standards; local scale). */
export const FILE_GRADES = { excellent: '优秀', good: '良好', pass: '合格', fail: '不合格' } as const;
export type FileGrade = keyof typeof FILE_GRADES;

/** Written reasons (override, refusal, termination, decline, objection decision) are at least this long. */
export const MIN_WRITTEN_REASON_LENGTH = 10;
