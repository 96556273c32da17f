import { businessDateOf } from './business-date';
import {
  HOLIDAY_DATA_SOURCE,
  LIBRARY_COVERED_YEARS,
  OFFICIAL_HOLIDAYS,
  OFFICIAL_WORKDAYS,
} from './holiday-data';
import { dayOfWeek, fromEpochDay, getDateParts, toEpochDay } from './iso-date';

/**
 * An administrator's correction to the official data for one business date, e.g. a notice the
 * library has not caught up with, or a local rest day. An override always wins over the library.
 */
export interface CalendarOverride {
  /** Business date, `YYYY-MM-DD` (Beijing). */
  date: string;
  /** 'holiday': a rest day even if Monday–Friday; 'workday': a working day even if a weekend. */
  kind: 'holiday' | 'workday';
  /** Where the override comes from, e.g. '国办发明电〔2026〕X号' (shown in audit trails). */
  source?: string;
}

/** Options of `createCalendar`. */
export interface CalendarOptions {
  /**
   * Years outside the library's data whose State Council notice has been entered in full as
   * overrides, so their remaining days follow the weekday rule without being provisional. Each
   * year listed must have at least one 'holiday' override (every notice has 元旦), else RangeError.
   */
  coveredYears?: readonly number[];
}

/** Why a day is or is not a working day. */
export type DayReason =
  | 'override-holiday'
  | 'override-workday'
  | 'official-holiday'
  | 'make-up-workday'
  | 'weekend'
  | 'weekday';

/** Everything known about one business date. */
export interface DayInfo {
  date: string;
  working: boolean;
  /** True when the date's year is not covered and no override names the date: the weekday rule was a guess. */
  provisional: boolean;
  reason: DayReason;
  /** The festival (official days) or the override's source, when there is one. */
  name?: string;
  /** Where the answer comes from: the override's source, the library version, or 'weekday rule'. */
  source: string;
}

/** Period units: calendar days (with rest-day roll-forward of the last day) or working days. */
export type PeriodUnit = 'calendar-day' | 'working-day';

/** The end of a period. */
export interface PeriodResult {
  /** The last day of the period, `YYYY-MM-DD` (Beijing); the act is due by the end of that day. */
  due: string;
  /** True when any day examined lies in a year the data does not cover (see `DayInfo.provisional`). */
  provisional: boolean;
  /** Calendar-day periods only: the nominal last day, present only when it was a rest day and rolled forward. */
  rolledForwardFrom?: string;
}

/** A calendar of business dates in Asia/Shanghai, built by `createCalendar`. */
export interface Calendar {
  /**
   * The business date (`YYYY-MM-DD`, Asia/Shanghai) of an instant, whatever the process TZ:
   * 2025-01-01T15:59:59Z is '2025-01-01' (23:59:59 Beijing), 16:00:00Z is '2025-01-02'.
   * Throws RangeError on an invalid Date.
   */
  businessDate(instant: Date): string;

  /**
   * Whether a business date (`YYYY-MM-DD`) is a working day, and whether that answer is a guess
   * (its year is not covered and no override names it). Throws RangeError on a bad date.
   */
  isWorkingDay(date: string): { working: boolean; provisional: boolean };

  /**
   * The last day of a period of `amount` days starting on business date `start` (`YYYY-MM-DD`);
   * the start day itself is not counted (民法典 第二百零一条; 民事诉讼法 第八十五条第二款).
   *
   * - 'working-day': the `amount`-th working day after `start` (e.g. 行政复议法 第八十八条:
   *   its 3/5/7/10-day limits are working days). Amount 0 gives `start` itself, unchanged.
   * - 'calendar-day': `start` + `amount` calendar days; when that day is a rest day (official
   *   holiday, or a weekend that is not a make-up working day) the period ends on the next
   *   working day (民法典 第二百零三条第一款; 民事诉讼法 第八十五条第三款) and the result
   *   carries `rolledForwardFrom` with the nominal last day.
   *
   * `provisional` is true when any day examined (each day counted for working days; the nominal
   * and roll-forward days for calendar days) lies in an uncovered year and is not an override.
   * Throws RangeError on a bad date, an amount that is not an integer in 0…MAX_PERIOD_DAYS, or a
   * bad unit.
   */
  addPeriod(start: string, amount: number, unit: PeriodUnit): PeriodResult;

  /**
   * Full detail of one business date (`YYYY-MM-DD`): working or not, why (override, official
   * holiday, make-up working day, weekend, weekday), festival name and data source.
   * Throws RangeError on a bad date.
   */
  describeDay(date: string): DayInfo;

  /** The covered years, ascending: the library's years plus `options.coveredYears`. */
  coveredYears(): readonly number[];
}

/**
 * The largest period accepted, in days of either unit: 100 years of calendar days. Longer
 * statutory periods do not exist (民法典 第一百八十八条: 20 years at most), and the bound keeps a
 * mistyped amount from looping for minutes.
 */
export const MAX_PERIOD_DAYS = 36_600;

/** A run of rest days longer than this is a data error (the longest real one is 春节, 9–10 days). */
const MAX_REST_RUN = 366;

const WEEKDAY_RULE = 'weekday rule';

function validateOverrides(overrides: readonly CalendarOverride[]): Map<string, CalendarOverride> {
  const byDate = new Map<string, CalendarOverride>();
  for (const [index, override] of overrides.entries()) {
    getDateParts(override.date, `overrides[${index}].date`);
    if (override.kind !== 'holiday' && override.kind !== 'workday') {
      throw new RangeError(
        `overrides[${index}].kind must be 'holiday' or 'workday', got ${JSON.stringify(override.kind)}`,
      );
    }
    const previous = byDate.get(override.date);
    if (previous && previous.kind !== override.kind) {
      throw new RangeError(`overrides contradict each other on ${override.date}: both holiday and workday`);
    }
    byDate.set(override.date, override);
  }
  return byDate;
}

function validateCoveredYears(
  years: readonly number[],
  overrides: ReadonlyMap<string, CalendarOverride>,
): number[] {
  for (const year of years) {
    if (!Number.isInteger(year) || year < 1 || year > 9999) {
      throw new RangeError(`coveredYears must hold 4-digit years, got ${JSON.stringify(year)}`);
    }
    const prefix = `${String(year).padStart(4, '0')}-`;
    const hasHoliday = [...overrides.values()].some((o) => o.kind === 'holiday' && o.date.startsWith(prefix));
    if (!LIBRARY_COVERED_YEARS.includes(year) && !hasHoliday) {
      throw new RangeError(
        `coveredYears lists ${year}, but no holiday override falls in it: enter that year's State Council notice first`,
      );
    }
  }
  return [...years];
}

/**
 * Builds the hall's calendar: official holidays and make-up working days from `chinese-days`
 * (see holiday-data.ts), corrected by `overrides`.
 *
 * - A date named by an override follows the override, whatever the library says, and is never
 *   provisional (an administrator has decided it).
 * - A date in a covered year (the library's years, 2004–2026 for chinese-days 1.5.7, plus
 *   `options.coveredYears`) is: official holiday → rest; make-up working day → working;
 *   otherwise Monday–Friday working, Saturday–Sunday rest.
 * - A date in any other year uses the same weekday rule but is `provisional: true`: it is a
 *   guess, and callers that set legal deadlines must treat it as one (ARCHITECTURE: an unknown
 *   holiday year is never silently guessed). An override in such a year makes only its own date
 *   known; to mark the whole year known, list it in `options.coveredYears`.
 *
 * Caveat: late-December days of the last covered year can still be changed by the next year's
 * notice (a make-up working day for 元旦); add an override when that happens.
 *
 * Throws RangeError on an override with a bad date or kind, contradictory overrides, or a bad
 * covered year.
 */
export function createCalendar(
  overrides: readonly CalendarOverride[] = [],
  options: CalendarOptions = {},
): Calendar {
  const overrideByDate = validateOverrides(overrides);
  const years = new Set<number>([
    ...LIBRARY_COVERED_YEARS,
    ...validateCoveredYears(options.coveredYears ?? [], overrideByDate),
  ]);
  const sortedYears = Object.freeze([...years].sort((a, b) => a - b));

  function describeDay(date: string): DayInfo {
    const { year } = getDateParts(date);
    const override = overrideByDate.get(date);
    if (override) {
      const working = override.kind === 'workday';
      const source = override.source ?? 'override';
      return {
        date,
        working,
        provisional: false,
        reason: working ? 'override-workday' : 'override-holiday',
        name: source,
        source,
      };
    }
    const covered = years.has(year);
    if (covered) {
      const holiday = OFFICIAL_HOLIDAYS.get(date);
      if (holiday) {
        return {
          date,
          working: false,
          provisional: false,
          reason: 'official-holiday',
          name: holiday.name,
          source: HOLIDAY_DATA_SOURCE,
        };
      }
      const workday = OFFICIAL_WORKDAYS.get(date);
      if (workday) {
        return {
          date,
          working: true,
          provisional: false,
          reason: 'make-up-workday',
          name: workday.name,
          source: HOLIDAY_DATA_SOURCE,
        };
      }
    }
    const weekday = dayOfWeek(date);
    const working = weekday >= 1 && weekday <= 5;
    return {
      date,
      working,
      provisional: !covered,
      reason: working ? 'weekday' : 'weekend',
      source: covered ? HOLIDAY_DATA_SOURCE : WEEKDAY_RULE,
    };
  }

  function addPeriod(start: string, amount: number, unit: PeriodUnit): PeriodResult {
    const startDay = toEpochDay(start, 'start');
    if (!Number.isSafeInteger(amount) || amount < 0 || amount > MAX_PERIOD_DAYS) {
      throw new RangeError(
        `amount must be an integer from 0 to ${MAX_PERIOD_DAYS}, got ${JSON.stringify(amount)}`,
      );
    }
    let provisional = false;
    const examine = (epochDay: number): boolean => {
      const info = describeDay(fromEpochDay(epochDay));
      provisional ||= info.provisional;
      return info.working;
    };

    if (unit === 'working-day') {
      let day = startDay;
      for (let counted = 0; counted < amount; ) {
        day += 1;
        if (examine(day)) counted += 1;
      }
      return { due: fromEpochDay(day), provisional };
    }
    if (unit === 'calendar-day') {
      const nominal = startDay + amount;
      let day = nominal;
      while (!examine(day)) {
        day += 1;
        if (day - nominal > MAX_REST_RUN) {
          throw new RangeError(`no working day within ${MAX_REST_RUN} days after ${fromEpochDay(nominal)}`);
        }
      }
      return day === nominal
        ? { due: fromEpochDay(day), provisional }
        : { due: fromEpochDay(day), provisional, rolledForwardFrom: fromEpochDay(nominal) };
    }
    throw new RangeError(`unit must be 'calendar-day' or 'working-day', got ${JSON.stringify(unit)}`);
  }

  return {
    businessDate: businessDateOf,
    isWorkingDay(date: string) {
      const { working, provisional } = describeDay(date);
      return { working, provisional };
    },
    addPeriod,
    describeDay,
    coveredYears: () => sortedYears,
  };
}
