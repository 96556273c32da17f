import type { LegalAidStatus } from '@core/procedures/legal-aid-vocabulary';
import { type MessagePairs, useMessages, type Vars } from '../../app/i18n';

/** The legal-aid pages' strings (case detail, action bar, five same-day, lists, reminders), zh-CN first. */
const MESSAGES = {
  // detail page
  deadlines: ['办理期限', 'Deadlines'],
  noDeadlines: ['当前没有进行中的法定期限', 'No statutory deadline is running'],
  due: ['截止', 'Due'],
  basisWorkingDays: ['按工作日计', 'working days'],
  basisHours: ['按小时计', 'hours'],
  basisDays: ['按日计', 'calendar days'],
  provisional: ['临时', 'Provisional'],
  provisionalHint: [
    '该年度节假日安排尚未公布，按周一至周五为工作日临时计算',
    "The year's holidays are not published yet; Monday to Friday count as working days for now",
  ],
  documents: ['法律文书', 'Documents'],
  noDocuments: ['暂无文书', 'No documents yet'],
  application: ['申请信息', 'Application'],
  applicant: ['申请人', 'Applicant'],
  male: ['男', 'male'],
  female: ['女', 'female'],
  idNumber: ['公民身份号码', 'ID number'],
  phone: ['联系电话', 'Phone'],
  address: ['住址', 'Address'],
  agent: ['代理人', 'Agent'],
  opposingParty: ['对方当事人', 'Opposing party'],
  caseKind: ['案件类别', 'Case kind'],
  channel: ['申请渠道', 'Channel'],
  mandatory: ['应当通知辩护', 'Mandatory defence'],
  no: ['否', 'No'],
  matter: ['申请事项', 'Matter'],
  art32: ['第三十二条情形', 'Art. 32 circumstances'],
  art42: ['免予核查（第四十二条）', 'Exempt from the means test (art. 42)'],
  facts: ['案情摘要', 'Facts'],
  eligibility: ['资格审查', 'Eligibility'],
  seniorLawyer: ['须三年以上执业经历律师', 'Needs a lawyer with 3+ years of practice'],
  reviewOpinion: ['审查意见', 'Review opinion'],
  recommendGrant: ['建议给予法律援助', 'Recommends granting aid'],
  recommendRefuse: ['建议不予法律援助', 'Recommends refusing aid'],
  reviewOverridden: [
    '与资格审查结果不一致（已书面说明理由）',
    'Departs from the eligibility check (reasons given in writing)',
  ],
  objectionBody: ['异议受理机关', 'Objections go to'],
  objectionHint: [
    '（对不予或终止法律援助决定有异议的，第四十九条）',
    ' (objections to a refusal or termination, art. 49)',
  ],
  provider: ['承办人员', 'Provider'],
  history: ['办理记录', 'History'],
  noHistory: ['暂无记录', 'No entries'],
  system: ['系统', 'System'],
  loadFailed: ['无法加载该申请', 'Cannot load this application'],
  retry: ['重试', 'Retry'],
  backToList: ['案件列表', 'Cases'],
  numberPending: ['（受理后编号）', '(numbered on acceptance)'],
  simpleCase: ['简易案件', 'Simple case'],
  advanceAid: ['已先行提供法律援助', 'Advance aid given'],
  recovery: ['应追偿（第六十四条）', 'Costs to recover (art. 64)'],
  appliedOn: [' · 申请于 {at}', ' · applied {at}'],
  refresh: ['刷新', 'Refresh'],
  handle: ['办理', 'Actions'],
  listSeparator: ['；', '; '],
  // action bar
  noActions: ['当前没有您可办理的操作', 'Nothing for you to do on this case now'],
  actionDone: ['{action}：已完成', '{action}: done'],
  stale: ['该申请已被他人更新，请刷新后重试', 'Someone else updated this application; refresh and try again'],
  basis: ['依据：', 'Source: '],
  // five same-day
  fiveSameDay: ['五个当天', 'Five same-day'],
  fiveSameDayLight: ['五个当天：{label}', 'Five same-day: {label}'],
  businessDate: ['办理日 {date}', 'Business day {date}'],
  notDone: ['{label}：未完成', '{label}: not done'],
  late: ['{title}（逾期）', '{title} (late)'],
  met: ['已达成', 'Met'],
  notApplicable: ['不适用', 'Not applicable'],
  refusedAid: ['不予援助', 'Aid refused'],
  missed: ['未达成', 'Missed'],
  running: ['进行中', 'Running'],
  // today board
  nextStep: ['待{step}', 'Next: {step}'],
  allDone: ['已完成', 'Done'],
  objectionWindow: ['异议期（第四十九条）', 'Objection period (art. 49)'],
  todayTitle: ['今日“五个当天”', 'Five same-day today'],
  todaySubtitle: [
    '当天申请、当天受理、当天审批、当天指派、当天提供援助 · {date}',
    'Applied, accepted, approved, assigned and aid started on the same day · {date}',
  ],
  newApplication: ['受理新申请', 'New application'],
  todayApplications: ['今日申请', "Today's applications"],
  unitCases: ['件', ''],
  metToday: ['五个当天已达成', 'Five same-day met'],
  metRate: ['五个当天达成率', 'Five same-day rate'],
  lights: ['信号灯', 'Lights'],
  atRisk: ['存在风险（{n}）', 'At risk ({n})'],
  noRisk: ['暂无风险事项，今日申请均按进度办理。', "Nothing at risk; today's applications are on track."],
  toBeAccepted: ['待受理', 'Not accepted yet'],
  toBeAcceptedParen: ['（待受理）', '(not accepted yet)'],
  noApplicationsToday: ['今日暂无法律援助申请', 'No legal aid applications today'],
  colNumber: ['案件编号', 'Case number'],
  colApplicant: ['申请人', 'Applicant'],
  colKind: ['类别', 'Kind'],
  colAppliedAt: ['申请时间', 'Applied'],
  colProgress: ['进度', 'Progress'],
  colStatus: ['状态', 'Status'],
  colNext: ['下一步', 'Next step'],
  // list
  listTitle: ['法律援助案件', 'Legal aid cases'],
  listSubtitle: [
    '按状态筛选，按编号、申请人姓名搜索；身份证号已脱敏',
    'Filter by status, search by number or applicant name; ID numbers are masked',
  ],
  allStatuses: ['全部状态', 'All statuses'],
  searchPlaceholder: ['案件编号或申请人姓名', 'Case number or applicant name'],
  totalCases: ['共 {total} 件', '{total} cases'],
  colIdNumber: ['身份证号', 'ID number'],
  colKindMatter: ['类别 / 事项', 'Kind / matter'],
  colProvider: ['承办人', 'Provider'],
  // reminders
  overdue: ['已逾期', 'Overdue'],
  dueSoon: ['即将到期', 'Due soon'],
  pending: ['待处理', 'To do'],
  weekdays: ['日,一,二,三,四,五,六', 'Sun,Mon,Tue,Wed,Thu,Fri,Sat'],
  daysLeft: ['还剩 {n} 天', '{n} days left'],
  dueToday: ['今日到期', 'Due today'],
  daysOver: ['已超过 {n} 天', '{n} days over'],
  weekdayParen: ['（周{d}）', ' ({d})'],
  finished: ['已办结', 'Done'],
  untilMidnight: ['{relative} · 当日 24:00（北京时间）止', '{relative} · until 24:00 Beijing time'],
  sharedTodo: ['{role}（共同待办）', '{role} (shared)'],
  markedRead: ['已将 {n} 条提醒标为已读', '{n} reminders marked as read'],
  noUnread: ['没有未读的提醒', 'No unread reminders'],
  remindersTitle: ['我的提醒 / 期限', 'My reminders / deadlines'],
  remindersSubtitle: [
    '法定期限到期前一日起提醒，逾期后升级；按期办理后提醒自动办结（法律援助法 第四十三条、第四十九条等）',
    'Reminders start the day before a statutory deadline and escalate when overdue; they close when the step is done (Legal Aid Law arts. 43, 49 etc.)',
  ],
  markAllRead: ['全部标为已读', 'Mark all as read'],
  sentToMe: ['发给我的', 'Sent to me'],
  allInArea: ['本辖区全部', 'All in my area'],
  open: ['未办结', 'Open'],
  withDone: ['含已办结', 'Including done'],
  unreadOnly: ['只看未读', 'Unread only'],
  totalItems: ['共 {total} 条', '{total} in total'],
  noRemindersMine: ['暂无发给您的期限提醒', 'No deadline reminders for you'],
  noRemindersArea: ['本辖区暂无期限提醒', 'No deadline reminders in your area'],
  colReminder: ['提醒', 'Reminder'],
  unread: ['未读', 'Unread'],
  colCase: ['案件', 'Case'],
  deadline: ['期限', 'Deadline'],
  colLastDay: ['最后一日（北京时间）', 'Last day (Beijing time)'],
  colBasis: ['依据', 'Source'],
  colRecipient: ['提醒对象', 'Recipient'],
  colRemindedAt: ['提醒时间', 'Reminded at'],
  colActions: ['操作', 'Actions'],
  markRead: ['标为已读', 'Mark as read'],
  read: ['已读', 'Read'],
  // header badge
  badgeNone: ['没有即将到期或已逾期的期限', 'No deadline due soon or overdue'],
  badgeSummary: [
    '期限提醒：已逾期 {overdue} 项，即将到期 {dueSoon} 项（未读 {unread} 项）',
    'Deadlines: {overdue} overdue, {dueSoon} due soon ({unread} unread)',
  ],
  badgeTitle: ['期限提醒', 'Deadline reminders'],
  // queue console
  startFromTicket: ['受理法律援助申请', 'Register legal aid application'],
} as const satisfies MessagePairs;

export type LegalAidMessage = keyof typeof MESSAGES;

export function useLegalAidMessages(): (key: LegalAidMessage, vars?: Vars) => string {
  return useMessages(MESSAGES);
}

/**
 * Statuses (core/procedures/legal-aid-vocabulary.ts); the server sends the Chinese as statusLabel. Typed
 * by core's statuses, so a status without English is a type error.
 */
export const STATUS: Record<LegalAidStatus, readonly [string, string]> = {
  applied: ['已申请', 'Applied'],
  'materials-requested': ['待补充材料', 'Materials requested'],
  'under-review': ['审查中', 'Under review'],
  reviewed: ['待审批', 'Awaiting decision'],
  granted: ['已决定给予法律援助', 'Aid granted'],
  refused: ['不予法律援助', 'Aid refused'],
  'deemed-withdrawn': ['视为撤回申请', 'Deemed withdrawn'],
  assigned: ['已指派', 'Assigned'],
  'agreement-signed': ['已签订委托协议', 'Agreement signed'],
  'in-progress': ['援助中', 'Aid in progress'],
  closed: ['已结案', 'Case closed'],
  'file-submitted': ['已提交结案材料', 'File submitted'],
  'file-reviewed': ['结案材料已审查', 'File reviewed'],
  'subsidy-paid': ['补贴已发放', 'Subsidy paid'],
  archived: ['已归档', 'Archived'],
  terminated: ['已终止法律援助', 'Aid terminated'],
  'objection-pending': ['异议审查中', 'Objection pending'],
};

/** Action types as history entries (LEGAL_AID_ACTION_LABELS). */
export const ACTION: MessagePairs = {
  apply: ['申请法律援助', 'Applied for legal aid'],
  accept: ['受理', 'Accepted'],
  'request-materials': ['一次性告知补充材料', 'Requested materials (one notice)'],
  'materials-received': ['收到补充材料', 'Materials received'],
  'deem-withdrawn': ['视为撤回申请', 'Deemed withdrawn'],
  review: ['审查', 'Reviewed'],
  grant: ['决定给予法律援助', 'Granted aid'],
  refuse: ['决定不予法律援助', 'Refused aid'],
  'start-advance-aid': ['先行提供法律援助', 'Advance aid started'],
  assign: ['指派', 'Assigned'],
  'provider-decline': ['拒绝接受指派', 'Assignment declined'],
  'accept-assignment': ['接受指派', 'Assignment accepted'],
  'sign-agreement': ['签订委托协议', 'Agreement signed'],
  terminate: ['终止法律援助', 'Aid terminated'],
  object: ['提出异议', 'Objection raised'],
  'decide-objection': ['作出异议审查决定', 'Objection decided'],
  'close-case': ['结案', 'Case closed'],
  'submit-file': ['提交结案材料', 'File submitted'],
  'review-file': ['审查结案材料', 'File reviewed'],
  'pay-subsidy': ['发放办案补贴', 'Subsidy paid'],
  archive: ['归档', 'Archived'],
  comment: ['备注', 'Note'],
  attach: ['上传附件', 'Attachment'],
};

/** The action buttons (imperative; a dialog's Chinese title is core's LEGAL_AID_ACTION_LABELS). */
export const ACTION_BUTTON: MessagePairs = {
  accept: ['受理', 'Accept'],
  'request-materials': ['一次性告知补充材料', 'Request materials'],
  'materials-received': ['收到补充材料', 'Materials received'],
  'deem-withdrawn': ['视为撤回申请', 'Deem withdrawn'],
  review: ['审查', 'Review'],
  grant: ['决定给予', 'Grant'],
  refuse: ['决定不予', 'Refuse'],
  'start-advance-aid': ['先行提供法律援助', 'Start advance aid'],
  assign: ['指派', 'Assign'],
  'provider-decline': ['拒绝接受指派', 'Decline assignment'],
  'accept-assignment': ['接受指派', 'Accept assignment'],
  'sign-agreement': ['签订委托协议', 'Sign agreement'],
  terminate: ['终止', 'Terminate'],
  object: ['异议', 'Objection'],
  'decide-objection': ['异议决定', 'Decide objection'],
  'close-case': ['结案', 'Close case'],
  'submit-file': ['提交结案材料', 'Submit file'],
  'review-file': ['审查结案材料', 'Review file'],
  'pay-subsidy': ['发放补贴', 'Pay subsidy'],
  archive: ['归档', 'Archive'],
  comment: ['备注', 'Note'],
};

/** Statutory deadlines (core/procedures/legal-aid-deadlines.ts). */
export const DEADLINE: MessagePairs = {
  decision: ['作出是否给予法律援助的决定', 'Decide whether to grant aid'],
  'notice-assignment': ['收到办案机关通知后指派', 'Assign after a case organ’s notice'],
  'materials-response': ['申请人补充材料', 'Applicant supplies materials'],
  assignment: ['决定给予法律援助后指派', 'Assign after the grant'],
  agreement: ['签订委托协议和授权委托书', 'Sign the agreement and power of attorney'],
  'objection-decision': ['司法行政部门审查异议', 'Justice bureau decides the objection'],
  'file-submission': ['提交结案材料', 'Submit the closing file'],
  'file-review': ['审查结案材料', 'Review the closing file'],
};

export const DEADLINE_STATE: MessagePairs = {
  running: ['进行中', 'Running'],
  'due-soon': ['即将到期', 'Due soon'],
  overdue: ['已逾期', 'Overdue'],
};

/** Documents (server DOCUMENT_LABELS). */
export const DOCUMENT: MessagePairs = {
  'application-form': ['法律援助申请表', 'Application form'],
  'commitment-letter': ['经济困难状况告知承诺书', 'Hardship commitment letter'],
  'grant-decision': ['给予法律援助决定书', 'Decision to grant aid'],
  'refusal-decision': ['不予法律援助决定书', 'Decision to refuse aid'],
  'assignment-notice': ['指派通知书', 'Assignment notice'],
  'termination-decision': ['终止法律援助决定书', 'Decision to terminate aid'],
};

export const CHANNEL: MessagePairs = {
  window: ['窗口申请', 'At the window'],
  reception: ['导服台登记', 'Reception desk'],
  online: ['网上申请', 'Online'],
  mail: ['邮寄申请', 'By mail'],
  workstation: ['工作站、联络点转交', 'Via a workstation'],
  'custodial-forwarding': ['羁押场所转交', 'Forwarded from custody'],
  'case-organ-notice': ['办案机关通知', 'Case organ notice'],
};

export const VERDICT: MessagePairs = {
  eligible: ['符合法律援助条件', 'Eligible'],
  ineligible: ['不符合法律援助条件', 'Not eligible'],
  incomplete: ['信息不全', 'Incomplete'],
};

export const HARDSHIP_OUTCOME: MessagePairs = {
  'not-required': ['不受经济困难条件限制', 'No means test'],
  exempt: ['免予核查经济困难状况', 'Exempt from the means test'],
  met: ['符合经济困难条件', 'Meets the means test'],
  'not-met': ['不符合经济困难条件', 'Fails the means test'],
  unknown: ['经济困难状况待定', 'Means test pending'],
};

/** The five milestones: short name and full name. */
export const MILESTONE_SHORT: MessagePairs = {
  appliedAt: ['申请', 'Apply'],
  acceptedAt: ['受理', 'Accept'],
  approvedAt: ['审批', 'Approve'],
  assignedAt: ['指派', 'Assign'],
  aidStartedAt: ['援助', 'Aid'],
};
export const MILESTONE_LABEL: MessagePairs = {
  appliedAt: ['当天申请', 'Applied'],
  acceptedAt: ['当天受理', 'Accepted'],
  approvedAt: ['当天审批', 'Approved'],
  assignedAt: ['当天指派', 'Assigned'],
  aidStartedAt: ['当天提供援助', 'Aid started'],
};

export const LIGHT: MessagePairs = {
  green: ['正常', 'On track'],
  amber: ['临近', 'Close'],
  red: ['超时', 'Late'],
};
