/**
 * Dates in the console. Business dates are ISO `YYYY-MM-DD` strings in Asia/Shanghai (core/calendar);
 * antd's pickers want dayjs values, so this is the one place that converts between the two.
 */
import dayjs, { type Dayjs } from 'dayjs';
import 'dayjs/locale/zh-cn';
import type { Locale } from '../app/i18n';

export type { Dayjs };

export function setDateLocale(locale: Locale): void {
  dayjs.locale(locale === 'zh-CN' ? 'zh-cn' : 'en');
}

/** ISO date → picker value. */
export function toDayjs(iso: string | null | undefined): Dayjs | undefined {
  return iso ? dayjs(iso) : undefined;
}

/** Picker value → ISO date. */
export function toIsoDate(value: Dayjs | null | undefined): string | undefined {
  return value ? value.format('YYYY-MM-DD') : undefined;
}

/** Today's business date in Asia/Shanghai, `YYYY-MM-DD`. */
export function todayIso(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
}

/** An instant as Beijing time, `2026-03-01 09:30:12`. */
export function formatInstant(value: string | null | undefined, withSeconds = false): string {
  if (!value) return '—';
  const parts = new Intl.DateTimeFormat('zh-CN', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: withSeconds ? '2-digit' : undefined,
    hour12: false,
  }).formatToParts(new Date(value));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}${withSeconds ? `:${get('second')}` : ''}`;
}

/** The ISO date `days` after `iso` (calendar days). */
export function addDays(iso: string, days: number): string {
  return dayjs(iso).add(days, 'day').format('YYYY-MM-DD');
}
