import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimateWait, formatPeopleAhead, PEOPLE_AHEAD_CAP } from './call-order';

describe('estimateWait', () => {
  it.each([
    [0, 1, 15, 0],
    [0, 3, 30, 0],
    [1, 1, 15, 15],
    [3, 2, 15, 23],
    [4, 2, 15, 30],
    [7, 3, 12.5, 30],
    [50, 5, 1.1, 11],
    [1, 4, 10, 3],
    [10, 1, 0.7, 7],
  ])('%i ahead, %i windows, %f min → %i', (peopleAhead, openWindows, avgServiceMinutes, minutes) => {
    expect(estimateWait({ peopleAhead, openWindows, avgServiceMinutes })).toEqual({ minutes });
  });

  it('returns null with a reason when no window is open', () => {
    expect(estimateWait({ peopleAhead: 3, openWindows: 0, avgServiceMinutes: 15 })).toEqual({
      minutes: null,
      reason: 'no-open-windows',
      message: '当前没有开放的窗口，暂无法估算等候时间',
    });
    expect(estimateWait({ peopleAhead: 0, openWindows: 0, avgServiceMinutes: 15 }).minutes).toBeNull();
  });

  it.each([
    { peopleAhead: -1, openWindows: 1, avgServiceMinutes: 10 },
    { peopleAhead: 1.5, openWindows: 1, avgServiceMinutes: 10 },
    { peopleAhead: 1, openWindows: -1, avgServiceMinutes: 10 },
    { peopleAhead: 1, openWindows: 1.5, avgServiceMinutes: 10 },
    { peopleAhead: 1, openWindows: 1, avgServiceMinutes: 0 },
    { peopleAhead: 1, openWindows: 1, avgServiceMinutes: -5 },
    { peopleAhead: 1, openWindows: 1, avgServiceMinutes: Number.NaN },
    { peopleAhead: 1, openWindows: 1, avgServiceMinutes: Number.POSITIVE_INFINITY },
  ])('rejects %j', (input) => {
    expect(() => estimateWait(input)).toThrow(RangeError);
  });

  const input = fc.record({
    peopleAhead: fc.integer({ min: 0, max: 500 }),
    openWindows: fc.integer({ min: 1, max: 20 }),
    avgServiceMinutes: fc.double({ min: 0.1, max: 120, noNaN: true }),
  });

  it('rounds the exact figure up to a whole minute (property)', () => {
    fc.assert(
      fc.property(input, (i) => {
        const { minutes } = estimateWait(i);
        const exact = (i.peopleAhead * i.avgServiceMinutes) / i.openWindows;
        expect(Number.isInteger(minutes)).toBe(true);
        expect(minutes).toBeGreaterThanOrEqual(exact * (1 - 1e-12));
        expect(minutes).toBeLessThan(exact + 1);
      }),
    );
  });

  it('grows with people ahead and shrinks with windows (property)', () => {
    fc.assert(
      fc.property(
        input,
        fc.integer({ min: 0, max: 10 }),
        fc.integer({ min: 0, max: 10 }),
        (i, more, extra) => {
          const m = estimateWait(i).minutes ?? Number.NaN;
          expect(estimateWait({ ...i, peopleAhead: i.peopleAhead + more }).minutes).toBeGreaterThanOrEqual(m);
          expect(estimateWait({ ...i, openWindows: i.openWindows + extra }).minutes).toBeLessThanOrEqual(m);
        },
      ),
    );
  });
});

describe('formatPeopleAhead', () => {
  it('prints the count below the cap and 99+ at or above it', () => {
    expect(formatPeopleAhead(0)).toBe('0');
    expect(formatPeopleAhead(PEOPLE_AHEAD_CAP - 1)).toBe('98');
    expect(formatPeopleAhead(PEOPLE_AHEAD_CAP)).toBe('99+');
    expect(formatPeopleAhead(5_000)).toBe('99+');
  });
});
