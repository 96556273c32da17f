/**
 * Business dates of the hall: `YYYY-MM-DD` in Asia/Shanghai (Beijing time, UTC+8, no DST),
 * whatever the process time zone (`TZ`). Uses the platform's Intl time-zone database.
 */
const beijingDateFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** From this instant on Beijing time is UTC+8 all year (China's daylight saving time ended in 1991). */
const NO_DST_SINCE_MS = Date.UTC(1992, 0, 1);
const DAY_MS = 86_400_000;

/** The last business date formatted and its instants [startMs, endMs): most calls fall on the same day. */
let lastDay = { startMs: 0, endMs: 0, date: '' };

/**
 * The Beijing business date (`YYYY-MM-DD`) of an instant. Throws RangeError on an invalid Date.
 * The day last asked for is kept (from 1992 on a Beijing day is exactly 24 hours from 00:00+08:00), so a
 * request asking several times formats once (Intl's format costs microseconds, the comparison nothing).
 */
export function businessDateOf(instant: Date): string {
  const ms = instant.getTime();
  if (Number.isNaN(ms)) throw new RangeError('Invalid Date');
  if (ms >= lastDay.startMs && ms < lastDay.endMs) return lastDay.date;
  const date = beijingDateFormat.format(instant);
  if (ms >= NO_DST_SINCE_MS) {
    const startMs = startOfBusinessDate(date).getTime();
    lastDay = { startMs, endMs: startMs + DAY_MS, date };
  }
  return date;
}

/** The instant at 00:00 Beijing time of a business date (`YYYY-MM-DD`). */
export function startOfBusinessDate(date: string): Date {
  return new Date(`${date}T00:00:00+08:00`);
}

const beijingWallFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/**
 * The Beijing wall time of an instant as `YYYY-MM-DDTHH:mm:ss` (no offset), whatever the process `TZ`.
 * Throws RangeError on an invalid Date.
 */
export function beijingWallTimeOf(instant: Date): string {
  if (Number.isNaN(instant.getTime())) throw new RangeError('Invalid Date');
  const parts = beijingWallFormat.formatToParts(instant);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}T${get('hour')}:${get('minute')}:${get('second')}`;
}
