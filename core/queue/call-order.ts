/**
 * Who is called next (叫号顺序), and how long a citizen will wait.
 *
 * Rule: priority tickets (优先号) go first, first come first served among them. A normal ticket that
 * has waited longer than `agingLimitMinutes` is *aged*: it then ranks with the priority tickets by
 * the time it joined the queue, so priority tickets that joined after it can no longer overtake it
 * (anti-starvation). Normal tickets that are not aged come after all of those, first come first
 * served. Ties on the queue time go to the smaller id, so the order never depends on input order.
 *
 * Equivalently, each ticket gets the key (class, queuedAt, id) with class 0 for priority and aged
 * normal tickets, 1 for the other normal tickets, and tickets are called in ascending key order.
 *
 * No starvation (proved by the property tests): once a normal ticket T is aged, every ticket called
 * before T has an earlier place (an earlier `queuedAt`, or the same one and a smaller id). So if no
 * ticket with an earlier place joins later (only a transfer, which keeps its original place, can),
 * T is called within k + 1 calls after it ages, where k is the number of tickets with an earlier
 * place waiting at that moment; before it ages, only priority tickets can overtake it.
 */

/** A ticket waiting to be called. `queuedAt` is its place: issue time, kept across transfers. */
export interface WaitingTicket {
  id: string;
  serviceCode: string;
  priority: boolean;
  queuedAt: Date;
}

/** `agingLimitMinutes`: minutes (finite, ≥ 0, may be fractional) after which a normal ticket is aged. */
export interface CallOrderConfig {
  agingLimitMinutes: number;
}

const millisecondsPerMinute = 60_000;

function assertConfig(config: CallOrderConfig): void {
  const limit = config.agingLimitMinutes;
  if (!Number.isFinite(limit) || limit < 0) {
    throw new RangeError(`agingLimitMinutes must be a finite number ≥ 0: ${limit}`);
  }
}

function assertTickets(waiting: readonly WaitingTicket[], now: Date): void {
  if (Number.isNaN(now.getTime())) throw new RangeError('now is an Invalid Date');
  const ids = new Set<string>();
  for (const ticket of waiting) {
    if (Number.isNaN(ticket.queuedAt.getTime())) throw new RangeError(`Ticket ${ticket.id}: Invalid Date`);
    if (ids.has(ticket.id)) throw new RangeError(`Duplicate ticket id: ${ticket.id}`);
    ids.add(ticket.id);
  }
}

/**
 * Whether a normal ticket is aged at `now`: it has waited strictly longer than the aging limit.
 * Priority tickets are never "aged" (they are already first).
 */
export function isAged(ticket: WaitingTicket, now: Date, config: CallOrderConfig): boolean {
  assertConfig(config);
  return (
    !ticket.priority &&
    now.getTime() - ticket.queuedAt.getTime() > config.agingLimitMinutes * millisecondsPerMinute
  );
}

function classOf(ticket: WaitingTicket, nowMs: number, limitMs: number): 0 | 1 {
  return ticket.priority || nowMs - ticket.queuedAt.getTime() > limitMs ? 0 : 1;
}

function makeComparator(now: Date, config: CallOrderConfig): (a: WaitingTicket, b: WaitingTicket) => number {
  const nowMs = now.getTime();
  const limitMs = config.agingLimitMinutes * millisecondsPerMinute;
  return (a, b) =>
    classOf(a, nowMs, limitMs) - classOf(b, nowMs, limitMs) ||
    a.queuedAt.getTime() - b.queuedAt.getTime() ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * The order in which the waiting tickets would be called if all calls happened at `now` (a new
 * array; the input is not changed). As time passes, normal tickets may age and move ahead of
 * priority tickets that joined after them; they never move back.
 * Throws RangeError on duplicate ids, an Invalid Date or a bad config.
 */
export function orderQueue<T extends WaitingTicket>(
  waiting: readonly T[],
  now: Date,
  config: CallOrderConfig,
): T[] {
  assertConfig(config);
  assertTickets(waiting, now);
  return [...waiting].sort(makeComparator(now, config));
}

/**
 * The ticket to call at `now` (the first of `orderQueue`), or undefined when nobody is waiting.
 * Pass only the tickets the calling window serves. O(n).
 */
export function pickNext<T extends WaitingTicket>(
  waiting: readonly T[],
  now: Date,
  config: CallOrderConfig,
): T | undefined {
  assertConfig(config);
  assertTickets(waiting, now);
  const compare = makeComparator(now, config);
  let best: T | undefined;
  for (const ticket of waiting) {
    if (best === undefined || compare(ticket, best) < 0) best = ticket;
  }
  return best;
}

/** Input of `estimateWait`: counts are whole numbers ≥ 0; `avgServiceMinutes` is minutes > 0. */
export interface WaitEstimateInput {
  /** Tickets that will be called before this one (its index in `orderQueue`). */
  peopleAhead: number;
  /** Windows currently open for this service. */
  openWindows: number;
  /** Average minutes one window spends on one citizen (from `stats.ts` or the service default). */
  avgServiceMinutes: number;
}

/** Relative float tolerance of `estimateWait`'s rounding up. */
const relativeTolerance = 1e-12;

/** Estimated wait in whole minutes, or null when no window is open (nobody can say). */
export type WaitEstimate =
  | { minutes: number }
  | { minutes: null; reason: 'no-open-windows'; message: string };

/**
 * Estimated minutes until this ticket is called: peopleAhead × avgServiceMinutes / openWindows,
 * rounded up to a whole minute (a relative tolerance of 1e-12 keeps float noise such as
 * 50 × 1.1 / 5 = 11.000…02 from adding a minute). The citizen now at each window is not counted. 0 people ahead → 0.
 * No open window → `{ minutes: null, reason: 'no-open-windows' }`.
 * Throws RangeError on negative or fractional counts or a non-positive average.
 */
export function estimateWait(input: WaitEstimateInput): WaitEstimate {
  const { peopleAhead, openWindows, avgServiceMinutes } = input;
  if (!Number.isSafeInteger(peopleAhead) || peopleAhead < 0) {
    throw new RangeError(`peopleAhead must be a whole number ≥ 0: ${peopleAhead}`);
  }
  if (!Number.isSafeInteger(openWindows) || openWindows < 0) {
    throw new RangeError(`openWindows must be a whole number ≥ 0: ${openWindows}`);
  }
  if (!Number.isFinite(avgServiceMinutes) || avgServiceMinutes <= 0) {
    throw new RangeError(`avgServiceMinutes must be a finite number > 0: ${avgServiceMinutes}`);
  }
  if (openWindows === 0) {
    return { minutes: null, reason: 'no-open-windows', message: '当前没有开放的窗口，暂无法估算等候时间' };
  }
  const exact = (peopleAhead * avgServiceMinutes) / openWindows;
  return { minutes: Math.ceil(exact * (1 - relativeTolerance)) };
}

/**
 * The most people ahead a ticket slip counts: at it the slip says `99+`, as queue slips and app badges do.
 * A hall's busiest service rarely has more than a few dozen people waiting (the Baotou center: about 1,200
 * consultations a year), a wait past 99 people is hours and not worth a finer estimate, and counting stops
 * there, so issuing a ticket costs the same with 50 or 50,000 waiting: counting up to 999 cost PostgreSQL
 * about 1 ms of CPU per ticket once a service's queue was that long (docs/queue-api.md, session 8).
 */
export const PEOPLE_AHEAD_CAP = 99;

/** `12`, or `99+` at the cap (PEOPLE_AHEAD_CAP). */
export function formatPeopleAhead(peopleAhead: number): string {
  return peopleAhead >= PEOPLE_AHEAD_CAP ? `${PEOPLE_AHEAD_CAP}+` : String(peopleAhead);
}
