/**
 * Spot checks of study records (学习笔记抽查): which records a supervisor grades, picked at random or by
 * rule, reproducibly (a seed), and whose records are missing. Source: the programme's supervision rule
 * (issue #8: "supervisors pick records at random or by rule, grade them and comment").
 */
import { seededRandom, shuffled } from '@core/random';
import type { RecordGrade } from './vocabulary';

export interface CandidateRecord {
  id: string;
  userId: string;
  /** Length of the note in characters. */
  length: number;
}

/**
 * - `random`: `count` records among all;
 * - `rate`: ⌈rate × n⌉ records among all (0 < rate ≤ 1);
 * - `per-person`: up to `perPerson` records of each person who wrote any (nobody escapes the check);
 * - `short`: the records shorter than `maxChars` characters (suspiciously thin notes), at most `limit`.
 */
export type SamplingRule =
  | { mode: 'random'; count: number }
  | { mode: 'rate'; rate: number }
  | { mode: 'per-person'; perPerson: number }
  | { mode: 'short'; maxChars: number; limit?: number };

/** The ids of the records to check, in the order drawn. Same pool, rule and seed → same draw. */
export function sampleRecords(pool: readonly CandidateRecord[], rule: SamplingRule, seed: string): string[] {
  const sorted = [...pool].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const random = seededRandom(seed);
  switch (rule.mode) {
    case 'random':
      if (!Number.isInteger(rule.count) || rule.count < 1) throw new RangeError('count must be ≥ 1');
      return shuffled(sorted, random)
        .slice(0, rule.count)
        .map((r) => r.id);
    case 'rate':
      if (!(rule.rate > 0 && rule.rate <= 1)) throw new RangeError('rate must be in (0, 1]');
      return shuffled(sorted, random)
        .slice(0, Math.ceil(rule.rate * sorted.length))
        .map((r) => r.id);
    case 'per-person': {
      if (!Number.isInteger(rule.perPerson) || rule.perPerson < 1)
        throw new RangeError('perPerson must be ≥ 1');
      const taken = new Map<string, number>();
      const out: string[] = [];
      for (const record of shuffled(sorted, random)) {
        const n = taken.get(record.userId) ?? 0;
        if (n >= rule.perPerson) continue;
        taken.set(record.userId, n + 1);
        out.push(record.id);
      }
      return out;
    }
    case 'short': {
      if (!Number.isInteger(rule.maxChars) || rule.maxChars < 1) throw new RangeError('maxChars must be ≥ 1');
      const short = shuffled(
        sorted.filter((r) => r.length < rule.maxChars),
        random,
      );
      return (rule.limit === undefined ? short : short.slice(0, rule.limit)).map((r) => r.id);
    }
    default: {
      const unreachable: never = rule;
      return unreachable;
    }
  }
}

/** The people expected to keep notes who wrote none in the period (a finding in itself). */
export function peopleWithoutRecords(
  expectedUserIds: readonly string[],
  pool: readonly Pick<CandidateRecord, 'userId'>[],
): string[] {
  const writers = new Set(pool.map((r) => r.userId));
  return [...new Set(expectedUserIds)].filter((id) => !writers.has(id));
}

/** A failed record always needs a follow-up (整改); others need one only when the grader asks for it. */
export function needsFollowUp(grade: RecordGrade, requested: boolean): boolean {
  return grade === 'fail' || requested;
}

/** Counts per grade of the graded items, every grade present (0 when none). */
export function gradeCounts(grades: readonly (RecordGrade | null)[]): Record<RecordGrade, number> & {
  ungraded: number;
} {
  const out = { excellent: 0, good: 0, pass: 0, fail: 0, ungraded: 0 };
  for (const g of grades) out[g ?? 'ungraded'] += 1;
  return out;
}

/**
 * A hand pick (指定抽查: the supervisor chooses the notes, besides the random or by-rule draw): the
 * requested ids de-duplicated in the order given, split into those that can be checked (`available`:
 * visible to the supervisor and never drawn before) and the rest.
 */
export function handPick(
  available: ReadonlySet<string>,
  requested: readonly string[],
): { chosen: string[]; unavailable: string[] } {
  const chosen: string[] = [];
  const unavailable: string[] = [];
  for (const id of new Set(requested)) (available.has(id) ? chosen : unavailable).push(id);
  return { chosen, unavailable };
}

/** The period a hand pick covers: the first and last Beijing date the picked notes were written on. */
export function pickedPeriod(dates: readonly string[]): { from: string; to: string } {
  if (dates.length === 0) throw new RangeError('a hand pick covers at least one note');
  const sorted = [...dates].sort();
  return { from: sorted[0]!, to: sorted[sorted.length - 1]! };
}
