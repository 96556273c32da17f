import { useEffect, useState } from 'react';

const WEEKDAYS = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'];

/** The hall's name on the public screens (they are Chinese only). */
export const HALL_NAME = '包头市公共法律服务中心';

/** Beijing time parts of an instant: `2026年3月2日`, `星期一`, `09:30`, `09:30:05`. */
export function beijingParts(at: Date): {
  date: string;
  weekday: string;
  time: string;
  timeWithSeconds: string;
} {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    weekday: 'short',
    hourCycle: 'h23',
  }).formatToParts(at);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  const weekdayIndex = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(get('weekday'));
  const time = `${get('hour')}:${get('minute')}`;
  return {
    date: `${get('year')}年${get('month')}月${get('day')}日`,
    weekday: WEEKDAYS[weekdayIndex] ?? '',
    time,
    timeWithSeconds: `${time}:${get('second')}`,
  };
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
