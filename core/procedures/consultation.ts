/**
 * Legal consultation (法律咨询), the 'consultation' window: questions taken at the window (from a queue
 * ticket), on the 12348 phone line or online, answered by a window clerk or by the duty lawyer of the
 * public legal service lawyer team, and referred to another window when the answer is "apply there".
 *
 *   register → open ─answer→ answered ─refer→ referred
 *              open ─refer→ referred ; open ─withdraw→ withdrawn
 *
 * Sources: 法律援助法 第二十二条第一项 (consultation is a form of legal aid service) and 第二十三条
 * (consultation through the window, the phone and the network; telling people of their right to apply
 * for legal aid and of its conditions — hence the referral); 律师法 第二十八条第七项 (lawyers answer
 * legal questions). No statutory clock: a consultation is answered on the spot or in the same call.
 */
import { z } from 'zod';
import { type ProcedureLabels, pairLabels } from './labels';
import { shownWhen, zChoice, zCount, zText } from './payload-kit';
import { defineProcedure, fail, type MatterState, ok } from './procedure-kit';

const P = 'CONSULTATION';
const AID_LAW = '法律援助法';

export const CONSULTATION_STATUSES = ['open', 'answered', 'referred', 'withdrawn'] as const;
export type ConsultationStatus = (typeof CONSULTATION_STATUSES)[number];

export const CONSULTATION_ACTIONS = ['register', 'answer', 'refer', 'withdraw'] as const;
export type ConsultationAction = (typeof CONSULTATION_ACTIONS)[number];

/** Where the question came in (法律援助法 第二十三条: window, phone, network). */
export const CONSULTATION_CHANNELS = {
  window: '窗口（取号）',
  'phone-12348': '12348 热线',
  online: '网上咨询',
} as const;
export type ConsultationChannel = keyof typeof CONSULTATION_CHANNELS;

/** The subject of the question, for statistics (hall vocabulary, not statutory). */
export const CONSULTATION_CATEGORIES = {
  'marriage-family': '婚姻家庭',
  inheritance: '继承',
  labour: '劳动争议',
  contract: '合同纠纷',
  'loan-debt': '借贷债务',
  property: '房产物业',
  'traffic-accident': '交通事故',
  tort: '侵权损害赔偿',
  consumer: '消费维权',
  'land-rural': '土地与农村事务',
  administrative: '行政事务',
  criminal: '刑事',
  'legal-aid': '法律援助申请',
  other: '其他',
} as const;
export type ConsultationCategory = keyof typeof CONSULTATION_CATEGORIES;

/** Who answered: a window clerk, or the duty lawyer of the public legal service lawyer team (律师团). */
export const ANSWERER_KINDS = {
  'window-clerk': '窗口工作人员',
  'duty-lawyer': '公共法律服务律师团值班律师',
} as const;

/** The windows a consultation may be referred to (the queue's service codes). */
export const REFERRAL_TARGETS = [
  'legal-aid',
  'mediation',
  'notarization',
  'lawyer',
  'arbitration',
  'appraisal',
  'reconsideration',
  'publicity',
] as const;
export type ReferralTarget = (typeof REFERRAL_TARGETS)[number];

export interface ConsultationAnswer {
  answererKind: keyof typeof ANSWERER_KINDS;
  answererName: string;
  /** The roster id of the duty lawyer (core lawyers), when a lawyer answered. */
  lawyerId: string | null;
  firmName: string | null;
  answer: string;
  /** Cited articles as '法律名 第X条' (linked to the law library by the UI). */
  citedArticles: string[];
  /** Minutes spent answering (whole minutes, 1–480). */
  minutes: number;
  answeredOn: string;
}

export interface ConsultationState extends MatterState<ConsultationStatus> {
  channel: ConsultationChannel | null;
  ticketNumber: string | null;
  category: ConsultationCategory | null;
  question: string;
  answer: ConsultationAnswer | null;
  referral: { target: ReferralTarget; reason: string; referredOn: string } | null;
}

const schemas = {
  register: z
    .object({
      channel: zChoice(['window', 'phone-12348', 'online'], '咨询渠道'),
      ticketNumber: zText('排队号', 10).optional(),
      category: zChoice(
        Object.keys(CONSULTATION_CATEGORIES) as [ConsultationCategory, ...ConsultationCategory[]],
        '咨询类别',
      ),
      question: zText('咨询的问题', 5000),
    })
    .refine((p) => p.ticketNumber === undefined || p.channel === 'window', {
      message: '只有窗口咨询才有排队号',
      params: { en: 'Only a consultation at the window has a ticket number' },
      path: ['ticketNumber'],
    }),
  answer: z
    .object({
      answererKind: zChoice(['window-clerk', 'duty-lawyer'], '解答人类别'),
      answererName: zText('解答人', 50),
      lawyerId: shownWhen(z.uuid({ error: '律师编号格式不正确' }).optional(), 'answererKind', [
        'duty-lawyer',
      ]),
      firmName: shownWhen(zText('律师事务所', 200).optional(), 'answererKind', ['duty-lawyer']),
      answer: zText('解答意见', 10_000),
      citedArticles: z.array(zText('引用的法条', 200)).max(50, '引用的法条不能超过 50 条').optional(),
      minutes: zCount('用时（分钟）', 1, 480),
    })
    .refine((p) => p.answererKind !== 'duty-lawyer' || p.firmName !== undefined, {
      message: '值班律师解答的，请填写其所在律师事务所',
      params: { en: 'An answer by the duty lawyer needs the lawyer’s law firm' },
      path: ['firmName'],
    }),
  refer: z.object({
    target: zChoice(REFERRAL_TARGETS, '转介的窗口'),
    reason: zText('转介原因', 1000),
  }),
  withdraw: z.object({ reason: zText('撤回原因', 500).optional() }),
};

export const consultation = defineProcedure({
  service: 'consultation',
  nameZh: '法律咨询',
  codePrefix: P,
  statuses: CONSULTATION_STATUSES,
  statusLabels: { open: '待解答', answered: '已解答', referred: '已转介', withdrawn: '已撤回' },
  actions: CONSULTATION_ACTIONS,
  actionLabels: { register: '登记咨询', answer: '解答', refer: '转介其他窗口', withdraw: '撤回' },
  actionSources: {
    register: `${AID_LAW} 第二十三条`,
    answer: `${AID_LAW} 第二十二条第一项`,
    refer: `${AID_LAW} 第二十三条`,
    withdraw: '',
  },
  openingAction: 'register',
  allowedActions: {
    open: ['answer', 'refer', 'withdraw'],
    answered: ['refer'],
    referred: [],
    withdrawn: [],
  },
  actionRoles: {
    register: ['window-clerk', 'receptionist', 'lawyer', 'legal-aid-reviewer', 'party'],
    answer: ['window-clerk', 'lawyer', 'legal-aid-reviewer'],
    refer: ['window-clerk', 'lawyer', 'legal-aid-reviewer'],
    withdraw: ['window-clerk', 'party'],
  },
  payloadSchemas: schemas,
  closedStatuses: ['answered', 'referred', 'withdrawn'],
  initialState: (): ConsultationState => ({
    status: 'open',
    openedAt: null,
    closed: false,
    lastActionAt: null,
    channel: null,
    ticketNumber: null,
    category: null,
    question: '',
    answer: null,
    referral: null,
  }),
  handlers: {
    register: (state, p) =>
      ok({
        ...state,
        status: 'open',
        channel: p.channel,
        ticketNumber: p.ticketNumber ?? null,
        category: p.category,
        question: p.question,
      }),
    /**
     * 法律援助法 第二十二条第一项; 律师法 第二十八条第七项. A duty lawyer's answer names the lawyer and
     * firm so the lawyer team's free consultations can be counted per lawyer
     * (`consultationTallyByLawyer`); a clerk's answer may not carry a lawyer id.
     */
    answer(state, p, context) {
      if (p.answererKind === 'window-clerk' && p.lawyerId !== undefined)
        return fail(
          `${P}.CLERK_WITH_LAWYER_ID`,
          {
            zh: '窗口工作人员解答的，不应填写律师编号',
            en: 'A consultation answered by window staff takes no lawyer id',
          },
          'lawyerId',
        );
      return ok({
        ...state,
        status: 'answered',
        answer: {
          answererKind: p.answererKind,
          answererName: p.answererName,
          lawyerId: p.lawyerId ?? null,
          firmName: p.firmName ?? null,
          answer: p.answer,
          citedArticles: [...new Set(p.citedArticles ?? [])],
          minutes: p.minutes,
          answeredOn: context.date,
        },
      });
    },
    /**
     * 法律援助法 第二十三条: the consultation tells the person where to apply; the server opens the target
     * window's matter with the parties carried over. A legal-aid referral is always possible; other
     * windows too (一厅通办).
     */
    refer: (state, p, context) =>
      ok({
        ...state,
        status: 'referred',
        referral: { target: p.target, reason: p.reason, referredOn: context.date },
      }),
    withdraw: (state) => ok({ ...state, status: 'withdrawn' }),
  },
  openClocks: () => [],
});

/**
 * Free consultations answered by the lawyer team, per duty lawyer (keyed by roster id, else name):
 * count and minutes. Consultations answered by clerks are not counted.
 */
export function consultationTallyByLawyer(
  states: readonly ConsultationState[],
): Map<string, { name: string; count: number; minutes: number }> {
  const tally = new Map<string, { name: string; count: number; minutes: number }>();
  for (const state of states) {
    const answer = state.answer;
    if (answer === null || answer.answererKind !== 'duty-lawyer') continue;
    const key = answer.lawyerId ?? answer.answererName;
    const entry = tally.get(key) ?? { name: answer.answererName, count: 0, minutes: 0 };
    tally.set(key, { name: entry.name, count: entry.count + 1, minutes: entry.minutes + answer.minutes });
  }
  return tally;
}

/** Bilingual labels of the consultation window (core/procedures/labels.ts). */
export const CONSULTATION_LABELS: ProcedureLabels<ConsultationStatus, ConsultationAction> = {
  clocksEn: {},
  statusesEn: { open: 'Awaiting answer', answered: 'Answered', referred: 'Referred', withdrawn: 'Withdrawn' },
  actionsEn: {
    register: 'Register',
    answer: 'Answer',
    refer: 'Refer to another window',
    withdraw: 'Withdraw',
  },
  values: {
    ...pairLabels(CONSULTATION_CHANNELS, {
      window: 'Window (ticket)',
      'phone-12348': '12348 hotline',
      online: 'Online',
    }),
    ...pairLabels(CONSULTATION_CATEGORIES, {
      'marriage-family': 'Marriage and family',
      inheritance: 'Inheritance',
      labour: 'Labour dispute',
      contract: 'Contract dispute',
      'loan-debt': 'Loans and debts',
      property: 'Housing and property',
      'traffic-accident': 'Traffic accident',
      tort: 'Tort damages',
      consumer: 'Consumer rights',
      'land-rural': 'Land and rural affairs',
      administrative: 'Administrative affairs',
      criminal: 'Criminal',
      'legal-aid': 'Legal aid application',
      other: 'Other',
    }),
    ...pairLabels(ANSWERER_KINDS, {
      'window-clerk': 'Window clerk',
      'duty-lawyer': 'Duty lawyer of the lawyer team',
    }),
    mediation: ['人民调解', 'Mediation'],
    notarization: ['公证', 'Notarization'],
    lawyer: ['律师服务', 'Lawyer services'],
    arbitration: ['劳动人事争议仲裁', 'Arbitration'],
    appraisal: ['司法鉴定', 'Judicial appraisal'],
    reconsideration: ['行政复议', 'Administrative reconsideration'],
    publicity: ['法治宣传', 'Legal publicity'],
  },
};
