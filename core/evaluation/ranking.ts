import type { EvaluationLevel } from './evaluation';

/** One evaluation as a ranking reads it. */
export interface RankedEvaluation {
  key: string;
  level: EvaluationLevel;
}

export interface RankingRow {
  key: string;
  count: number;
  /** Mean level, 1–5, rounded to two decimals. */
  averageLevel: number;
  /** Share of 非常满意/满意/基本满意 (levels 3–5), 0–1 rounded to four decimals (政务服务好差评 满意率). */
  satisfactionRate: number;
  badCount: number;
  rank: number;
}

const round = (n: number, places: number) => Math.round(n * 10 ** places) / 10 ** places;

/**
 * Ranks windows or staff members by their evaluations: by satisfaction rate, then mean level, then count
 * (more evaluations first), then key. Ties on all three share a rank (1, 2, 2, 4).
 */
export function rankEvaluations(evaluations: readonly RankedEvaluation[]): RankingRow[] {
  const groups = new Map<string, { count: number; sum: number; good: number; bad: number }>();
  for (const e of evaluations) {
    const g = groups.get(e.key) ?? { count: 0, sum: 0, good: 0, bad: 0 };
    g.count += 1;
    g.sum += e.level;
    if (e.level >= 3) g.good += 1;
    else g.bad += 1;
    groups.set(e.key, g);
  }
  const rows = [...groups.entries()].map(([key, g]) => ({
    key,
    count: g.count,
    exactRate: g.good / g.count,
    exactAverage: g.sum / g.count,
    badCount: g.bad,
  }));
  rows.sort(
    (a, b) =>
      b.exactRate - a.exactRate ||
      b.exactAverage - a.exactAverage ||
      b.count - a.count ||
      a.key.localeCompare(b.key),
  );
  const out: RankingRow[] = [];
  rows.forEach((row, index) => {
    const previous = rows[index - 1];
    const tied =
      previous &&
      previous.exactRate === row.exactRate &&
      previous.exactAverage === row.exactAverage &&
      previous.count === row.count;
    out.push({
      key: row.key,
      count: row.count,
      averageLevel: round(row.exactAverage, 2),
      satisfactionRate: round(row.exactRate, 4),
      badCount: row.badCount,
      rank: tied ? out[index - 1]!.rank : index + 1,
    });
  });
  return out;
}
