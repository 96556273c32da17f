import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { beijingParts, beijingTime } from './beijing-clock';

/**
 * 2026-03-01T16:30:05Z is 00:30:05 on Monday 2 March 2026 in Beijing (UTC+8), still Sunday 1 March in UTC
 * and in the Americas: a date taken from the process's time zone would be a day early.
 */
const AFTER_MIDNIGHT = new Date('2026-03-01T16:30:05Z');

describe.each(['UTC', 'America/Los_Angeles', 'Asia/Shanghai'])(
  'beijingParts (the kiosk header and slip) with the process in %s',
  (tz) => {
    const saved = process.env.TZ;
    beforeEach(() => {
      process.env.TZ = tz;
    });
    afterEach(() => {
      process.env.TZ = saved;
    });

    it('runs in that zone (the local date of the instant is a day early outside Beijing)', () => {
      expect(AFTER_MIDNIGHT.getDate()).toBe(tz === 'Asia/Shanghai' ? 2 : 1);
    });

    it('gives the Beijing date, weekday and time in Chinese', () => {
      expect(beijingParts(AFTER_MIDNIGHT)).toEqual({
        date: '2026年3月2日',
        weekday: '星期一',
        day: '2026年3月2日 星期一',
        time: '00:30',
        timeWithSeconds: '00:30:05',
      });
      expect(beijingParts(AFTER_MIDNIGHT, 'zh-CN')).toEqual(beijingParts(AFTER_MIDNIGHT));
    });

    it('gives the same Beijing day in English', () => {
      expect(beijingParts(AFTER_MIDNIGHT, 'en-US')).toEqual({
        date: 'Mar 2, 2026',
        weekday: 'Mon',
        day: 'Mon, Mar 2, 2026',
        time: '00:30',
        timeWithSeconds: '00:30:05',
      });
    });

    it('turns the day at Beijing midnight, not the process one', () => {
      const lastSecond = new Date('2026-12-31T15:59:59Z'); // 23:59:59 on Thursday 31 December in Beijing
      expect(beijingParts(lastSecond).day).toBe('2026年12月31日 星期四');
      expect(beijingParts(lastSecond, 'en-US').day).toBe('Thu, Dec 31, 2026');
      const next = new Date('2026-12-31T16:00:00Z');
      expect(beijingParts(next).day).toBe('2027年1月1日 星期五');
      expect(beijingParts(next, 'en-US')).toMatchObject({ day: 'Fri, Jan 1, 2027', time: '00:00' });
    });

    it('keeps beijingTime as it was', () => {
      expect(beijingTime(AFTER_MIDNIGHT.toISOString())).toBe('00:30');
      expect(beijingTime(AFTER_MIDNIGHT.toISOString(), true)).toBe('00:30:05');
      expect(beijingTime('not a date')).toBe('');
    });
  },
);
