import { describe, expect, it } from 'vitest';
import { MAX_PERIOD_DAYS } from './calendar';
import { calendar } from './calendar-test-kit';

interface PeriodCase {
  start: string;
  amount: number;
  unit: 'calendar-day' | 'working-day';
  due: string;
  provisional?: boolean;
  rolledForwardFrom?: string;
  why: string;
}

const periodCases: PeriodCase[] = [
  // 国庆 + 中秋 2025
  { start: '2025-09-30', amount: 1, unit: 'working-day', due: '2025-10-09', why: 'over 国庆' },
  { start: '2025-09-26', amount: 1, unit: 'working-day', due: '2025-09-28', why: 'make-up Sunday counts' },
  { start: '2025-09-26', amount: 5, unit: 'working-day', due: '2025-10-10', why: '行政复议法 art. 88 style' },
  { start: '2025-10-09', amount: 2, unit: 'working-day', due: '2025-10-11', why: 'make-up Saturday counts' },
  { start: '2025-10-01', amount: 1, unit: 'working-day', due: '2025-10-09', why: 'start on a holiday' },
  {
    start: '2025-09-30',
    amount: 5,
    unit: 'calendar-day',
    due: '2025-10-09',
    rolledForwardFrom: '2025-10-05',
    why: 'last day inside 国庆',
  },
  {
    start: '2025-09-24',
    amount: 7,
    unit: 'calendar-day',
    due: '2025-10-09',
    rolledForwardFrom: '2025-10-01',
    why: '法律援助法 art. 43 seven days',
  },
  {
    start: '2025-10-06',
    amount: 5,
    unit: 'calendar-day',
    due: '2025-10-11',
    why: 'ends on make-up Saturday',
  },
  {
    start: '2025-10-05',
    amount: 7,
    unit: 'calendar-day',
    due: '2025-10-13',
    rolledForwardFrom: '2025-10-12',
    why: 'ordinary Sunday',
  },
  { start: '2025-09-18', amount: 10, unit: 'calendar-day', due: '2025-09-28', why: 'ends on make-up Sunday' },
  // 春节 2025
  { start: '2025-01-24', amount: 1, unit: 'working-day', due: '2025-01-26', why: 'make-up Sunday' },
  { start: '2025-01-24', amount: 2, unit: 'calendar-day', due: '2025-01-26', why: 'ends on make-up Sunday' },
  { start: '2025-01-27', amount: 1, unit: 'working-day', due: '2025-02-05', why: 'over 春节' },
  { start: '2025-02-07', amount: 1, unit: 'working-day', due: '2025-02-08', why: 'make-up Saturday' },
  {
    start: '2025-01-20',
    amount: 10,
    unit: 'calendar-day',
    due: '2025-02-05',
    rolledForwardFrom: '2025-01-30',
    why: 'last day in 春节',
  },
  // 劳动节
  { start: '2024-04-26', amount: 1, unit: 'working-day', due: '2024-04-28', why: '2024 make-up Sunday' },
  { start: '2024-04-30', amount: 1, unit: 'working-day', due: '2024-05-06', why: '2024 劳动节' },
  { start: '2024-05-10', amount: 1, unit: 'working-day', due: '2024-05-11', why: '2024 make-up Saturday' },
  { start: '2025-04-25', amount: 1, unit: 'working-day', due: '2025-04-27', why: '2025 make-up Sunday' },
  { start: '2025-04-30', amount: 1, unit: 'working-day', due: '2025-05-06', why: '2025 劳动节, five days' },
  { start: '2026-04-30', amount: 1, unit: 'working-day', due: '2026-05-06', why: '2026 劳动节' },
  { start: '2026-05-08', amount: 1, unit: 'working-day', due: '2026-05-09', why: '2026 make-up Saturday' },
  {
    start: '2026-04-29',
    amount: 3,
    unit: 'calendar-day',
    due: '2026-05-06',
    rolledForwardFrom: '2026-05-02',
    why: '2026 劳动节',
  },
  // 春节 2024 / 2026
  {
    start: '2024-02-09',
    amount: 1,
    unit: 'working-day',
    due: '2024-02-18',
    why: '2024 春节 to make-up Sunday',
  },
  { start: '2024-02-02', amount: 1, unit: 'working-day', due: '2024-02-04', why: '2024 make-up Sunday' },
  { start: '2026-02-13', amount: 1, unit: 'working-day', due: '2026-02-14', why: '2026 make-up Saturday' },
  { start: '2026-02-14', amount: 1, unit: 'working-day', due: '2026-02-24', why: '2026 春节, nine days' },
  { start: '2026-02-27', amount: 1, unit: 'working-day', due: '2026-02-28', why: '2026 make-up Saturday' },
  // 中秋 / 国庆 2024, 2026
  {
    start: '2024-09-13',
    amount: 1,
    unit: 'working-day',
    due: '2024-09-14',
    why: '2024 中秋 make-up Saturday',
  },
  { start: '2024-09-14', amount: 1, unit: 'working-day', due: '2024-09-18', why: '2024 中秋' },
  { start: '2024-09-27', amount: 1, unit: 'working-day', due: '2024-09-29', why: '2024 国庆 make-up Sunday' },
  { start: '2024-09-29', amount: 1, unit: 'working-day', due: '2024-09-30', why: 'make-up Sunday start' },
  { start: '2024-09-30', amount: 1, unit: 'working-day', due: '2024-10-08', why: '2024 国庆' },
  { start: '2024-10-11', amount: 1, unit: 'working-day', due: '2024-10-12', why: '2024 make-up Saturday' },
  { start: '2026-09-18', amount: 1, unit: 'working-day', due: '2026-09-20', why: '2026 国庆 make-up Sunday' },
  { start: '2026-09-24', amount: 1, unit: 'working-day', due: '2026-09-28', why: '2026 中秋' },
  { start: '2026-09-30', amount: 1, unit: 'working-day', due: '2026-10-08', why: '2026 国庆' },
  { start: '2026-10-09', amount: 1, unit: 'working-day', due: '2026-10-10', why: '2026 make-up Saturday' },
  {
    start: '2026-09-20',
    amount: 5,
    unit: 'calendar-day',
    due: '2026-09-28',
    rolledForwardFrom: '2026-09-25',
    why: '2026 中秋 roll-over',
  },
  // year ends and 元旦
  { start: '2024-12-31', amount: 1, unit: 'working-day', due: '2025-01-02', why: '元旦 2025' },
  {
    start: '2024-12-28',
    amount: 4,
    unit: 'calendar-day',
    due: '2025-01-02',
    rolledForwardFrom: '2025-01-01',
    why: 'into 元旦 2025',
  },
  {
    start: '2025-12-31',
    amount: 1,
    unit: 'working-day',
    due: '2026-01-04',
    why: '元旦 2026 to make-up Sunday',
  },
  {
    start: '2025-12-30',
    amount: 2,
    unit: 'calendar-day',
    due: '2026-01-04',
    rolledForwardFrom: '2026-01-01',
    why: 'into 元旦 2026',
  },
  {
    start: '2025-12-15',
    amount: 30,
    unit: 'calendar-day',
    due: '2026-01-14',
    why: 'across year end, no rest',
  },
  { start: '2026-12-30', amount: 1, unit: 'working-day', due: '2026-12-31', why: 'last covered day' },
  {
    start: '2026-12-31',
    amount: 1,
    unit: 'working-day',
    due: '2027-01-01',
    provisional: true,
    why: 'into uncovered 2027 (weekday rule, 元旦 not known)',
  },
  {
    start: '2026-12-31',
    amount: 2,
    unit: 'calendar-day',
    due: '2027-01-04',
    provisional: true,
    rolledForwardFrom: '2027-01-02',
    why: 'into uncovered 2027, Saturday',
  },
  {
    start: '2026-12-20',
    amount: 11,
    unit: 'calendar-day',
    due: '2026-12-31',
    why: 'calendar days only examine the last day',
  },
  // unknown year
  { start: '2030-09-30', amount: 1, unit: 'working-day', due: '2030-10-01', provisional: true, why: '2030' },
  {
    start: '2030-10-01',
    amount: 4,
    unit: 'calendar-day',
    due: '2030-10-07',
    provisional: true,
    rolledForwardFrom: '2030-10-05',
    why: '2030 weekend',
  },
  {
    start: '2003-12-30',
    amount: 2,
    unit: 'working-day',
    due: '2004-01-02',
    provisional: true,
    why: '2003 into 2004',
  },
  { start: '2003-12-31', amount: 1, unit: 'working-day', due: '2004-01-02', why: 'only 2004 examined' },
  // amount 0
  { start: '2025-10-01', amount: 0, unit: 'working-day', due: '2025-10-01', why: 'zero working days: start' },
  { start: '2030-10-01', amount: 0, unit: 'working-day', due: '2030-10-01', why: 'zero: nothing examined' },
  {
    start: '2025-10-01',
    amount: 0,
    unit: 'calendar-day',
    due: '2025-10-09',
    rolledForwardFrom: '2025-10-01',
    why: 'zero calendar days on a holiday rolls',
  },
  { start: '2025-09-30', amount: 0, unit: 'calendar-day', due: '2025-09-30', why: 'zero on a working day' },
  // long periods
  {
    start: '2025-01-01',
    amount: 365,
    unit: 'calendar-day',
    due: '2026-01-04',
    rolledForwardFrom: '2026-01-01',
    why: 'one year',
  },
  {
    start: '2025-12-31',
    amount: 248,
    unit: 'working-day',
    due: '2026-12-31',
    why: 'all 248 working days of 2026',
  },
];

describe('addPeriod', () => {
  it.each(periodCases)('$start + $amount $unit = $due ($why)', (c) => {
    const expected: Record<string, unknown> = { due: c.due, provisional: c.provisional ?? false };
    if (c.rolledForwardFrom) expected.rolledForwardFrom = c.rolledForwardFrom;
    const result = calendar.addPeriod(c.start, c.amount, c.unit);
    expect(result).toStrictEqual(expected);
    expect('rolledForwardFrom' in result).toBe(c.rolledForwardFrom !== undefined);
  });

  it('leaves rolledForwardFrom out (not undefined) when nothing rolled', () => {
    const result = calendar.addPeriod('2025-03-03', 3, 'calendar-day');
    expect(Object.keys(result).sort()).toEqual(['due', 'provisional']);
  });

  it.each([
    ['2025-02-29', 'not a real date'],
    ['2025-13-01', 'month 13'],
    ['2025-1-1', 'not zero-padded'],
    ['2025-01-01T00:00:00Z', 'an instant, not a date'],
    [' 2025-01-01', 'leading space'],
    ['', 'empty'],
  ])('throws RangeError on start %j (%s)', (start) => {
    expect(() => calendar.addPeriod(start, 1, 'working-day')).toThrow(RangeError);
    expect(() => calendar.addPeriod(start, 1, 'calendar-day')).toThrow(/start must be a real calendar date/);
    expect(() => calendar.isWorkingDay(start)).toThrow(RangeError);
  });

  it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, MAX_PERIOD_DAYS + 1])(
    'throws RangeError on amount %s',
    (amount) => {
      expect(() => calendar.addPeriod('2025-01-01', amount, 'calendar-day')).toThrow(RangeError);
      expect(() => calendar.addPeriod('2025-01-01', amount, 'working-day')).toThrow(
        /amount must be an integer/,
      );
    },
  );

  it('throws RangeError on an unknown unit', () => {
    // @ts-expect-error: checking the run-time guard
    expect(() => calendar.addPeriod('2025-01-01', 1, 'hour')).toThrow(RangeError);
  });

  it('handles the largest amount', () => {
    expect(calendar.addPeriod('2025-01-01', MAX_PERIOD_DAYS, 'working-day').provisional).toBe(true);
  });
});
