/**
 * The action handlers of an administrative reconsideration (行政复议法 2023; rules.md §5, R28; the
 * procedure in reconsideration.ts): what each action checks and records. The acceptance stage (apply,
 * accept, deemed acceptance, refusal) is in reconsideration-acceptance.ts.
 */
import { calendarDaysBetween } from '@core/calendar/iso-date';
import { closePause, isPastDue, openPause, runningPause } from './clock';
import { fail, type Handlers, ok } from './procedure-kit';
import type { ReconsiderationAction } from './reconsideration';
import {
  acceptReconsideration,
  applyReconsideration,
  deemAccepted,
  refuseReconsideration,
} from './reconsideration-acceptance';
import {
  decisionClock,
  type ReconsiderationState,
  reviewClock,
  supplementClock,
} from './reconsideration-clocks';
import { MAX_DECISION_EXTENSION_DAYS, type RECONSIDERATION_PAYLOADS } from './reconsideration-payload';
import { SUSPENSION_TERMINATION_DAYS, TERMINATING_SUSPENSION_GROUNDS } from './reconsideration-rules';

const P = 'RECONSIDERATION';

/** What each action of a reconsideration matter checks and records (the `handlers` of reconsideration.ts). */
export const reconsiderationHandlers: Handlers<
  ReconsiderationAction,
  ReconsiderationState,
  typeof RECONSIDERATION_PAYLOADS
> = {
  apply: applyReconsideration,
  accept: acceptReconsideration,
  'deem-accepted': deemAccepted,
  refuse: refuseReconsideration,
  /** 第三十一条第一款: one notice listing everything, within 5 working days of receipt. */
  'request-supplement'(state, p, context) {
    if (state.supplement !== null)
      return fail(
        `${P}.SUPPLEMENT_ALREADY_REQUESTED`,
        {
          zh: '补正通知应当一次性载明需要补正的事项，不能再次通知补正（第三十一条）',
          en: 'A notice to supplement must list everything to supplement at once; a second notice is not possible (art. 31)',
        },
        'items',
      );
    if (isPastDue(reviewClock(state, context.calendar, context.date), context.date))
      return fail(
        `${P}.SUPPLEMENT_NOTICE_LATE`,
        {
          zh: '应当自收到申请之日起五个工作日内书面通知补正（第三十一条第一款）；期限已过，申请视为受理',
          en: 'A notice to supplement must be sent in writing within five working days of receiving the application (art. 31, para. 1); that time has passed and the application is deemed accepted',
        },
        'type',
      );
    const noticeReceivedOn = p.noticeReceivedOn ?? context.date;
    return ok({
      ...state,
      status: 'supplementing',
      supplement: {
        requestedOn: context.date,
        noticeReceivedOn,
        items: p.items,
        extraDays: 0,
        receivedOn: null,
      },
    });
  },
  /** 第三十一条第二款: a reasonable extension for a good reason. */
  'extend-supplement': (state, p) =>
    ok({
      ...state,
      supplement: state.supplement && {
        ...state.supplement,
        extraDays: state.supplement.extraDays + p.workingDays,
      },
    }),
  /** 第三十一条第二款、第三款: materials in time restart the review (第三十条) from their receipt. */
  'receive-supplement'(state, p, context) {
    const due = supplementClock(state, context.calendar, context.date).dueAt;
    if (p.receivedOn > due)
      return fail(
        `${P}.SUPPLEMENT_LATE`,
        {
          zh: `补正期限已于 ${due} 届满；有正当理由的，应当先延长补正期限（第三十一条第二款）`,
          en: `The period to supplement ended on ${due}; with good reason, extend the period first (art. 31, para. 2)`,
        },
        'receivedOn',
      );
    if (state.supplement && p.receivedOn < state.supplement.requestedOn)
      return fail(
        `${P}.SUPPLEMENT_DATE_INVALID`,
        {
          zh: '收到补正材料的日期不能早于补正通知',
          en: 'The date the supplementary materials were received cannot be before the notice to supplement',
        },
        'receivedOn',
      );
    return ok({
      ...state,
      status: 'applied',
      reviewStartsOn: p.receivedOn,
      supplement: state.supplement && { ...state.supplement, receivedOn: p.receivedOn },
    });
  },
  /** 第三十一条第二款: no supplement in time without good reason → deemed abandoned, recorded. */
  'deem-abandoned'(state, _p, context) {
    const clock = supplementClock(state, context.calendar, context.date);
    return isPastDue(clock, context.date)
      ? ok({ ...state, status: 'abandoned' })
      : fail(
          `${P}.SUPPLEMENT_PERIOD_RUNNING`,
          {
            zh: `补正期限至 ${clock.dueAt} 届满，届满前不能视为放弃`,
            en: `The period to supplement runs until ${clock.dueAt}; the application cannot be deemed abandoned before then`,
          },
          'type',
        );
  },
  'send-copy'(state, p, _context) {
    if (state.copySentOn !== null)
      return fail(
        `${P}.COPY_ALREADY_SENT`,
        { zh: '申请书副本已经发送', en: 'The copy of the application has already been sent' },
        'sentOn',
      );
    if (p.sentOn < (state.acceptedOn ?? p.sentOn))
      return fail(
        `${P}.COPY_BEFORE_ACCEPTANCE`,
        { zh: '发送日期不能早于受理日期', en: 'The date sent cannot be before the date of acceptance' },
        'sentOn',
      );
    return ok({ ...state, copySentOn: p.sentOn });
  },
  'receive-answer'(state, p, _context) {
    if (state.copySentOn === null)
      return fail(
        `${P}.COPY_NOT_SENT`,
        {
          zh: '尚未向被申请人发送申请书副本',
          en: 'The copy of the application has not been sent to the respondent yet',
        },
        'receivedOn',
      );
    if (state.answerReceivedOn !== null)
      return fail(
        `${P}.ANSWER_ALREADY_RECEIVED`,
        {
          zh: '已经收到被申请人的书面答复',
          en: 'The respondent’s written answer has already been received',
        },
        'receivedOn',
      );
    return ok({ ...state, answerReceivedOn: p.receivedOn });
  },
  /** 第四十九条: hear the parties; a written review only when they cannot be heard, reason recorded. */
  'hear-opinions'(state, p) {
    if (p.method === 'written' && p.writtenReason === undefined)
      return fail(
        `${P}.WRITTEN_REVIEW_REASON_REQUIRED`,
        {
          zh: '因当事人原因不能听取意见、书面审理的，应当记录原因（第四十九条）',
          en: 'A written review because the parties could not be heard must record the reason (art. 49)',
        },
        'writtenReason',
      );
    return ok({ ...state, opinionsHeard: true });
  },
  /** 第五十五条: a simple case not suited to it goes to the ordinary procedure, with approval. */
  'convert-to-ordinary'(state) {
    if (state.procedure !== 'simple')
      return fail(
        `${P}.NOT_SIMPLE`,
        { zh: '本案已适用普通程序', en: 'This case already follows the ordinary procedure' },
        'type',
      );
    return ok({ ...state, procedure: 'ordinary' });
  },
  /** 第六十二条第一款: ordinary cases only, approved, parties told in writing, ≤ 30 days, before the end. */
  extend(state, p, context) {
    if (state.procedure !== 'ordinary')
      return fail(
        `${P}.SIMPLE_NO_EXTENSION`,
        {
          zh: '简易程序的审理期限不能延长；不宜适用简易程序的，可以转为普通程序（第五十五条）',
          en: 'The time limit of the simplified procedure cannot be extended; a case unsuited to it may switch to the ordinary procedure (art. 55)',
        },
        'type',
      );
    if (state.extensionDays + p.days > MAX_DECISION_EXTENSION_DAYS)
      return fail(
        `${P}.EXTENSION_TOO_LONG`,
        {
          zh: `延长期限最多不得超过三十日（已延长 ${state.extensionDays} 日）`,
          en: `Extensions may total no more than thirty days (already extended by ${state.extensionDays})`,
        },
        'days',
      );
    if (isPastDue(decisionClock(state, context.calendar, context.date), context.date))
      return fail(
        `${P}.EXTENSION_TOO_LATE`,
        {
          zh: '审理期限已经届满，不能再延长',
          en: 'The hearing period has already run out and can no longer be extended',
        },
        'days',
      );
    return ok({ ...state, extensionDays: state.extensionDays + p.days });
  },
  /** 第三十九条: suspended on its grounds, the parties told in writing; the decision clock stops. */
  suspend: (state, p, context) =>
    ok({
      ...state,
      status: 'suspended',
      suspensionGround: p.ground,
      pauses: openPause(state.pauses, context.date, `ground-${p.ground}`),
    }),
  resume: (state, _p, context) =>
    ok({
      ...state,
      status: 'accepted',
      suspensionGround: null,
      pauses: closePause(state.pauses, context.date),
    }),
  /** 第四十九条 (ordinary: parties heard), 第六十二条 (in time, or say why). */
  decide(state, p, context) {
    if (state.procedure === 'ordinary' && !state.opinionsHeard)
      return fail(
        `${P}.OPINIONS_NOT_HEARD`,
        {
          zh: '适用普通程序的，应当先听取当事人的意见（第四十九条）',
          en: 'Under the ordinary procedure the parties must be heard first (art. 49)',
        },
        'type',
      );
    const late = isPastDue(decisionClock(state, context.calendar, context.date), context.date);
    if (late && p.lateReason === undefined)
      return fail(
        `${P}.DECISION_OVERDUE`,
        {
          zh: '已超过行政复议期限（第六十二条），请说明逾期原因',
          en: 'The reconsideration time limit (art. 62) has passed; give the reason for the delay',
        },
        'lateReason',
      );
    return ok({ ...state, status: 'decided', outcome: p.outcome, decidedLate: late });
  },
  mediate: (state) => ok({ ...state, status: 'mediated' }),
  dismiss: (state) => ok({ ...state, status: 'dismissed' }),
  /** 第四十一条: grounds 4 and 5 only once accepted; ground 5 after 60 days of a 1/2/4 suspension. */
  terminate(state, p, context) {
    const beforeAcceptance = state.status === 'applied' || state.status === 'supplementing';
    if (beforeAcceptance && p.ground > 3)
      return fail(
        `${P}.TERMINATION_GROUND_INVALID`,
        {
          zh: '受理前只能因撤回申请或者申请人死亡、终止而终止',
          en: 'Before acceptance, a matter can end only by withdrawal or by the applicant’s death or dissolution',
        },
        'ground',
      );
    if (p.ground === 5) {
      const pause = runningPause(state.pauses);
      const long =
        pause !== undefined &&
        TERMINATING_SUSPENSION_GROUNDS.includes(state.suspensionGround ?? 0) &&
        calendarDaysBetween(pause.from, context.date) >= SUSPENSION_TERMINATION_DAYS;
      if (!long)
        return fail(
          `${P}.SUSPENSION_NOT_LONG_ENOUGH`,
          {
            zh: '因第三十九条第一款第一项、第二项、第四项中止满六十日的，方可终止（第四十一条第五项）',
            en: 'A suspension under article 39, paragraph 1, items 1, 2 or 4 must have lasted sixty days before the matter can end (art. 41, item 5)',
          },
          'ground',
        );
    }
    return ok({ ...state, status: 'terminated', pauses: closePause(state.pauses, context.date) });
  },
};
