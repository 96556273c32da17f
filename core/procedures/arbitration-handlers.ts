/**
 * The action handlers of a labour-arbitration matter (劳动争议调解仲裁法 2007; rules.md §7, R30; the
 * procedure in arbitration.ts): what each action checks and records. The application and each claim's
 * limitation (第二十七条) are in arbitration-apply.ts and arbitration-rules.ts.
 */
import { calendarDaysBetween } from '@core/calendar/iso-date';
import { applyArbitration, limitationNoteProblem } from './arbitration-apply';
import {
  type ArbitrationAction,
  type ArbitrationState,
  acceptanceClock,
  awardClock,
  HEARING_NOTICE_DAYS,
  MAX_AWARD_EXTENSION_DAYS,
  SET_ASIDE_DAYS,
  SUIT_DAYS,
  windowClock,
} from './arbitration-clocks';
import type { ARBITRATION_PAYLOADS, ArbitrationPayload } from './arbitration-payload';
import { isFinalAward, MONETARY_CLAIM_KINDS } from './arbitration-rules';
import { isPastDue } from './clock';
import { type ActionContext, fail, type Handlers, ok } from './procedure-kit';

const P = 'ARBITRATION';

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

/** What each action of an arbitration matter checks and records (the `handlers` of arbitration.ts). */
export const arbitrationHandlers: Handlers<ArbitrationAction, ArbitrationState, typeof ARBITRATION_PAYLOADS> =
  {
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
  };
