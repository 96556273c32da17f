import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addCalendarDays,
  calendarDaysBetween,
  dayOfWeek,
  findDateParts,
  fromEpochDay,
  getDateParts,
  isIsoDate,
  isLeapYear,
  toEpochDay,
} from './iso-date';

/** A reference built on Date.UTC (UTC fields only, so independent of the process TZ). */
function referenceEpochDay(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const utc = new Date(0);
  utc.setUTCFullYear(y, m - 1, d);
  return Math.round(utc.getTime() / 86_400_000);
}

const realDate = fc
  .integer({ min: toEpochDay('0001-01-01'), max: toEpochDay('9999-12-31') })
  .map((day) => fromEpochDay(day));

describe('findDateParts / isIsoDate', () => {
  it.each([
    ['2025-01-01', { year: 2025, month: 1, day: 1 }],
    ['2024-02-29', { year: 2024, month: 2, day: 29 }],
    ['2000-02-29', { year: 2000, month: 2, day: 29 }],
    ['0001-01-01', { year: 1, month: 1, day: 1 }],
    ['9999-12-31', { year: 9999, month: 12, day: 31 }],
  ])('accepts %s', (date, parts) => {
    expect(findDateParts(date)).toEqual(parts);
    expect(isIsoDate(date)).toBe(true);
  });

  it.each([
    '2025-02-29',
    '1900-02-29',
    '2100-02-29',
    '2025-04-31',
    '2025-13-01',
    '2025-00-10',
    '2025-01-00',
    '0000-01-01',
    '2025-1-1',
    '25-01-01',
    '2025/01/01',
    '2025-01-01T00:00:00',
    ' 2025-01-01',
    '2025-01-01 ',
    '２０２５-01-01',
    '',
    '+2025-01-01',
  ])('rejects %j', (date) => {
    expect(findDateParts(date)).toBeUndefined();
    expect(isIsoDate(date)).toBe(false);
  });

  it('isIsoDate rejects non-strings', () => {
    expect(isIsoDate(20250101)).toBe(false);
    expect(isIsoDate(null)).toBe(false);
    expect(isIsoDate(new Date())).toBe(false);
  });

  it('getDateParts throws a RangeError naming the argument', () => {
    expect(() => getDateParts('2025-02-30', 'start')).toThrow(RangeError);
    expect(() => getDateParts('2025-02-30', 'start')).toThrow(
      'start must be a real calendar date in YYYY-MM-DD form, got "2025-02-30"',
    );
  });

  it.each([
    [2024, true],
    [2025, false],
    [2000, true],
    [1900, false],
    [2100, false],
    [2400, true],
  ])('isLeapYear(%i) is %s', (year, leap) => {
    expect(isLeapYear(year)).toBe(leap);
  });
});

describe('epoch days', () => {
  it.each([
    ['1970-01-01', 0],
    ['1970-01-02', 1],
    ['1969-12-31', -1],
    ['2000-03-01', 11017],
    ['2025-01-01', 20089],
    ['0001-01-01', -719162],
    ['9999-12-31', 2932896],
  ])('toEpochDay(%s) = %i', (date, day) => {
    expect(toEpochDay(date)).toBe(day);
    expect(fromEpochDay(day)).toBe(date);
  });

  it('fromEpochDay refuses days outside years 0001–9999 and non-integers', () => {
    expect(() => fromEpochDay(-719163)).toThrow(RangeError);
    expect(() => fromEpochDay(2932897)).toThrow(RangeError);
    expect(() => fromEpochDay(1.5)).toThrow(RangeError);
    expect(() => fromEpochDay(Number.NaN)).toThrow(RangeError);
  });

  it('round-trips every real date and matches a Date.UTC reference', () => {
    fc.assert(
      fc.property(realDate, (date) => {
        expect(fromEpochDay(toEpochDay(date))).toBe(date);
        expect(toEpochDay(date)).toBe(referenceEpochDay(date));
      }),
    );
  });
});

describe('dayOfWeek', () => {
  it.each([
    ['1970-01-01', 4],
    ['2025-01-26', 0],
    ['2025-02-08', 6],
    ['2025-10-01', 3],
    ['2026-01-04', 0],
    ['2030-01-01', 2],
    ['1900-01-01', 1],
    ['0001-01-01', 1],
  ])('dayOfWeek(%s) = %i', (date, weekday) => {
    expect(dayOfWeek(date)).toBe(weekday);
  });

  it('matches Date#getUTCDay', () => {
    fc.assert(
      fc.property(realDate, (date) => {
        const utc = new Date(0);
        const [y, m, d] = date.split('-').map(Number) as [number, number, number];
        utc.setUTCFullYear(y, m - 1, d);
        expect(dayOfWeek(date)).toBe(utc.getUTCDay());
      }),
    );
  });
});

describe('addCalendarDays / calendarDaysBetween', () => {
  it.each([
    ['2025-12-31', 1, '2026-01-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2025-02-28', 1, '2025-03-01'],
    ['2025-03-01', -1, '2025-02-28'],
    ['2025-01-01', 365, '2026-01-01'],
    ['2024-01-01', 366, '2025-01-01'],
    ['2025-10-01', 0, '2025-10-01'],
  ])('%s + %i = %s', (date, days, expected) => {
    expect(addCalendarDays(date, days)).toBe(expected);
    expect(calendarDaysBetween(date, expected)).toBe(days);
  });

  it('throws past year 9999', () => {
    expect(() => addCalendarDays('9999-12-31', 1)).toThrow(RangeError);
  });
});
