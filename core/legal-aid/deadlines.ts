import { businessDateOf } from '@core/calendar/business-date';
import { calendarDaysBetween, isIsoDate } from '@core/calendar/iso-date';

/**
 * Legal-aid deadlines as data (ARCHITECTURE: "every deadline is data"). Pure: the calendar that
 * knows rest days is passed in, so holiday data and its provisional years stay in core/calendar.
 *
 * Plain "N日" in the 法律援助法 and the MoJ 办理法律援助案件程序规定 is counted in calendar days,
 * start day excluded, the last day rolling forward past a rest day (rules.md §9; 民法典 第二百零一条、
 * 第二百零三条). The calendar does the counting; these functions name the period and its source.
 */

export type DeadlineBasis = 'calendar-days' | 'working-days' | 'hours';
export type PeriodUnit = 'calendar-day' | 'working-day';

/** What a deadline needs from a calendar; `createCalendar()` of core/calendar has this shape. */
export interface PeriodCalendar {
  addPeriod(
    start: string,
    amount: number,
    unit: PeriodUnit,
  ): { due: string; provisional: boolean; rolledForwardFrom?: string };
}

export type DayDeadlineKind =
  | 'decision'
  | 'assignment'
  | 'notice-assignment'
  | 'agreement'
  | 'objection-decision'
  | 'file-submission'
  | 'file-review';
export type DeadlineKind = DayDeadlineKind | 'custodial-forwarding';

export interface Deadline {
  kind: DeadlineKind;
  /** Business date `YYYY-MM-DD` of the triggering event; an ISO instant for 'hours'. */
  startsAt: string;
  /** Last business date to act (by its end); an ISO instant for 'hours'. */
  dueAt: string;
  basis: DeadlineBasis;
  amount: number;
  /** Statute and article, e.g. '法律援助法 第四十三条'. */
  source: string;
  /** True when the calendar had to guess rest days (a year without holiday data). */
  provisional: boolean;
  /** The nominal last day, when it was a rest day and the period rolled forward. */
  rolledForwardFrom?: string;
}

interface DayRule {
  amount: number;
  basis: 'calendar-days' | 'working-days';
  source: string;
}

/**
 * The day-counted periods. 程序规定 article numbers are those of the 2023 text (令148) as read
 * through a secondary extract; the closing and review periods come from a county service guide
 * and their article is UNCONFIRMED (rules.md §1.13), hence the bare source.
 */
export const DAY_DEADLINE_RULES: Record<DayDeadlineKind, DayRule> = {
  decision: { amount: 7, basis: 'calendar-days', source: '法律援助法 第四十三条' },
  assignment: {
    amount: 3,
    basis: 'calendar-days',
    source: '法律援助法 第四十三条；办理法律援助案件程序规定 第二十四条',
  },
  'notice-assignment': {
    amount: 3,
    basis: 'calendar-days',
    source: '法律援助法 第三十六条；办理法律援助案件程序规定 第二十四条',
  },
  agreement: { amount: 5, basis: 'calendar-days', source: '办理法律援助案件程序规定 第二十七条' },
  'objection-decision': { amount: 5, basis: 'calendar-days', source: '法律援助法 第四十九条' },
  'file-submission': {
    amount: 30,
    basis: 'calendar-days',
    source: '法律援助法 第五十条；办理法律援助案件程序规定',
  },
  'file-review': { amount: 30, basis: 'calendar-days', source: '办理法律援助案件程序规定' },
};

/** 法律援助法 第四十四条第一项: fewer than this many days before a limitation or filing deadline. */
export const ADVANCE_AID_THRESHOLD_DAYS = 7;

/** 法律援助法 第三十九条: custodial applications are forwarded within this many hours. */
export const CUSTODIAL_FORWARDING_HOURS = 24;

/**
 * A day-counted deadline of `kind` from `start`: a business date `YYYY-MM-DD`, or an instant
 * (converted to its Beijing business date). Throws RangeError on a bad start; the calendar's own
 * errors (e.g. an unknown holiday year) pass through.
 */
export function computeDayDeadline(
  kind: DayDeadlineKind,
  start: Date | string,
  calendar: PeriodCalendar,
): Deadline {
  const rule = DAY_DEADLINE_RULES[kind];
  const startsAt = toBusinessDate(start, 'start');
  const unit: PeriodUnit = rule.basis === 'working-days' ? 'working-day' : 'calendar-day';
  const period = calendar.addPeriod(startsAt, rule.amount, unit);
  const deadline: Deadline = {
    kind,
    startsAt,
    dueAt: period.due,
    basis: rule.basis,
    amount: rule.amount,
    source: rule.source,
    provisional: period.provisional,
  };
  if (period.rolledForwardFrom !== undefined) deadline.rolledForwardFrom = period.rolledForwardFrom;
  return deadline;
}

/** 法律援助法 第四十三条第一款: decide within 7 days of receiving the application. */
export function decisionDeadline(receivedOn: Date | string, calendar: PeriodCalendar): Deadline {
  return computeDayDeadline('decision', receivedOn, calendar);
}

/** 法律援助法 第四十三条第一款; 程序规定 第二十四条: assign a provider within 3 days of the grant decision. */
export function assignmentDeadline(decidedOn: Date | string, calendar: PeriodCalendar): Deadline {
  return computeDayDeadline('assignment', decidedOn, calendar);
}

/** 法律援助法 第三十六条; 程序规定 第二十四条: assign within 3 days of receiving a criminal notice. */
export function noticeAssignmentDeadline(
  noticeReceivedOn: Date | string,
  calendar: PeriodCalendar,
): Deadline {
  return computeDayDeadline('notice-assignment', noticeReceivedOn, calendar);
}

/** 程序规定 第二十七条: the 委托协议 and 授权委托书 are signed within 5 days of assignment. */
export function agreementDeadline(assignedOn: Date | string, calendar: PeriodCalendar): Deadline {
  return computeDayDeadline('agreement', assignedOn, calendar);
}

/** 法律援助法 第四十九条第二款: the 司法局 decides an objection within 5 days of receiving it. */
export function objectionDecisionDeadline(
  objectionReceivedOn: Date | string,
  calendar: PeriodCalendar,
): Deadline {
  return computeDayDeadline('objection-decision', objectionReceivedOn, calendar);
}

/**
 * 法律援助法 第五十条 ("promptly", 及时) made concrete by the MoJ rule as read in a county guide: the
 * provider files the closing materials within 30 days of the case ending. Article UNCONFIRMED.
 */
export function fileSubmissionDeadline(caseEndedOn: Date | string, calendar: PeriodCalendar): Deadline {
  return computeDayDeadline('file-submission', caseEndedOn, calendar);
}

/** 程序规定 (article UNCONFIRMED): the agency reviews the closing file within 30 days of receiving it. */
export function fileReviewDeadline(fileReceivedOn: Date | string, calendar: PeriodCalendar): Deadline {
  return computeDayDeadline('file-review', fileReceivedOn, calendar);
}

/**
 * 法律援助法 第三十九条: a detention facility or duty lawyer forwards a custodial application within
 * 24 clock hours of receiving it. Instants in and out (ISO 8601, UTC); never provisional.
 * Throws RangeError on an invalid Date.
 */
export function custodialForwardingDeadline(receivedAt: Date): Deadline {
  const start = receivedAt.getTime();
  if (Number.isNaN(start)) throw new RangeError('receivedAt is an invalid Date');
  return {
    kind: 'custodial-forwarding',
    startsAt: receivedAt.toISOString(),
    dueAt: new Date(start + CUSTODIAL_FORWARDING_HOURS * 3_600_000).toISOString(),
    basis: 'hours',
    amount: CUSTODIAL_FORWARDING_HOURS,
    source: '法律援助法 第三十九条',
    provisional: false,
  };
}

/**
 * 法律援助法 第四十四条第一项: advance aid may be given when fewer than 7 days remain before a
 * limitation period or a deadline for suing, arbitration or reconsideration expires.
 * `deadlineOn` is the last day of that period (already rolled forward), `on` the day of the
 * check. True when 0 ≤ days remaining < 7 (the last day itself counts: filing is still possible).
 * False once the deadline has passed: advance aid can no longer meet it, and the caller shows
 * the expiry instead. Throws RangeError on a bad date.
 */
export function isAdvanceAidDue(deadlineOn: string, on: Date | string): boolean {
  const remaining = calendarDaysBetween(toBusinessDate(on, 'on'), toBusinessDate(deadlineOn, 'deadlineOn'));
  return remaining >= 0 && remaining < ADVANCE_AID_THRESHOLD_DAYS;
}

function toBusinessDate(value: Date | string, label: string): string {
  if (value instanceof Date) return businessDateOf(value);
  if (!isIsoDate(value))
    throw new RangeError(`${label} must be a YYYY-MM-DD date, got ${JSON.stringify(value)}`);
  return value;
}
