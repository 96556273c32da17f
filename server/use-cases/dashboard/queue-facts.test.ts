import { describe, expect, it } from 'vitest';
import type { DashboardScope } from './dashboard-scope';
import { addBuckets, addDense, factsPeriods } from './queue-facts';

const scopeOver = (from: string, to: string) => ({ period: { from, to } }) as DashboardScope;

describe('factsPeriods', () => {
  it('reads whole months from month rows and only the edge days from day rows', () => {
    const split = factsPeriods(scopeOver('2025-11-30', '2026-11-29'), '2026-11-29');
    expect(split.months).toHaveLength(11);
    expect(split.months[0]).toBe('2025-12-01');
    expect(split.months.at(-1)).toBe('2026-10-01');
    expect(split.days).toEqual([
      '2025-11-30',
      ...Array.from({ length: 29 }, (_, i) => `2026-11-${String(i + 1).padStart(2, '0')}`),
    ]);
    expect(split.rawFrom).toBeNull();
  });

  it('keeps the days after the facts for the raw tables and covers every closed day once', () => {
    const split = factsPeriods(scopeOver('2026-01-15', '2026-04-10'), '2026-04-05');
    expect(split.months).toEqual(['2026-02-01', '2026-03-01']);
    expect(split.days).toHaveLength(17 + 5);
    expect(split.days.every((d) => d < '2026-02-01' || d > '2026-03-31')).toBe(true);
    expect(split.days.at(-1)).toBe('2026-04-05');
    expect(split.rawFrom).toBe('2026-04-06');
  });

  it('reads a period without a whole month from day rows only', () => {
    const split = factsPeriods(scopeOver('2026-10-31', '2026-11-29'), '2026-11-29');
    expect(split.months).toEqual([]);
    expect(split.days).toHaveLength(30);
  });
});

describe('histograms in PostgreSQL text form', () => {
  it('adds or subtracts a dense histogram element by element', () => {
    const target = new Float64Array(4);
    addDense(target, '{3,12,0,143}', 1);
    addDense(target, '{1,2,0,100}', -1);
    expect([...target]).toEqual([2, 10, 0, 43]);
  });

  it('counts a list of buckets, repeats included', () => {
    const target = new Float64Array(144);
    addBuckets(target, '{0,5,5,143}');
    addBuckets(target, '{}');
    expect(target[0]).toBe(1);
    expect(target[5]).toBe(2);
    expect(target[143]).toBe(1);
    expect(target.reduce((a, b) => a + b, 0)).toBe(4);
  });
});
