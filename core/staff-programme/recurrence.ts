/**
 * Recurring sessions (晨训 every working morning, 晚学 one hour after work): the dates and instants a
 * recurrence rule produces between two business dates, in Beijing time whatever the process time zone.
 * Working days come from core/calendar (statutory holidays and make-up working days included).
 */
import { startOfBusinessDate } from '@core/calendar/business-date';
import { addCalendarDays, dayOfWeek, isIsoDate, toEpochDay } from '@core/calendar/iso-date';

/** At most this many occurrences per rule (a year of working days and then some). */
export const MAX_OCCURRENCES = 370;

export interface RecurrenceRule {
  /** First and last business date, inclusive (`YYYY-MM-DD`). */
  from: string;
  to: string;
  /** Local start time `HH:MM` (Beijing). */
  startTime: string;
  durationMinutes: number;
  /** ISO weekdays (1 = Monday … 7 = Sunday); empty or absent = every working day. */
  weekdays?: readonly number[];
  /** Skip rest days (holidays, weekends that are not make-up working days). Default true. */
  workingDaysOnly?: boolean;
}

export interface Occurrence {
  date: string;
  startsAt: Date;
  endsAt: Date;
}

/** Default times of the two daily sessions: 晨训 before the hall opens, 晚学 one hour after work. */
export const DEFAULT_TIMES = {
  'morning-drill': { startTime: '08:00', durationMinutes: 30 },
  'evening-study': { startTime: '17:30', durationMinutes: 60 },
  seminar: { startTime: '15:00', durationMinutes: 120 },
  lecture: { startTime: '15:00', durationMinutes: 90 },
} as const;

/** 'HH:MM' → minutes after midnight; RangeError when it is not a time of day. */
export function minutesOfDay(time: string): number {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time);
  if (!match) throw new RangeError(`not a time of day (HH:MM): ${time}`);
  return Number(match[1]) * 60 + Number(match[2]);
}

/** The instant of a Beijing date and time (`2026-03-02`, `17:30`). */
export function beijingInstant(date: string, time: string): Date {
  return new Date(startOfBusinessDate(date).getTime() + minutesOfDay(time) * 60_000);
}

/** ISO weekday of a date: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  return dayOfWeek(date) || 7;
}

/**
 * The occurrences of `rule`, ascending. `isWorkingDay` is the calendar's answer for a date.
 * Throws RangeError on bad dates or times, `to` before `from`, a duration outside 5…480 minutes,
 * weekdays outside 1…7, or more than MAX_OCCURRENCES occurrences.
 */
export function expandRecurrence(
  rule: RecurrenceRule,
  isWorkingDay: (date: string) => boolean,
): Occurrence[] {
  if (!isIsoDate(rule.from) || !isIsoDate(rule.to)) throw new RangeError('from/to must be YYYY-MM-DD');
  if (toEpochDay(rule.to) < toEpochDay(rule.from)) throw new RangeError('to is before from');
  if (!Number.isInteger(rule.durationMinutes) || rule.durationMinutes < 5 || rule.durationMinutes > 480)
    throw new RangeError('durationMinutes must be 5…480');
  minutesOfDay(rule.startTime);
  const weekdays = rule.weekdays ?? [];
  if (weekdays.some((d) => !Number.isInteger(d) || d < 1 || d > 7)) throw new RangeError('weekdays are 1…7');
  const workingOnly = rule.workingDaysOnly ?? true;
  const out: Occurrence[] = [];
  for (let date = rule.from; toEpochDay(date) <= toEpochDay(rule.to); date = addCalendarDays(date, 1)) {
    if (weekdays.length > 0 && !weekdays.includes(isoWeekday(date))) continue;
    if (workingOnly && !isWorkingDay(date)) continue;
    if (out.length === MAX_OCCURRENCES) throw new RangeError(`more than ${MAX_OCCURRENCES} occurrences`);
    const startsAt = beijingInstant(date, rule.startTime);
    out.push({ date, startsAt, endsAt: new Date(startsAt.getTime() + rule.durationMinutes * 60_000) });
  }
  return out;
}
