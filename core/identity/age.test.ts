import { describe, expect, it } from 'vitest';
import { ageOn } from './age';

describe('ageOn (周岁)', () => {
  it.each([
    ['1990-06-15', '2025-06-14', 34, 'day before birthday'],
    ['1990-06-15', '2025-06-15', 35, 'on the birthday'],
    ['1990-06-15', '2025-12-31', 35, 'later that year'],
    ['2025-06-15', '2025-06-15', 0, 'born today'],
    ['2007-01-01', '2025-01-01', 18, 'turns 18 on New Year'],
    ['2007-01-01', '2024-12-31', 17, 'still 17 on New Year’s Eve'],
    ['2000-02-29', '2025-02-28', 24, 'Feb 29 birthday, common year, Feb 28'],
    ['2000-02-29', '2025-03-01', 25, 'Feb 29 birthday, common year, Mar 1'],
    ['2000-02-29', '2024-02-28', 23, 'leap year, Feb 28'],
    ['2000-02-29', '2024-02-29', 24, 'leap year, Feb 29'],
    ['1900-01-01', '2025-06-30', 125, 'old'],
  ])('born %s, on %s: %i (%s)', (birth, date, age) => {
    expect(ageOn(birth, date)).toBe(age);
  });

  it.each([
    ['2011-06-15', '2025-06-15', 13, 'criminal rule: not 14 on the birthday'],
    ['2011-06-15', '2025-06-16', 14, 'criminal rule: 14 the day after'],
    ['2000-02-29', '2025-03-01', 24, 'Feb 29, common year: not yet on Mar 1'],
    ['2000-02-29', '2025-03-02', 25, 'Feb 29, common year: Mar 2'],
    ['2000-02-29', '2024-03-01', 24, 'Feb 29, leap year: Mar 1'],
    ['2025-06-15', '2025-06-15', 0, 'born today'],
  ])('day-after-birthday: born %s, on %s: %i (%s)', (birth, date, age) => {
    expect(ageOn(birth, date, 'day-after-birthday')).toBe(age);
  });

  it('throws RangeError on bad dates or a date before birth', () => {
    expect(() => ageOn('1999-02-30', '2025-01-01')).toThrow(RangeError);
    expect(() => ageOn('1999-02-28', '2025/01/01')).toThrow(RangeError);
    expect(() => ageOn('2025-01-02', '2025-01-01')).toThrow(/before birthDate/);
  });
});
