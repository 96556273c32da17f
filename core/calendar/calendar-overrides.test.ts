import { describe, expect, it } from 'vitest';
import { createCalendar } from './calendar';
import { calendar } from './calendar-test-kit';
import { LIBRARY_COVERED_YEARS } from './holiday-data';

describe('overrides', () => {
  it('turns an ordinary working day into a holiday', () => {
    const cal = createCalendar([{ date: '2025-03-05', kind: 'holiday', source: '市政府通知' }]);
    expect(cal.isWorkingDay('2025-03-05')).toEqual({ working: false, provisional: false });
    expect(cal.describeDay('2025-03-05')).toMatchObject({ reason: 'override-holiday', source: '市政府通知' });
    expect(cal.addPeriod('2025-03-04', 1, 'working-day')).toEqual({ due: '2025-03-06', provisional: false });
    expect(cal.addPeriod('2025-03-04', 1, 'calendar-day')).toEqual({
      due: '2025-03-06',
      provisional: false,
      rolledForwardFrom: '2025-03-05',
    });
  });

  it('turns a make-up working day into a holiday', () => {
    const cal = createCalendar([{ date: '2025-09-28', kind: 'holiday' }]);
    expect(cal.isWorkingDay('2025-09-28')).toEqual({ working: false, provisional: false });
    expect(cal.addPeriod('2025-09-26', 1, 'working-day').due).toBe('2025-09-29');
    expect(cal.describeDay('2025-09-28').source).toBe('override');
  });

  it('turns an official holiday into a working day', () => {
    const cal = createCalendar([{ date: '2025-10-08', kind: 'workday', source: '测试' }]);
    expect(cal.isWorkingDay('2025-10-08')).toEqual({ working: true, provisional: false });
    expect(cal.addPeriod('2025-09-30', 1, 'working-day').due).toBe('2025-10-08');
    expect(cal.describeDay('2025-10-08').reason).toBe('override-workday');
  });

  it('turns a weekend into a working day', () => {
    const cal = createCalendar([{ date: '2025-03-08', kind: 'workday' }]);
    expect(cal.isWorkingDay('2025-03-08')).toEqual({ working: true, provisional: false });
    expect(cal.addPeriod('2025-03-07', 1, 'working-day').due).toBe('2025-03-08');
  });

  it('does not change other calendars', () => {
    createCalendar([{ date: '2025-03-05', kind: 'holiday' }]);
    expect(calendar.isWorkingDay('2025-03-05')).toEqual({ working: true, provisional: false });
  });

  it('in an unknown year, makes only its own date known', () => {
    const cal = createCalendar([{ date: '2030-01-01', kind: 'holiday', source: '2030 通知' }]);
    expect(cal.isWorkingDay('2030-01-01')).toEqual({ working: false, provisional: false });
    expect(cal.isWorkingDay('2030-01-02')).toEqual({ working: true, provisional: true });
    expect(cal.addPeriod('2029-12-31', 1, 'calendar-day')).toEqual({
      due: '2030-01-02',
      provisional: true,
      rolledForwardFrom: '2030-01-01',
    });
    expect(cal.coveredYears()).not.toContain(2030);
  });

  it('with options.coveredYears, makes a whole new year known', () => {
    const notice2027 = [
      { date: '2027-01-01', kind: 'holiday' as const, source: '国办发明电〔2026〕X号' },
      { date: '2027-01-02', kind: 'holiday' as const },
      { date: '2027-01-03', kind: 'holiday' as const },
    ];
    const cal = createCalendar(notice2027, { coveredYears: [2027] });
    expect(cal.coveredYears()).toContain(2027);
    expect(cal.isWorkingDay('2027-01-04')).toEqual({ working: true, provisional: false });
    expect(cal.isWorkingDay('2027-03-06')).toEqual({ working: false, provisional: false });
    expect(cal.addPeriod('2026-12-31', 1, 'working-day')).toEqual({ due: '2027-01-04', provisional: false });
    expect(cal.isWorkingDay('2028-01-03')).toEqual({ working: true, provisional: true });
  });

  it('refuses to cover a year that has no holiday override', () => {
    expect(() => createCalendar([], { coveredYears: [2027] })).toThrow(RangeError);
    expect(() => createCalendar([{ date: '2027-01-09', kind: 'workday' }], { coveredYears: [2027] })).toThrow(
      /no holiday override/,
    );
    expect(() => createCalendar([], { coveredYears: [2027.5] })).toThrow(RangeError);
    expect(createCalendar([], { coveredYears: [2025] }).coveredYears()).toEqual(LIBRARY_COVERED_YEARS);
  });

  it('refuses bad or contradictory overrides', () => {
    expect(() => createCalendar([{ date: '2025-02-30', kind: 'holiday' }])).toThrow(/overrides\[0\]\.date/);
    // @ts-expect-error: checking the run-time guard
    expect(() => createCalendar([{ date: '2025-03-05', kind: 'rest' }])).toThrow(RangeError);
    expect(() =>
      createCalendar([
        { date: '2025-03-05', kind: 'holiday' },
        { date: '2025-03-05', kind: 'workday' },
      ]),
    ).toThrow(/contradict/);
    expect(
      createCalendar([
        { date: '2025-03-05', kind: 'holiday' },
        { date: '2025-03-05', kind: 'holiday' },
      ]).isWorkingDay('2025-03-05').working,
    ).toBe(false);
  });

  it('stops on an absurd run of rest days instead of looping', () => {
    const everyDay = Array.from({ length: 400 }, (_, i) => {
      const d = new Date(Date.UTC(2025, 0, 1 + i)).toISOString().slice(0, 10);
      return { date: d, kind: 'holiday' as const };
    });
    const cal = createCalendar(everyDay);
    expect(() => cal.addPeriod('2024-12-31', 1, 'calendar-day')).toThrow(/no working day/);
  });
});
