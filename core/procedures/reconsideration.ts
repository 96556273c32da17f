/**
 * Administrative reconsideration (行政复议), the hall's 'reconsideration' window, under the 2023 law
 * (rules.md §5, R28; rules in reconsideration-rules.ts, clocks in reconsideration-clocks.ts).
 *
 *   apply → applied (review: 5 working days, 第三十条)
 *   applied ─accept→ accepted (ordinary or simple, 第五十三条) | ─refuse→ refused (within the review)
 *   applied ─deem-accepted→ accepted (system, once the review lapsed: 第三十条第三款)
 *   applied ─request-supplement→ supplementing (one notice within 5 working days, 第三十一条)
 *   supplementing ─receive-supplement→ applied (a new review from receipt) | ─deem-abandoned→ abandoned
 *   accepted: send-copy (7/3 working days), receive-answer, hear-opinions (第四十八条、第四十九条、第五十四条),
 *             convert-to-ordinary (第五十五条), extend (≤ 30 days, ordinary only, 第六十二条)
 *   accepted ─suspend→ suspended ─resume→ accepted (第三十九条; the decision clock stands still)
 *   accepted ─decide→ decided | ─mediate→ mediated | ─dismiss→ dismissed (第三十三条)
 *   applied … suspended ─terminate→ terminated (第四十一条)
 *
 * Deemed acceptance is both an action the sweep takes ('deem-accepted') and a status derived for any
 * day (`reconsiderationStatusOn`), so a view is right even before the sweep ran.
 */
import { calendarDaysBetween } from '@core/calendar/iso-date';
import { z } from 'zod';
import { closePause, isPastDue, openPause, runningPause } from './clock';
import type { ProcedureCalendar } from './definition';
import { type ProcedureLabels, pairLabels } from './labels';
import { zChoice, zCount, zDate, zFen, zFlag, zList, zText, zWritten } from './payload-kit';
import { defineProcedure, fail, notAfterToday, ok } from './procedure-kit';
import {
  decisionClock,
  RECONSIDERATION_STATUSES,
  type ReconsiderationState,
  type ReconsiderationStatus,
  reconsiderationOpenClocks,
  reviewClock,
  supplementClock,
} from './reconsideration-clocks';
import {
  applicationWindow,
  DECISION_OUTCOMES,
  type DecisionOutcome,
  SIMPLE_PROCEDURE_GROUNDS,
  SIMPLE_PROCEDURE_MAX_FEN,
  type SimpleProcedureGround,
  SUSPENSION_TERMINATION_DAYS,
  TERMINATING_SUSPENSION_GROUNDS,
} from './reconsideration-rules';

export * from './reconsideration-clocks';
export * from './reconsideration-rules';

const P = 'RECONSIDERATION';
const LAW = '行政复议法';

export const RECONSIDERATION_ACTIONS = [
  'apply',
  'accept',
  'deem-accepted',
  'refuse',
  'request-supplement',
  'extend-supplement',
  'receive-supplement',
  'deem-abandoned',
  'send-copy',
  'receive-answer',
  'hear-opinions',
  'convert-to-ordinary',
  'extend',
  'suspend',
  'resume',
  'decide',
  'mediate',
  'dismiss',
  'terminate',
] as const;
export type ReconsiderationAction = (typeof RECONSIDERATION_ACTIONS)[number];

/** 第六十二条第一款: the ordinary period may be extended by at most 30 days. */
export const MAX_DECISION_EXTENSION_DAYS = 30;

const criteria = (label: string) => zList(zCount(label, 1, 7), label, 7);

const schemas = {
  apply: z.object({
    receivedOn: zDate('收到申请的日期'),
    form: zChoice(['written', 'oral', 'online', 'mail'], '申请方式'),
    oralRecord: zWritten('口头申请笔录').optional(),
    applicantName: zText('申请人', 100),
    respondentAgency: zText('被申请人', 200),
    actDescription: zText('被申请行政复议的行政行为', 500),
    actDate: zDate('行政行为作出日期'),
    knewActOn: zDate('知道或者应当知道行政行为之日'),
    rightsNotified: zFlag('行政机关是否告知了申请复议的权利、机关和期限'),
    learnedRightsOn: zDate('知道申请复议的权利、机关和期限之日').optional(),
    immovable: zFlag('是否因不动产提出'),
    statutoryPeriodDays: zCount('法律规定的更长申请期限（日）', 61, 36_600).optional(),
    obstacles: z
      .array(z.object({ from: zDate('耽误开始日期'), to: zDate('障碍消除日期'), reason: zText('正当理由') }))
      .optional(),
    amountFen: zFen('涉及款额').optional(),
  }),
  accept: z.object({
    procedure: zChoice(['ordinary', 'simple'], '审理程序'),
    simpleGround: zChoice(
      Object.keys(SIMPLE_PROCEDURE_GROUNDS) as [SimpleProcedureGround],
      '适用简易程序的情形',
    ).optional(),
    clearFacts: zFlag('是否事实清楚、权利义务关系明确、争议不大').optional(),
  }),
  'deem-accepted': z.object({}),
  refuse: z.object({
    failedCriteria: criteria('不符合的受理条件（第三十条第一款）'),
    reasons: zWritten('不予受理的理由'),
    competentOrgan: zText('有管辖权的行政复议机关', 200).optional(),
  }),
  'request-supplement': z.object({
    items: zList(zText('需补正的事项'), '需补正的事项'),
    noticeReceivedOn: zDate('申请人收到补正通知的日期').optional(),
  }),
  'extend-supplement': z.object({
    workingDays: zCount('延长的补正期限（工作日）', 1, 60),
    reason: zWritten('不能按期补正的正当理由'),
  }),
  'receive-supplement': z.object({ receivedOn: zDate('收到补正材料的日期') }),
  'deem-abandoned': z.object({}),
  'send-copy': z.object({ sentOn: zDate('发送申请书副本的日期') }),
  'receive-answer': z.object({ receivedOn: zDate('收到书面答复的日期') }),
  'hear-opinions': z.object({
    method: zChoice(['in-person', 'online', 'phone', 'written'], '听取意见的方式'),
    record: zText('听取意见的记录', 5000),
    writtenReason: zWritten('因当事人原因不能听取意见的情况').optional(),
  }),
  'convert-to-ordinary': z.object({
    approvedBy: zText('批准的行政复议机构负责人', 50),
    reason: zWritten('不宜适用简易程序的理由'),
  }),
  extend: z.object({
    days: zCount('延长天数', 1, MAX_DECISION_EXTENSION_DAYS),
    approvedBy: zText('批准延长的行政复议机构负责人', 50),
    reason: zWritten('情况复杂需要延长的理由'),
    partiesNotified: z.literal(true, { error: '延长期限应当书面告知当事人' }),
  }),
  suspend: z.object({
    ground: zCount('中止的情形（第三十九条第一款）', 1, 10),
    reason: zWritten('中止的理由'),
    partiesNotified: z.literal(true, { error: '中止应当书面告知当事人' }),
  }),
  resume: z.object({ partiesNotified: z.literal(true, { error: '恢复审理应当书面告知当事人' }) }),
  decide: z.object({
    outcome: zChoice(Object.keys(DECISION_OUTCOMES) as [DecisionOutcome], '行政复议决定'),
    documentNumber: zText('行政复议决定书文号', 50),
    lateReason: zWritten('逾期作出决定的原因').optional(),
  }),
  mediate: z.object({
    documentNumber: zText('行政复议调解书文号', 50),
    signedByAll: z.literal(true, { error: '调解书经各方当事人签字或者签章后方具有法律效力' }),
  }),
  dismiss: z.object({
    failedCriteria: criteria('不符合的受理条件（第三十条第一款）'),
    reasons: zWritten('驳回申请的理由'),
  }),
  terminate: z.object({ ground: zCount('终止的情形（第四十一条）', 1, 5), reasons: zWritten('终止的理由') }),
};

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
function simpleProblem(state: ReconsiderationState, p: z.output<(typeof schemas)['accept']>) {
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

function acceptedState(
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

export const reconsideration = defineProcedure({
  service: 'reconsideration',
  nameZh: '行政复议',
  codePrefix: P,
  statuses: RECONSIDERATION_STATUSES,
  statusLabels: {
    applied: '已申请，受理审查中',
    supplementing: '补正中',
    accepted: '已受理，审理中',
    suspended: '中止审理',
    decided: '已作出行政复议决定',
    mediated: '调解结案',
    refused: '不予受理',
    dismissed: '驳回申请',
    abandoned: '视为放弃申请',
    terminated: '终止行政复议',
  },
  actions: RECONSIDERATION_ACTIONS,
  actionLabels: {
    apply: '申请行政复议',
    accept: '受理',
    'deem-accepted': '审查期限届满视为受理',
    refuse: '不予受理',
    'request-supplement': '通知补正',
    'extend-supplement': '延长补正期限',
    'receive-supplement': '收到补正材料',
    'deem-abandoned': '逾期不补正视为放弃',
    'send-copy': '发送申请书副本',
    'receive-answer': '收到被申请人答复',
    'hear-opinions': '听取当事人意见',
    'convert-to-ordinary': '转为普通程序',
    extend: '延长审理期限',
    suspend: '中止',
    resume: '恢复审理',
    decide: '作出行政复议决定',
    mediate: '调解结案',
    dismiss: '驳回申请',
    terminate: '终止行政复议',
  },
  actionSources: {
    apply: `${LAW} 第二十条至第二十二条`,
    accept: `${LAW} 第三十条、第五十三条`,
    'deem-accepted': `${LAW} 第三十条第三款`,
    refuse: `${LAW} 第三十条第二款`,
    'request-supplement': `${LAW} 第三十一条第一款`,
    'extend-supplement': `${LAW} 第三十一条第二款`,
    'receive-supplement': `${LAW} 第三十一条第三款`,
    'deem-abandoned': `${LAW} 第三十一条第二款`,
    'send-copy': `${LAW} 第四十八条、第五十四条`,
    'receive-answer': `${LAW} 第四十八条、第五十四条`,
    'hear-opinions': `${LAW} 第四十九条`,
    'convert-to-ordinary': `${LAW} 第五十五条`,
    extend: `${LAW} 第六十二条第一款`,
    suspend: `${LAW} 第三十九条`,
    resume: `${LAW} 第三十九条第二款`,
    decide: `${LAW} 第六十一条至第六十九条`,
    mediate: `${LAW} 第七十三条`,
    dismiss: `${LAW} 第三十三条`,
    terminate: `${LAW} 第四十一条`,
  },
  openingAction: 'apply',
  allowedActions: {
    applied: ['accept', 'deem-accepted', 'refuse', 'request-supplement', 'terminate'],
    supplementing: ['extend-supplement', 'receive-supplement', 'deem-abandoned', 'terminate'],
    accepted: [
      'send-copy',
      'receive-answer',
      'hear-opinions',
      'convert-to-ordinary',
      'extend',
      'suspend',
      'decide',
      'mediate',
      'dismiss',
      'terminate',
    ],
    suspended: ['resume', 'receive-answer', 'terminate'],
    decided: [],
    mediated: [],
    refused: [],
    dismissed: [],
    abandoned: [],
    terminated: [],
  },
  actionRoles: {
    apply: ['window-clerk', 'party'],
    accept: ['window-clerk'],
    'deem-accepted': ['window-clerk'],
    refuse: ['window-clerk'],
    'request-supplement': ['window-clerk'],
    'extend-supplement': ['window-clerk'],
    'receive-supplement': ['window-clerk'],
    'deem-abandoned': ['window-clerk'],
    'send-copy': ['window-clerk'],
    'receive-answer': ['window-clerk'],
    'hear-opinions': ['window-clerk'],
    'convert-to-ordinary': ['bureau-leader'],
    extend: ['bureau-leader'],
    suspend: ['window-clerk'],
    resume: ['window-clerk'],
    decide: ['bureau-leader'],
    mediate: ['bureau-leader'],
    dismiss: ['bureau-leader'],
    terminate: ['window-clerk', 'bureau-leader'],
  },
  payloadSchemas: schemas,
  closedStatuses: ['decided', 'mediated', 'refused', 'dismissed', 'abandoned', 'terminated'],
  systemActions: ['deem-accepted', 'deem-abandoned'],
  initialState: (): ReconsiderationState => ({
    status: 'applied',
    openedAt: null,
    closed: false,
    lastActionAt: null,
    receivedOn: null,
    reviewStartsOn: null,
    window: null,
    amountFen: null,
    supplement: null,
    acceptedOn: null,
    deemedAccepted: false,
    procedure: null,
    copySentOn: null,
    answerReceivedOn: null,
    opinionsHeard: false,
    extensionDays: 0,
    pauses: [],
    suspensionGround: null,
    outcome: null,
    decidedLate: false,
  }),
  handlers: {
    /** 第二十条至第二十二条: the window is computed on receipt; an oral application is recorded on the spot. */
    apply(state, p, context) {
      const future = notAfterToday(P, p.receivedOn, context, 'receivedOn', '收到申请的日期');
      if (future) return { ok: false, error: future };
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
    },
    /**
     * 第三十条: within the review an application out of time (or past the long stop) is refused, not
     * accepted; after it lapsed the application is deemed accepted on the last review day whatever its
     * defects (the organ then dismisses it under 第三十三条). 第五十三条 decides the procedure.
     */
    accept(state, p, context) {
      const simple = simpleProblem(state, p);
      if (simple) return simple;
      const review = reviewClock(state, context.calendar, context.date);
      if (isPastDue(review, context.date)) return acceptedState(state, review.dueAt, true, p.procedure);
      const window = state.window;
      if (window && state.receivedOn && state.receivedOn > window.lastDay) {
        return window.limitedBy === 'long-stop'
          ? fail(
              `${P}.LONG_STOP_PASSED`,
              {
                zh: '自行政行为作出之日起已超过五年（因不动产提出的二十年），不予受理（第二十一条）',
                en: 'More than five years (twenty for immovable property) have passed since the act was taken; not accepted (art. 21)',
              },
              'receivedOn',
            )
          : fail(
              `${P}.APPLICATION_OUT_OF_TIME`,
              {
                zh: `申请已超过法定申请期限（最后一日 ${window.lastDay}，${window.source}）`,
                en: `The application is past the statutory time limit (last day ${window.lastDay})`,
              },
              'receivedOn',
            );
      }
      return acceptedState(state, context.date, false, p.procedure);
    },
    /** 第三十条第三款: no refusal within the review → deemed accepted from the day it ended. */
    'deem-accepted'(state, _p, context) {
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
    },
    /** 第三十条第二款: within the review, with reasons, naming the competent organ if jurisdiction fails. */
    refuse(state, p, context) {
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
    },
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
      const future = notAfterToday(P, noticeReceivedOn, context, 'noticeReceivedOn', '收到补正通知的日期');
      if (future) return { ok: false, error: future };
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
      const future = notAfterToday(P, p.receivedOn, context, 'receivedOn', '收到补正材料的日期');
      if (future) return { ok: false, error: future };
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
    'send-copy'(state, p, context) {
      if (state.copySentOn !== null)
        return fail(
          `${P}.COPY_ALREADY_SENT`,
          { zh: '申请书副本已经发送', en: 'The copy of the application has already been sent' },
          'sentOn',
        );
      const future = notAfterToday(P, p.sentOn, context, 'sentOn', '发送日期');
      if (future) return { ok: false, error: future };
      if (p.sentOn < (state.acceptedOn ?? p.sentOn))
        return fail(
          `${P}.COPY_BEFORE_ACCEPTANCE`,
          { zh: '发送日期不能早于受理日期', en: 'The date sent cannot be before the date of acceptance' },
          'sentOn',
        );
      return ok({ ...state, copySentOn: p.sentOn });
    },
    'receive-answer'(state, p, context) {
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
      const future = notAfterToday(P, p.receivedOn, context, 'receivedOn', '收到答复的日期');
      if (future) return { ok: false, error: future };
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
  },
  openClocks: reconsiderationOpenClocks,
});

/** Bilingual labels of the administrative reconsideration window (core/procedures/labels.ts). */
export const RECONSIDERATION_LABELS: ProcedureLabels<ReconsiderationStatus, ReconsiderationAction> = {
  clocksEn: {
    'acceptance-review': 'Acceptance review',
    supplement: 'Applicant supplements the materials',
    decision: 'Make the reconsideration decision',
    'send-copy': 'Send a copy of the application to the respondent',
    answer: 'Respondent answers in writing',
  },
  statusesEn: {
    applied: 'Applied, under acceptance review',
    supplementing: 'Supplementing',
    accepted: 'Accepted, being heard',
    suspended: 'Suspended',
    decided: 'Decided',
    mediated: 'Closed by mediation',
    refused: 'Not accepted',
    dismissed: 'Application dismissed',
    abandoned: 'Deemed abandoned',
    terminated: 'Terminated',
  },
  actionsEn: {
    apply: 'Apply for reconsideration',
    accept: 'Accept',
    'deem-accepted': 'Deemed accepted',
    refuse: 'Do not accept',
    'request-supplement': 'Request supplement',
    'extend-supplement': 'Extend supplement period',
    'receive-supplement': 'Receive supplement',
    'deem-abandoned': 'Deemed abandoned',
    'send-copy': 'Send copy to respondent',
    'receive-answer': 'Receive answer',
    'hear-opinions': 'Hear opinions',
    'convert-to-ordinary': 'Convert to ordinary procedure',
    extend: 'Extend',
    suspend: 'Suspend',
    resume: 'Resume',
    decide: 'Decide',
    mediate: 'Close by mediation',
    dismiss: 'Dismiss',
    terminate: 'Terminate',
  },
  values: {
    written: ['书面', 'Written'],
    oral: ['口头', 'Oral'],
    online: ['网上', 'Online'],
    mail: ['邮寄', 'By mail'],
    ordinary: ['普通程序', 'Ordinary procedure'],
    simple: ['简易程序', 'Simple procedure'],
    ...pairLabels(SIMPLE_PROCEDURE_GROUNDS, {
      'on-the-spot': 'Act made on the spot',
      'warning-or-criticism': 'Warning or public criticism',
      'small-amount': 'Amount of 3,000 yuan or less',
      'information-disclosure': 'Government information disclosure',
      'all-parties-agree': 'All parties agree',
    }),
    'in-person': ['当面听取', 'In person'],
    phone: ['电话', 'By phone'],
    ...pairLabels(DECISION_OUTCOMES, {
      change: 'Change',
      revoke: 'Revoke (in whole or part)',
      'confirm-illegal': 'Confirm illegal',
      'order-performance': 'Order performance',
      'confirm-void': 'Confirm void',
      uphold: 'Uphold',
      'reject-claim': 'Reject the request',
    }),
  },
};
