import { describe, expect, it } from 'vitest';
import { createCalendar, MAX_PERIOD_DAYS } from './calendar';
import {
  HOLIDAY_DATA_SOURCE,
  LIBRARY_COVERED_YEARS,
  OFFICIAL_HOLIDAYS,
  OFFICIAL_WORKDAYS,
} from './holiday-data';
import { listCoveredYears } from './index';
import { dayOfWeek } from './iso-date';

const calendar = createCalendar();

describe('holiday data (chinese-days raw JSON)', () => {
  it('covers exactly 2004–2026, derived from the data', () => {
    const expected = Array.from({ length: 2026 - 2004 + 1 }, (_, i) => 2004 + i);
    expect(LIBRARY_COVERED_YEARS).toEqual(expected);
    expect(listCoveredYears()).toEqual(expected);
    expect(calendar.coveredYears()).toEqual(expected);
  });

  it('names its source with the package version', () => {
    expect(HOLIDAY_DATA_SOURCE).toBe('chinese-days 1.5.7');
  });

  it('every make-up working day is a Saturday or Sunday, and no date is both', () => {
    for (const date of OFFICIAL_WORKDAYS.keys()) {
      expect([0, 6]).toContain(dayOfWeek(date));
      expect(OFFICIAL_HOLIDAYS.has(date)).toBe(false);
    }
  });

  it('keeps the Chinese festival name', () => {
    expect(OFFICIAL_HOLIDAYS.get('2025-10-01')?.name).toBe('国庆节');
    expect(OFFICIAL_WORKDAYS.get('2025-01-26')?.name).toBe('春节');
  });
});

/** [date, working] per the State Council notices for 2024, 2025 and 2026. */
const officialDays: [string, boolean, string][] = [
  // 2024 (国办发明电〔2023〕7号)
  ['2024-01-01', false, '元旦 (Mon)'],
  ['2024-02-04', true, '春节 make-up Sunday'],
  ['2024-02-09', true, 'Friday before 春节'],
  ['2024-02-10', false, '春节 first day'],
  ['2024-02-17', false, '春节 last day'],
  ['2024-02-18', true, '春节 make-up Sunday'],
  ['2024-04-28', true, '劳动节 make-up Sunday'],
  ['2024-05-01', false, '劳动节'],
  ['2024-05-05', false, '劳动节 last day'],
  ['2024-05-11', true, '劳动节 make-up Saturday'],
  ['2024-09-14', true, '中秋 make-up Saturday'],
  ['2024-09-15', false, '中秋'],
  ['2024-09-17', false, '中秋 last day'],
  ['2024-09-29', true, '国庆 make-up Sunday'],
  ['2024-10-01', false, '国庆'],
  ['2024-10-07', false, '国庆 last day'],
  ['2024-10-08', true, 'after 国庆'],
  ['2024-10-12', true, '国庆 make-up Saturday'],
  ['2024-12-28', false, 'ordinary Saturday'],
  ['2024-12-31', true, 'ordinary Tuesday'],
  // 2025 (国办发明电〔2024〕12号): 13 holidays, 春节 and 劳动节 one day longer
  ['2025-01-01', false, '元旦 (Wed), no make-up day'],
  ['2025-01-02', true, 'Thursday after 元旦'],
  ['2025-01-26', true, '春节 make-up Sunday'],
  ['2025-01-27', true, 'Monday before 春节'],
  ['2025-01-28', false, '除夕'],
  ['2025-02-04', false, '春节 last day'],
  ['2025-02-05', true, 'after 春节'],
  ['2025-02-08', true, '春节 make-up Saturday'],
  ['2025-02-09', false, 'ordinary Sunday'],
  ['2025-04-27', true, '劳动节 make-up Sunday'],
  ['2025-05-01', false, '劳动节'],
  ['2025-05-05', false, '劳动节 last day'],
  ['2025-05-06', true, 'after 劳动节'],
  ['2025-09-28', true, '国庆 make-up Sunday'],
  ['2025-09-30', true, 'Tuesday before 国庆'],
  ['2025-10-01', false, '国庆'],
  ['2025-10-06', false, '中秋 inside 国庆'],
  ['2025-10-08', false, '国庆+中秋 last day'],
  ['2025-10-09', true, 'after 国庆'],
  ['2025-10-11', true, '国庆 make-up Saturday'],
  ['2025-10-12', false, 'ordinary Sunday'],
  // 2026 (gov.cn zhengceku/202511/content_7047091)
  ['2026-01-01', false, '元旦'],
  ['2026-01-02', false, '元旦 bridging Friday'],
  ['2026-01-03', false, '元旦 Saturday'],
  ['2026-01-04', true, '元旦 make-up Sunday'],
  ['2026-02-14', true, '春节 make-up Saturday'],
  ['2026-02-15', false, '春节 first day'],
  ['2026-02-23', false, '春节 last day (Mon)'],
  ['2026-02-24', true, 'after 春节'],
  ['2026-02-28', true, '春节 make-up Saturday'],
  ['2026-05-01', false, '劳动节'],
  ['2026-05-05', false, '劳动节 last day'],
  ['2026-05-09', true, '劳动节 make-up Saturday'],
  ['2026-09-20', true, '国庆 make-up Sunday'],
  ['2026-09-25', false, '中秋'],
  ['2026-09-27', false, '中秋 Sunday'],
  ['2026-09-28', true, 'after 中秋'],
  ['2026-10-01', false, '国庆'],
  ['2026-10-07', false, '国庆 last day'],
  ['2026-10-08', true, 'after 国庆'],
  ['2026-10-10', true, '国庆 make-up Saturday'],
  ['2026-12-31', true, 'last covered day (Thu)'],
  // earlier years, spot checks
  ['2004-01-01', false, 'first covered year'],
  ['2015-09-03', false, '抗战胜利70周年纪念日'],
  ['2020-01-31', false, '春节 extended (COVID-19)'],
  ['2020-02-02', false, '春节 extended (COVID-19)'],
];

describe('isWorkingDay in covered years', () => {
  it.each(officialDays)('%s working=%s (%s)', (date, working) => {
    expect(calendar.isWorkingDay(date)).toEqual({ working, provisional: false });
  });

  it('describeDay explains the answer', () => {
    expect(calendar.describeDay('2025-01-26')).toEqual({
      date: '2025-01-26',
      working: true,
      provisional: false,
      reason: 'make-up-workday',
      name: '春节',
      source: 'chinese-days 1.5.7',
    });
    expect(calendar.describeDay('2025-10-01')).toMatchObject({ reason: 'official-holiday', name: '国庆节' });
    expect(calendar.describeDay('2025-10-04')).toMatchObject({ reason: 'official-holiday', working: false });
    expect(calendar.describeDay('2025-03-08')).toMatchObject({ reason: 'weekend', working: false });
    expect(calendar.describeDay('2025-03-10')).toMatchObject({ reason: 'weekday', working: true });
  });
});

describe('uncovered years: weekday rule, provisional', () => {
  it.each([
    ['2030-01-01', true, 'Tuesday; 元旦 surely, but the data does not say so'],
    ['2030-10-01', true, 'Tuesday'],
    ['2030-10-05', false, 'Saturday'],
    ['2027-01-01', true, 'Friday'],
    ['2003-12-31', true, 'Wednesday before the data starts'],
    ['2003-12-27', false, 'Saturday'],
  ])('%s working=%s provisional (%s)', (date, working) => {
    expect(calendar.isWorkingDay(date)).toEqual({ working, provisional: true });
    expect(calendar.describeDay(date).source).toBe('weekday rule');
  });
});

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
