/**
 * Pure arithmetic on `YYYY-MM-DD` dates (proleptic Gregorian calendar), with no `Date` object
 * and so no dependence on the process time zone. A date is converted to an "epoch day"
 * (whole days since 1970-01-01) with Howard Hinnant's days-from-civil algorithm.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Smallest and largest epoch day we accept: 0001-01-01 and 9999-12-31 (4-digit years only). */
const MIN_EPOCH_DAY = -719162;
const MAX_EPOCH_DAY = 2932896;

/** A split date: year, month 1–12, day 1–31. */
export interface DateParts {
  year: number;
  month: number;
  day: number;
}

/** Days in a month of the Gregorian calendar (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Gregorian leap year: divisible by 4, except centuries not divisible by 400. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * The parts of a `YYYY-MM-DD` string, or undefined when it is not a real calendar date
 * (wrong shape, month 13, 2025-02-29, year 0000, ...).
 */
export function findDateParts(date: string): DateParts | undefined {
  const match = ISO_DATE.exec(date);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

/** True when `date` is a real `YYYY-MM-DD` calendar date (years 0001–9999). */
export function isIsoDate(date: unknown): date is string {
  return typeof date === 'string' && findDateParts(date) !== undefined;
}

/**
 * The parts of a `YYYY-MM-DD` date. Throws a RangeError naming the bad value when it is not a
 * real calendar date. `label` names the argument in the message (e.g. 'start').
 */
export function getDateParts(date: string, label = 'date'): DateParts {
  const parts = typeof date === 'string' ? findDateParts(date) : undefined;
  if (!parts) {
    throw new RangeError(
      `${label} must be a real calendar date in YYYY-MM-DD form, got ${JSON.stringify(date)}`,
    );
  }
  return parts;
}

/** Whole days from 1970-01-01 to the given date (negative before 1970). Throws RangeError on a bad date. */
export function toEpochDay(date: string, label = 'date'): number {
  const { year, month, day } = getDateParts(date, label);
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The `YYYY-MM-DD` date of an epoch day. Throws RangeError outside 0001-01-01 … 9999-12-31. */
export function fromEpochDay(epochDay: number): string {
  if (!Number.isSafeInteger(epochDay) || epochDay < MIN_EPOCH_DAY || epochDay > MAX_EPOCH_DAY) {
    throw new RangeError(`date out of range (years 0001–9999 only): epoch day ${epochDay}`);
  }
  const z = epochDay + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** `date` plus `days` calendar days (may be negative). Throws RangeError on a bad date or out of range. */
export function addCalendarDays(date: string, days: number): string {
  return fromEpochDay(toEpochDay(date) + days);
}

/** Day of the week of a `YYYY-MM-DD` date: 0 = Sunday, 1 = Monday, …, 6 = Saturday. */
export function dayOfWeek(date: string): number {
  // 1970-01-01 was a Thursday (4).
  return (((toEpochDay(date) + 4) % 7) + 7) % 7;
}

/** Calendar days from `from` to `to` (positive when `to` is later). */
export function calendarDaysBetween(from: string, to: string): number {
  return toEpochDay(to, 'to') - toEpochDay(from, 'from');
}
