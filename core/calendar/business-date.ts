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

/** The Beijing business date (`YYYY-MM-DD`) of an instant. Throws RangeError on an invalid Date. */
export function businessDateOf(instant: Date): string {
  if (Number.isNaN(instant.getTime())) throw new RangeError('Invalid Date');
  return beijingDateFormat.format(instant);
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
