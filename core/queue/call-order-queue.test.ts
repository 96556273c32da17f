import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isAged, orderQueue, pickNext, type WaitingTicket } from './call-order';
import { base, config, minute, placeBefore } from './call-order-test-kit';

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
