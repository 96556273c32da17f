import { addCalendarDays, calendarDaysBetween, dayOfWeek, isIsoDate } from '@core/calendar/iso-date';
import { badInput } from '@core/errors';

/**
 * The reporting period of the leadership dashboard: two Beijing business dates `YYYY-MM-DD`, both
 * included. Pure, no I/O.
 */
export interface DashboardPeriod {
  from: string;
  to: string;
}

/** The longest period a dashboard query accepts, in calendar days (five years and their leap days). */
export const MAX_PERIOD_DAYS = 5 * 366;

/**
 * The default period: the first day of `today`'s month to `today` (business dates) — on the first of a
 * month, from the first of the month before, as the new month has no closed day yet to show.
 * Throws RangeError when `today` is not `YYYY-MM-DD`.
 */
export function defaultPeriod(today: string): DashboardPeriod {
  if (!isIsoDate(today)) throw new RangeError(`not a date: ${today}`);
  const from = today.endsWith('-01')
    ? `${addCalendarDays(today, -1).slice(0, 8)}01`
    : `${today.slice(0, 8)}01`;
  return { from, to: today };
}

/**
 * The period from optional query values, defaulting each missing end to `defaultPeriod(today)`.
 * Throws AppError 400 DASHBOARD.PERIOD_REVERSED (field `to`) when `from` is after `to`, and
 * DASHBOARD.PERIOD_TOO_LONG (field `from`) when it spans more than MAX_PERIOD_DAYS days.
 */
export function resolvePeriod(today: string, from?: string, to?: string): DashboardPeriod {
  const fallback = defaultPeriod(today);
  const period = { from: from ?? fallback.from, to: to ?? fallback.to };
  if (period.from > period.to) throw badInput('DASHBOARD.PERIOD_REVERSED', '结束日期不能早于开始日期', 'to');
  if (calendarDaysBetween(period.from, period.to) + 1 > MAX_PERIOD_DAYS)
    throw badInput('DASHBOARD.PERIOD_TOO_LONG', '统计区间最长五年', 'from');
  return period;
}

/** Every business date from `from` to `to`, both included, ascending. */
export function datesOf(period: DashboardPeriod): string[] {
  const days = calendarDaysBetween(period.from, period.to);
  const dates: string[] = [];
  for (let i = 0; i <= days; i++) dates.push(addCalendarDays(period.from, i));
  return dates;
}

/** `part / whole` rounded to 4 decimals (0.8571 = 85.71 %); null when `whole` is 0. */
export function rate(part: number, whole: number): number | null {
  if (whole === 0) return null;
  return Math.round((part / whole) * 10_000) / 10_000;
}

/** The month `YYYY-MM` as a period: its first to its last business date. Throws RangeError on a bad month. */
export function monthPeriod(month: string): DashboardPeriod {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) throw new RangeError(`not a month: ${month}`);
  const from = `${month}-01`;
  const [year, m] = month.split('-').map(Number) as [number, number];
  const next = m === 12 ? `${year + 1}-01-01` : `${year}-${String(m + 1).padStart(2, '0')}-01`;
  return { from, to: addCalendarDays(next, -1) };
}

/**
 * The month the monthly report of a dashboard period defaults to, `YYYY-MM`: the month of the period's
 * end, or of `today` when the period reaches past it (a month not yet begun has no report) — never
 * silently the month the period starts in. Business dates, Asia/Shanghai; pure.
 * Throws RangeError when `today` or the period's end is not `YYYY-MM-DD`.
 */
export function reportMonthOf(period: DashboardPeriod, today: string): string {
  if (!isIsoDate(today)) throw new RangeError(`not a date: ${today}`);
  if (!isIsoDate(period.to)) throw new RangeError(`not a date: ${period.to}`);
  return (period.to < today ? period.to : today).slice(0, 7);
}

/**
 * Splits a list of business dates (ascending, no repeats) into the whole ISO weeks it holds — Monday to
 * Sunday, all seven days in the list, given by their Monday — and the remaining single days, both
 * ascending. The dashboard reads a week's pre-aggregated row instead of its seven day rows.
 * Throws RangeError when a date is not `YYYY-MM-DD`.
 */
export function wholeWeeksOf(dates: readonly string[]): { weeks: string[]; days: string[] } {
  const weeks: string[] = [];
  const days: string[] = [];
  for (let i = 0; i < dates.length; i++) {
    const date = dates[i]!;
    if (!isIsoDate(date)) throw new RangeError(`not a date: ${date}`);
    const sunday = addCalendarDays(date, 6);
    if (dayOfWeek(date) === 1 && dates[i + 6] === sunday) {
      weeks.push(date);
      i += 6;
    } else days.push(date);
  }
  return { weeks, days };
}
