/**
 * The acceptance stage of an administrative reconsideration (行政复议法 2023 第二十条至第三十三条; the
 * procedure in reconsideration.ts): the application and its window, acceptance (ordinary or simple,
 * 第五十三条), deemed acceptance once the review lapsed (第三十条第三款) and refusal within it.
 */

import { isPastDue } from './clock';
import type { ProcedureCalendar, ProcedureResult } from './definition';
import { lateWarningEn } from './late-warning-en';
import { type ActionContext, fail, ok } from './procedure-kit';
import { type ReconsiderationState, type ReconsiderationStatus, reviewClock } from './reconsideration-clocks';
import type { ReconsiderationPayload } from './reconsideration-payload';
import {
  applicationWindow,
  lateReconsiderationWarnings,
  SIMPLE_PROCEDURE_MAX_FEN,
} from './reconsideration-rules';

const P = 'RECONSIDERATION';

/** The status on `today`: an application whose review lapsed without a decision is deemed accepted. */
export function reconsiderationStatusOn(
  state: ReconsiderationState,
  calendar: ProcedureCalendar,
  today: string,
): ReconsiderationStatus {
  return state.status === 'applied' &&
    state.openedAt !== null &&
    isPastDue(reviewClock(state, calendar, today), today)
    ? 'accepted'
    : state.status;
}

/** 第五十三条: the simple procedure needs one of its grounds (and clear facts), or everyone's consent. */
function simpleProblem(state: ReconsiderationState, p: ReconsiderationPayload<'accept'>) {
  if (p.procedure === 'ordinary') return undefined;
  if (p.simpleGround === undefined)
    return fail(
      `${P}.SIMPLE_PROCEDURE_NOT_ALLOWED`,
      {
        zh: '适用简易程序应当符合第五十三条规定的情形',
        en: 'The simplified procedure applies only in the cases of article 53',
      },
      'simpleGround',
    );
  if (p.simpleGround === 'all-parties-agree') return undefined;
  if (p.clearFacts !== true)
    return fail(
      `${P}.SIMPLE_PROCEDURE_NOT_ALLOWED`,
      {
        zh: '适用简易程序应当事实清楚、权利义务关系明确、争议不大（第五十三条）',
        en: 'The simplified procedure needs clear facts, clear rights and duties and little in dispute (art. 53)',
      },
      'clearFacts',
    );
  if (
    p.simpleGround === 'small-amount' &&
    (state.amountFen === null || state.amountFen > SIMPLE_PROCEDURE_MAX_FEN)
  )
    return fail(
      `${P}.SIMPLE_PROCEDURE_NOT_ALLOWED`,
      {
        zh: '案件涉及款额应当在三千元以下（第五十三条第一款第三项）',
        en: 'The amount involved must be 3,000 yuan or less (art. 53, para. 1, item 3)',
      },
      'simpleGround',
    );
  return undefined;
}

export function acceptedState(
  state: ReconsiderationState,
  acceptedOn: string,
  deemed: boolean,
  procedure: 'ordinary' | 'simple',
) {
  return ok<ReconsiderationState>({
    ...state,
    status: 'accepted',
    acceptedOn,
    deemedAccepted: deemed,
    procedure,
  });
}

/** 第二十条至第二十二条: the window is computed on receipt; an oral application is recorded on the spot. */
export function applyReconsideration(
  state: ReconsiderationState,
  p: ReconsiderationPayload<'apply'>,
  context: ActionContext,
): ProcedureResult<ReconsiderationState> {
  if (p.form === 'oral' && p.oralRecord === undefined)
    return fail(
      `${P}.ORAL_RECORD_REQUIRED`,
      {
        zh: '口头申请的，应当当场记录申请人的基本情况、请求、事实、理由和时间（第二十二条第三款）',
        en: 'An oral application must be recorded on the spot: the applicant, the request, the facts, the reasons and the time (art. 22, para. 3)',
      },
      'oralRecord',
    );
  if (p.knewActOn < p.actDate)
    return fail(
      `${P}.KNEW_BEFORE_ACT`,
      {
        zh: '知道行政行为之日不能早于行政行为作出日期',
        en: 'The day the act became known cannot be before the act was taken',
      },
      'knewActOn',
    );
  if (p.knewActOn > p.receivedOn)
    return fail(
      `${P}.KNEW_AFTER_APPLICATION`,
      {
        zh: '知道行政行为之日不能晚于申请日期',
        en: 'The day the act became known cannot be after the application date',
      },
      'knewActOn',
    );
  if (!p.rightsNotified && p.learnedRightsOn === undefined)
    return fail(
      `${P}.LEARNED_RIGHTS_REQUIRED`,
      {
        zh: '行政机关未告知的，请填写知道申请复议的权利、机关和期限之日（第二十条第三款）',
        en: 'The organ gave no notice: give the day the right to apply, the organ and the time limit became known (art. 20, para. 3)',
      },
      'learnedRightsOn',
    );
  if (
    p.learnedRightsOn !== undefined &&
    (p.learnedRightsOn < p.knewActOn || p.learnedRightsOn > p.receivedOn)
  )
    return fail(
      `${P}.LEARNED_RIGHTS_INVALID`,
      {
        zh: '知道复议权利之日应当在知道行政行为之日与申请日期之间',
        en: 'The day the right to apply became known must lie between the day the act became known and the application date',
      },
      'learnedRightsOn',
    );
  const bad = (p.obstacles ?? []).findIndex((o) => o.from > o.to || o.to > p.receivedOn);
  if (bad >= 0)
    return fail(
      `${P}.OBSTACLE_DATE_INVALID`,
      { zh: '耽误期限的起止日期有误', en: 'The start or end date of the obstacle is wrong' },
      `obstacles.${bad}`,
    );
  return ok({
    ...state,
    status: 'applied',
    receivedOn: p.receivedOn,
    reviewStartsOn: p.receivedOn,
    window: applicationWindow(p, context.calendar),
    amountFen: p.amountFen ?? null,
  });
}

/**
 * 第三十条: within the review an application out of time (or past the long stop) is refused, not
 * accepted; after it lapsed the application is deemed accepted on the last review day whatever its
 * defects (the organ then dismisses it under 第三十三条). 第五十三条 decides the procedure.
 */
export function acceptReconsideration(
  state: ReconsiderationState,
  p: ReconsiderationPayload<'accept'>,
  context: ActionContext,
): ProcedureResult<ReconsiderationState> {
  const simple = simpleProblem(state, p);
  if (simple) return simple;
  const review = reviewClock(state, context.calendar, context.date);
  if (isPastDue(review, context.date)) return acceptedState(state, review.dueAt, true, p.procedure);
  // The warning given at registration becomes the refusal of acceptance within the review.
  const [late] =
    state.window && state.receivedOn ? lateReconsiderationWarnings(state.receivedOn, state.window) : [];
  if (late) return fail(late.code, { zh: late.message, en: lateWarningEn(late) }, 'receivedOn');
  return acceptedState(state, context.date, false, p.procedure);
}

/** 第三十条第三款: no refusal within the review → deemed accepted from the day it ended. */
export function deemAccepted(
  state: ReconsiderationState,
  _p: ReconsiderationPayload<'deem-accepted'>,
  context: ActionContext,
): ProcedureResult<ReconsiderationState> {
  const review = reviewClock(state, context.calendar, context.date);
  if (!isPastDue(review, context.date))
    return fail(
      `${P}.REVIEW_PERIOD_RUNNING`,
      {
        zh: `受理审查期限至 ${review.dueAt} 届满，届满前不能视为受理`,
        en: `The review period for acceptance runs until ${review.dueAt}; the application cannot be deemed accepted before then`,
      },
      'type',
    );
  return acceptedState(state, review.dueAt, true, 'ordinary');
}

/** 第三十条第二款: within the review, with reasons, naming the competent organ if jurisdiction fails. */
export function refuseReconsideration(
  state: ReconsiderationState,
  p: ReconsiderationPayload<'refuse'>,
  context: ActionContext,
): ProcedureResult<ReconsiderationState> {
  if (isPastDue(reviewClock(state, context.calendar, context.date), context.date))
    return fail(
      `${P}.REVIEW_PERIOD_LAPSED`,
      {
        zh: '审查期限已届满，申请视为受理，不能再决定不予受理（第三十条第三款）；不符合受理条件的应当驳回申请',
        en: 'The review period has run out, so the application is deemed accepted and can no longer be refused (art. 30, para. 3); one that does not meet the conditions must be dismissed',
      },
      'type',
    );
  if (p.failedCriteria.includes(6) && p.competentOrgan === undefined)
    return fail(
      `${P}.COMPETENT_ORGAN_REQUIRED`,
      {
        zh: '不属于本机关管辖的，应当告知有管辖权的行政复议机关（第三十条第二款）',
        en: 'A matter outside this organ’s competence requires telling the applicant the competent reconsideration organ (art. 30, para. 2)',
      },
      'competentOrgan',
    );
  return ok({ ...state, status: 'refused' });
}
