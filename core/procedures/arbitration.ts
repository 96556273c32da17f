/**
 * Labour-dispute arbitration (劳动争议仲裁), the hall's 'arbitration' window. Source: 劳动争议调解仲裁法
 * (2007; rules.md §7, R30). Plain "日" are calendar days, the last day rolling past rest days (§9).
 * Payloads in arbitration-payload.ts, state and clocks in arbitration-clocks.ts, the application and
 * each claim's limitation (第二十七条) in arbitration-apply.ts and arbitration-rules.ts, labels in
 * arbitration-labels.ts.
 *
 *   apply → applied ─accept→ accepted (5 days, 第二十九条) | ─refuse→ refused (written reasons)
 *   accepted: serve-respondent (5 days, 第三十条), notify-tribunal (5 days, 第三十二条),
 *             schedule-hearing (notice ≥ 5 days ahead, 第三十五条), extend (≤ 15 days, 第四十三条)
 *   accepted ─mediate→ mediated (第四十二条) | ─issue-award→ awarded (45 days, 第四十三条)
 *   awarded ─record-effective→ effective | ─record-lawsuit→ litigated (第四十八条至第五十条)
 *   refused, applied past 5 days, accepted past the award clock ─record-lawsuit→ litigated
 *   applied | accepted ─withdraw→ withdrawn (第三十六条、第四十一条)
 *
 * `flags.limitationExpired`: some claim was applied for after its own limitation ended (第二十七条; a
 * warning at registration, and acceptance then needs `limitationNote`).
 * `flags.advanceLegalAid` (法律援助法 第四十四条第一项; R30): on each action's day, a deadline of the
 * applicant (the limitation before acceptance, the time to sue or to apply to set aside after the
 * award) is fewer than 7 days away. `arbitrationAdvanceLegalAid` gives the same answer for any day.
 */
import { calendarDaysBetween } from '@core/calendar/iso-date';
import { applyArbitration, limitationNoteProblem } from './arbitration-apply';
import {
  ACCEPTANCE_DAYS,
  ARBITRATION_ACTIONS,
  ARBITRATION_STATUSES,
  type ArbitrationState,
  acceptanceClock,
  applicantDeadlines,
  arbitrationAdvanceLegalAid,
  awardClock,
  dayClock,
  HEARING_NOTICE_DAYS,
  MAX_AWARD_EXTENSION_DAYS,
  SET_ASIDE_DAYS,
  SUIT_DAYS,
  windowClock,
} from './arbitration-clocks';
import { type ArbitrationPayload, ARBITRATION_PAYLOADS as schemas } from './arbitration-payload';
import { isFinalAward, MONETARY_CLAIM_KINDS } from './arbitration-rules';
import { isPastDue, type PeriodClock } from './clock';
import { type ActionContext, defineProcedure, fail, ok } from './procedure-kit';

export * from './arbitration-apply';
export * from './arbitration-clocks';
export * from './arbitration-labels';
export * from './arbitration-payload';
export * from './arbitration-rules';

const P = 'ARBITRATION';
const LAW = '劳动争议调解仲裁法';

function lawsuitProblem(
  state: ArbitrationState,
  p: ArbitrationPayload<'record-lawsuit'>,
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
    /** 第二十七条 (each claim's limitation), 第二十八条 (written, or oral recorded): arbitration-apply.ts. */
    apply: applyArbitration,
    /** 第二十九条: within 5 days; an application past the limitation needs a recorded reason. */
    accept(state, p, context) {
      const outOfTime = limitationNoteProblem(state, p.limitationNote);
      if (outOfTime) return outOfTime;
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
    'serve-respondent'(state, p, _context) {
      if (state.servedOn !== null)
        return fail(
          `${P}.ALREADY_SERVED`,
          { zh: '申请书副本已经送达', en: 'The copy of the application has already been served' },
          'servedOn',
        );
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
    'notify-tribunal'(state, p, _context) {
      if (p.arbitrators.length === 2)
        return fail(
          `${P}.TRIBUNAL_SIZE`,
          {
            zh: '仲裁庭由三名仲裁员组成，简单案件可以由一名仲裁员独任仲裁（第三十一条）',
            en: 'A tribunal has three arbitrators; a simple case may be heard by a sole arbitrator (art. 31)',
          },
          'arbitrators',
        );
      return ok({ ...state, tribunal: { arbitrators: p.arbitrators, notifiedOn: p.notifiedOn } });
    },
    /** 第三十五条: the hearing notice goes out at least 5 days before the hearing. */
    'schedule-hearing'(state, p, _context) {
      if (state.tribunal === null)
        return fail(
          `${P}.TRIBUNAL_NOT_FORMED`,
          {
            zh: '仲裁庭尚未组成，不能通知开庭',
            en: 'The tribunal is not formed yet; no hearing can be notified',
          },
          'type',
        );
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
    mediate(state, _p, _context) {
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
          { zh: '请填写裁决金额（元）', en: 'Give the amount awarded (in yuan)' },
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
