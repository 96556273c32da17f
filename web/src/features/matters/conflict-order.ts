import type { ConflictWarning } from './types';

/** What makes two warnings the same on screen: the other matter and the words. */
const keyOf = (w: ConflictWarning) => `${w.matter?.id ?? 'self'}|${w.message}`;

/**
 * The conflict warnings in the order staff should read them: opposite sides (`adverse`) before the
 * same side, and within each, certain matches (by ID number) before possible ones (by name). Stable
 * otherwise; duplicates (same other matter, same words) kept once.
 */
export function orderConflicts(warnings: readonly ConflictWarning[]): ConflictWarning[] {
  const rank = (w: ConflictWarning) => (w.adverse ? 0 : 2) + (w.matchedBy === 'id-number' ? 0 : 1);
  const seen = new Set<string>();
  return warnings
    .filter((w) => {
      const key = keyOf(w);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .map((w, i) => ({ w, i }))
    .sort((a, b) => rank(a.w) - rank(b.w) || a.i - b.i)
    .map(({ w }) => w);
}

/** The warnings of `warnings` not already among `shown` (the same alert is not shown twice on a page). */
export function notYetShown(
  warnings: readonly ConflictWarning[],
  shown: readonly ConflictWarning[] | undefined,
): ConflictWarning[] {
  const already = new Set((shown ?? []).map(keyOf));
  return warnings.filter((w) => !already.has(keyOf(w)));
}
