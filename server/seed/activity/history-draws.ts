import { type ServiceCode, serviceCodes } from '@core/queue/services';
import { seededRandom } from '@core/random';
import type { HistoryLawyer, HistoryShape } from './history-shape';
import { SERVICE_WEIGHTS } from './history-shares';

/**
 * The history's clock and dice (history.ts and its tickets and matters modules): Beijing times of a day,
 * and every random draw from the one seeded stream, so the same seed gives the same history. The draws
 * must keep their order: each module draws exactly what, and when, the single generator always did.
 */

export const MINUTE = 60_000;
/** `minutes` after midnight (Beijing) of `date`. */
export const at = (date: string, minutes: number) =>
  new Date(new Date(`${date}T00:00:00+08:00`).getTime() + minutes * MINUTE);
/** `when`, or `gapMinutes` after `after` if that is later: a history's steps never go back in time. */
export const later = (when: Date, after: Date, gapMinutes = 0) =>
  new Date(Math.max(when.getTime(), after.getTime() + gapMinutes * MINUTE));

export interface HistoryDraws {
  /** The seeded stream itself, in [0, 1). */
  random: () => number;
  pickOf: <T>(list: readonly T[]) => T;
  /** A team lawyer by weight (busier and quieter ones); draws even when there are none, so guard first. */
  pickLawyer: () => HistoryLawyer | undefined;
  /** A count around `mean` (±40 %), rounded at random so that small means (0.1 a day) still add up right. */
  around: (mean: number) => number;
  /** A hall service by SERVICE_WEIGHTS. */
  serviceOf: () => ServiceCode;
}

/** The draws of one history, from its seed and lawyers. */
export function historyDraws(shape: Pick<HistoryShape, 'seed' | 'lawyers'>): HistoryDraws {
  const random = seededRandom(shape.seed);
  const pickOf = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const lawyerWeight = shape.lawyers.reduce((sum, l) => sum + (l.weight ?? 1), 0);
  const pickLawyer = () => {
    let x = random() * lawyerWeight;
    for (const lawyer of shape.lawyers) {
      x -= lawyer.weight ?? 1;
      if (x < 0) return lawyer;
    }
    return shape.lawyers.at(-1);
  };
  const around = (mean: number) => {
    const x = mean * (0.6 + random() * 0.8);
    return Math.floor(x) + (random() < x - Math.floor(x) ? 1 : 0);
  };
  const totalWeight = Object.values(SERVICE_WEIGHTS).reduce((a, b) => a + b, 0);
  const serviceOf = () => {
    let x = random() * totalWeight;
    for (const code of serviceCodes) {
      x -= SERVICE_WEIGHTS[code] ?? 0;
      if (x < 0) return code;
    }
    return 'consultation';
  };
  return { random, pickOf, pickLawyer, around, serviceOf };
}
