/**
 * Wait and service times of the dashboard's pre-aggregated facts (server/db/schema/dashboard-facts.ts) are
 * kept as histograms of whole seconds, so that the 90th percentile of any union of days can be read
 * without the tickets. Buckets (index: width):
 *
 * | seconds | width | buckets | p90 read from the facts is within |
 * |---|---|---|---|
 * | 0 – 10 min | 10 s | 0–59 | 5 s |
 * | 10 – 30 min | 30 s | 60–99 | 15 s |
 * | 30 – 90 min | 2 min | 100–129 | 1 min |
 * | 90 min – 8 h | 30 min | 130–142 | 15 min |
 * | ≥ 8 h | — | 143 | reported as the longest time of the group |
 *
 * The percentile is the nearest-rank one of core/queue/stats.ts and of PostgreSQL's `percentile_disc(0.9)`
 * (the value at rank ⌈0.9 n⌉): the facts find the bucket holding that rank and report its middle (whole
 * seconds, rounded down), so the error is at most half the bucket's width (the table's last column) — at
 * most 0.1 minute, the dashboard's display precision, below 10 minutes. The SQL twin of `bucketOf` is
 * `dashboard_bucket()` (server/db/custom-sql/dashboard-facts.sql); a test holds them equal.
 */
export const HISTOGRAM_BUCKETS = 144;

const BANDS = [
  { from: 0, to: 600, width: 10, first: 0 },
  { from: 600, to: 1800, width: 30, first: 60 },
  { from: 1800, to: 5400, width: 120, first: 100 },
  { from: 5400, to: 28800, width: 1800, first: 130 },
] as const;
const OPEN_BUCKET = 143;

/** The bucket of a non-negative whole number of seconds. */
export function bucketOf(seconds: number): number {
  for (const band of BANDS)
    if (seconds < band.to) return band.first + Math.floor((seconds - band.from) / band.width);
  return OPEN_BUCKET;
}

/** `[from, to)` seconds of a bucket (`to` = Infinity for the open one). */
export function bucketBounds(bucket: number): { from: number; to: number } {
  for (const band of BANDS) {
    const last = band.first + (band.to - band.from) / band.width - 1;
    if (bucket <= last) {
      const from = band.from + (bucket - band.first) * band.width;
      return { from, to: from + band.width };
    }
  }
  return { from: BANDS[BANDS.length - 1]!.to, to: Number.POSITIVE_INFINITY };
}

/** The most the facts' p90 may differ from the exact one when it falls in `bucket`. */
export function p90Bound(bucket: number): number {
  const { from, to } = bucketBounds(bucket);
  return Number.isFinite(to) ? Math.ceil((to - from) / 2) : Number.POSITIVE_INFINITY;
}

/**
 * The nearest-rank 90th percentile of a histogram (`counts[b]` values in bucket b), as the middle of the
 * bucket holding rank ⌈0.9 n⌉; `max` (the longest time counted) stands for the open bucket and caps the
 * answer. Null for an empty histogram.
 */
export function p90FromHistogram(counts: ArrayLike<number>, max: number | null): number | null {
  let n = 0;
  for (let b = 0; b < counts.length; b++) n += counts[b] ?? 0;
  if (n === 0) return null;
  const rank = Math.ceil(0.9 * n);
  let seen = 0;
  for (let b = 0; b < counts.length; b++) {
    seen += counts[b] ?? 0;
    if (seen >= rank) {
      const { from, to } = bucketBounds(b);
      const middle = Number.isFinite(to) ? Math.floor((from + to - 1) / 2) : (max ?? from);
      return max === null ? middle : Math.min(middle, max);
    }
  }
  return max;
}
