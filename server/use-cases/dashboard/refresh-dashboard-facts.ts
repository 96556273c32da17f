import { addCalendarDays, businessDateOf } from '@core/calendar';
import { HISTOGRAM_BUCKETS } from '@core/dashboard';
import { type SQL, sql } from 'drizzle-orm';
import type { Executor, Services } from '../../context';
import { refreshAidFacts } from './refresh-aid-facts';
import { advanceLawyerFacts, rebuildLawyerDays } from './refresh-lawyer-facts';

/** Advisory lock of the refresh (one at a time across server instances; the read path waits on it too). */
export const DASHBOARD_FACTS_LOCK = 7370007;

export interface FactsRefresh {
  through: string | null;
  /** Closed days aggregated for every organisation (the advance), and changed days rebuilt. */
  days: number;
  dirty: number;
  /** The legal-aid facts (refresh-aid-facts.ts): application days built, changed days rebuilt. */
  aid: { aidThrough: string | null; days: number; dirty: number; seconds: number };
  seconds: number;
}

const queueFactsSql = (grain: 'day' | 'month', period: SQL, where: SQL) => sql`
  insert into dashboard_queue_facts (grain, org_id, period_start, service_code, window_id, tickets, finished,
    matters, no_shows, wait_n, wait_sum, wait_max, service_n, service_sum, service_max, ${
      grain === 'day' ? sql`wait_buckets, service_buckets` : sql`wait_hist, service_hist`
    })
  select ${grain}, t.org_id, ${period}, t.service_code, t.window_id, count(*),
    count(*) filter (where t.status = 'finished'), count(t.matter_id),
    count(*) filter (where t.status in ('no-show', 'closed')),
    count(w.s) filter (where w.s >= 0), coalesce(sum(w.s) filter (where w.s >= 0), 0), max(w.s) filter (where w.s >= 0),
    count(v.s) filter (where v.s >= 0), coalesce(sum(v.s) filter (where v.s >= 0), 0), max(v.s) filter (where v.s >= 0),
    ${
      grain === 'day'
        ? sql`array_agg(dashboard_bucket(w.s) order by w.s) filter (where w.s >= 0),
    array_agg(dashboard_bucket(v.s) order by v.s) filter (where v.s >= 0)`
        : sql`dashboard_hist(array_agg(dashboard_bucket(w.s)) filter (where w.s >= 0)),
    dashboard_hist(array_agg(dashboard_bucket(v.s)) filter (where v.s >= 0))`
    }
  from tickets t
  cross join lateral (select floor(extract(epoch from t.first_called_at - t.issued_at))::int as s) w
  cross join lateral (select floor(extract(epoch from t.finished_at - t.started_at))::int as s) v
  where ${where}
  group by t.org_id, ${period}, t.service_code, t.window_id`;

const ratingFactsSql = (grain: 'day' | 'month', period: SQL, where: SQL) => sql`
  insert into dashboard_rating_facts (grain, org_id, period_start, level, n)
  select ${grain}, e.org_id, ${period}, e.level, count(*) from evaluations e where ${where}
  group by e.org_id, ${period}, e.level`;

/** A histogram with no time in it (core/dashboard/histogram.ts HISTOGRAM_BUCKETS buckets). */
const ZERO_HISTOGRAM = sql.raw(`array_fill(0, array[${HISTOGRAM_BUCKETS}])`);

const month = (column: SQL) => sql`date_trunc('month', ${column})::date`;

/**
 * Builds the facts of `days` (a SQL condition on a row's org_id and business_date, aliased t / e): day
 * rows, daily totals, ratings. Rows of those days must have been deleted first.
 */
async function writeDays(tx: Executor, ticketDays: SQL, ratingDays: SQL) {
  await tx.execute(queueFactsSql('day', sql`t.business_date`, ticketDays));
  await tx.execute(sql`
    insert into dashboard_day_totals (org_id, business_date, tickets, finished)
    select t.org_id, t.business_date, count(*), count(*) filter (where t.status = 'finished')
    from tickets t where ${ticketDays} group by 1, 2`);
  await tx.execute(ratingFactsSql('day', sql`e.business_date`, ratingDays));
}

/** The Monday of the ISO week of a date column (on the date itself: no time zone involved). */
const week = (column: SQL) => sql`date_trunc('week', (${column})::timestamp)::date`;

/**
 * Rolls the day rows of `weeks` (a SQL condition on day rows aliased f; their week rows deleted first by
 * the caller) up into week rows: sums, maxima and the bucket lists concatenated.
 */
async function writeWeeks(tx: Executor, weeks: SQL) {
  await tx.execute(sql`
    insert into dashboard_queue_facts (grain, org_id, period_start, service_code, window_id, tickets, finished,
      matters, no_shows, wait_n, wait_sum, wait_max, service_n, service_sum, service_max, wait_buckets, service_buckets)
    select 'week', f.org_id, ${week(sql`f.period_start`)}, f.service_code, f.window_id, sum(f.tickets),
      sum(f.finished), sum(f.matters), sum(f.no_shows), sum(f.wait_n), sum(f.wait_sum), max(f.wait_max),
      sum(f.service_n), sum(f.service_sum), max(f.service_max), dashboard_buckets_cat(f.wait_buckets),
      dashboard_buckets_cat(f.service_buckets)
    from dashboard_queue_facts f
    where f.grain = 'day' and ${weeks}
    group by f.org_id, ${week(sql`f.period_start`)}, f.service_code, f.window_id`);
}

/**
 * Writes the month rows of `ticketMonths`/`ratingMonths` (deleted first by the caller), then, for the
 * organisations `orgs` (a condition on `org_id`), fills a zero row for every closed month before
 * `closedBound` a group had no ticket in, and recomputes the cumulative histograms.
 */
async function writeMonths(tx: Executor, ticketMonths: SQL, ratingMonths: SQL, orgs: SQL, closedBound: SQL) {
  await tx.execute(queueFactsSql('month', month(sql`t.business_date`), ticketMonths));
  await tx.execute(ratingFactsSql('month', month(sql`e.business_date`), ratingMonths));
  await tx.execute(sql`
    insert into dashboard_queue_facts (grain, org_id, period_start, service_code, window_id, tickets, finished,
      matters, no_shows, wait_n, wait_sum, service_n, service_sum, wait_hist, service_hist)
    select 'month', g.org_id, m::date, g.service_code, g.window_id, 0, 0, 0, 0, 0, 0, 0, 0,
      ${ZERO_HISTOGRAM}, ${ZERO_HISTOGRAM}
    from (select org_id, service_code, window_id, min(period_start) as first from dashboard_queue_facts
          where grain = 'month' and ${orgs} group by 1, 2, 3) g
    cross join lateral generate_series(g.first, ${closedBound}::date - interval '1 month', interval '1 month') m
    where not exists (select 1 from dashboard_queue_facts f where f.grain = 'month' and f.org_id = g.org_id
      and f.period_start = m::date and f.service_code = g.service_code and f.window_id is not distinct from g.window_id)`);
  await tx.execute(sql`
    update dashboard_queue_facts f set cum_wait_hist = nullif(x.cw, ${ZERO_HISTOGRAM})::text,
      cum_service_hist = nullif(x.cs, ${ZERO_HISTOGRAM})::text
    from (select ctid as id, dashboard_hist_sum(wait_hist) over w as cw, dashboard_hist_sum(service_hist) over w as cs
          from dashboard_queue_facts where grain = 'month' and ${orgs}
          window w as (partition by org_id, service_code, window_id order by period_start)) x
    where f.ctid = x.id`);
}

/**
 * Brings the dashboard's facts up to date (server/db/schema/dashboard-facts.ts), in one transaction under
 * an advisory lock:
 * 1. days marked changed (`dashboard_fact_dirty`: a late ticket, status change or rating on a day the
 *    facts hold) are rebuilt, and so are the ISO week and the month of each when closed (the lawyer team's
 *    consultations of those days too, refresh-lawyer-facts.ts);
 * 2. with `advance` (the job), every closed day after `through` up to yesterday (Beijing, the services'
 *    clock) is aggregated for all organisations, weeks and months that closed meanwhile are rolled up, and
 *    `through` moves to yesterday. The first run aggregates the whole history.
 * Today is never aggregated: the dashboard reads it, and any day after `through`, from the raw tables.
 * The legal-aid facts are refreshed the same way in the same transaction (refresh-aid-facts.ts).
 */
export async function refreshDashboardFacts(
  services: Services,
  options: { advance?: boolean } = {},
): Promise<FactsRefresh> {
  const started = performance.now();
  const today = businessDateOf(services.now());
  const yesterday = addCalendarDays(today, -1);
  return services.db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${DASHBOARD_FACTS_LOCK})`);
    const [state] = (
      await tx.execute<{ through: string | null }>(
        sql`select through::text as through from dashboard_fact_state where id = 1 for update`,
      )
    ).rows;
    let through = state?.through ?? null;
    const dirty = (
      await tx.execute<{ org_id: string; business_date: string }>(
        // Days after yesterday stay marked (a clock behind the database's); a day marked while this runs
        // stays marked for the next refresh.
        sql`delete from dashboard_fact_dirty where business_date <= ${yesterday}::date
            returning org_id, business_date::text as business_date`,
      )
    ).rows.filter((d) => through !== null && d.business_date <= through);
    if (dirty.length > 0 && through !== null) {
      const pairs = sql`(select * from unnest(${`{${dirty.map((d) => d.org_id).join(',')}}`}::uuid[],
        ${`{${dirty.map((d) => d.business_date).join(',')}}`}::date[]) as p(org_id, day))`;
      const isPair = (alias: string) =>
        sql`(${sql.raw(alias)}.org_id, ${sql.raw(alias)}.business_date) in (select org_id, day from ${pairs} x)`;
      await tx.execute(
        sql`delete from dashboard_queue_facts f where f.grain = 'day' and (f.org_id, f.period_start) in (select org_id, day from ${pairs} x)`,
      );
      await tx.execute(
        sql`delete from dashboard_rating_facts f where f.grain = 'day' and (f.org_id, f.period_start) in (select org_id, day from ${pairs} x)`,
      );
      await tx.execute(
        sql`delete from dashboard_day_totals f where (f.org_id, f.business_date) in (select org_id, day from ${pairs} x)`,
      );
      await writeDays(tx, isPair('t'), isPair('e'));
      await rebuildLawyerDays(
        tx,
        'consultation',
        dirty.map((d) => ({ orgId: d.org_id, day: d.business_date })),
        through,
      );
      // Weeks of those days that are closed (their Sunday is covered by the facts).
      const weeks = sql`(select distinct org_id, ${week(sql`day`)} as w from ${pairs} x
        where ${week(sql`day`)} + 6 <= ${through}::date)`;
      await tx.execute(
        sql`delete from dashboard_queue_facts f where f.grain = 'week' and (f.org_id, f.period_start) in (select org_id, w from ${weeks} y)`,
      );
      await writeWeeks(
        tx,
        sql`(f.org_id, ${week(sql`f.period_start`)}) in (select org_id, w from ${weeks} y)`,
      );
      // Months of those days that are closed (their last day is covered by the facts).
      const lastClosedMonth = sql`date_trunc('month', ${through}::date + 1)::date`;
      const months = sql`(select distinct org_id, date_trunc('month', day)::date as m from ${pairs} x
        where date_trunc('month', day)::date < ${lastClosedMonth})`;
      for (const table of ['dashboard_queue_facts', 'dashboard_rating_facts'])
        await tx.execute(
          sql`delete from ${sql.raw(table)} f where f.grain = 'month' and (f.org_id, f.period_start) in (select org_id, m from ${months} y)`,
        );
      const inMonths = (alias: string) =>
        sql`(${sql.raw(alias)}.org_id, ${month(sql.raw(`${alias}.business_date`))}) in (select org_id, m from ${months} y)`;
      const orgs = sql`org_id = any(${`{${[...new Set(dirty.map((d) => d.org_id))].join(',')}}`}::uuid[])`;
      await writeMonths(tx, inMonths('t'), inMonths('e'), orgs, lastClosedMonth);
    }
    let days = 0;
    if (options.advance && (through === null || through < yesterday)) {
      const [first] = (
        await tx.execute<{ day: string | null }>(sql`
          select least((select min(business_date) from tickets), (select min(business_date) from evaluations))::text as day`)
      ).rows;
      const from = through === null ? first?.day : addCalendarDays(through, 1);
      if (from && from <= yesterday) {
        const inRange = (alias: string) =>
          sql`${sql.raw(alias)}.business_date between ${from}::date and ${yesterday}::date`;
        await tx.execute(
          sql`delete from dashboard_queue_facts where grain = 'day' and period_start between ${from}::date and ${yesterday}::date`,
        );
        await tx.execute(
          sql`delete from dashboard_rating_facts where grain = 'day' and period_start between ${from}::date and ${yesterday}::date`,
        );
        await tx.execute(
          sql`delete from dashboard_day_totals where business_date between ${from}::date and ${yesterday}::date`,
        );
        await writeDays(tx, inRange('t'), inRange('e'));
        await advanceLawyerFacts(tx, 'consultation', from, yesterday);
        // Weeks closed by this advance: from the week of `from` to the one before yesterday's + 1 day.
        const weeksFrom = week(sql`${from}::date`);
        const weeksTo = week(sql`${yesterday}::date + 1`);
        await tx.execute(
          sql`delete from dashboard_queue_facts where grain = 'week' and period_start >= ${weeksFrom} and period_start < ${weeksTo}`,
        );
        await writeWeeks(tx, sql`f.period_start >= ${weeksFrom} and f.period_start < ${weeksTo}`);
        // Months closed by this advance: from the month of `from` to the month before yesterday's + 1 day.
        const monthsFrom = sql`date_trunc('month', ${from}::date)::date`;
        const monthsTo = sql`date_trunc('month', ${yesterday}::date + 1)::date`;
        for (const table of ['dashboard_queue_facts', 'dashboard_rating_facts'])
          await tx.execute(
            sql`delete from ${sql.raw(table)} where grain = 'month' and period_start >= ${monthsFrom} and period_start < ${monthsTo}`,
          );
        const inMonths = (alias: string) =>
          sql`${sql.raw(alias)}.business_date >= ${monthsFrom} and ${sql.raw(alias)}.business_date < ${monthsTo}`;
        // Only when a month closed (its rows, the zero rows and the cumulative histograms: ~25 s at scale 1).
        if (from.slice(0, 7) < addCalendarDays(yesterday, 1).slice(0, 7))
          await writeMonths(tx, inMonths('t'), inMonths('e'), sql`true`, monthsTo);
        days = Math.round((Date.parse(yesterday) - Date.parse(from)) / 86_400_000) + 1;
        // After a large advance (the first run), fresh statistics for the readers' plans.
        if (days > 31)
          for (const table of [
            'dashboard_queue_facts',
            'dashboard_rating_facts',
            'dashboard_day_totals',
            'dashboard_lawyer_facts',
          ])
            await tx.execute(sql.raw(`analyze ${table}`));
      }
      through = yesterday;
      await tx.execute(sql`
        insert into dashboard_fact_state (id, through, refreshed_at) values (1, ${through}, now())
        on conflict (id) do update set through = excluded.through, refreshed_at = excluded.refreshed_at`);
    }
    const aid = await refreshAidFacts(tx, today, options.advance ?? false);
    return {
      through,
      days,
      dirty: dirty.length,
      aid,
      seconds: Math.round(performance.now() - started) / 1000,
    };
  });
}

/** Whether days the facts hold changed since (the read path refreshes them before reading facts). */
export async function hasDirtyFacts(services: Services): Promise<boolean> {
  const { rows } = await services.db.execute(sql`
    select 1 from dashboard_fact_dirty d join dashboard_fact_state s on s.id = 1 and d.business_date <= s.through
    limit 1`);
  return rows.length > 0;
}
