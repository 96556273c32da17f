/**
 * China's official public holidays and make-up working days (调休上班日), read from the raw data
 * file of the npm package `chinese-days` (vsme/chinese-days, MIT), which transcribes each year's
 * State Council notice (国务院办公厅关于部分节假日安排的通知; e.g. 2026: gov.cn
 * zhengceku/202511/content_7047091). 全国年节及纪念日放假办法 (amended Nov 2024) fixes the
 * holidays themselves; the yearly notice fixes the bridging days and make-up working days.
 *
 * Why the raw JSON and not the package's functions: its `isWorkday`, `getDayDetail` and
 * `findWorkday` go through a home-made dayjs that parses 'YYYY-MM-DD' as UTC midnight and then
 * reads the local-time fields, and its in-memory maps are built the same way. Under
 * TZ=America/Los_Angeles, `getDayDetail('2025-10-01').date` is '2025-09-30' and
 * `findWorkday(1, '2025-09-30')` is '2025-10-08' instead of '2025-10-09'. The JSON file
 * (`dist/chinese-days.json`) is plain `YYYY-MM-DD` keys and is the same in every time zone.
 */

import chineseDaysData from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import chineseDaysPackage from 'chinese-days/package.json' with { type: 'json' };
import { findDateParts } from './iso-date';

/** One official day: the package's value is 'English name,中文名,days'; we keep the Chinese name. */
export interface OfficialDay {
  /** The festival this day belongs to, e.g. '国庆节' (for a make-up working day: the festival it makes up for). */
  name: string;
}

interface RawHolidayData {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
}

function chineseName(value: string): string {
  const parts = value.split(',');
  return parts[1] ?? parts[0] ?? value;
}

function toMap(raw: Record<string, string>): ReadonlyMap<string, OfficialDay> {
  const map = new Map<string, OfficialDay>();
  for (const [date, value] of Object.entries(raw)) {
    // A malformed key would silently never match; fail loudly at load instead.
    if (!findDateParts(date)) throw new Error(`chinese-days data: bad date key ${JSON.stringify(date)}`);
    map.set(date, { name: chineseName(value) });
  }
  return map;
}

const raw = chineseDaysData as RawHolidayData;

/** Where the data comes from, for audit trails and the UI: e.g. 'chinese-days 1.5.7'. */
export const HOLIDAY_DATA_SOURCE = `chinese-days ${chineseDaysPackage.version}`;

/** Official holidays (放假日, including bridging weekdays): `YYYY-MM-DD` → festival. */
export const OFFICIAL_HOLIDAYS: ReadonlyMap<string, OfficialDay> = toMap(raw.holidays);

/** Official make-up working days (调休上班日, always a Saturday or Sunday): `YYYY-MM-DD` → festival. */
export const OFFICIAL_WORKDAYS: ReadonlyMap<string, OfficialDay> = toMap(raw.workdays);

/**
 * The calendar years the package's data covers, ascending, derived from the data itself: a year
 * is covered when at least one official holiday falls in it (every State Council notice declares
 * 元旦 and 春节, so a year with no holiday at all has no notice in the data). For
 * chinese-days 1.5.7 this is 2004–2026.
 */
export const LIBRARY_COVERED_YEARS: readonly number[] = Object.freeze(
  [...new Set([...OFFICIAL_HOLIDAYS.keys()].map((date) => Number(date.slice(0, 4))))].sort((a, b) => a - b),
);

/**
 * The calendar years (ascending) for which `chinese-days` has the State Council's holiday notice:
 * 2004–2026 for chinese-days 1.5.7 (see LIBRARY_COVERED_YEARS). A calendar's own `coveredYears()`
 * adds the years declared through `createCalendar(overrides, { coveredYears })`.
 */
export function listCoveredYears(): readonly number[] {
  return LIBRARY_COVERED_YEARS;
}
