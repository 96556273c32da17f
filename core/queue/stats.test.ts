import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeQueueStats, percentileNearestRank, type StatsTicket } from './stats';
import { applyTicketAction, type TicketAction, type TicketState, ticketStatuses } from './ticket-status';

const base = Date.parse('2026-03-02T09:00:00+08:00');
const sec = (s: number) => new Date(base + s * 1000);

function t(overrides: Partial<StatsTicket>): StatsTicket {
  return {
    serviceCode: 'legal-aid',
    windowId: null,
    status: 'waiting',
    issuedAt: sec(0),
    calledAt: null,
    startedAt: null,
    finishedAt: null,
    ...overrides,
  };
}

function served(
  serviceCode: string,
  windowId: string,
  issued: number,
  called: number,
  start: number,
  end: number,
) {
  return t({
    serviceCode,
    windowId,
    status: 'finished',
    issuedAt: sec(issued),
    calledAt: sec(called),
    startedAt: sec(start),
    finishedAt: sec(end),
  });
}

describe('percentileNearestRank', () => {
  const oneToTen = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

  it.each([
    [oneToTen, 90, 9],
    [oneToTen, 91, 10],
    [oneToTen, 50, 5],
    [oneToTen, 10, 1],
    [oneToTen, 11, 2],
    [oneToTen, 100, 10],
    [oneToTen, 0, 1],
    [[...oneToTen, 11], 90, 10],
    [[1, 2], 50, 1],
    [[1, 2], 51, 2],
    [[5], 0, 5],
    [[5], 90, 5],
    [[30, 10, 20], 90, 30],
    [[30, 10, 20], 66, 20],
    [[3, 1, 3, 3, 2], 50, 3],
    [[3, 1, 3, 3, 2], 40, 2],
    [Array.from({ length: 20 }, (_, i) => i + 1), 90, 18],
    [Array.from({ length: 30 }, (_, i) => i + 1), 90, 27],
  ])('%j p%f → %f', (values, p, expected) => {
    expect(percentileNearestRank(values, p)).toBe(expected);
  });

  it('returns null for no values and does not sort the input in place', () => {
    expect(percentileNearestRank([], 90)).toBeNull();
    const values = [3, 1, 2];
    percentileNearestRank(values, 50);
    expect(values).toEqual([3, 1, 2]);
  });

  it.each([-1, 100.5, Number.NaN])('rejects p = %f', (p) => {
    expect(() => percentileNearestRank([1], p)).toThrow(RangeError);
  });

  it('rejects non-finite values', () => {
    expect(() => percentileNearestRank([1, Number.NaN], 50)).toThrow(RangeError);
    expect(() => percentileNearestRank([Number.POSITIVE_INFINITY], 50)).toThrow(RangeError);
  });

  it('is the smallest value with at least p % of values ≤ it (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 1, maxLength: 60 }),
        fc.integer({ min: 0, max: 100 }),
        (values, p) => {
          const result = percentileNearestRank(values, p);
          expect(values).toContain(result);
          const atMost = (x: number) => values.filter((v) => v <= x).length;
          // In whole numbers: 100 × count ≥ p × n, and no smaller value qualifies.
          expect(100 * atMost(result as number)).toBeGreaterThanOrEqual(p * values.length);
          for (const v of values) {
            if (v < (result as number)) expect(100 * atMost(v)).toBeLessThan(p * values.length);
          }
        },
      ),
    );
  });

  it('grows with p and lies between min and max (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 40 }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        (values, p, q) => {
          const [lo, hi] = p <= q ? [p, q] : [q, p];
          const a = percentileNearestRank(values, lo) as number;
          const b = percentileNearestRank(values, hi) as number;
          expect(a).toBeLessThanOrEqual(b);
          expect(a).toBeGreaterThanOrEqual(Math.min(...values));
          expect(b).toBeLessThanOrEqual(Math.max(...values));
        },
      ),
    );
  });
});

describe('computeQueueStats', () => {
  const now = sec(3600);

  it('returns empty figures for no tickets', () => {
    expect(computeQueueStats([], now)).toEqual({
      overall: {
        tickets: 0,
        waiting: 0,
        finished: 0,
        noShows: 0,
        cancelled: 0,
        wait: { count: 0, averageSeconds: null, p90Seconds: null },
        service: { count: 0, averageSeconds: null, p90Seconds: null },
        longestCurrentWaitSeconds: null,
      },
      byService: [],
      byWindow: [],
      excludedDurations: 0,
    });
  });

  it('computes a small day by service and by window', () => {
    const tickets: StatsTicket[] = [
      served('legal-aid', 'W1', 0, 600, 660, 1860), // wait 600, service 1200
      served('legal-aid', 'W2', 60, 960, 1000, 1600), // wait 900, service 600
      t({
        serviceCode: 'legal-aid',
        windowId: 'W1',
        status: 'no-show',
        issuedAt: sec(100),
        calledAt: sec(400),
      }), // wait 300
      t({ serviceCode: 'legal-aid', status: 'waiting', issuedAt: sec(1200) }), // waiting 2400
      served('consultation', 'W1', 0, 120, 130, 430), // wait 120, service 300
      t({
        serviceCode: 'consultation',
        windowId: 'W1',
        status: 'closed',
        issuedAt: sec(10),
        calledAt: sec(200),
      }), // wait 190
      t({ serviceCode: 'consultation', status: 'cancelled', issuedAt: sec(20) }),
      t({ serviceCode: 'consultation', windowId: 'W3', status: 'waiting', issuedAt: sec(3000) }), // waiting 600, transferred to W3
      t({
        serviceCode: 'consultation',
        windowId: 'W2',
        status: 'serving',
        issuedAt: sec(30),
        calledAt: sec(3000),
        startedAt: sec(3100),
      }),
    ];
    const stats = computeQueueStats(tickets, now);
    expect(stats.overall).toEqual({
      tickets: 9,
      waiting: 2,
      finished: 3,
      noShows: 2,
      cancelled: 1,
      // waits: 600, 900, 300, 120, 190, 2970 → mean 846.67, p90 rank ⌈5.4⌉ = 6 → 2970
      wait: { count: 6, averageSeconds: 847, p90Seconds: 2970 },
      // service: 1200, 600, 300 → mean 700, p90 rank 3 → 1200
      service: { count: 3, averageSeconds: 700, p90Seconds: 1200 },
      longestCurrentWaitSeconds: 3600 - 1200,
    });
    expect(stats.byService.map((row) => row.serviceCode)).toEqual(['consultation', 'legal-aid']);
    expect(stats.byService[1]).toMatchObject({
      serviceCode: 'legal-aid',
      tickets: 4,
      waiting: 1,
      finished: 2,
      noShows: 1,
      wait: { count: 3, averageSeconds: 600, p90Seconds: 900 },
      service: { count: 2, averageSeconds: 900, p90Seconds: 1200 },
      longestCurrentWaitSeconds: 2400,
    });
    expect(stats.byService[0]).toMatchObject({
      serviceCode: 'consultation',
      tickets: 5,
      noShows: 1,
      cancelled: 1,
      wait: { count: 3, averageSeconds: 1093, p90Seconds: 2970 },
      service: { count: 1, averageSeconds: 300, p90Seconds: 300 },
      longestCurrentWaitSeconds: 600,
    });
    expect(stats.byWindow.map((row) => [row.windowId, row.tickets])).toEqual([
      ['W1', 4],
      ['W2', 2],
      ['W3', 1],
    ]);
    expect(stats.byWindow[0]).toMatchObject({
      windowId: 'W1',
      finished: 2,
      noShows: 2,
      wait: { count: 4, averageSeconds: 303, p90Seconds: 600 },
      service: { count: 2, averageSeconds: 750, p90Seconds: 1200 },
      longestCurrentWaitSeconds: null,
    });
    expect(stats.byWindow[2]?.longestCurrentWaitSeconds).toBe(600);
    expect(stats.excludedDurations).toBe(0);
  });

  it('orders services in kiosk order, unknown codes last by code', () => {
    const tickets = ['zz-unknown', 'aid-qualification', 'aa-unknown', 'consultation', 'legal-aid'].map(
      (serviceCode) => t({ serviceCode }),
    );
    expect(computeQueueStats(tickets, now).byService.map((row) => row.serviceCode)).toEqual([
      'consultation',
      'legal-aid',
      'aid-qualification',
      'aa-unknown',
      'zz-unknown',
    ]);
  });

  it('truncates durations to whole seconds', () => {
    const ticket = t({
      status: 'finished',
      windowId: 'W1',
      issuedAt: new Date(base),
      calledAt: new Date(base + 59_999),
      startedAt: new Date(base + 60_000),
      finishedAt: new Date(base + 60_999),
    });
    const { overall } = computeQueueStats([ticket], now);
    expect(overall.wait).toEqual({ count: 1, averageSeconds: 59, p90Seconds: 59 });
    expect(overall.service).toEqual({ count: 1, averageSeconds: 0, p90Seconds: 0 });
  });

  it('leaves out and counts negative durations', () => {
    const bad = t({
      status: 'finished',
      windowId: 'W1',
      issuedAt: sec(100),
      calledAt: sec(50),
      startedAt: sec(200),
      finishedAt: sec(199.5),
    });
    const stats = computeQueueStats([bad, served('legal-aid', 'W1', 0, 10, 10, 20)], now);
    expect(stats.overall.wait).toEqual({ count: 1, averageSeconds: 10, p90Seconds: 10 });
    expect(stats.overall.service).toEqual({ count: 1, averageSeconds: 10, p90Seconds: 10 });
    expect(stats.excludedDurations).toBe(2);
  });

  it('never reports a negative current wait', () => {
    const future = t({ status: 'waiting', issuedAt: sec(4000) });
    expect(computeQueueStats([future], now).overall.longestCurrentWaitSeconds).toBe(0);
  });

  it('rejects invalid dates', () => {
    expect(() => computeQueueStats([], new Date(Number.NaN))).toThrow(RangeError);
    expect(() => computeQueueStats([t({ calledAt: new Date(Number.NaN) })], now)).toThrow(RangeError);
  });

  it('accepts ticket states from ticket-status directly', () => {
    const config = { maxRecalls: 1 };
    const actions: TicketAction[] = [
      { type: 'issue', at: sec(0), serviceCode: 'mediation', priority: false },
      { type: 'call', at: sec(300), windowId: 'W5' },
      { type: 'start', at: sec(320) },
      { type: 'finish', at: sec(1520), outcome: 'resolved' },
    ];
    let state: TicketState | null = null;
    for (const action of actions) {
      const result = applyTicketAction(state, action, config);
      if (!result.ok) throw new Error(result.error.message);
      state = result.state;
    }
    const states: TicketState[] = state ? [state] : [];
    const stats = computeQueueStats(states, now);
    expect(stats.byWindow).toMatchObject([
      { windowId: 'W5', finished: 1, wait: { averageSeconds: 300 }, service: { averageSeconds: 1200 } },
    ]);
  });

  const ticketArb = fc
    .record({
      serviceCode: fc.constantFrom('consultation', 'legal-aid', 'mediation', 'other'),
      windowId: fc.option(fc.constantFrom('W1', 'W2', 'W3'), { nil: null }),
      status: fc.constantFrom(...ticketStatuses),
      issued: fc.integer({ min: 0, max: 3000 }),
      wait: fc.option(fc.integer({ min: -60, max: 3000 }), { nil: null }),
      service: fc.option(fc.integer({ min: -60, max: 3000 }), { nil: null }),
    })
    .map(({ serviceCode, windowId, status, issued, wait, service }) =>
      t({
        serviceCode,
        windowId,
        status,
        issuedAt: sec(issued),
        calledAt: wait === null ? null : sec(issued + wait),
        startedAt: service === null ? null : sec(issued + 4000),
        finishedAt: service === null ? null : sec(issued + 4000 + service),
      }),
    );

  it('adds up across groups and keeps averages within range (property)', () => {
    fc.assert(
      fc.property(fc.array(ticketArb, { maxLength: 40 }), (tickets) => {
        const stats = computeQueueStats(tickets, now);
        const sum = (rows: { tickets: number }[]) => rows.reduce((n, row) => n + row.tickets, 0);
        expect(sum(stats.byService)).toBe(tickets.length);
        expect(sum(stats.byWindow)).toBe(tickets.filter((x) => x.windowId !== null).length);
        expect(stats.overall.noShows).toBe(
          tickets.filter((x) => x.status === 'no-show' || x.status === 'closed').length,
        );
        for (const key of ['waiting', 'finished', 'noShows', 'cancelled'] as const) {
          expect(stats.byService.reduce((n, row) => n + row[key], 0)).toBe(stats.overall[key]);
        }
        const waits = tickets.flatMap((x) =>
          x.calledAt ? [(x.calledAt.getTime() - x.issuedAt.getTime()) / 1000] : [],
        );
        const valid = waits.filter((w) => w >= 0);
        expect(stats.overall.wait.count).toBe(valid.length);
        expect(stats.overall.wait.count + stats.overall.service.count + stats.excludedDurations).toBe(
          waits.length + tickets.filter((x) => x.finishedAt).length,
        );
        for (const row of [stats.overall, ...stats.byService, ...stats.byWindow]) {
          for (const summary of [row.wait, row.service]) {
            if (summary.count === 0) {
              expect(summary.averageSeconds).toBeNull();
              continue;
            }
            expect(Number.isInteger(summary.averageSeconds)).toBe(true);
            expect(Number.isInteger(summary.p90Seconds)).toBe(true);
            expect(summary.averageSeconds).toBeGreaterThanOrEqual(0);
          }
        }
        if (valid.length > 0) {
          expect(stats.overall.wait.averageSeconds).toBeGreaterThanOrEqual(Math.min(...valid) - 0.5);
          expect(stats.overall.wait.averageSeconds).toBeLessThanOrEqual(Math.max(...valid) + 0.5);
          expect(valid).toContain(stats.overall.wait.p90Seconds);
        }
        const waiting = tickets.filter((x) => x.status === 'waiting');
        expect(stats.overall.longestCurrentWaitSeconds).toBe(
          waiting.length === 0
            ? null
            : Math.max(...waiting.map((x) => (now.getTime() - x.issuedAt.getTime()) / 1000)),
        );
      }),
    );
  });
});
