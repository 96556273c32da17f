import { describe, expect, it } from 'vitest';
import { calendar } from './calendar-test-kit';
import {
  HOLIDAY_DATA_SOURCE,
  LIBRARY_COVERED_YEARS,
  OFFICIAL_HOLIDAYS,
  OFFICIAL_WORKDAYS,
} from './holiday-data';
import { listCoveredYears } from './index';
import { dayOfWeek } from './iso-date';

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
