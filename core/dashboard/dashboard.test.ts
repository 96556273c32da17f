import { describe, expect, it } from 'vitest';
import {
  datesOf,
  defaultPeriod,
  MAX_PERIOD_DAYS,
  monthPeriod,
  rate,
  reportMonthOf,
  resolvePeriod,
} from './period';
import { type OrgNode, rollupUnits } from './rollup';

describe('periods', () => {
  it('defaults to the month so far', () => {
    expect(defaultPeriod('2026-03-16')).toEqual({ from: '2026-03-01', to: '2026-03-16' });
    expect(resolvePeriod('2026-03-16')).toEqual({ from: '2026-03-01', to: '2026-03-16' });
    expect(resolvePeriod('2026-03-16', '2026-01-01')).toEqual({ from: '2026-01-01', to: '2026-03-16' });
  });
  it('starts from the month before on the first of a month (nothing closed yet), across a year too', () => {
    expect(defaultPeriod('2026-12-01')).toEqual({ from: '2026-11-01', to: '2026-12-01' });
    expect(defaultPeriod('2027-01-01')).toEqual({ from: '2026-12-01', to: '2027-01-01' });
    expect(defaultPeriod('2026-12-02')).toEqual({ from: '2026-12-01', to: '2026-12-02' });
  });
  it('refuses a reversed or too long period with a field error', () => {
    expect(() => resolvePeriod('2026-03-16', '2026-03-10', '2026-03-09')).toThrow(
      expect.objectContaining({ code: 'DASHBOARD.PERIOD_REVERSED', field: 'to' }),
    );
    expect(() => resolvePeriod('2026-03-16', '2020-01-01', '2026-01-01')).toThrow(
      expect.objectContaining({ code: 'DASHBOARD.PERIOD_TOO_LONG', field: 'from' }),
    );
    const longest = resolvePeriod('2026-03-16', '2021-01-01', '2025-12-31');
    expect(datesOf(longest).length).toBeLessThanOrEqual(MAX_PERIOD_DAYS);
  });
  it('lists the dates of a period, both ends included, across a leap day', () => {
    expect(datesOf({ from: '2024-02-27', to: '2024-03-01' })).toEqual([
      '2024-02-27',
      '2024-02-28',
      '2024-02-29',
      '2024-03-01',
    ]);
  });
  it('makes a month a period', () => {
    expect(monthPeriod('2024-02')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(monthPeriod('2026-12')).toEqual({ from: '2026-12-01', to: '2026-12-31' });
    expect(() => monthPeriod('2026-13')).toThrow(RangeError);
  });
  it("defaults the monthly report to the month of the period's end, never a month not yet begun", () => {
    const today = '2026-05-12';
    // A period over several months, or starting on the 30th: the end's month, not the start's.
    expect(reportMonthOf({ from: '2026-01-15', to: '2026-03-10' }, today)).toBe('2026-03');
    expect(reportMonthOf({ from: '2026-03-30', to: '2026-04-02' }, today)).toBe('2026-04');
    // A period reaching past today (or lying wholly after it): today's month.
    expect(reportMonthOf({ from: '2026-04-20', to: '2026-06-30' }, today)).toBe('2026-05');
    expect(reportMonthOf({ from: '2026-07-01', to: '2026-07-31' }, today)).toBe('2026-05');
    expect(reportMonthOf({ from: '2025-12-01', to: '2026-05-12' }, today)).toBe('2026-05');
    expect(() => reportMonthOf({ from: '2026-01-01', to: '2026-1-31' }, today)).toThrow(RangeError);
  });
  it('rounds rates to four decimals and has no rate of nothing', () => {
    expect(rate(6, 7)).toBe(0.8571);
    expect(rate(0, 5)).toBe(0);
    expect(rate(3, 0)).toBeNull();
  });
});

describe('roll-up of organisations', () => {
  const orgs: OrgNode[] = [
    { id: 'city', parentId: null, kind: 'city-bureau', name: '包头市司法局' },
    { id: 'center', parentId: 'city', kind: 'service-center', name: '中心' },
    { id: 'east', parentId: 'city', kind: 'county-bureau', name: '东河区司法局' },
    { id: 'east-aid', parentId: 'east', kind: 'legal-aid-agency', name: '东河区法律援助中心' },
    { id: 'west', parentId: 'city', kind: 'county-bureau', name: '九原区司法局' },
    { id: 'elsewhere', parentId: 'other-root', kind: 'law-firm', name: '外市律所' },
  ];
  it('splits a city into itself (市本级) and its counties', () => {
    const units = rollupUnits(orgs, 'city');
    expect(Object.fromEntries(units)).toEqual({
      city: 'city',
      center: 'city',
      east: 'east',
      'east-aid': 'east',
      west: 'west',
    });
  });
  it('keeps a county whole', () => {
    expect(Object.fromEntries(rollupUnits(orgs, 'east'))).toEqual({ east: 'east', 'east-aid': 'east' });
  });
  it('refuses an unknown root or a cycle', () => {
    expect(() => rollupUnits(orgs, 'nowhere')).toThrow(RangeError);
    const cycle: OrgNode[] = [
      { id: 'r', parentId: null, kind: 'city-bureau', name: 'r' },
      { id: 'a', parentId: 'b', kind: 'other', name: 'a' },
      { id: 'b', parentId: 'a', kind: 'other', name: 'b' },
    ];
    expect(() => rollupUnits(cycle, 'r')).toThrow(RangeError);
  });
});
