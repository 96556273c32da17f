import { useEffect, useState } from 'react';

import type { Locale } from '../app/i18n';

const WEEKDAYS = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'];

/** The hall's name on the Chinese-only public screens (display board, phone pages); the kiosk translates it (`app.hall`). */
export const HALL_NAME = '包头市公共法律服务中心';

const partsFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  weekday: 'short',
  hourCycle: 'h23',
});

/** English dates, short enough for the kiosk's header: `Mar 2, 2026`, `Mon`. */
const englishDate = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: 'short',
  day: 'numeric',
});
const englishDay = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  weekday: 'short',
});

/**
 * Beijing time parts of an instant, whatever the browser's (or Node's) time zone — the hall's business date
 * is the Asia/Shanghai date. In Chinese: `2026年3月2日`, `星期一`, day `2026年3月2日 星期一`; in English:
 * `Mar 2, 2026`, `Mon`, day `Mon, Mar 2, 2026`. The time is `09:30` (`09:30:05` with seconds) in both.
 */
export function beijingParts(
  at: Date,
  locale: Locale = 'zh-CN',
): {
  date: string;
  weekday: string;
  /** The date with its weekday, as the locale writes them together. */
  day: string;
  time: string;
  timeWithSeconds: string;
} {
  const parts = partsFormat.formatToParts(at);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  const time = `${get('hour')}:${get('minute')}`;
  const timeWithSeconds = `${time}:${get('second')}`;
  if (locale !== 'zh-CN') {
    return {
      date: englishDate.format(at),
      weekday: get('weekday'),
      day: englishDay.format(at),
      time,
      timeWithSeconds,
    };
  }
  const weekdayIndex = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(get('weekday'));
  const date = `${get('year')}年${get('month')}月${get('day')}日`;
  const weekday = WEEKDAYS[weekdayIndex] ?? '';
  return { date, weekday, day: `${date} ${weekday}`, time, timeWithSeconds };
}

/** `09:30` Beijing time of an ISO instant ('' for none). */
export function beijingTime(iso: string | null | undefined, withSeconds = false): string {
  if (!iso) return '';
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return '';
  const parts = beijingParts(at);
  return withSeconds ? parts.timeWithSeconds : parts.time;
}

/** The current instant, ticking every `intervalMs` (aligned to the next whole second). */
export function useNow(intervalMs = 1000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    let timer: ReturnType<typeof setInterval> | undefined;
    const align = setTimeout(
      () => {
        setNow(new Date());
        timer = setInterval(() => setNow(new Date()), intervalMs);
      },
      1000 - (Date.now() % 1000),
    );
    return () => {
      clearTimeout(align);
      if (timer) clearInterval(timer);
    };
  }, [intervalMs]);
  return now;
}
