import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  estimateWait,
  formatPeopleAhead,
  isAged,
  orderQueue,
  PEOPLE_AHEAD_CAP,
  pickNext,
  type WaitingTicket,
} from './call-order';

const base = Date.parse('2026-03-02T09:00:00+08:00');
const minute = 60_000;
const config = { agingLimitMinutes: 30 };

function ticket(
  id: string,
  priority: boolean,
  queuedMinute: number,
  serviceCode = 'legal-aid',
): WaitingTicket {
  return { id, serviceCode, priority, queuedAt: new Date(base + queuedMinute * minute) };
}

const at = (m: number) => new Date(base + m * minute);
const ids = (tickets: readonly WaitingTicket[]) => tickets.map((t) => t.id);

/** Ticket lists with unique ids; queue minutes 0…40 (in seconds) so that ties happen. */
const waitingList = fc
  .uniqueArray(
    fc.record({
      id: fc.string({ minLength: 1, maxLength: 3 }),
      priority: fc.boolean(),
      queuedSecond: fc.integer({ min: 0, max: 40 }).map((m) => m * 60),
    }),
    { selector: (t) => t.id, maxLength: 30 },
  )
  .map((list) =>
    list.map(({ id, priority, queuedSecond }) => ({
      id,
      serviceCode: 'consultation',
      priority,
      queuedAt: new Date(base + queuedSecond * 1000),
    })),
  );
const nowArb = fc.integer({ min: 0, max: 90 * 60 }).map((s) => new Date(base + s * 1000));
const configArb = fc.record({ agingLimitMinutes: fc.constantFrom(0, 1, 5, 10, 30, 0.5) });

/** (queuedAt, id): a ticket's place in the queue. */
function placeBefore(a: WaitingTicket, b: WaitingTicket): boolean {
  const d = a.queuedAt.getTime() - b.queuedAt.getTime();
  return d < 0 || (d === 0 && a.id < b.id);
}

describe('isAged', () => {
  it('ages a normal ticket strictly after the limit', () => {
    const t = ticket('n', false, 0);
    expect(isAged(t, at(29), config)).toBe(false);
    expect(isAged(t, at(30), config)).toBe(false);
    expect(isAged(t, new Date(base + 30 * minute + 1), config)).toBe(true);
    expect(isAged(ticket('p', true, 0), at(999), config)).toBe(false);
  });

  it('treats a queue time in the future as not aged', () => {
    expect(isAged(ticket('n', false, 10), at(0), { agingLimitMinutes: 0 })).toBe(false);
  });
});

describe('orderQueue and pickNext', () => {
  it('calls priority tickets first, FIFO among them, then normal tickets FIFO', () => {
    const waiting = [
      ticket('n1', false, 0),
      ticket('p2', true, 5),
      ticket('n3', false, 1),
      ticket('p1', true, 2),
    ];
    expect(ids(orderQueue(waiting, at(10), config))).toEqual(['p1', 'p2', 'n1', 'n3']);
    expect(pickNext(waiting, at(10), config)?.id).toBe('p1');
  });

  it('calls an aged normal ticket before priority tickets that joined after it', () => {
    const waiting = [ticket('p-early', true, 0), ticket('n', false, 1), ticket('p-late', true, 20)];
    expect(ids(orderQueue(waiting, at(31), config))).toEqual(['p-early', 'p-late', 'n']);
    expect(ids(orderQueue(waiting, at(31.5), config))).toEqual(['p-early', 'n', 'p-late']);
    expect(pickNext([ticket('n', false, 1), ticket('p-late', true, 20)], at(40), config)?.id).toBe('n');
  });

  it('keeps non-aged normal tickets behind every priority ticket', () => {
    const waiting = [ticket('n-old', false, 0), ticket('n-new', false, 25), ticket('p', true, 26)];
    expect(ids(orderQueue(waiting, at(31), config))).toEqual(['n-old', 'p', 'n-new']);
  });

  it('breaks ties on the queue time by id', () => {
    const waiting = [
      ticket('b', true, 0),
      ticket('a', true, 0),
      ticket('d', false, 0),
      ticket('c', false, 0),
    ];
    expect(ids(orderQueue(waiting, at(1), config))).toEqual(['a', 'b', 'c', 'd']);
    expect(ids(orderQueue(waiting, at(31), config))).toEqual(['a', 'b', 'c', 'd']);
    const agedTie = [ticket('p', true, 0), ticket('n', false, 0)];
    expect(ids(orderQueue(agedTie, at(31), config))).toEqual(['n', 'p']);
  });

  it('keeps the place of a transferred ticket (the caller passes its original queue time)', () => {
    const transferred = ticket('t', false, 0, 'mediation');
    const waiting = [ticket('m1', false, 10, 'mediation'), transferred];
    expect(ids(orderQueue(waiting, at(12), config))).toEqual(['t', 'm1']);
  });

  it('returns undefined / [] for an empty queue and leaves the input alone', () => {
    expect(pickNext([], at(0), config)).toBeUndefined();
    expect(orderQueue([], at(0), config)).toEqual([]);
    const waiting = [ticket('n', false, 0), ticket('p', true, 1)];
    const copy = [...waiting];
    orderQueue(waiting, at(5), config);
    pickNext(waiting, at(5), config);
    expect(waiting).toEqual(copy);
  });

  it('with limit 0 becomes plain FIFO for tickets that have waited at all', () => {
    const waiting = [ticket('n', false, 0), ticket('p', true, 1)];
    expect(ids(orderQueue(waiting, at(2), { agingLimitMinutes: 0 }))).toEqual(['n', 'p']);
  });

  it.each([-1, Number.NaN, Number.POSITIVE_INFINITY])('rejects agingLimitMinutes %s', (limit) => {
    expect(() => orderQueue([], at(0), { agingLimitMinutes: limit })).toThrow(RangeError);
    expect(() => pickNext([], at(0), { agingLimitMinutes: limit })).toThrow(RangeError);
    expect(() => isAged(ticket('n', false, 0), at(0), { agingLimitMinutes: limit })).toThrow(RangeError);
  });

  it('rejects duplicate ids and invalid dates', () => {
    expect(() => orderQueue([ticket('x', false, 0), ticket('x', true, 1)], at(2), config)).toThrow(
      /Duplicate/,
    );
    expect(() => pickNext([ticket('x', false, 0), ticket('x', true, 1)], at(2), config)).toThrow(/Duplicate/);
    const bad = { ...ticket('x', false, 0), queuedAt: new Date(Number.NaN) };
    expect(() => orderQueue([bad], at(0), config)).toThrow(RangeError);
    expect(() => pickNext([ticket('x', false, 0)], new Date(Number.NaN), config)).toThrow(RangeError);
  });
});

describe('orderQueue properties', () => {
  it('is a permutation of the waiting tickets', () => {
    fc.assert(
      fc.property(waitingList, nowArb, configArb, (waiting, now, cfg) => {
        const order = orderQueue(waiting, now, cfg);
        expect(order).toHaveLength(waiting.length);
        expect(new Set(order)).toEqual(new Set(waiting));
      }),
    );
  });

  it('never puts a priority ticket behind a non-aged normal ticket', () => {
    fc.assert(
      fc.property(waitingList, nowArb, configArb, (waiting, now, cfg) => {
        const order = orderQueue(waiting, now, cfg);
        order.forEach((t, i) => {
          if (!t.priority) return;
          for (const earlier of order.slice(0, i)) {
            expect(earlier.priority || isAged(earlier, now, cfg)).toBe(true);
          }
        });
      }),
    );
  });

  it('calls an aged normal ticket before every priority ticket that joined after it', () => {
    fc.assert(
      fc.property(waitingList, nowArb, configArb, (waiting, now, cfg) => {
        const order = orderQueue(waiting, now, cfg);
        order.forEach((t, i) => {
          if (!isAged(t, now, cfg)) return;
          for (const later of order.slice(i + 1)) {
            if (later.priority) expect(placeBefore(t, later)).toBe(true);
          }
        });
      }),
    );
  });

  it('is FIFO within each class (priority; normal) with ties by id', () => {
    fc.assert(
      fc.property(waitingList, nowArb, configArb, (waiting, now, cfg) => {
        const order = orderQueue(waiting, now, cfg);
        for (const cls of [true, false]) {
          const members = order.filter((t) => t.priority === cls);
          for (let i = 1; i < members.length; i += 1) {
            expect(placeBefore(members[i - 1]!, members[i]!)).toBe(true);
          }
        }
      }),
    );
  });

  it('is deterministic whatever the input order', () => {
    fc.assert(
      fc.property(
        waitingList.chain((w) => fc.tuple(fc.constant(w), fc.shuffledSubarray(w, { minLength: w.length }))),
        nowArb,
        configArb,
        ([waiting, shuffled], now, cfg) => {
          expect(ids(orderQueue(shuffled, now, cfg))).toEqual(ids(orderQueue(waiting, now, cfg)));
          expect(pickNext(shuffled, now, cfg)).toBe(pickNext(waiting, now, cfg));
        },
      ),
    );
  });

  it('agrees with pickNext: picking repeatedly at the same instant gives the order', () => {
    fc.assert(
      fc.property(waitingList, nowArb, configArb, (waiting, now, cfg) => {
        const picked: WaitingTicket[] = [];
        let rest = waiting;
        for (let next = pickNext(rest, now, cfg); next; next = pickNext(rest, now, cfg)) {
          picked.push(next);
          rest = rest.filter((t) => t !== next);
        }
        expect(picked).toEqual(orderQueue(waiting, now, cfg));
      }),
    );
  });

  it('only ever moves a normal ticket forward as time passes', () => {
    fc.assert(
      fc.property(
        waitingList,
        nowArb,
        fc.integer({ min: 0, max: 3600 }),
        configArb,
        (waiting, now, later, cfg) => {
          const before = orderQueue(waiting, now, cfg);
          const after = orderQueue(waiting, new Date(now.getTime() + later * 1000), cfg);
          for (const t of waiting) {
            if (!t.priority) expect(after.indexOf(t)).toBeLessThanOrEqual(before.indexOf(t));
          }
        },
      ),
    );
  });
});

/**
 * A simulated day: tickets arrive over time (some back-dated: a transfer keeps an earlier place),
 * one caller calls `pickNext` at given instants; calls continue until the queue is empty.
 */
interface Arrival {
  id: string;
  priority: boolean;
  arriveSecond: number;
  backdateSeconds: number;
}

interface CallRecord {
  second: number;
  ticket: WaitingTicket;
  waitingBefore: WaitingTicket[];
}

function simulate(
  arrivals: readonly Arrival[],
  callSeconds: readonly number[],
  cfg: { agingLimitMinutes: number },
) {
  const pending = [...arrivals].sort((a, b) => a.arriveSecond - b.arriveSecond);
  const tickets = new Map<string, WaitingTicket>(
    arrivals.map((a) => [
      a.id,
      {
        id: a.id,
        serviceCode: 'legal-aid',
        priority: a.priority,
        queuedAt: new Date(base + (a.arriveSecond - a.backdateSeconds) * 1000),
      },
    ]),
  );
  let waiting: WaitingTicket[] = [];
  const calls: CallRecord[] = [];
  const times = [...callSeconds].sort((a, b) => a - b);
  const lastArrival = pending.at(-1)?.arriveSecond ?? 0;
  for (
    let s = Math.max(times.at(-1) ?? 0, lastArrival) + 60;
    times.length < callSeconds.length + arrivals.length + 1;
    s += 60
  ) {
    times.push(s);
  }
  for (const second of times) {
    while (pending.length > 0 && pending[0]!.arriveSecond <= second) {
      waiting.push(tickets.get(pending.shift()!.id)!);
    }
    const next = pickNext(waiting, new Date(base + second * 1000), cfg);
    if (!next) continue;
    calls.push({ second, ticket: next, waitingBefore: waiting });
    waiting = waiting.filter((t) => t !== next);
  }
  return { calls, tickets, waiting, pendingLeft: pending.length };
}

describe('no starvation (simulated days)', () => {
  const arrival = (id: number) =>
    fc.record({
      id: fc.constant(`t${String(id).padStart(3, '0')}`),
      priority: fc.boolean(),
      arriveSecond: fc.integer({ min: 0, max: 4 * 3600 }),
      backdateSeconds: fc.constant(0),
    });
  const arrivals = (backdated: boolean) =>
    fc
      .integer({ min: 0, max: 60 })
      .chain((n) =>
        fc.tuple(
          ...Array.from({ length: n }, (_, i) =>
            fc
              .tuple(arrival(i), backdated ? fc.integer({ min: 0, max: 3600 }) : fc.constant(0))
              .map(([a, backdateSeconds]) => ({ ...a, backdateSeconds })),
          ),
        ),
      );
  const callTimes = fc.array(fc.integer({ min: 0, max: 5 * 3600 }), { maxLength: 80 });
  const limit = fc.constantFrom(0, 5, 15, 30);

  /** Index of the first call at which `t` is waiting and aged, or -1. */
  function agedFromIndex(calls: readonly CallRecord[], t: WaitingTicket, limitMinutes: number): number {
    return calls.findIndex(
      (c) =>
        c.waitingBefore.includes(t) && base + c.second * 1000 - t.queuedAt.getTime() > limitMinutes * minute,
    );
  }

  /** Checks the no-starvation invariants; returns how many aged normal tickets were overtaken. */
  function checkBounds(
    arr: readonly Arrival[],
    tickets: ReadonlyMap<string, WaitingTicket>,
    calls: readonly CallRecord[],
    limitMinutes: number,
  ): number {
    let overtakenAfterAging = 0;
    calls.forEach((call, index) => {
      const t = call.ticket;
      if (t.priority) return;
      const agedFrom = agedFromIndex(calls, t, limitMinutes);
      // Before it ages, only priority tickets (or tickets with an earlier place) overtake a normal ticket.
      for (const earlier of calls.slice(0, agedFrom === -1 ? index : agedFrom)) {
        if (earlier.waitingBefore.includes(t) && !placeBefore(earlier.ticket, t)) {
          expect(earlier.ticket.priority).toBe(true);
        }
      }
      if (agedFrom === -1) return;
      // Once aged, every call before its own goes to a ticket with an earlier place...
      const afterAging = calls.slice(agedFrom, index);
      for (const c of afterAging) expect(placeBefore(c.ticket, t)).toBe(true);
      // ...so at most k calls precede it: k = tickets with an earlier place waiting when it aged,
      // plus those joining later with a back-dated earlier place (transfers).
      const agingSecond = calls[agedFrom]!.second;
      const k =
        calls[agedFrom]!.waitingBefore.filter((w) => placeBefore(w, t)).length +
        arr.filter((a) => a.arriveSecond > agingSecond && placeBefore(tickets.get(a.id)!, t)).length;
      expect(afterAging.length).toBeLessThanOrEqual(k);
      if (afterAging.length > 0) overtakenAfterAging += 1;
    });
    return overtakenAfterAging;
  }

  it('calls every ticket, and a normal ticket within k + 1 calls once aged (no back-dated places)', () => {
    let exercised = 0;
    fc.assert(
      fc.property(arrivals(false), callTimes, limit, (arr, calls, limitMinutes) => {
        const result = simulate(arr, calls, { agingLimitMinutes: limitMinutes });
        expect(result.waiting).toEqual([]);
        expect(result.pendingLeft).toBe(0);
        expect(result.calls).toHaveLength(arr.length);
        exercised += checkBounds(arr, result.tickets, result.calls, limitMinutes);
        // Without back-dated places, k counts only the tickets already waiting when it aged.
        for (const [index, call] of result.calls.entries()) {
          if (call.ticket.priority) continue;
          const agedFrom = agedFromIndex(result.calls, call.ticket, limitMinutes);
          if (agedFrom === -1) continue;
          const ahead = result.calls[agedFrom]!.waitingBefore.filter((w) =>
            placeBefore(w, call.ticket),
          ).length;
          expect(index - agedFrom).toBeLessThanOrEqual(ahead);
        }
      }),
      { numRuns: 200 },
    );
    // The property is not vacuous: aged tickets did wait behind earlier places.
    expect(exercised).toBeGreaterThan(0);
  });

  it('holds the bound when transfers bring back-dated places', () => {
    let exercised = 0;
    fc.assert(
      fc.property(arrivals(true), callTimes, limit, (arr, calls, limitMinutes) => {
        const result = simulate(arr, calls, { agingLimitMinutes: limitMinutes });
        expect(result.calls).toHaveLength(arr.length);
        exercised += checkBounds(arr, result.tickets, result.calls, limitMinutes);
      }),
      { numRuns: 200 },
    );
    expect(exercised).toBeGreaterThan(0);
  });

  it('is not starved by an endless stream of priority tickets', () => {
    // One normal ticket at 0, a priority ticket every minute, one call every two minutes.
    const arr: Arrival[] = [{ id: 'normal', priority: false, arriveSecond: 0, backdateSeconds: 0 }];
    for (let m = 0; m < 600; m += 1) {
      arr.push({
        id: `p${String(m).padStart(3, '0')}`,
        priority: true,
        arriveSecond: m * 60 + 1,
        backdateSeconds: 0,
      });
    }
    const callSeconds = Array.from({ length: 300 }, (_, i) => i * 120 + 30);
    const { calls } = simulate(arr, callSeconds, config);
    const index = calls.findIndex((c) => c.ticket.id === 'normal');
    // Aged at 30 min: the 16th call (at 30:30) finds it aged; priority tickets joined before it
    // (none) are all that could go first.
    expect(calls[index]!.second).toBe(15 * 120 + 30);
    expect(index).toBe(15);
  });
});

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
