/**
 * Lawyer services (律师服务), the desk of the law firms resident in the hall: free consultations,
 * engagements referred to a firm, and complaints about lawyers and firms. Source: 律师法 (2017 text).
 *
 *   register(consultation) → consulting ─answer→ answered | ─refer-to-firm→ referred
 *   register(engagement) → awaiting-referral ─refer-to-firm→ referred
 *   referred ─record-engagement→ engaged (第二十五条: the firm signs) | ─firm-declines→ awaiting-referral
 *   register(complaint) → complaint-received ─accept-complaint→ investigating ─conclude-complaint→
 *   complaint-concluded | ─decline-complaint→ complaint-declined (第五十二条)
 *   any open matter ─withdraw→ withdrawn
 *
 * No clock: 律师法 第五十二条 asks the county bureau to investigate complaints "及时" without a number
 * of days, and rules.md gives none; provincial complaint rules differ (e.g. Sichuan: 10 working days to
 * accept) and Inner Mongolia's is UNCONFIRMED, so no statutory clock is invented here.
 */
import { z } from 'zod';
import {
  type LAWYER_MATTER_KINDS,
  LAWYER_SERVICE_ACTIONS,
  LAWYER_SERVICE_STATUSES,
  type LawyerServiceStatus,
} from './lawyer-services-vocabulary';
import { zChoice, zCount, zDate, zFlag, zText, zWritten } from './payload-kit';
import { defineProcedure, fail, type MatterState, ok } from './procedure-kit';

const P = 'LAWYER';
const LAW = '律师法';

export interface LawyerServiceState extends MatterState<LawyerServiceStatus> {
  kind: keyof typeof LAWYER_MATTER_KINDS | null;
  channel: 'window' | 'phone-12348' | 'online' | null;
  answer: { lawyerName: string; firmName: string; minutes: number } | null;
  referral: { firmName: string; clientChoseFirm: boolean; declinedBy: string[] } | null;
  engagement: { signedOn: string; contractNumber: string | null } | null;
  complaint: {
    respondentFirmName: string;
    respondentLawyerName: string | null;
    acceptedOn: string | null;
    finding: 'substantiated' | 'partly-substantiated' | 'unsubstantiated' | null;
    measure: 'none' | 'rectification-ordered' | 'sanction-proposed' | 'referred-to-bar' | null;
    resultNotifiedOn: string | null;
  } | null;
}

const channel = zChoice(['window', 'phone-12348', 'online'], '来源渠道');

const schemas = {
  register: z.discriminatedUnion(
    'kind',
    [
      z.object({
        kind: z.literal('consultation'),
        channel,
        personName: zText('咨询人', 100),
        question: zText('咨询的问题', 5000),
      }),
      z.object({
        kind: z.literal('engagement'),
        channel,
        personName: zText('委托人', 100),
        matterSummary: zText('委托事项', 5000),
      }),
      z.object({
        kind: z.literal('complaint'),
        channel,
        personName: zText('投诉人', 100),
        respondentFirmName: zText('被投诉的律师事务所', 200),
        respondentLawyerName: zText('被投诉的律师', 50).optional(),
        facts: zWritten('投诉的事实和理由'),
      }),
    ],
    { error: '请选择事项类型（咨询、委托或者投诉）' },
  ),
  answer: z.object({
    lawyerName: zText('解答律师', 50),
    firmName: zText('律师事务所', 200),
    answer: zText('解答意见', 10_000),
    minutes: zCount('用时（分钟）', 1, 480),
    citedArticles: z.array(zText('引用的法条', 200)).optional(),
  }),
  'refer-to-firm': z.object({
    firmName: zText('转介的律师事务所', 200),
    deskFirmName: zText('值班律师所在律师事务所', 200).optional(),
    clientChoseFirm: zFlag('是否由当事人自行选定律师事务所'),
  }),
  'record-engagement': z.object({
    signedOn: zDate('签订委托合同的日期', { notAfter: 'today' }),
    contractParty: zChoice(['firm', 'lawyer'], '委托合同的签约方'),
    contractNumber: zText('委托合同编号', 50).optional(),
  }),
  'firm-declines': z.object({ reason: zText('未接受委托的原因', 500) }),
  'accept-complaint': z.object({ handlerName: zText('承办人', 50) }),
  'decline-complaint': z.object({
    reason: zChoice(
      ['not-practice-conduct', 'anonymous-unverifiable', 'duplicate', 'other'],
      '不予受理的原因',
    ),
    explanation: zWritten('不予受理的理由'),
    complainantNotified: z.literal(true, { error: '应当告知投诉人不予受理的理由' }),
  }),
  'conclude-complaint': z.object({
    finding: zChoice(['substantiated', 'partly-substantiated', 'unsubstantiated'], '调查结论'),
    measure: zChoice(['none', 'rectification-ordered', 'sanction-proposed', 'referred-to-bar'], '处理措施'),
    summary: zWritten('调查处理情况'),
    resultNotifiedOn: zDate('告知投诉人处理结果的日期', { notAfter: 'today' }),
  }),
  withdraw: z.object({ reason: zText('撤回原因').optional() }),
};

export const lawyerServices = defineProcedure({
  service: 'lawyer',
  nameZh: '律师服务',
  codePrefix: P,
  statuses: LAWYER_SERVICE_STATUSES,
  statusLabels: {
    consulting: '咨询待解答',
    answered: '已解答',
    'awaiting-referral': '待转介律师事务所',
    referred: '已转介律师事务所',
    engaged: '已委托律师事务所',
    'complaint-received': '投诉待受理',
    investigating: '投诉调查中',
    'complaint-concluded': '投诉已办结',
    'complaint-declined': '投诉不予受理',
    withdrawn: '已撤回',
  },
  actions: LAWYER_SERVICE_ACTIONS,
  actionLabels: {
    register: '登记',
    answer: '解答咨询',
    'refer-to-firm': '转介律师事务所',
    'record-engagement': '登记委托',
    'firm-declines': '律师事务所未接受委托',
    'accept-complaint': '受理投诉',
    'decline-complaint': '投诉不予受理',
    'conclude-complaint': '办结投诉',
    withdraw: '撤回',
  },
  actionSources: {
    register: `${LAW} 第二十八条、第五十二条`,
    answer: `${LAW} 第二十八条第七项`,
    'refer-to-firm': `${LAW} 第二十五条、第二十六条`,
    'record-engagement': `${LAW} 第二十五条`,
    'firm-declines': `${LAW} 第二十五条`,
    'accept-complaint': `${LAW} 第五十二条`,
    'decline-complaint': `${LAW} 第五十二条`,
    'conclude-complaint': `${LAW} 第五十二条、第四十六条第一款第七项`,
    withdraw: '',
  },
  openingAction: 'register',
  allowedActions: {
    consulting: ['answer', 'refer-to-firm', 'withdraw'],
    answered: [],
    'awaiting-referral': ['refer-to-firm', 'withdraw'],
    referred: ['record-engagement', 'firm-declines', 'withdraw'],
    engaged: [],
    'complaint-received': ['accept-complaint', 'decline-complaint', 'withdraw'],
    investigating: ['conclude-complaint', 'withdraw'],
    'complaint-concluded': [],
    'complaint-declined': [],
    withdrawn: [],
  },
  actionRoles: {
    register: ['window-clerk', 'lawyer', 'receptionist', 'party'],
    answer: ['lawyer', 'window-clerk'],
    'refer-to-firm': ['lawyer', 'window-clerk'],
    'record-engagement': ['window-clerk', 'lawyer'],
    'firm-declines': ['window-clerk', 'lawyer'],
    'accept-complaint': ['window-clerk', 'bureau-leader'],
    'decline-complaint': ['bureau-leader'],
    'conclude-complaint': ['bureau-leader'],
    withdraw: ['window-clerk', 'party'],
  },
  payloadSchemas: schemas,
  closedStatuses: ['answered', 'engaged', 'complaint-concluded', 'complaint-declined', 'withdrawn'],
  initialState: (): LawyerServiceState => ({
    status: 'consulting',
    openedAt: null,
    closed: false,
    lastActionAt: null,
    kind: null,
    channel: null,
    answer: null,
    referral: null,
    engagement: null,
    complaint: null,
  }),
  handlers: {
    register(state, p) {
      const status: LawyerServiceStatus =
        p.kind === 'consultation'
          ? 'consulting'
          : p.kind === 'engagement'
            ? 'awaiting-referral'
            : 'complaint-received';
      const complaint =
        p.kind === 'complaint'
          ? {
              respondentFirmName: p.respondentFirmName,
              respondentLawyerName: p.respondentLawyerName ?? null,
              acceptedOn: null,
              finding: null,
              measure: null,
              resultNotifiedOn: null,
            }
          : null;
      return ok({ ...state, status, kind: p.kind, channel: p.channel, complaint });
    },
    /** 律师法 第二十八条第七项: answering legal questions; time spent is kept for the lawyer's tally. */
    answer: (state, p) =>
      ok({
        ...state,
        status: 'answered',
        answer: { lawyerName: p.lawyerName, firmName: p.firmName, minutes: p.minutes },
      }),
    /**
     * 律师法 第二十六条: the public desk must not become a way to win business for the desk lawyer's own
     * firm; referring to that firm needs the client's own choice on record. A firm that declined
     * before is not offered again.
     */
    'refer-to-firm'(state, p) {
      if (p.deskFirmName !== undefined && p.deskFirmName === p.firmName && !p.clientChoseFirm)
        return fail(
          `${P}.SELF_REFERRAL`,
          {
            zh: '值班律师不得将当事人引导至本所承揽业务；当事人自行选定的除外（律师法 第二十六条）',
            en: 'The duty lawyer may not steer the client to their own firm unless the client chose it (Lawyers Law, art. 26)',
          },
          'clientChoseFirm',
        );
      const declinedBy = state.referral?.declinedBy ?? [];
      if (declinedBy.includes(p.firmName))
        return fail(
          `${P}.FIRM_ALREADY_DECLINED`,
          {
            zh: `${p.firmName}已表示不接受该委托，请转介其他律师事务所`,
            en: 'This law firm has declined the engagement; refer the client to another law firm',
          },
          'firmName',
        );
      return ok({
        ...state,
        status: 'referred',
        referral: { firmName: p.firmName, clientChoseFirm: p.clientChoseFirm, declinedBy },
      });
    },
    /** 律师法 第二十五条: the firm, not the lawyer, accepts the engagement under a written contract. */
    'record-engagement'(state, p, _context) {
      if (p.contractParty !== 'firm')
        return fail(
          `${P}.CONTRACT_NOT_WITH_FIRM`,
          {
            zh: '律师承办业务，由律师事务所统一接受委托并签订书面委托合同（律师法 第二十五条）',
            en: 'A lawyer takes on work only through the law firm, which signs the written engagement contract (Lawyers Law, art. 25)',
          },
          'contractParty',
        );
      return ok({
        ...state,
        status: 'engaged',
        engagement: { signedOn: p.signedOn, contractNumber: p.contractNumber ?? null },
      });
    },
    'firm-declines': (state) =>
      ok({
        ...state,
        status: 'awaiting-referral',
        referral: state.referral && {
          ...state.referral,
          declinedBy: [...state.referral.declinedBy, state.referral.firmName],
        },
      }),
    /** 律师法 第五十二条: the county bureau investigates complaints promptly. */
    'accept-complaint': (state, _p, context) =>
      ok({
        ...state,
        status: 'investigating',
        complaint: state.complaint && { ...state.complaint, acceptedOn: context.date },
      }),
    'decline-complaint': (state) => ok({ ...state, status: 'complaint-declined' }),
    /**
     * 律师法 第五十二条: a sanction is proposed to the upper bureau only on a finding; the complainant is
     * told the result (法律援助法 第五十六条 says the same for aid providers).
     */
    'conclude-complaint'(state, p, _context) {
      if (p.measure === 'sanction-proposed' && p.finding === 'unsubstantiated')
        return fail(
          `${P}.SANCTION_WITHOUT_FINDING`,
          {
            zh: '投诉不成立的，不能提出处罚建议',
            en: 'A complaint not upheld cannot lead to a proposed sanction',
          },
          'measure',
        );
      if (p.resultNotifiedOn < (state.complaint?.acceptedOn ?? p.resultNotifiedOn))
        return fail(
          `${P}.NOTICE_BEFORE_ACCEPTANCE`,
          {
            zh: '告知处理结果的日期不能早于受理日期',
            en: 'The date the result was notified cannot be before the date of acceptance',
          },
          'resultNotifiedOn',
        );
      return ok({
        ...state,
        status: 'complaint-concluded',
        complaint: state.complaint && {
          ...state.complaint,
          finding: p.finding,
          measure: p.measure,
          resultNotifiedOn: p.resultNotifiedOn,
        },
      });
    },
    withdraw: (state) => ok({ ...state, status: 'withdrawn' }),
  },
  openClocks: () => [],
});

/** Free consultations answered, per lawyer (the lawyer team's tally), from folded states. */
export function consultationMinutesByLawyer(
  states: readonly LawyerServiceState[],
): Map<string, { count: number; minutes: number }> {
  const tally = new Map<string, { count: number; minutes: number }>();
  for (const state of states) {
    if (state.answer === null) continue;
    const entry = tally.get(state.answer.lawyerName) ?? { count: 0, minutes: 0 };
    tally.set(state.answer.lawyerName, {
      count: entry.count + 1,
      minutes: entry.minutes + state.answer.minutes,
    });
  }
  return tally;
}

export * from './lawyer-services-labels';
export * from './lawyer-services-vocabulary';
