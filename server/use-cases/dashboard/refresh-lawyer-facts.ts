import { addCalendarDays } from '@core/calendar';
import { type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../context';

/**
 * The 律师团's pre-aggregated counts (`dashboard_lawyer_facts`, server/db/schema/dashboard-facts.ts), written
 * inside the dashboard refresh's transaction and lock: consultations with the queue facts
 * (refresh-dashboard-facts.ts), legal aid with the legal-aid facts (refresh-aid-facts.ts).
 */
export type LawyerFactKind = 'consultation' | 'legal-aid';

const beijingStart = (day: string) => new Date(`${day}T00:00:00+08:00`);

/**
 * Day rows of one kind from the raw tables, for the Beijing days of `days` (a SQL condition on the raw rows'
 * organisation `org_id` and Beijing day `day`); the caller deletes them first. `start`/`end` bound the
 * instants read (an index range): consultations by the finish action's instant, legal aid by application.
 */
async function writeDays(tx: Executor, kind: LawyerFactKind, start: Date, end: Date, days: SQL) {
  const source =
    kind === 'consultation'
      ? sql`select ta.org_id, (ta.at at time zone 'Asia/Shanghai')::date as day, ta.actor_id as subject_id
            from ticket_actions ta
            where ta.action = 'finish' and ta.actor_id is not null
              and ta.at >= ${start.toISOString()}::timestamptz and ta.at < ${end.toISOString()}::timestamptz`
      : sql`select m.org_id, (m.applied_at at time zone 'Asia/Shanghai')::date as day, m.assigned_lawyer_id as subject_id
            from legal_aid_matters m
            where m.assigned_lawyer_id is not null
              and m.applied_at >= ${start.toISOString()}::timestamptz and m.applied_at < ${end.toISOString()}::timestamptz`;
  await tx.execute(sql`
    insert into dashboard_lawyer_facts (grain, kind, org_id, period_start, subject_id, n)
    select 'day', ${kind}, r.org_id, r.day, r.subject_id, count(*) from (${source}) r
    where ${days}
    group by r.org_id, r.day, r.subject_id`);
}

/** Month rows of one kind rolled up from its day rows of `months` (a condition on day rows `f`: org_id, month). */
async function writeMonths(tx: Executor, kind: LawyerFactKind, months: SQL) {
  await tx.execute(sql`
    insert into dashboard_lawyer_facts (grain, kind, org_id, period_start, subject_id, n)
    select 'month', ${kind}, f.org_id, date_trunc('month', f.period_start::timestamp)::date, f.subject_id, sum(f.n)
    from dashboard_lawyer_facts f
    where f.kind = ${kind} and f.grain = 'day' and ${months}
    group by f.org_id, 4, f.subject_id`);
}

/**
 * Builds every closed day from `from` to `to` (Beijing dates, both included) for all organisations, and the
 * months they complete: those from `from`'s month to the month before `to` + 1 day's.
 */
export async function advanceLawyerFacts(tx: Executor, kind: LawyerFactKind, from: string, to: string) {
  const next = addCalendarDays(to, 1);
  await tx.execute(sql`delete from dashboard_lawyer_facts where kind = ${kind} and grain = 'day'
    and period_start between ${from}::date and ${to}::date`);
  await writeDays(tx, kind, beijingStart(from), beijingStart(next), sql`true`);
  const monthsFrom = `${from.slice(0, 7)}-01`;
  const monthsTo = `${next.slice(0, 7)}-01`;
  if (monthsFrom >= monthsTo) return;
  const inMonths = sql`period_start >= ${monthsFrom}::date and period_start < ${monthsTo}::date`;
  await tx.execute(
    sql`delete from dashboard_lawyer_facts where kind = ${kind} and grain = 'month' and ${inMonths}`,
  );
  await writeMonths(tx, kind, inMonths);
}

/**
 * Rebuilds the changed `(org, day)` pairs of one kind (days the facts hold, up to `through`) and the month of
 * each when it is closed (its last day is at most `through`).
 */
export async function rebuildLawyerDays(
  tx: Executor,
  kind: LawyerFactKind,
  pairs: { orgId: string; day: string }[],
  through: string,
) {
  if (pairs.length === 0) return;
  const days = pairs.map((p) => p.day).sort();
  const table = sql`(select * from unnest(${`{${pairs.map((p) => p.orgId).join(',')}}`}::uuid[],
    ${`{${pairs.map((p) => p.day).join(',')}}`}::date[]) as p0(org_id, day))`;
  await tx.execute(sql`delete from dashboard_lawyer_facts f where f.kind = ${kind} and f.grain = 'day'
    and (f.org_id, f.period_start) in (select org_id, day from ${table} p)`);
  await writeDays(
    tx,
    kind,
    beijingStart(days[0]!),
    beijingStart(addCalendarDays(days.at(-1)!, 1)),
    sql`(r.org_id, r.day) in (select org_id, day from ${table} p)`,
  );
  const months = sql`(select distinct org_id, date_trunc('month', day::timestamp)::date as m from ${table} p
    where (date_trunc('month', day::timestamp) + interval '1 month')::date <= ${through}::date + 1)`;
  await tx.execute(sql`delete from dashboard_lawyer_facts f where f.kind = ${kind} and f.grain = 'month'
    and (f.org_id, f.period_start) in (select org_id, m from ${months} y)`);
  await writeMonths(
    tx,
    kind,
    sql`(f.org_id, date_trunc('month', f.period_start::timestamp)::date) in (select org_id, m from ${months} y)`,
  );
}
