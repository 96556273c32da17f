/**
 * Labour-dispute arbitration (劳动争议仲裁), the hall's 'arbitration' window. Source: 劳动争议调解仲裁法
 * (2007; rules.md §7, R30). Plain "日" are calendar days, the last day rolling past rest days (§9).
 *
 *   apply → applied ─accept→ accepted (5 days, 第二十九条) | ─refuse→ refused (written reasons)
 *   accepted: serve-respondent (5 days, 第三十条), notify-tribunal (5 days, 第三十二条),
 *             schedule-hearing (notice ≥ 5 days ahead, 第三十五条), extend (≤ 15 days, 第四十三条)
 *   accepted ─mediate→ mediated (第四十二条) | ─issue-award→ awarded (45 days, 第四十三条)
 *   awarded ─record-effective→ effective | ─record-lawsuit→ litigated (第四十八条至第五十条)
 *   refused, applied past 5 days, accepted past the award clock ─record-lawsuit→ litigated
 *   applied | accepted ─withdraw→ withdrawn (第三十六条、第四十一条)
 *
 * `flags.advanceLegalAid` (法律援助法 第四十四条第一项; R30): on each action's day, a deadline of the
 * applicant (the limitation before acceptance, the time to sue or to apply to set aside after the
 * award) is fewer than 7 days away. `arbitrationAdvanceLegalAid` gives the same answer for any day.
 */
import { calendarDaysBetween } from '@core/calendar/iso-date';
import { isAdvanceAidDue } from '@core/legal-aid/deadlines';
import { z } from 'zod';
import {
  CLAIM_KINDS,
  type ClaimKind,
  INTERRUPTION_KINDS,
  isFinalAward,
  type LabourLimitation,
  labourLimitation,
  MONETARY_CLAIM_KINDS,
} from './arbitration-rules';
import { isPastDue, type PeriodClock, runClock } from './clock';
import type { ProcedureCalendar } from './definition';
import { type ProcedureLabels, pairLabels } from './labels';
import { shownWhen, zChoice, zCount, zDate, zFen, zFlag, zList, zText, zWritten } from './payload-kit';
import {
  type ActionContext,
  defineProcedure,
  fail,
  type MatterState,
  notAfterToday,
  ok,
} from './procedure-kit';

export * from './arbitration-rules';

const P = 'ARBITRATION';
const LAW = '劳动争议调解仲裁法';

export const ARBITRATION_STATUSES = [
  'applied',
  'accepted',
  'awarded',
  'mediated',
  'refused',
  'withdrawn',
  'effective',
  'litigated',
] as const;
export type ArbitrationStatus = (typeof ARBITRATION_STATUSES)[number];

export const ARBITRATION_ACTIONS = [
  'apply',
  'accept',
  'refuse',
  'serve-respondent',
  'notify-tribunal',
  'schedule-hearing',
  'extend',
  'mediate',
  'issue-award',
  'withdraw',
  'record-lawsuit',
  'record-effective',
] as const;
export type ArbitrationAction = (typeof ARBITRATION_ACTIONS)[number];

/** 第二十九条、第三十条、第三十二条: acceptance, service of the copy, tribunal notice. */
export const ACCEPTANCE_DAYS = 5;
/** 第四十三条: the award within 45 days of acceptance, extended by at most 15 with approval. */
export const AWARD_DAYS = 45;
export const MAX_AWARD_EXTENSION_DAYS = 15;
/** 第三十五条: the hearing notice reaches the parties at least 5 days before the hearing. */
export const HEARING_NOTICE_DAYS = 5;
/** 第四十八条、第五十条: 15 days to sue after receiving the award; 第四十九条: 30 days to set aside. */
export const SUIT_DAYS = 15;
export const SET_ASIDE_DAYS = 30;

type Side = 'worker' | 'employer';
interface Claim {
  kind: ClaimKind;
  amountFen?: number | undefined;
}

export interface ArbitrationState extends MatterState<ArbitrationStatus> {
  receivedOn: string | null;
  applicantSide: Side | null;
  claims: Claim[];
  limitation: (LabourLimitation & { expired: boolean }) | null;
  acceptedOn: string | null;
  servedOn: string | null;
  tribunal: { arbitrators: string[]; notifiedOn: string } | null;
  hearingOn: string | null;
  extensionDays: number;
  award: { issuedOn: string; servedOn: string; final: boolean; late: boolean } | null;
  lawsuit: { filedOn: string; by: Side; kind: 'suit' | 'set-aside' } | null;
  flags: { advanceLegalAid: boolean; limitationExpired: boolean };
}

const claim = z.object({
  kind: zChoice(Object.keys(CLAIM_KINDS) as [ClaimKind], '请求类型'),
  amountFen: zFen('请求金额').optional(),
});

const schemas = {
  apply: z.object({
    disputeKind: zChoice(['labour'], '仲裁类型（目前受理劳动争议仲裁）'),
    receivedOn: zDate('收到仲裁申请的日期'),
    form: zChoice(['written', 'oral'], '申请方式'),
    oralRecord: zWritten('口头申请笔录').optional(),
    applicantSide: zChoice(['worker', 'employer'], '申请人身份'),
    applicantName: zText('申请人', 100),
    respondentName: zText('被申请人', 200),
    claims: zList(claim, '仲裁请求', 30),
    limitation: z.object({
      knewOn: zDate('知道或者应当知道权利被侵害之日'),
      interruptions: z
        .array(
          z.object({
            on: zDate('时效中断日期'),
            kind: zChoice(
              Object.keys(INTERRUPTION_KINDS) as [keyof typeof INTERRUPTION_KINDS],
              '时效中断事由',
            ),
          }),
        )
        .optional(),
      suspensions: z
        .array(z.object({ from: zDate('时效中止开始日期'), to: zDate('中止事由消除日期') }))
        .optional(),
      wageArrears: z
        .object({
          employmentEnded: zFlag('劳动关系是否已经终止'),
          endedOn: shownWhen(zDate('劳动关系终止日期').optional(), 'employmentEnded', [true]),
        })
        .optional(),
    }),
  }),
  accept: z.object({
    lateReason: zWritten('逾期受理的原因').optional(),
    limitationNote: zWritten('超过仲裁时效仍予受理的说明').optional(),
  }),
  refuse: z.object({
    ground: zChoice(
      [
        'not-labour-dispute',
        'no-jurisdiction',
        'respondent-unclear',
        'no-specific-claim',
        'duplicate',
        'other',
      ],
      '不予受理的原因',
    ),
    reasons: zWritten('不予受理的理由'),
  }),
  'serve-respondent': z.object({ servedOn: zDate('送达仲裁申请书副本的日期') }),
  'notify-tribunal': z.object({
    arbitrators: zList(zText('仲裁员', 50), '仲裁员', 3),
    notifiedOn: zDate('书面通知仲裁庭组成的日期'),
  }),
  'schedule-hearing': z.object({ hearingOn: zDate('开庭日期'), notifiedOn: zDate('书面通知开庭的日期') }),
  extend: z.object({
    days: zCount('延长天数', 1, MAX_AWARD_EXTENSION_DAYS),
    approvedBy: zText('批准延期的仲裁委员会主任', 50),
    reason: zWritten('案情复杂需要延期的理由'),
    partiesNotified: z.literal(true, { error: '延期应当书面通知当事人' }),
  }),
  mediate: z.object({
    signedOn: zDate('双方当事人签收调解书的日期'),
    documentNumber: zText('调解书编号', 50),
  }),
  'issue-award': z.object({
    items: zList(claim, '裁决事项', 30),
    monthlyMinimumWageFen: zFen('当地月最低工资标准').optional(),
    servedOn: zDate('裁决书送达日期').optional(),
    mediationAttempted: zFlag('裁决前是否已先行调解'),
    lateReason: zWritten('逾期裁决的原因').optional(),
  }),
  withdraw: z.object({
    reason: zChoice(['settled', 'applicant-request', 'absent-without-cause'], '撤回原因'),
    note: zText('说明').optional(),
  }),
  'record-lawsuit': z.object({
    filedOn: zDate('起诉或者申请撤销的日期'),
    by: zChoice(['worker', 'employer'], '起诉方'),
    kind: zChoice(['suit', 'set-aside'], '起诉或者申请撤销裁决'),
    court: zText('人民法院', 100),
  }),
  'record-effective': z.object({ note: zText('说明').optional() }),
};

/** A calendar-day clock of this law; `staff: false` for a party's own deadline. */
function dayClock(
  spec: {
    kind: string;
    label: string;
    startsAt: string;
    amount: number;
    source: string;
    extendedBy?: number;
    staff?: boolean;
  },
  calendar: ProcedureCalendar,
  today: string,
): PeriodClock {
  const { staff = true, ...rest } = spec;
  return runClock(
    { ...rest, basis: 'calendar-days', ...(staff ? { responsibleRole: 'window-clerk' as const } : {}) },
    { calendar, today },
  );
}

/** 第二十九条: accept or refuse within 5 days of receiving the application. */
function acceptanceClock(state: ArbitrationState, calendar: ProcedureCalendar, today: string): PeriodClock {
  const startsAt = state.receivedOn ?? today;
  const source = `${LAW} 第二十九条`;
  return dayClock(
    { kind: 'acceptance', label: '决定是否受理', startsAt, amount: ACCEPTANCE_DAYS, source },
    calendar,
    today,
  );
}

/** 第四十三条第一款: 45 days from acceptance, plus approved extensions (≤ 15). */
function awardClock(state: ArbitrationState, calendar: ProcedureCalendar, today: string): PeriodClock {
  return dayClock(
    {
      kind: 'award',
      label: '作出仲裁裁决',
      startsAt: state.acceptedOn ?? today,
      amount: AWARD_DAYS,
      source: `${LAW} 第四十三条第一款`,
      extendedBy: state.extensionDays,
    },
    calendar,
    today,
  );
}

/**
 * The applicant's own deadlines (no staff member answers for them): the limitation before acceptance
 * (第二十七条); after the award, 15 days to sue (第四十八条 for a worker against a final award, 第五十条
 * otherwise) and, for an employer against a final award, 30 days to apply to set it aside (第四十九条).
 */
export function applicantDeadlines(
  state: ArbitrationState,
  calendar: ProcedureCalendar,
  today: string,
): PeriodClock[] {
  if (state.status === 'applied' && state.limitation?.lastDay && state.limitation.runsFrom) {
    const { runsFrom, lastDay, provisional, source } = state.limitation;
    return [
      {
        kind: 'limitation',
        label: '仲裁时效届满',
        startsAt: runsFrom,
        dueAt: lastDay,
        basis: 'calendar-days',
        amount: calendarDaysBetween(runsFrom, lastDay),
        source,
        provisional,
      },
    ];
  }
  if (state.status !== 'awarded' || !state.award) return [];
  const { servedOn, final } = state.award;
  const suit = dayClock(
    {
      kind: 'suit',
      label: '不服仲裁裁决向人民法院起诉',
      startsAt: servedOn,
      amount: SUIT_DAYS,
      source: `${LAW} ${final ? '第四十八条' : '第五十条'}`,
      staff: false,
    },
    calendar,
    today,
  );
  if (!final || state.applicantSide === 'worker') return [suit];
  return [
    dayClock(
      {
        kind: 'set-aside',
        label: '申请撤销终局裁决',
        startsAt: servedOn,
        amount: SET_ASIDE_DAYS,
        source: `${LAW} 第四十九条`,
        staff: false,
      },
      calendar,
      today,
    ),
  ];
}

/** 法律援助法 第四十四条第一项 (R30): an applicant's deadline is fewer than 7 days away on `today`. */
export function arbitrationAdvanceLegalAid(
  state: ArbitrationState,
  calendar: ProcedureCalendar,
  today: string,
): boolean {
  return applicantDeadlines(state, calendar, today).some((deadline) =>
    isAdvanceAidDue(deadline.dueAt, today),
  );
}

/** A party's window after the award is served (第四十八条至第五十条). */
function windowClock(
  servedOn: string,
  days: number,
  calendar: ProcedureCalendar,
  today: string,
): PeriodClock {
  return dayClock(
    { kind: 'window', label: '', startsAt: servedOn, amount: days, source: '', staff: false },
    calendar,
    today,
  );
}

function lawsuitProblem(
  state: ArbitrationState,
  p: z.output<(typeof schemas)['record-lawsuit']>,
  context: ActionContext,
) {
  const { calendar, date } = context;
  if (p.filedOn < (state.receivedOn ?? p.filedOn))
    return fail(
      `${P}.LAWSUIT_DATE_INVALID`,
      {
        zh: '起诉日期不能早于仲裁申请日期',
        en: 'The date of the lawsuit cannot be before the date of the arbitration application',
      },
      'filedOn',
    );
  switch (state.status) {
    case 'applied':
      // 第二十九条: the applicant may sue when the commission has not decided within 5 days.
      return isPastDue(acceptanceClock(state, calendar, date), p.filedOn)
        ? undefined
        : fail(
            `${P}.ACCEPTANCE_NOT_OVERDUE`,
            {
              zh: '受理期限尚未届满，不能以逾期未作决定为由起诉（第二十九条）',
              en: 'The acceptance period has not run out; a suit for want of a decision cannot be filed yet (art. 29)',
            },
            'filedOn',
          );
    case 'accepted':
      // 第四十三条第一款: the parties may sue once the award is overdue.
      return isPastDue(awardClock(state, calendar, date), p.filedOn)
        ? undefined
        : fail(
            `${P}.AWARD_NOT_OVERDUE`,
            {
              zh: '裁决期限尚未届满，不能以逾期未裁决为由起诉（第四十三条）',
              en: 'The award period has not run out; a suit for want of an award cannot be filed yet (art. 43)',
            },
            'filedOn',
          );
    case 'awarded': {
      const final = state.award?.final === true;
      const servedOn = state.award?.servedOn ?? date;
      if (p.kind === 'set-aside') {
        if (!final || p.by !== 'employer')
          return fail(
            `${P}.SET_ASIDE_NOT_AVAILABLE`,
            {
              zh: '仅用人单位可以申请撤销终局裁决（第四十九条）',
              en: 'Only the employer may apply to set aside a final award (art. 49)',
            },
            'kind',
          );
        return isPastDue(windowClock(servedOn, SET_ASIDE_DAYS, calendar, date), p.filedOn)
          ? fail(
              `${P}.SET_ASIDE_OUT_OF_TIME`,
              {
                zh: '应当自收到裁决书之日起三十日内申请撤销（第四十九条）',
                en: 'An application to set aside must be made within thirty days of receiving the award (art. 49)',
              },
              'filedOn',
            )
          : undefined;
      }
      if (final && p.by === 'employer')
        return fail(
          `${P}.FINAL_AWARD_NO_EMPLOYER_SUIT`,
          {
            zh: '终局裁决用人单位不能起诉，只能申请撤销（第四十七条至第四十九条）',
            en: 'The employer cannot sue against a final award, only apply to set it aside (arts. 47 to 49)',
          },
          'by',
        );
      return isPastDue(windowClock(servedOn, SUIT_DAYS, calendar, date), p.filedOn)
        ? fail(
            `${P}.SUIT_OUT_OF_TIME`,
            {
              zh: '应当自收到裁决书之日起十五日内起诉（第四十八条、第五十条）',
              en: 'A suit must be filed within fifteen days of receiving the award (arts. 48 and 50)',
            },
            'filedOn',
          )
        : undefined;
    }
    default:
      return undefined;
  }
}

export const arbitration = defineProcedure({
  service: 'arbitration',
  nameZh: '劳动争议仲裁',
  codePrefix: P,
  statuses: ARBITRATION_STATUSES,
  statusLabels: {
    applied: '已申请，待受理',
    accepted: '已受理，审理中',
    awarded: '已裁决',
    mediated: '调解结案',
    refused: '不予受理',
    withdrawn: '已撤回',
    effective: '裁决已生效',
    litigated: '已诉至人民法院',
  },
  actions: ARBITRATION_ACTIONS,
  actionLabels: {
    apply: '申请仲裁',
    accept: '受理',
    refuse: '不予受理',
    'serve-respondent': '送达申请书副本',
    'notify-tribunal': '通知仲裁庭组成',
    'schedule-hearing': '通知开庭',
    extend: '延长审理期限',
    mediate: '调解结案',
    'issue-award': '作出裁决',
    withdraw: '撤回申请',
    'record-lawsuit': '登记起诉',
    'record-effective': '登记裁决生效',
  },
  actionSources: {
    apply: `${LAW} 第二十七条、第二十八条`,
    accept: `${LAW} 第二十九条`,
    refuse: `${LAW} 第二十九条`,
    'serve-respondent': `${LAW} 第三十条`,
    'notify-tribunal': `${LAW} 第三十一条、第三十二条`,
    'schedule-hearing': `${LAW} 第三十五条`,
    extend: `${LAW} 第四十三条第一款`,
    mediate: `${LAW} 第四十二条`,
    'issue-award': `${LAW} 第四十二条、第四十三条、第四十七条`,
    withdraw: `${LAW} 第三十六条、第四十一条`,
    'record-lawsuit': `${LAW} 第二十九条、第四十三条、第四十八条至第五十条`,
    'record-effective': `${LAW} 第四十七条、第五十条`,
  },
  openingAction: 'apply',
  allowedActions: {
    applied: ['accept', 'refuse', 'withdraw', 'record-lawsuit'],
    accepted: [
      'serve-respondent',
      'notify-tribunal',
      'schedule-hearing',
      'extend',
      'mediate',
      'issue-award',
      'withdraw',
      'record-lawsuit',
    ],
    awarded: ['record-lawsuit', 'record-effective'],
    mediated: [],
    refused: ['record-lawsuit'],
    withdrawn: [],
    effective: [],
    litigated: [],
  },
  actionRoles: {
    apply: ['window-clerk', 'party'],
    accept: ['window-clerk'],
    refuse: ['window-clerk'],
    'serve-respondent': ['window-clerk'],
    'notify-tribunal': ['window-clerk'],
    'schedule-hearing': ['window-clerk'],
    extend: ['window-clerk'],
    mediate: ['window-clerk'],
    'issue-award': ['window-clerk'],
    withdraw: ['window-clerk', 'party'],
    'record-lawsuit': ['window-clerk'],
    'record-effective': ['window-clerk'],
  },
  payloadSchemas: schemas,
  closedStatuses: ['mediated', 'refused', 'withdrawn', 'effective', 'litigated'],
  initialState: (): ArbitrationState => ({
    status: 'applied',
    openedAt: null,
    closed: false,
    lastActionAt: null,
    receivedOn: null,
    applicantSide: null,
    claims: [],
    limitation: null,
    acceptedOn: null,
    servedOn: null,
    tribunal: null,
    hearingOn: null,
    extensionDays: 0,
    award: null,
    lawsuit: null,
    flags: { advanceLegalAid: false, limitationExpired: false },
  }),
  handlers: {
    /** 第二十七条 (limitation), 第二十八条 (written, or oral recorded by the commission). */
    apply(state, p, context) {
      const future = notAfterToday(P, p.receivedOn, context, 'receivedOn', '收到申请的日期');
      if (future) return { ok: false, error: future };
      if (p.form === 'oral' && p.oralRecord === undefined)
        return fail(
          `${P}.ORAL_RECORD_REQUIRED`,
          {
            zh: '口头申请的，应当记入笔录（第二十八条第三款）',
            en: 'An oral application must be written down in a record (art. 28, para. 3)',
          },
          'oralRecord',
        );
      const missingAmount = p.claims.findIndex(
        (c) => MONETARY_CLAIM_KINDS.includes(c.kind) && c.amountFen === undefined,
      );
      if (missingAmount >= 0)
        return fail(
          `${P}.CLAIM_AMOUNT_REQUIRED`,
          { zh: '请填写请求金额（单位：分）', en: 'Give the amount claimed (in fen)' },
          `claims.${missingAmount}.amountFen`,
        );
      const l = p.limitation;
      if (l.knewOn > p.receivedOn)
        return fail(
          `${P}.KNEW_AFTER_APPLICATION`,
          {
            zh: '知道权利被侵害之日不能晚于申请日期',
            en: 'The day the infringement became known cannot be after the application date',
          },
          'limitation.knewOn',
        );
      const badInterruption = (l.interruptions ?? []).findIndex(
        (i) => i.on < l.knewOn || i.on > p.receivedOn,
      );
      if (badInterruption >= 0)
        return fail(
          `${P}.INTERRUPTION_DATE_INVALID`,
          {
            zh: '时效中断日期应当在知道权利被侵害之日与申请日期之间',
            en: 'The date of interruption of the limitation period must lie between the day the infringement became known and the application date',
          },
          `limitation.interruptions.${badInterruption}.on`,
        );
      const badSuspension = (l.suspensions ?? []).findIndex((s) => s.from > s.to || s.to > p.receivedOn);
      if (badSuspension >= 0)
        return fail(
          `${P}.SUSPENSION_DATE_INVALID`,
          {
            zh: '时效中止的起止日期有误',
            en: 'The start or end date of the suspension of the limitation period is wrong',
          },
          `limitation.suspensions.${badSuspension}`,
        );
      if (l.wageArrears && !p.claims.some((c) => c.kind === 'wages'))
        return fail(
          `${P}.WAGE_RULE_WITHOUT_WAGE_CLAIM`,
          {
            zh: '仅追索劳动报酬的请求适用第二十七条第四款',
            en: 'Article 27, paragraph 4 applies only to claims for remuneration of labour',
          },
          'limitation.wageArrears',
        );
      if (l.wageArrears?.employmentEnded && l.wageArrears.endedOn === undefined)
        return fail(
          `${P}.EMPLOYMENT_END_REQUIRED`,
          {
            zh: '劳动关系已经终止的，请填写终止日期',
            en: 'The employment has ended: give the date it ended',
          },
          'limitation.wageArrears.endedOn',
        );
      const limitation = labourLimitation(l, context.calendar);
      const expired = limitation.lastDay !== null && p.receivedOn > limitation.lastDay;
      return ok({
        ...state,
        status: 'applied',
        receivedOn: p.receivedOn,
        applicantSide: p.applicantSide,
        claims: p.claims,
        limitation: { ...limitation, expired },
        flags: { ...state.flags, limitationExpired: expired },
      });
    },
    /** 第二十九条: within 5 days; an application past the limitation needs a recorded reason. */
    accept(state, p, context) {
      if (state.limitation?.expired && p.limitationNote === undefined)
        return fail(
          `${P}.LIMITATION_EXPIRED`,
          {
            zh: `申请已超过一年仲裁时效（届满日 ${state.limitation.lastDay}），仍予受理的应当说明理由（第二十七条）`,
            en: `The application is past the one-year limitation period (last day ${state.limitation.lastDay}); accepting it anyway requires a reason (art. 27)`,
          },
          'limitationNote',
        );
      if (
        isPastDue(acceptanceClock(state, context.calendar, context.date), context.date) &&
        p.lateReason === undefined
      )
        return fail(
          `${P}.ACCEPTANCE_OVERDUE`,
          {
            zh: '已超过收到申请之日起五日的受理期限（第二十九条），请说明逾期原因',
            en: 'The five-day acceptance period from receipt of the application has passed (art. 29); give the reason for the delay',
          },
          'lateReason',
        );
      return ok({ ...state, status: 'accepted', acceptedOn: context.date });
    },
    refuse: (state) => ok({ ...state, status: 'refused' }),
    /** 第三十条第一款: serve the copy on the respondent within 5 days of acceptance. */
    'serve-respondent'(state, p, context) {
      if (state.servedOn !== null)
        return fail(
          `${P}.ALREADY_SERVED`,
          { zh: '申请书副本已经送达', en: 'The copy of the application has already been served' },
          'servedOn',
        );
      const future = notAfterToday(P, p.servedOn, context, 'servedOn', '送达日期');
      if (future) return { ok: false, error: future };
      if (p.servedOn < (state.acceptedOn ?? p.servedOn))
        return fail(
          `${P}.SERVICE_BEFORE_ACCEPTANCE`,
          {
            zh: '送达日期不能早于受理日期',
            en: 'The date of service cannot be before the date of acceptance',
          },
          'servedOn',
        );
      return ok({ ...state, servedOn: p.servedOn });
    },
    /** 第三十一条 (three arbitrators, or one for a simple case), 第三十二条 (notice within 5 days). */
    'notify-tribunal'(state, p, context) {
      if (p.arbitrators.length === 2)
        return fail(
          `${P}.TRIBUNAL_SIZE`,
          {
            zh: '仲裁庭由三名仲裁员组成，简单案件可以由一名仲裁员独任仲裁（第三十一条）',
            en: 'A tribunal has three arbitrators; a simple case may be heard by a sole arbitrator (art. 31)',
          },
          'arbitrators',
        );
      const future = notAfterToday(P, p.notifiedOn, context, 'notifiedOn', '通知日期');
      if (future) return { ok: false, error: future };
      return ok({ ...state, tribunal: { arbitrators: p.arbitrators, notifiedOn: p.notifiedOn } });
    },
    /** 第三十五条: the hearing notice goes out at least 5 days before the hearing. */
    'schedule-hearing'(state, p, context) {
      if (state.tribunal === null)
        return fail(
          `${P}.TRIBUNAL_NOT_FORMED`,
          {
            zh: '仲裁庭尚未组成，不能通知开庭',
            en: 'The tribunal is not formed yet; no hearing can be notified',
          },
          'type',
        );
      const future = notAfterToday(P, p.notifiedOn, context, 'notifiedOn', '通知开庭的日期');
      if (future) return { ok: false, error: future };
      if (calendarDaysBetween(p.notifiedOn, p.hearingOn) < HEARING_NOTICE_DAYS)
        return fail(
          `${P}.HEARING_NOTICE_TOO_SHORT`,
          {
            zh: '应当在开庭五日前将开庭日期、地点书面通知双方当事人（第三十五条）',
            en: 'Both parties must be notified in writing of the hearing date and place five days before the hearing (art. 35)',
          },
          'hearingOn',
        );
      return ok({ ...state, hearingOn: p.hearingOn });
    },
    /** 第四十三条第一款: approved by the commission's director, before the period ends, ≤ 15 days in all. */
    extend(state, p, context) {
      if (state.extensionDays + p.days > MAX_AWARD_EXTENSION_DAYS)
        return fail(
          `${P}.EXTENSION_TOO_LONG`,
          {
            zh: `延长期限累计不得超过十五日（已延长 ${state.extensionDays} 日）`,
            en: `Extensions may total no more than fifteen days (already extended by ${state.extensionDays})`,
          },
          'days',
        );
      if (isPastDue(awardClock(state, context.calendar, context.date), context.date))
        return fail(
          `${P}.EXTENSION_TOO_LATE`,
          {
            zh: '审理期限已经届满，不能再延期',
            en: 'The hearing period has already run out and can no longer be extended',
          },
          'days',
        );
      return ok({ ...state, extensionDays: state.extensionDays + p.days });
    },
    /** 第四十二条: the mediation statement takes effect once both parties have signed for it. */
    mediate(state, p, context) {
      const future = notAfterToday(P, p.signedOn, context, 'signedOn', '签收日期');
      if (future) return { ok: false, error: future };
      return ok({ ...state, status: 'mediated' });
    },
    /** 第四十二条 (mediate first), 第四十三条 (in time, or say why), 第四十七条 (finality by item). */
    'issue-award'(state, p, context) {
      if (!p.mediationAttempted)
        return fail(
          `${P}.MEDIATION_REQUIRED`,
          {
            zh: '仲裁庭在作出裁决前，应当先行调解（第四十二条）',
            en: 'The tribunal must first try mediation before making an award (art. 42)',
          },
          'mediationAttempted',
        );
      const missingAmount = p.items.findIndex(
        (c) => MONETARY_CLAIM_KINDS.includes(c.kind) && c.amountFen === undefined,
      );
      if (missingAmount >= 0)
        return fail(
          `${P}.CLAIM_AMOUNT_REQUIRED`,
          { zh: '请填写裁决金额（单位：分）', en: 'Give the amount awarded (in fen)' },
          `items.${missingAmount}.amountFen`,
        );
      if (p.items.some((c) => MONETARY_CLAIM_KINDS.includes(c.kind)) && p.monthlyMinimumWageFen === undefined)
        return fail(
          `${P}.MINIMUM_WAGE_REQUIRED`,
          {
            zh: '请填写当地月最低工资标准，以确定是否为终局裁决（第四十七条）',
            en: 'Give the local monthly minimum wage, which decides whether the award is final (art. 47)',
          },
          'monthlyMinimumWageFen',
        );
      const servedOn = p.servedOn ?? context.date;
      if (servedOn < context.date)
        return fail(
          `${P}.SERVICE_BEFORE_AWARD`,
          {
            zh: '送达日期不能早于裁决日期',
            en: 'The date of service cannot be before the date of the award',
          },
          'servedOn',
        );
      const late = isPastDue(awardClock(state, context.calendar, context.date), context.date);
      if (late && p.lateReason === undefined)
        return fail(
          `${P}.AWARD_OVERDUE`,
          {
            zh: '已超过审理期限（第四十三条），请说明逾期裁决的原因',
            en: 'The hearing period (art. 43) has passed; give the reason for the late award',
          },
          'lateReason',
        );
      return ok({
        ...state,
        status: 'awarded',
        award: {
          issuedOn: context.date,
          servedOn,
          final: isFinalAward(p.items, p.monthlyMinimumWageFen),
          late,
        },
      });
    },
    withdraw: (state) => ok({ ...state, status: 'withdrawn' }),
    'record-lawsuit'(state, p, context) {
      const future = notAfterToday(P, p.filedOn, context, 'filedOn', '起诉日期');
      if (future) return { ok: false, error: future };
      return (
        lawsuitProblem(state, p, context) ??
        ok({ ...state, status: 'litigated', lawsuit: { filedOn: p.filedOn, by: p.by, kind: p.kind } })
      );
    },
    /** 第四十七条、第五十条: effective once nobody sued or applied to set aside in time. */
    'record-effective'(state, _p, context) {
      // A final award can still be sued on (worker, 15 days) or set aside (employer, 30 days).
      const days = state.award?.final ? SET_ASIDE_DAYS : SUIT_DAYS;
      const window = windowClock(state.award?.servedOn ?? context.date, days, context.calendar, context.date);
      if (!isPastDue(window, context.date))
        return fail(
          `${P}.SUIT_WINDOW_OPEN`,
          {
            zh: `起诉或者申请撤销裁决的期限至 ${window.dueAt} 届满，届满前不能登记生效`,
            en: `The period to sue or to apply to set aside the award runs until ${window.dueAt}; the award cannot be recorded as effective before then`,
          },
          'type',
        );
      return ok({ ...state, status: 'effective' });
    },
  },
  derive: (state, context) => ({
    ...state,
    flags: {
      ...state.flags,
      advanceLegalAid: arbitrationAdvanceLegalAid(state, context.calendar, context.date),
    },
  }),
  openClocks(state, { calendar, today }) {
    switch (state.status) {
      case 'applied':
        return [acceptanceClock(state, calendar, today), ...applicantDeadlines(state, calendar, today)];
      case 'accepted': {
        const start = state.acceptedOn ?? today;
        const clocks: PeriodClock[] = [];
        const five = (kind: string, label: string, source: string) =>
          dayClock({ kind, label, startsAt: start, amount: ACCEPTANCE_DAYS, source }, calendar, today);
        if (state.servedOn === null)
          clocks.push(five('service', '送达仲裁申请书副本', `${LAW} 第三十条第一款`));
        if (state.tribunal === null)
          clocks.push(five('tribunal-notice', '书面通知仲裁庭组成', `${LAW} 第三十二条`));
        clocks.push(awardClock(state, calendar, today));
        return clocks;
      }
      case 'awarded':
        return applicantDeadlines(state, calendar, today);
      default:
        return [];
    }
  },
});

/** Bilingual labels of the arbitration window (core/procedures/labels.ts). */
export const ARBITRATION_LABELS: ProcedureLabels<ArbitrationStatus, ArbitrationAction> = {
  clocksEn: {
    acceptance: 'Decide whether to accept',
    award: 'Make the award',
    limitation: 'Limitation period ends',
    suit: 'Sue in court against the award',
    'set-aside': 'Apply to set aside a final award',
    service: 'Serve a copy of the application',
    'tribunal-notice': 'Notify the parties of the tribunal in writing',
  },
  statusesEn: {
    applied: 'Applied, awaiting acceptance',
    accepted: 'Accepted, being heard',
    awarded: 'Awarded',
    mediated: 'Closed by mediation',
    refused: 'Not accepted',
    withdrawn: 'Withdrawn',
    effective: 'Award in effect',
    litigated: 'Taken to court',
  },
  actionsEn: {
    apply: 'Apply for arbitration',
    accept: 'Accept',
    refuse: 'Do not accept',
    'serve-respondent': 'Serve the respondent',
    'notify-tribunal': 'Notify tribunal',
    'schedule-hearing': 'Schedule hearing',
    extend: 'Extend',
    mediate: 'Close by mediation',
    'issue-award': 'Issue award',
    withdraw: 'Withdraw',
    'record-lawsuit': 'Record lawsuit',
    'record-effective': 'Record award in effect',
  },
  values: {
    labour: ['劳动争议', 'Labour dispute'],
    written: ['书面申请', 'Written'],
    oral: ['口头申请', 'Oral'],
    worker: ['劳动者', 'Worker'],
    employer: ['用人单位', 'Employer'],
    ...pairLabels(CLAIM_KINDS, {
      wages: 'Wages',
      'injury-medical': 'Work-injury medical costs',
      compensation: 'Severance compensation',
      damages: 'Damages',
      standards: 'Labour standards',
      'employment-relationship': 'Confirm employment relationship',
      other: 'Other claim',
    }),
    ...pairLabels(INTERRUPTION_KINDS, {
      claim: 'A party claimed its rights',
      'relief-request': 'Relief requested from an authority',
      'agreed-to-perform': 'Other party agreed to perform',
    }),
    'not-labour-dispute': ['不属于劳动人事争议', 'Not a labour dispute'],
    'no-jurisdiction': ['不属于本仲裁委员会管辖', 'No jurisdiction'],
    'respondent-unclear': ['没有明确的被申请人', 'Respondent unclear'],
    'no-specific-claim': ['没有具体的仲裁请求和事实、理由', 'No specific claim'],
    duplicate: ['重复申请', 'Duplicate application'],
    settled: ['双方自行和解', 'Settled'],
    'applicant-request': ['申请人申请撤回', "At the applicant's request"],
    'absent-without-cause': ['经书面通知无正当理由拒不到庭（按撤回申请处理）', 'Absent without cause'],
    suit: ['向人民法院提起诉讼', 'Suit in court'],
    'set-aside': ['申请撤销裁决', 'Application to set aside'],
  },
};
