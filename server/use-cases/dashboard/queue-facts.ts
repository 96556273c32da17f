import { addCalendarDays } from '@core/calendar';
import { HISTOGRAM_BUCKETS, p90FromHistogram, wholeWeeksOf } from '@core/dashboard';
import { type SQL, sql } from 'drizzle-orm';
import type { Services } from '../../context';
import { type DashboardScope, orgFilter } from './dashboard-scope';
import { hasDirtyFacts, refreshDashboardFacts } from './refresh-dashboard-facts';

/**
 * Up to this many tickets in the period the visit and time figures are computed from the raw tickets
 * (exact p90, as before the facts); above it, from the facts (exact counts and averages, p90 within the
 * bound of core/dashboard/histogram.ts). Measured: bench/sections/dashboard.ts, docs/dashboard.md.
 */
export const EXACT_TICKET_LIMIT = 20_000;

/** Sums of one group of tickets: what a figure row is computed from. */
export interface QueueSums {
  tickets: number;
  finished: number;
  matters: number;
  noShows: number;
  waitN: number;
  waitSum: number;
  waitMax: number | null;
  serviceN: number;
  serviceSum: number;
  serviceMax: number | null;
  /** Counts per bucket of core/dashboard/histogram.ts (HISTOGRAM_BUCKETS). */
  waitHist: Float64Array;
  serviceHist: Float64Array;
}

export interface QueueFacts {
  /** Per organisation, service and window. */
  groups: { orgId: string; serviceCode: string; windowId: string | null; sums: QueueSums }[];
  daily: { date: string; tickets: number; finished: number }[];
  tickets: number;
}

/** Histograms handed out per chunk of 256: one typed-array allocation instead of one per histogram. */
const CHUNK = 256;
let chunk = new Float64Array(0);
let used = CHUNK;

/**
 * A zeroed histogram (HISTOGRAM_BUCKETS counts), a view into a shared chunk. A province's read needs
 * thousands: allocated one by one, their backing stores cost the garbage collector more than the read.
 */
function newHistogram(): Float64Array {
  if (used === CHUNK) {
    chunk = new Float64Array(CHUNK * HISTOGRAM_BUCKETS);
    used = 0;
  }
  used += 1;
  return chunk.subarray((used - 1) * HISTOGRAM_BUCKETS, used * HISTOGRAM_BUCKETS);
}

export const emptySums = (): QueueSums => ({
  tickets: 0,
  finished: 0,
  matters: 0,
  noShows: 0,
  waitN: 0,
  waitSum: 0,
  waitMax: null,
  serviceN: 0,
  serviceSum: 0,
  serviceMax: null,
  waitHist: newHistogram(),
  serviceHist: newHistogram(),
});

const maxOf = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : Math.max(a, b));

export function addSums(target: QueueSums, x: QueueSums): void {
  target.tickets += x.tickets;
  target.finished += x.finished;
  target.matters += x.matters;
  target.noShows += x.noShows;
  target.waitN += x.waitN;
  target.waitSum += x.waitSum;
  target.waitMax = maxOf(target.waitMax, x.waitMax);
  target.serviceN += x.serviceN;
  target.serviceSum += x.serviceSum;
  target.serviceMax = maxOf(target.serviceMax, x.serviceMax);
  // A group without times (most groups without a window) has empty histograms: nothing to add.
  if (x.waitN > 0) for (let b = 0; b < HISTOGRAM_BUCKETS; b++) target.waitHist[b]! += x.waitHist[b]!;
  if (x.serviceN > 0) for (let b = 0; b < HISTOGRAM_BUCKETS; b++) target.serviceHist[b]! += x.serviceHist[b]!;
}

/** The figure row of a group: averages rounded (as PostgreSQL's round(avg)), p90 from the histogram. */
export function figuresOf(s: QueueSums) {
  return {
    tickets: s.tickets,
    finished: s.finished,
    matters: s.matters,
    noShows: s.noShows,
    avgWaitSeconds: s.waitN ? Math.round(s.waitSum / s.waitN) : null,
    p90WaitSeconds: p90FromHistogram(s.waitHist, s.waitMax),
    avgServiceSeconds: s.serviceN ? Math.round(s.serviceSum / s.serviceN) : null,
    p90ServiceSeconds: p90FromHistogram(s.serviceHist, s.serviceMax),
  };
}

interface GroupRow extends Record<string, unknown> {
  org_id: string;
  service_code: string;
  window_id: string | null;
  tickets: number;
  finished: number;
  matters: number;
  no_shows: number;
  wait_n: number;
  wait_sum: number;
  wait_max: number | null;
  service_n: number;
  service_sum: number;
  service_max: number | null;
  /** Histograms and bucket lists in PostgreSQL's text form (`{1,2,3}`): see `addDense`, `addBuckets`. */
  wait_hist: string | null;
  service_hist: string | null;
  wait_buckets: string | null;
  service_buckets: string | null;
}

interface CumulativeRow extends Record<string, unknown> {
  org_id: string;
  service_code: string;
  window_id: string | null;
  /** The last month's row (added), else the row of the month before the first (subtracted). */
  last: boolean;
  wait_hist: string | null;
  service_hist: string | null;
}

/**
 * The closed days the facts hold for this period (`through` = their last), or null when the facts do
 * not cover the period's first day (never built, or the period lies after them). Changed days waiting
 * for the job are rebuilt first, so that facts never lag the tickets they count.
 */
export async function factsThrough(services: Services, scope: DashboardScope): Promise<string | null> {
  const read = async () =>
    (
      await services.db.execute<{ through: string | null }>(
        // `lawhall.dashboard_facts = off` on a connection reads the raw tables (the bench's comparison).
        sql`select through::text as through from dashboard_fact_state
            where id = 1 and coalesce(current_setting('lawhall.dashboard_facts', true), 'on') <> 'off'`,
      )
    ).rows[0]?.through ?? null;
  const through = await read();
  if (through === null || through < scope.period.from) return null;
  if (await hasDirtyFacts(services)) await refreshDashboardFacts(services);
  return through;
}

/**
 * How the facts split a period: closed days up to `closedTo` (months wholly inside it from month rows,
 * the other days — `days`, at most two months' worth at the period's edges — from day rows) and, from
 * `rawFrom` (null: none), days read from the raw tables. The day rows are read by their list of days
 * (`dayArray`): a range with the months filtered out made PostgreSQL scan the whole facts table for a year.
 */
export function factsPeriods(scope: DashboardScope, through: string) {
  const { from, to } = scope.period;
  const closedTo = to < through ? to : through;
  const months: string[] = [];
  for (let m = `${from.slice(0, 7)}-01`; m <= closedTo; m = nextMonth(m))
    if (m >= from && addCalendarDays(nextMonth(m), -1) <= closedTo) months.push(m);
  const days: string[] = [];
  for (let d = from; d <= closedTo; d = addCalendarDays(d, 1)) {
    if (months.includes(`${d.slice(0, 7)}-01`)) d = addCalendarDays(nextMonth(`${d.slice(0, 7)}-01`), -1);
    else days.push(d);
  }
  return {
    closedTo,
    months,
    monthArray: dateArray(months),
    days,
    dayArray: dateArray(days),
    rawFrom: closedTo === to ? null : addCalendarDays(closedTo, 1),
  };
}

const dateArray = (dates: string[]) => sql`${`{${dates.join(',')}}`}::date[]`;

/**
 * Visit and time sums of the period from the facts (months wholly inside the covered part; at its edges,
 * whole ISO weeks, then single days) and from the raw tickets for the days after `through` (today, or
 * days the job has not reached yet), per organisation, service and window; and the daily series.
 */
export async function readQueueFacts(
  services: Services,
  scope: DashboardScope,
  through: string,
): Promise<QueueFacts> {
  const { from, to } = scope.period;
  const { closedTo, months, monthArray, days, rawFrom } = factsPeriods(scope, through);
  const sums = sql`sum(q.tickets)::int as tickets, sum(q.finished)::int as finished,
      sum(q.matters)::int as matters, sum(q.no_shows)::int as no_shows, sum(q.wait_n)::int as wait_n,
      sum(q.wait_sum)::bigint as wait_sum, max(q.wait_max) as wait_max, sum(q.service_n)::int as service_n,
      sum(q.service_sum)::bigint as service_sum, max(q.service_max) as service_max`;
  // Whole months: counts and sums over their rows; histograms as the difference of two cumulative rows
  // (the last month's, minus the one before the first month's), taken here as the rows are walked: 288
  // aggregates per group in SQL cost more than reading the two rows' text.
  const firstMonth = months[0];
  const lastMonth = months.at(-1);
  const before = firstMonth ? `${addCalendarDays(firstMonth, -1).slice(0, 8)}01` : null;
  const monthFacts = sql`
    select q.org_id, q.service_code, q.window_id, ${sums}, null::text as wait_hist, null::text as service_hist,
      null::text as wait_buckets, null::text as service_buckets
    from dashboard_queue_facts q
    where q.grain = 'month' and ${orgFilter(sql`q.org_id`, scope)} and q.period_start = any(${monthArray})
    group by 1, 2, 3 having sum(q.tickets) > 0`;
  const cumulativeFacts = sql`
    select q.org_id, q.service_code, q.window_id, q.period_start = ${lastMonth ?? null}::date as last,
      q.cum_wait_hist as wait_hist, q.cum_service_hist as service_hist
    from dashboard_queue_facts q
    where q.grain = 'month' and ${orgFilter(sql`q.org_id`, scope)}
      and q.period_start in (${lastMonth ?? null}::date, ${before}::date)
      and (q.cum_wait_hist is not null or q.cum_service_hist is not null)`;
  // Edge days: whole ISO weeks from week rows, the other days from day rows (index-only scans), summed per
  // group with their bucket lists concatenated: fewer rows for node-postgres to parse (a province's month:
  // 6,000 week and day rows, 2,000 groups).
  const edges = wholeWeeksOf(days);
  const edgeRows = (grain: 'day' | 'week', dates: string[]) => sql`
    select q.org_id, q.service_code, q.window_id, q.tickets, q.finished, q.matters, q.no_shows, q.wait_n,
      q.wait_sum, q.wait_max, q.service_n, q.service_sum, q.service_max, q.wait_buckets, q.service_buckets
    from dashboard_queue_facts q
    where q.grain = ${grain} and ${orgFilter(sql`q.org_id`, scope)} and q.period_start = any(${dateArray(dates)})`;
  const dayFacts = sql`
    select q.org_id, q.service_code, q.window_id, ${sums}, null::text as wait_hist, null::text as service_hist,
      dashboard_buckets_cat(q.wait_buckets)::text as wait_buckets,
      dashboard_buckets_cat(q.service_buckets)::text as service_buckets
    from (${
      edges.weeks.length && edges.days.length
        ? sql`${edgeRows('week', edges.weeks)} union all ${edgeRows('day', edges.days)}`
        : edges.weeks.length
          ? edgeRows('week', edges.weeks)
          : edgeRows('day', edges.days)
    }) q
    group by 1, 2, 3`;
  const raw = rawFrom
    ? sql`
    select t.org_id, t.service_code, t.window_id, count(*)::int as tickets,
      (count(*) filter (where t.status = 'finished'))::int as finished, count(t.matter_id)::int as matters,
      (count(*) filter (where t.status in ('no-show', 'closed')))::int as no_shows,
      (count(w.s) filter (where w.s >= 0))::int as wait_n, coalesce(sum(w.s) filter (where w.s >= 0), 0)::bigint as wait_sum,
      max(w.s) filter (where w.s >= 0) as wait_max,
      (count(v.s) filter (where v.s >= 0))::int as service_n, coalesce(sum(v.s) filter (where v.s >= 0), 0)::bigint as service_sum,
      max(v.s) filter (where v.s >= 0) as service_max, null::text as wait_hist, null::text as service_hist,
      (array_agg(dashboard_bucket(w.s)) filter (where w.s >= 0))::text as wait_buckets,
      (array_agg(dashboard_bucket(v.s)) filter (where v.s >= 0))::text as service_buckets
    from tickets t
    cross join lateral (select floor(extract(epoch from t.first_called_at - t.issued_at))::int as s) w
    cross join lateral (select floor(extract(epoch from t.finished_at - t.started_at))::int as s) v
    where ${orgFilter(sql`t.org_id`, scope)} and t.business_date between ${rawFrom} and ${to}
    group by 1, 2, 3`
    : null;
  const dailySql = sql`
      select business_date::text as date, tickets, finished from (
        select d.business_date, sum(d.tickets)::int as tickets, sum(d.finished)::int as finished
        from dashboard_day_totals d
        where ${orgFilter(sql`d.org_id`, scope)} and d.business_date between ${from} and ${closedTo}
        group by 1
        ${
          rawFrom
            ? sql`union all
        select t.business_date, count(*)::int, (count(*) filter (where t.status = 'finished'))::int from tickets t
        where ${orgFilter(sql`t.org_id`, scope)} and t.business_date between ${rawFrom} and ${to} group by 1`
            : sql``
        }) x order by 1`;
  const [monthRows, cumulativeRows, dayRows, rawRows, daily] = await Promise.all([
    months.length ? withoutJit<GroupRow>(services, monthFacts) : [],
    months.length ? withoutJit<CumulativeRow>(services, cumulativeFacts) : [],
    days.length ? withoutJit<GroupRow>(services, dayFacts) : [],
    raw ? withoutJit<GroupRow>(services, raw) : [],
    withoutJit<{ date: string; tickets: number; finished: number }>(services, dailySql),
  ]);
  const groups = new Map<string, QueueFacts['groups'][number]>();
  let tickets = 0;
  for (const r of [...monthRows, ...dayRows, ...rawRows]) {
    const key = `${r.org_id}|${r.service_code}|${r.window_id ?? ''}`;
    const group =
      groups.get(key) ??
      groups
        .set(key, { orgId: r.org_id, serviceCode: r.service_code, windowId: r.window_id, sums: emptySums() })
        .get(key)!;
    const target = group.sums;
    target.tickets += r.tickets;
    target.finished += r.finished;
    target.matters += r.matters;
    target.noShows += r.no_shows;
    target.waitN += r.wait_n;
    target.waitSum += Number(r.wait_sum);
    target.waitMax = maxOf(target.waitMax, r.wait_max);
    target.serviceN += r.service_n;
    target.serviceSum += Number(r.service_sum);
    target.serviceMax = maxOf(target.serviceMax, r.service_max);
    if (r.wait_buckets) addBuckets(target.waitHist, r.wait_buckets);
    if (r.service_buckets) addBuckets(target.serviceHist, r.service_buckets);
    tickets += r.tickets;
  }
  // The months' histograms: + the last month's cumulative row, − the one before the first month's, for the
  // groups with tickets in those months (a group seen only before them has no group here).
  for (const r of cumulativeRows) {
    const target = groups.get(`${r.org_id}|${r.service_code}|${r.window_id ?? ''}`)?.sums;
    if (!target) continue;
    const sign = r.last ? 1 : -1;
    if (r.wait_hist) addDense(target.waitHist, r.wait_hist, sign);
    if (r.service_hist) addDense(target.serviceHist, r.service_hist, sign);
  }
  return { groups: [...groups.values()], daily, tickets };
}

/**
 * One statement with JIT compilation off: the histogram sums (288 aggregates) cost PostgreSQL's JIT a
 * second to compile, far more than they take to run.
 */
async function withoutJit<T extends Record<string, unknown>>(services: Services, query: SQL): Promise<T[]> {
  return services.db.transaction(async (tx) => {
    await tx.execute(sql`set local jit = off`);
    return (await tx.execute<T>(query)).rows as T[];
  });
}

/** The first day of the month after `m` (a month's first day). */
export function nextMonth(m: string): string {
  const year = Number(m.slice(0, 4));
  const month = Number(m.slice(5, 7));
  return month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
}

/**
 * Adds `sign` × a dense histogram (`{3,0,17,…}`: the count of bucket i at position i) into `target`.
 * The histograms are read as text and walked here, without a callback per element: node-postgres'
 * array parser (an array of strings, then of numbers, per row) took most of a province's read in parsing
 * and garbage collection. Elements are non-negative integers without nulls.
 */
export function addDense(target: Float64Array, text: string, sign: number): void {
  let value = 0;
  let index = 0;
  for (let i = 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) value = value * 10 + (c - 48);
    else {
      // ',' or the closing '}'
      target[index++]! += sign * value;
      value = 0;
    }
  }
}

/** Counts each bucket of a list (`{0,0,5,…}`: one bucket number per time, no nulls) into `target`. */
export function addBuckets(target: Float64Array, text: string): void {
  if (text.length <= 2) return; // '{}'
  let value = 0;
  for (let i = 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) value = value * 10 + (c - 48);
    else {
      target[value]! += 1;
      value = 0;
    }
  }
}
