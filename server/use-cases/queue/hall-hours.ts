import { addCalendarDays, type Calendar, dayOfWeek, startOfBusinessDate } from '@core/calendar';
import type { OpeningSlot } from './queue-settings';

/** Beijing time is UTC+8 all year (no daylight saving). */
const BEIJING_OFFSET_MS = 8 * 3_600_000;
const WEEKDAYS = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'];

/** Minutes since 00:00 Beijing time of an instant (0…1439). */
export function beijingMinuteOfDay(instant: Date): number {
  const ms = (instant.getTime() + BEIJING_OFFSET_MS) % 86_400_000;
  return Math.floor((ms < 0 ? ms + 86_400_000 : ms) / 60_000);
}

/** The hour (0…23) of an instant in Beijing time. */
export function beijingHour(instant: Date): number {
  return Math.floor(beijingMinuteOfDay(instant) / 60);
}

function minutesOf(hhmm: string): number {
  return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
}

/** `3月16日（星期一）` of a business date. */
export function chineseDate(date: string): string {
  return `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日（${WEEKDAYS[dayOfWeek(date)]}）`;
}

export type HallStatus =
  | { open: true }
  | {
      open: false;
      reason: 'rest-day' | 'outside-hours';
      /** Chinese, names the next opening, e.g. `3月15日（星期日）是休息日，大厅不办公。下次取号时间：3月16日（星期一）08:30`. */
      message: string;
      /** The next opening (business date, HH:MM Beijing and the instant), or null if none within 60 days. */
      nextOpening: { date: string; time: string; at: string } | null;
    };

/** Searched ahead for the next opening, in days (the longest holiday run is 9–10 days). */
const LOOKAHEAD_DAYS = 60;

/**
 * Whether the hall issues tickets at `at`: the Beijing business date must be a working day of the
 * calendar (weekends and official holidays are rest days, make-up working days are working days, admin
 * overrides win) and the Beijing time of day inside one of `hours` (from inclusive, to exclusive).
 * When closed, the reply names the next opening.
 */
export function hallStatusAt(calendar: Calendar, hours: readonly OpeningSlot[], at: Date): HallStatus {
  const date = calendar.businessDate(at);
  const minute = beijingMinuteOfDay(at);
  const working = calendar.isWorkingDay(date).working;
  if (working && hours.some((slot) => minutesOf(slot.from) <= minute && minute < minutesOf(slot.to))) {
    return { open: true };
  }
  const nextOpening = findNextOpening(calendar, hours, date, working ? minute : -1);
  const when = nextOpening
    ? `下次取号时间：${nextOpening.date === date ? '今天 ' : chineseDate(nextOpening.date)}${nextOpening.time}`
    : '下次取号时间请留意大厅公告';
  if (!working) {
    const day = calendar.describeDay(date);
    const holiday = day.reason === 'official-holiday' || day.reason === 'override-holiday';
    const why = holiday && day.name ? `${day.name}假期` : holiday ? '法定节假日' : '休息日';
    return {
      open: false,
      reason: 'rest-day',
      message: `${chineseDate(date)}是${why}，大厅不办公。${when}`,
      nextOpening,
    };
  }
  const periods = hours.map((slot) => `${slot.from}–${slot.to}`).join('、');
  return {
    open: false,
    reason: 'outside-hours',
    message: `当前不在取号时间（${periods}）。${when}`,
    nextOpening,
  };
}

function findNextOpening(
  calendar: Calendar,
  hours: readonly OpeningSlot[],
  today: string,
  minuteNow: number,
): { date: string; time: string; at: string } | null {
  const first = hours.find((slot) => minutesOf(slot.from) > minuteNow);
  if (first && minuteNow >= 0) return openingOn(today, first.from);
  const earliest = hours[0];
  if (!earliest) return null;
  for (let offset = 1; offset <= LOOKAHEAD_DAYS; offset++) {
    const date = addCalendarDays(today, offset);
    if (calendar.isWorkingDay(date).working) return openingOn(date, earliest.from);
  }
  return null;
}

function openingOn(date: string, time: string): { date: string; time: string; at: string } {
  const at = new Date(startOfBusinessDate(date).getTime() + minutesOf(time) * 60_000);
  return { date, time, at: at.toISOString() };
}
