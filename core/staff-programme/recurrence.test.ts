import { createCalendar } from '@core/calendar';
import { describe, expect, it } from 'vitest';
import { beijingInstant, expandRecurrence, isoWeekday, MAX_OCCURRENCES, minutesOfDay } from './recurrence';

const calendar = createCalendar();
const working = (date: string) => calendar.isWorkingDay(date).working;

describe('expandRecurrence', () => {
  it('晚学 17:30–18:30 on the working days of a week with a holiday (Qingming 2026)', () => {
    // 2026-04-04 (Sat) – 04-06 (Mon) is 清明节; the week of 03-30 to 04-05 has no make-up day.
    const out = expandRecurrence(
      { from: '2026-03-30', to: '2026-04-07', startTime: '17:30', durationMinutes: 60 },
      working,
    );
    expect(out.map((o) => o.date)).toEqual([
      '2026-03-30',
      '2026-03-31',
      '2026-04-01',
      '2026-04-02',
      '2026-04-03',
      '2026-04-07',
    ]);
    expect(out[0]!.startsAt.toISOString()).toBe('2026-03-30T09:30:00.000Z');
    expect(out[0]!.endsAt.toISOString()).toBe('2026-03-30T10:30:00.000Z');
  });

  it('includes a make-up working Saturday (2026-02-14, before the Spring Festival)', () => {
    const out = expandRecurrence(
      { from: '2026-02-14', to: '2026-02-14', startTime: '08:00', durationMinutes: 30 },
      working,
    );
    expect(calendar.isWorkingDay('2026-02-14').working).toBe(true);
    expect(out.map((o) => o.startsAt.toISOString())).toEqual(['2026-02-14T00:00:00.000Z']);
  });

  it('keeps only the given weekdays, with or without rest days', () => {
    const rule = {
      from: '2026-03-02',
      to: '2026-03-15',
      startTime: '15:00',
      durationMinutes: 120,
      weekdays: [3, 6],
    };
    expect(expandRecurrence(rule, working).map((o) => o.date)).toEqual(['2026-03-04', '2026-03-11']);
    expect(expandRecurrence({ ...rule, workingDaysOnly: false }, working).map((o) => o.date)).toEqual([
      '2026-03-04',
      '2026-03-07',
      '2026-03-11',
      '2026-03-14',
    ]);
  });

  it.each([
    [{ from: '2026-03-05', to: '2026-03-01' }],
    [{ from: '2026-02-30', to: '2026-03-01' }],
    [{ startTime: '24:00' }],
    [{ startTime: '7:30' }],
    [{ durationMinutes: 4 }],
    [{ durationMinutes: 481 }],
    [{ weekdays: [0] }],
    [{ weekdays: [8] }],
  ])('refuses %j', (bad) => {
    expect(() =>
      expandRecurrence(
        { from: '2026-03-02', to: '2026-03-06', startTime: '08:00', durationMinutes: 30, ...bad },
        working,
      ),
    ).toThrow(RangeError);
  });

  it(`refuses more than ${MAX_OCCURRENCES} occurrences`, () => {
    expect(() =>
      expandRecurrence(
        {
          from: '2026-01-01',
          to: '2027-12-31',
          startTime: '08:00',
          durationMinutes: 30,
          workingDaysOnly: false,
        },
        () => true,
      ),
    ).toThrow(RangeError);
  });
});

describe('time helpers', () => {
  it('reads HH:MM and makes Beijing instants whatever the process TZ', () => {
    expect(minutesOfDay('00:00')).toBe(0);
    expect(minutesOfDay('23:59')).toBe(1439);
    expect(beijingInstant('2026-01-01', '07:59').toISOString()).toBe('2025-12-31T23:59:00.000Z');
  });

  it('numbers weekdays 1 (Monday) to 7 (Sunday)', () => {
    expect(isoWeekday('2026-03-02')).toBe(1);
    expect(isoWeekday('2026-03-08')).toBe(7);
  });
});
