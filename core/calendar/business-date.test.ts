import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { beijingWallTimeOf, businessDateOf, startOfBusinessDate } from './business-date';
import { createCalendar } from './calendar';

const calendar = createCalendar();

describe('businessDate (Asia/Shanghai, whatever the process TZ)', () => {
  it.each([
    ['2024-12-31T15:59:59.999Z', '2024-12-31', '23:59:59.999 Beijing on New Year’s Eve'],
    ['2024-12-31T16:00:00.000Z', '2025-01-01', '00:00 Beijing on New Year’s Day'],
    ['2025-01-01T15:59:59Z', '2025-01-01', '23:59:59 Beijing'],
    ['2025-01-01T16:00:00Z', '2025-01-02', '00:00 Beijing'],
    ['2025-09-30T23:59:59+08:00', '2025-09-30', '23:59:59 Beijing before 国庆'],
    ['2025-10-01T00:00:00+08:00', '2025-10-01', '00:00 Beijing on 国庆'],
    ['2025-10-01T00:00:00-07:00', '2025-10-01', 'midnight in Los Angeles is 15:00 Beijing'],
    ['2025-10-01T23:30:00-10:00', '2025-10-02', 'late evening in Honolulu is next day Beijing'],
    ['2025-10-01T00:30:00+14:00', '2025-09-30', 'early morning in Kiritimati is previous day Beijing'],
    ['2024-02-29T16:00:00Z', '2024-03-01', 'leap day rolls into March'],
  ])('%s → %s (%s)', (iso, expected) => {
    expect(calendar.businessDate(new Date(iso))).toBe(expected);
    expect(businessDateOf(new Date(iso))).toBe(expected);
  });

  it('throws RangeError on an invalid Date', () => {
    expect(() => calendar.businessDate(new Date('not a date'))).toThrow(RangeError);
  });

  it('startOfBusinessDate is 00:00 Beijing (16:00 UTC the day before)', () => {
    expect(startOfBusinessDate('2025-01-01').toISOString()).toBe('2024-12-31T16:00:00.000Z');
    expect(businessDateOf(startOfBusinessDate('2025-10-01'))).toBe('2025-10-01');
    expect(businessDateOf(new Date(startOfBusinessDate('2025-10-01').getTime() - 1))).toBe('2025-09-30');
  });

  it('agrees with a fixed UTC+8 offset for any instant after 1992 (China has had no DST since 1991)', () => {
    const from = Date.UTC(1992, 0, 1);
    const to = Date.UTC(2100, 0, 1);
    fc.assert(
      fc.property(fc.integer({ min: from, max: to }), (ms) => {
        const shifted = new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10);
        expect(businessDateOf(new Date(ms))).toBe(shifted);
      }),
    );
  });

  it('gives the same dates in any order of instants (the last day kept never answers for another)', () => {
    const instant = fc.integer({ min: Date.UTC(1980, 0, 1), max: Date.UTC(2100, 0, 1) });
    const nearby = fc.tuple(instant, fc.array(fc.integer({ min: -2 * 86_400_000, max: 2 * 86_400_000 })));
    fc.assert(
      fc.property(nearby, ([base, steps]) => {
        for (const ms of [base, ...steps.map((step) => base + step)]) {
          const expected =
            ms >= Date.UTC(1992, 0, 1) ? new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10) : null;
          const fresh = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(ms));
          expect(businessDateOf(new Date(ms))).toBe(expected ?? fresh);
        }
      }),
    );
  });

  it('keeps the daylight saving time of 1986–1991 (UTC+9 in summer): 1988-06-01T15:30Z is 00:30 on 2 June', () => {
    expect(businessDateOf(new Date('1988-06-01T12:00:00Z'))).toBe('1988-06-01');
    expect(businessDateOf(new Date('1988-06-01T15:30:00Z'))).toBe('1988-06-02');
    expect(businessDateOf(new Date('1988-06-02T15:30:00Z'))).toBe('1988-06-03');
    expect(businessDateOf(new Date('1988-06-01T15:30:00Z'))).toBe('1988-06-02');
  });

  it('beijingWallTimeOf gives the Beijing wall clock of an instant (00:00 is 00, not 24)', () => {
    expect(beijingWallTimeOf(new Date('2026-03-01T01:30:12Z'))).toBe('2026-03-01T09:30:12');
    expect(beijingWallTimeOf(new Date('2025-12-31T16:00:00Z'))).toBe('2026-01-01T00:00:00');
    expect(beijingWallTimeOf(new Date('2026-03-01T08:00:00-08:00'))).toBe('2026-03-02T00:00:00');
    expect(() => beijingWallTimeOf(new Date('x'))).toThrow(RangeError);
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1992, 0, 1), max: Date.UTC(2100, 0, 1) }), (ms) => {
        const shifted = new Date(ms + 8 * 3_600_000).toISOString().slice(0, 19);
        expect(beijingWallTimeOf(new Date(ms))).toBe(shifted);
      }),
    );
  });
});
