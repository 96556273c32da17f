import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bucketBounds, bucketOf, HISTOGRAM_BUCKETS, p90Bound, p90FromHistogram } from './histogram';

/** The nearest-rank p90 (core/queue/stats.ts, PostgreSQL percentile_disc(0.9)). */
const exactP90 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.ceil(0.9 * values.length) - 1]!;

const histogramOf = (values: number[]) => {
  const counts = new Array<number>(HISTOGRAM_BUCKETS).fill(0);
  for (const v of values) counts[bucketOf(v)]! += 1;
  return counts;
};

describe('dashboard histograms', () => {
  it('places each second in the bucket whose bounds hold it', () => {
    for (const [seconds, bucket] of [
      [0, 0],
      [9, 0],
      [10, 1],
      [599, 59],
      [600, 60],
      [1799, 99],
      [1800, 100],
      [5399, 129],
      [5400, 130],
      [28799, 142],
      [28800, 143],
      [1_000_000, 143],
    ] as const) {
      expect(bucketOf(seconds), String(seconds)).toBe(bucket);
      const { from, to } = bucketBounds(bucket);
      expect(seconds >= from && seconds < to).toBe(true);
    }
    for (let b = 1; b < HISTOGRAM_BUCKETS; b++) expect(bucketBounds(b).from).toBe(bucketBounds(b - 1).to);
  });

  it('documents the bound: 5 s below 10 min, 15 s below 30 min, 1 min below 90 min, 15 min below 8 h', () => {
    expect([0, 60, 100, 130].map(p90Bound)).toEqual([5, 15, 60, 900]);
  });

  it('reads a p90 within the bound of the bucket it falls in, never above the longest time', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.integer({ min: 0, max: 1200 }), fc.integer({ min: 0, max: 40_000 })), {
          minLength: 1,
          maxLength: 400,
        }),
        (values) => {
          const exact = exactP90(values);
          const max = Math.max(...values);
          const fromFacts = p90FromHistogram(histogramOf(values), max)!;
          expect(fromFacts).toBeLessThanOrEqual(max);
          if (exact < 28_800)
            expect(Math.abs(fromFacts - exact)).toBeLessThanOrEqual(p90Bound(bucketOf(exact)));
          else expect(fromFacts).toBe(max);
        },
      ),
    );
  });

  it('is null for no values, and exact when every value sits in one 10-second bucket', () => {
    expect(p90FromHistogram(histogramOf([]), null)).toBeNull();
    expect(p90FromHistogram(histogramOf([300, 301, 309]), 309)).toBe(304);
  });
});
