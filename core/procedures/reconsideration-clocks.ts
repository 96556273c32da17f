/**
 * The state and clocks of an administrative-reconsideration matter (行政复议法 2023; rules.md §5, R28).
 * 第八十八条: the 3/5/7/10-day limits are working days; the 60- and 30-day decision periods are calendar
 * days (民事诉讼法 第八十五条), and the days of a suspension (第三十九条) are not counted: the law says
 * the review resumes once the cause ends (第三十九条第二款), which is read as the clock standing still
 * (the usual reading; UNCONFIRMED).
 */
import { type ClockPause, type PeriodClock, runClock } from './clock';
import type { ProcedureCalendar } from './definition';
import type { MatterState } from './procedure-kit';
import type { ApplicationWindow, DecisionOutcome } from './reconsideration-rules';

const LAW = '行政复议法';

export const RECONSIDERATION_STATUSES = [
  'applied',
  'supplementing',
  'accepted',
  'suspended',
  'decided',
  'mediated',
  'refused',
  'dismissed',
  'abandoned',
  'terminated',
] as const;
export type ReconsiderationStatus = (typeof RECONSIDERATION_STATUSES)[number];

/** 第三十条: acceptance review within 5 (working) days of receipt. */
export const REVIEW_WORKING_DAYS = 5;
/** 第三十一条第二款: the applicant supplements within 10 (working) days of receiving the notice. */
export const SUPPLEMENT_WORKING_DAYS = 10;
/** 第六十二条: ordinary 60 days, simple 30 days, from acceptance. */
export const ORDINARY_DECISION_DAYS = 60;
export const SIMPLE_DECISION_DAYS = 30;
/** 第四十八条 / 第五十四条: copy to the respondent within 7 / 3 working days; answer within 10 / 5. */
export const COPY_WORKING_DAYS = { ordinary: 7, simple: 3 } as const;
export const ANSWER_WORKING_DAYS = { ordinary: 10, simple: 5 } as const;

export interface ReconsiderationState extends MatterState<ReconsiderationStatus> {
  receivedOn: string | null;
  /** The day the current acceptance review runs from: receipt, or receipt of the supplement. */
  reviewStartsOn: string | null;
  window: ApplicationWindow | null;
  amountFen: number | null;
  supplement: {
    requestedOn: string;
    noticeReceivedOn: string;
    items: string[];
    extraDays: number;
    receivedOn: string | null;
  } | null;
  acceptedOn: string | null;
  deemedAccepted: boolean;
  procedure: 'ordinary' | 'simple' | null;
  copySentOn: string | null;
  answerReceivedOn: string | null;
  opinionsHeard: boolean;
  extensionDays: number;
  /** Suspensions (中止), which stop the decision clock. */
  pauses: ClockPause[];
  suspensionGround: number | null;
  outcome: DecisionOutcome | null;
  decidedLate: boolean;
}

type Context = { calendar: ProcedureCalendar; today: string };

/** 第三十条第一款、第八十八条: 5 working days from receipt (or from the supplement, 第三十一条第三款). */
export function reviewClock(
  state: ReconsiderationState,
  calendar: ProcedureCalendar,
  today: string,
): PeriodClock {
  return runClock(
    {
      kind: 'acceptance-review',
      label: '受理审查',
      startsAt: state.reviewStartsOn ?? today,
      amount: REVIEW_WORKING_DAYS,
      basis: 'working-days',
      source: `${LAW} 第三十条、第八十八条`,
      responsibleRole: 'window-clerk',
    },
    { calendar, today },
  );
}

/** 第三十一条第二款、第八十八条: the applicant's 10 working days from receiving the notice, plus extensions. */
export function supplementClock(
  state: ReconsiderationState,
  calendar: ProcedureCalendar,
  today: string,
): PeriodClock {
  return runClock(
    {
      kind: 'supplement',
      label: '申请人提交补正材料',
      startsAt: state.supplement?.noticeReceivedOn ?? today,
      amount: SUPPLEMENT_WORKING_DAYS,
      basis: 'working-days',
      source: `${LAW} 第三十一条第二款、第八十八条`,
      extendedBy: state.supplement?.extraDays ?? 0,
    },
    { calendar, today },
  );
}

/** 第六十二条: 60 days (+ ≤ 30) ordinary, 30 days simple, from acceptance; suspensions not counted. */
export function decisionClock(
  state: ReconsiderationState,
  calendar: ProcedureCalendar,
  today: string,
): PeriodClock {
  const simple = state.procedure === 'simple';
  return runClock(
    {
      kind: 'decision',
      label: '作出行政复议决定',
      startsAt: state.acceptedOn ?? today,
      amount: simple ? SIMPLE_DECISION_DAYS : ORDINARY_DECISION_DAYS,
      basis: 'calendar-days',
      source: `${LAW} 第六十二条${simple ? '第二款' : '第一款'}`,
      extendedBy: state.extensionDays,
      pauses: state.pauses,
      responsibleRole: 'bureau-leader',
    },
    { calendar, today },
  );
}

/** The clocks open in `state` (the kit calls this only for an opened, not closed matter). */
export function reconsiderationOpenClocks(
  state: ReconsiderationState,
  { calendar, today }: Context,
): PeriodClock[] {
  switch (state.status) {
    case 'applied':
      return [reviewClock(state, calendar, today)];
    case 'supplementing':
      return [supplementClock(state, calendar, today)];
    case 'accepted':
    case 'suspended': {
      const procedure = state.procedure ?? 'ordinary';
      const article = procedure === 'simple' ? '第五十四条' : '第四十八条';
      const clocks: PeriodClock[] = [decisionClock(state, calendar, today)];
      if (state.copySentOn === null && state.acceptedOn !== null)
        clocks.push(
          runClock(
            {
              kind: 'send-copy',
              label: '向被申请人发送申请书副本',
              startsAt: state.acceptedOn,
              amount: COPY_WORKING_DAYS[procedure],
              basis: 'working-days',
              source: `${LAW} ${article}、第八十八条`,
              responsibleRole: 'window-clerk',
            },
            { calendar, today },
          ),
        );
      if (state.copySentOn !== null && state.answerReceivedOn === null)
        clocks.push(
          runClock(
            {
              kind: 'answer',
              label: '被申请人提出书面答复',
              startsAt: state.copySentOn,
              amount: ANSWER_WORKING_DAYS[procedure],
              basis: 'working-days',
              source: `${LAW} ${article}、第八十八条`,
            },
            { calendar, today },
          ),
        );
      return clocks;
    }
    default:
      return [];
  }
}
