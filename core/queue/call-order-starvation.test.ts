import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pickNext, type WaitingTicket } from './call-order';
import { base, config, minute, placeBefore } from './call-order-test-kit';

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
