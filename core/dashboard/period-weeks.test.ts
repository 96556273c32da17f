import { addCalendarDays, dayOfWeek } from '@core/calendar/iso-date';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { datesOf, wholeWeeksOf } from './period';

describe('wholeWeeksOf', () => {
  it('takes the whole Monday-to-Sunday weeks of a run of days and leaves the edges as days', () => {
    // 2026-10-31 is a Saturday; 2026-11-02 a Monday; 2026-11-29 a Sunday.
    const { weeks, days } = wholeWeeksOf(datesOf({ from: '2026-10-31', to: '2026-11-29' }));
    expect(weeks).toEqual(['2026-11-02', '2026-11-09', '2026-11-16', '2026-11-23']);
    expect(days).toEqual(['2026-10-31', '2026-11-01']);
  });

  it('leaves a week with a missing day as single days', () => {
    const dates = datesOf({ from: '2026-11-02', to: '2026-11-15' }).filter((d) => d !== '2026-11-04');
    const { weeks, days } = wholeWeeksOf(dates);
    expect(weeks).toEqual(['2026-11-09']);
    expect(days).toEqual([
      '2026-11-02',
      '2026-11-03',
      '2026-11-05',
      '2026-11-06',
      '2026-11-07',
      '2026-11-08',
    ]);
  });

  it('crosses months and years (ISO weeks, not calendar months)', () => {
    expect(wholeWeeksOf(datesOf({ from: '2025-12-29', to: '2026-01-04' }))).toEqual({
      weeks: ['2025-12-29'],
      days: [],
    });
    expect(wholeWeeksOf([])).toEqual({ weeks: [], days: [] });
    expect(wholeWeeksOf(['2026-11-30'])).toEqual({ weeks: [], days: ['2026-11-30'] });
  });

  it('rejects what is not a date', () => {
    expect(() => wholeWeeksOf(['2026-11-31'])).toThrow(RangeError);
  });

  it('covers every date exactly once, with weeks only where all seven days are listed', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3000 }),
        fc.array(fc.boolean(), { minLength: 0, maxLength: 80 }),
        (offset, keep) => {
          const start = addCalendarDays('2020-01-01', offset);
          const dates = keep.flatMap((k, i) => (k ? [addCalendarDays(start, i)] : []));
          const { weeks, days } = wholeWeeksOf(dates);
          const covered = [...weeks.flatMap((w) => datesOf({ from: w, to: addCalendarDays(w, 6) })), ...days];
          expect(covered.sort()).toEqual(dates);
          for (const w of weeks) expect(dayOfWeek(w)).toBe(1);
          // No seven listed days Monday to Sunday are left as single days.
          const single = new Set(days);
          for (const d of days)
            if (dayOfWeek(d) === 1)
              expect(datesOf({ from: d, to: addCalendarDays(d, 6) }).every((x) => single.has(x))).toBe(false);
        },
      ),
    );
  });
});
