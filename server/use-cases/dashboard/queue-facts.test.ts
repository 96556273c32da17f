import { describe, expect, it } from 'vitest';
import type { DashboardScope } from './dashboard-scope';
import { eachInt, factsPeriods } from './queue-facts';

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

describe('eachInt', () => {
  const read = (text: string) => {
    const out: [number, number][] = [];
    eachInt(text, (value, index) => out.push([value, index]));
    return out;
  };

  it('walks an int[] in PostgreSQL text form with its indexes', () => {
    expect(read('{3,-12,0,143}')).toEqual([
      [3, 0],
      [-12, 1],
      [0, 2],
      [143, 3],
    ]);
  });

  it('reads nothing from an empty array', () => {
    expect(read('{}')).toEqual([]);
  });
});
