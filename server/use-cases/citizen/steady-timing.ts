/**
 * How long the identity-revealing public endpoints (SMS codes for tracking, code checks) take at least, in
 * milliseconds: every answer, found or not, right or wrong, waits until this much time has passed, so the
 * time of a reply does not tell whether a matter number and phone matched (the work itself differs by a
 * few database round trips, well under this floor).
 */
export const STEADY_RESPONSE_MS = 300;

/** Runs `work`, then waits until `ms` have passed since the start, whether it returned or threw. */
export async function steady<T>(work: () => Promise<T>, ms = STEADY_RESPONSE_MS): Promise<T> {
  const started = performance.now();
  try {
    return await work();
  } finally {
    const rest = ms - (performance.now() - started);
    if (rest > 0) await new Promise((resolve) => setTimeout(resolve, rest));
  }
}
