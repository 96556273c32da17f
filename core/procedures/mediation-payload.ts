/**
 * People's mediation (人民调解): the vocabulary (statuses, actions, dispute kinds, advised routes) and
 * the payload of each action (zod 4, Chinese messages). The procedure itself is mediation.ts.
 */
import { z } from 'zod';
import { zAccount, zChoice, zDate, zFlag, zList, zParty, zText, zWritten } from './payload-kit';

export const MEDIATION_STATUSES = [
  'awaiting-consent',
  'accepted',
  'mediating',
  'agreement-drafted',
  'performing',
  'concluded',
  'failed',
  'refused',
  'withdrawn',
] as const;
export type MediationStatus = (typeof MEDIATION_STATUSES)[number];

export const MEDIATION_ACTIONS = [
  'apply',
  'other-party-consents',
  'party-refuses',
  'assign-mediator',
  'hold-session',
  'continue-past-month',
  'draft-agreement',
  'sign-agreement',
  'fail',
  'record-confirmation',
  'follow-up',
  'withdraw',
] as const;
export type MediationAction = (typeof MEDIATION_ACTIONS)[number];

/** Kinds of dispute (hall statistics vocabulary). */
export const DISPUTE_KINDS = {
  neighbour: '邻里纠纷',
  'marriage-family': '婚姻家庭纠纷',
  'property-management': '物业纠纷',
  labour: '劳动争议',
  'loan-debt': '借贷纠纷',
  'damage-compensation': '损害赔偿纠纷',
  'land-rural': '土地承包纠纷',
  consumer: '消费纠纷',
  other: '其他纠纷',
} as const;
export type DisputeKind = keyof typeof DISPUTE_KINDS;

/** 人民调解法 第二十六条: the routes a failed mediation advises. */
export const ADVISED_ROUTES = {
  litigation: '向人民法院提起诉讼',
  arbitration: '申请仲裁',
  administrative: '请求行政机关处理',
  'legal-aid': '申请法律援助',
} as const;
export type AdvisedRoute = keyof typeof ADVISED_ROUTES;

const term = z.object({
  content: zText('协议内容', 2000),
  performanceManner: zText('履行方式', 500),
  performanceDeadline: zDate('履行期限', { notBefore: 'today' }),
});

export const mediationSchemas = {
  apply: z.object({
    initiatedBy: zChoice(['party', 'committee', 'court', 'police'], '调解的发起方式'),
    /** 'both': both parties applied together; 'one': one party applied (the other must consent). */
    applicants: zChoice(['both', 'one', 'none'], '申请调解的当事人'),
    disputeKind: zChoice(Object.keys(DISPUTE_KINDS) as [DisputeKind, ...DisputeKind[]], '纠纷类型'),
    facts: zText('纠纷简要情况', 5000),
  }),
  /**
   * The party is picked from the matter's parties (`partyId`, its name copied to `partyName`); a name
   * alone is kept for a party not recorded on the matter (and for entries made before the picker).
   */
  'other-party-consents': z.object({
    partyId: zParty('同意调解的当事人', 'partyName').optional(),
    partyName: zText('当事人姓名', 100),
  }),
  'party-refuses': z.object({
    partyId: zParty('拒绝调解的当事人', 'partyName').optional(),
    partyName: zText('当事人姓名', 100),
    reason: zText('拒绝的理由', 1000).optional(),
  }),
  /**
   * 人民调解法 第十三条、第十四条: a people's mediator may be a villager or resident without an account
   * here, so the account (picked by name; the handler of the matter) is optional and the name is typed
   * only when no account is picked (the form hides it while one is).
   */
  'assign-mediator': z.object({
    mediatorUserId: zAccount('人民调解员', 'mediator', 'mediatorName').optional(),
    mediatorName: zText('调解员姓名', 50),
    how: zChoice(['chosen-by-parties', 'assigned'], '调解员产生方式'),
    invitedParticipants: z
      .array(
        z.object({
          name: zText('邀请参与调解的人员', 50),
          role: zText('身份（亲属、邻里、专业人员等）', 50),
          partiesConsent: z.literal(true, { error: '邀请他人参与调解须经当事人同意（人民调解法 第二十条）' }),
        }),
      )
      .max(20)
      .optional(),
  }),
  'hold-session': z.object({
    heldOn: zDate('调解日期', { notAfter: 'today' }),
    summary: zText('调解情况记录', 10_000),
    public: zFlag('是否公开调解'),
  }),
  'continue-past-month': z.object({
    bothPartiesConsent: z.literal(true, { error: '超过一个月继续调解，须经双方当事人同意' }),
    note: zText('说明', 500).optional(),
  }),
  'draft-agreement': z.object({
    form: zChoice(['written', 'oral'], '协议形式'),
    partiesDetails: zText('当事人的基本情况', 2000),
    facts: zText('纠纷的主要事实', 5000),
    disputedPoints: zText('争议事项', 5000),
    responsibilities: zText('各方当事人的责任', 5000),
    terms: zList(term, '协议内容', 50),
  }),
  'sign-agreement': z.object({
    signedOn: zDate('签订日期', { notAfter: 'today' }),
    allPartiesSigned: zFlag('各方当事人是否已签名、盖章或者按指印'),
    mediatorSigned: zFlag('人民调解员是否已签名'),
    sealAffixed: zFlag('是否已加盖人民调解委员会印章'),
  }),
  fail: z.object({
    reason: zWritten('调解不成的原因'),
    routesAdvised: zList(
      zChoice(Object.keys(ADVISED_ROUTES) as [AdvisedRoute, ...AdvisedRoute[]], '告知的途径'),
      '告知当事人的其他途径',
      4,
    ),
  }),
  'record-confirmation': z.object({
    appliedOn: zDate('申请司法确认的日期', { notAfter: 'today' }),
    court: zText('受理的人民法院', 100),
    jointly: z.literal(true, { error: '司法确认应由双方当事人共同申请（人民调解法 第三十三条）' }),
  }),
  'follow-up': z.object({
    visitedOn: zDate('回访日期', { notAfter: 'today' }),
    performance: zChoice(['performed', 'partly-performed', 'not-performed'], '履行情况'),
    note: zText('回访情况', 2000),
  }),
  withdraw: z.object({ reason: zText('撤回原因', 500).optional() }),
};
