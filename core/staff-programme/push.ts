/**
 * Which sessions of a city plan a county's copy gets (市县两级联动, issue #8). A session that has already
 * started when the plan is pushed is not copied: the county's staff could not have attended it, so it would
 * only count them absent (出勤率). Cancelled sessions are not copied either.
 *
 * `now` is an instant; sessions carry instants (`startsAt`). Returns the sessions to copy, in the order
 * given, and how many were left out because they had started.
 */
export function sessionsToPush<S extends { startsAt: Date; cancelledAt: Date | null }>(
  sessions: readonly S[],
  now: Date,
): { copied: S[]; started: number } {
  const live = sessions.filter((s) => s.cancelledAt === null);
  const copied = live.filter((s) => s.startsAt.getTime() > now.getTime());
  return { copied, started: live.length - copied.length };
}
