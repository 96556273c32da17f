import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  gradeCounts,
  handPick,
  needsFollowUp,
  peopleWithoutRecords,
  pickedPeriod,
  sampleRecords,
} from './spot-check';

const pool = [
  { id: 'r1', userId: 'a', length: 300 },
  { id: 'r2', userId: 'a', length: 40 },
  { id: 'r3', userId: 'a', length: 500 },
  { id: 'r4', userId: 'b', length: 20 },
  { id: 'r5', userId: 'b', length: 800 },
  { id: 'r6', userId: 'c', length: 90 },
];

describe('sampleRecords', () => {
  it('random: the asked count, reproducible, independent of the pool order', () => {
    const a = sampleRecords(pool, { mode: 'random', count: 3 }, 'seed');
    expect(a).toHaveLength(3);
    expect(new Set(a).size).toBe(3);
    expect(sampleRecords([...pool].reverse(), { mode: 'random', count: 3 }, 'seed')).toEqual(a);
    expect(sampleRecords(pool, { mode: 'random', count: 99 }, 'seed')).toHaveLength(6);
  });

  it('rate: ⌈rate × n⌉', () => {
    expect(sampleRecords(pool, { mode: 'rate', rate: 0.1 }, 's')).toHaveLength(1);
    expect(sampleRecords(pool, { mode: 'rate', rate: 0.5 }, 's')).toHaveLength(3);
    expect(sampleRecords(pool, { mode: 'rate', rate: 1 }, 's')).toHaveLength(6);
    expect(sampleRecords([], { mode: 'rate', rate: 1 }, 's')).toEqual([]);
  });

  it('per-person: everyone who wrote gets checked, at most k each', () => {
    const ids = sampleRecords(pool, { mode: 'per-person', perPerson: 1 }, 's');
    const owners = ids.map((id) => pool.find((r) => r.id === id)!.userId).sort();
    expect(owners).toEqual(['a', 'b', 'c']);
    const two = sampleRecords(pool, { mode: 'per-person', perPerson: 2 }, 's');
    expect(two).toHaveLength(5);
  });

  it('short: only the thin notes, limited on request', () => {
    expect(sampleRecords(pool, { mode: 'short', maxChars: 100 }, 's').sort()).toEqual(['r2', 'r4', 'r6']);
    expect(sampleRecords(pool, { mode: 'short', maxChars: 100, limit: 2 }, 's')).toHaveLength(2);
    expect(sampleRecords(pool, { mode: 'short', maxChars: 20 }, 's')).toEqual([]);
  });

  it.each([
    [{ mode: 'random', count: 0 }],
    [{ mode: 'rate', rate: 0 }],
    [{ mode: 'rate', rate: 1.5 }],
    [{ mode: 'per-person', perPerson: 0 }],
    [{ mode: 'short', maxChars: 0 }],
  ] as const)('refuses %j', (rule) => {
    expect(() => sampleRecords(pool, rule, 's')).toThrow(RangeError);
  });

  it('property: a draw is a subset of the pool without repeats', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.record({ id: fc.uuid(), userId: fc.constantFrom('a', 'b', 'c'), length: fc.nat(1000) }),
          {
            selector: (r) => r.id,
          },
        ),
        fc.integer({ min: 1, max: 10 }),
        fc.string(),
        (records, count, seed) => {
          const ids = sampleRecords(records, { mode: 'random', count }, seed);
          expect(new Set(ids).size).toBe(ids.length);
          expect(ids.length).toBe(Math.min(count, records.length));
          expect(ids.every((id) => records.some((r) => r.id === id))).toBe(true);
        },
      ),
    );
  });
});

describe('findings', () => {
  it('names the people who wrote nothing', () => {
    expect(peopleWithoutRecords(['a', 'b', 'd', 'e', 'd'], pool)).toEqual(['d', 'e']);
  });

  it.each([
    ['fail', false, true],
    ['pass', false, false],
    ['pass', true, true],
    ['excellent', false, false],
  ] as const)('%s, follow-up asked %s → %s', (grade, asked, expected) => {
    expect(needsFollowUp(grade, asked)).toBe(expected);
  });

  it('counts grades, ungraded too', () => {
    expect(gradeCounts(['good', 'fail', null, 'good'])).toEqual({
      excellent: 0,
      good: 2,
      pass: 0,
      fail: 1,
      ungraded: 1,
    });
  });
});

describe('handPick', () => {
  it('keeps the available ids in the order given, once each, and reports the rest', () => {
    expect(handPick(new Set(['a', 'b', 'c']), ['c', 'x', 'a', 'c', 'y', 'x'])).toEqual({
      chosen: ['c', 'a'],
      unavailable: ['x', 'y'],
    });
  });

  it('never chooses an unavailable id and never loses a requested one', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom<string>('a', 'b', 'c', 'd', 'e')),
        fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f')),
        (available, requested) => {
          const { chosen, unavailable } = handPick(new Set(available), requested);
          expect(chosen.every((id) => available.includes(id))).toBe(true);
          expect(unavailable.some((id) => available.includes(id))).toBe(false);
          expect(new Set([...chosen, ...unavailable])).toEqual(new Set(requested));
          expect(chosen.length + unavailable.length).toBe(new Set(requested).size);
        },
      ),
    );
  });
});

describe('pickedPeriod', () => {
  it('spans the first to the last date', () => {
    expect(pickedPeriod(['2026-03-20', '2026-03-02', '2026-03-11'])).toEqual({
      from: '2026-03-02',
      to: '2026-03-20',
    });
    expect(pickedPeriod(['2026-03-02'])).toEqual({ from: '2026-03-02', to: '2026-03-02' });
  });

  it('refuses an empty pick', () => {
    expect(() => pickedPeriod([])).toThrow(RangeError);
  });
});
