import { serviceCodes } from './services';
import type { TicketStatus } from './ticket-status';

/**
 * Queue statistics for a set of tickets (usually one business day of one hall), per service and
 * per window: counts, wait (issue → first call) and service time (start → finish), and the longest
 * wait of the tickets still waiting.
 *
 * Units: all durations are whole seconds. A duration is truncated to whole seconds (a stopwatch:
 * 59.9 s counts as 59 s); averages are rounded to the nearest second; the 90th percentile uses the
 * nearest-rank method (see `percentileNearestRank`), so it is always one of the measured values.
 * A negative duration (clock trouble, bad data) is left out and counted in `excludedDurations`.
 */

/** What the statistics need of a ticket (`TicketState` has these fields). */
export interface StatsTicket {
  serviceCode: string;
  /** The window that called or served it; null if none (never called, or waiting with no target). */
  windowId: string | null;
  status: TicketStatus;
  issuedAt: Date;
  /** The first call (null if never called). */
  calledAt: Date | null;
  startedAt: Date | null;
  finishedAt: Date | null;
}

/** A set of durations: how many, their mean and 90th percentile in whole seconds (null when count is 0). */
export interface DurationSummary {
  count: number;
  averageSeconds: number | null;
  p90Seconds: number | null;
}

/** Figures of one group of tickets. */
export interface QueueStatsRow {
  tickets: number;
  waiting: number;
  finished: number;
  /** Tickets that did not come when called: status `no-show` or `closed`. */
  noShows: number;
  cancelled: number;
  /** issue → first call, over tickets that were called. */
  wait: DurationSummary;
  /** start → finish, over tickets with both. */
  service: DurationSummary;
  /** now − issuedAt of the longest-waiting ticket in status `waiting`, seconds (≥ 0); null if none. */
  longestCurrentWaitSeconds: number | null;
}

export interface QueueStats {
  overall: QueueStatsRow;
  /** Services in kiosk order, then unknown codes in code order; only services with tickets. */
  byService: (QueueStatsRow & { serviceCode: string })[];
  /** Windows in id order; tickets without a window are in no row here. */
  byWindow: (QueueStatsRow & { windowId: string })[];
  /** Durations left out because they were negative. */
  excludedDurations: number;
}

/**
 * The p-th percentile by the nearest-rank method: sort the n values ascending and take the one at
 * rank ⌈p/100 × n⌉ (1-based; rank 1 when p is 0). It is the smallest value such that at least p %
 * of the values are ≤ it. Examples: p90 of 1…10 is 9; p90 of 1…11 is 10; p50 of [1, 2] is 1.
 * Returns null for no values. Throws RangeError unless 0 ≤ p ≤ 100 and every value is finite.
 */
export function percentileNearestRank(values: readonly number[], p: number): number | null {
  if (!Number.isFinite(p) || p < 0 || p > 100) throw new RangeError(`Percentile must be in [0, 100]: ${p}`);
  if (values.some((value) => !Number.isFinite(value))) throw new RangeError('Values must be finite numbers');
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  // p × n is exact for whole p, so the division is exact whenever the rank is a whole number.
  const rank = Math.max(1, Math.ceil((p * sorted.length) / 100));
  return sorted[rank - 1] ?? null;
}

/** Mean rounded to the nearest whole number; null for no values. */
function roundedMean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  return Math.round(values.reduce((sum, value) => sum + value, 0) / values.length);
}

function summarize(seconds: readonly number[]): DurationSummary {
  return {
    count: seconds.length,
    averageSeconds: roundedMean(seconds),
    p90Seconds: percentileNearestRank(seconds, 90),
  };
}

/** Whole seconds (floor) from `from` to `to`, or undefined when either is missing; negative stays < 0. */
function secondsBetween(from: Date | null, to: Date | null): number | undefined {
  if (from === null || to === null) return undefined;
  const milliseconds = to.getTime() - from.getTime();
  if (Number.isNaN(milliseconds)) throw new RangeError('Invalid Date in a ticket');
  return Math.floor(milliseconds / 1000);
}

function rowOf(tickets: readonly StatsTicket[], now: Date, excluded: { count: number }): QueueStatsRow {
  const waits: number[] = [];
  const serviceTimes: number[] = [];
  let longest: number | null = null;
  const row = { tickets: tickets.length, waiting: 0, finished: 0, noShows: 0, cancelled: 0 };
  for (const ticket of tickets) {
    if (ticket.status === 'waiting') {
      row.waiting += 1;
      const waited = Math.max(0, Math.floor((now.getTime() - ticket.issuedAt.getTime()) / 1000));
      longest = longest === null ? waited : Math.max(longest, waited);
    }
    if (ticket.status === 'finished') row.finished += 1;
    if (ticket.status === 'no-show' || ticket.status === 'closed') row.noShows += 1;
    if (ticket.status === 'cancelled') row.cancelled += 1;
    for (const [list, seconds] of [
      [waits, secondsBetween(ticket.issuedAt, ticket.calledAt)],
      [serviceTimes, secondsBetween(ticket.startedAt, ticket.finishedAt)],
    ] as const) {
      if (seconds === undefined) continue;
      if (seconds < 0) excluded.count += 1;
      else list.push(seconds);
    }
  }
  return {
    ...row,
    wait: summarize(waits),
    service: summarize(serviceTimes),
    longestCurrentWaitSeconds: longest,
  };
}

function groupBy<K>(
  tickets: readonly StatsTicket[],
  keyOf: (ticket: StatsTicket) => K | null,
): Map<K, StatsTicket[]> {
  const groups = new Map<K, StatsTicket[]>();
  for (const ticket of tickets) {
    const key = keyOf(ticket);
    if (key === null) continue;
    const group = groups.get(key);
    if (group) group.push(ticket);
    else groups.set(key, [ticket]);
  }
  return groups;
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Statistics of `tickets` at `now` (used only for the longest current wait). Pure: the same input
 * gives the same output. Throws RangeError on an Invalid Date.
 */
export function computeQueueStats(tickets: readonly StatsTicket[], now: Date): QueueStats {
  if (Number.isNaN(now.getTime())) throw new RangeError('now is an Invalid Date');
  const excluded = { count: 0 };
  const overall = rowOf(tickets, now, excluded);
  const uncounted = { count: 0 };

  const kioskOrder = new Map<string, number>(serviceCodes.map((code, index) => [code, index]));
  const byService = [...groupBy(tickets, (ticket) => ticket.serviceCode)]
    .sort(
      ([a], [b]) =>
        (kioskOrder.get(a) ?? serviceCodes.length) - (kioskOrder.get(b) ?? serviceCodes.length) ||
        compareStrings(a, b),
    )
    .map(([serviceCode, group]) => ({ serviceCode, ...rowOf(group, now, uncounted) }));

  const byWindow = [...groupBy(tickets, (ticket) => ticket.windowId)]
    .sort(([a], [b]) => compareStrings(a, b))
    .map(([windowId, group]) => ({ windowId, ...rowOf(group, now, uncounted) }));

  return { overall, byService, byWindow, excludedDurations: excluded.count };
}
