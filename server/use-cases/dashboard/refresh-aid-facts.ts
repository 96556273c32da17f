import { addCalendarDays } from '@core/calendar';
import { type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../context';
import { type CohortSource, cohortCte, type DueDates, dueDates } from './matter-facts';
import { advanceLawyerFacts, rebuildLawyerDays } from './refresh-lawyer-facts';

/** Beijing midnight starting a business date, as an instant. */
export const beijingStart = (day: string) => new Date(`${day}T00:00:00+08:00`);

/**
 * The cohort rows `f` of matter-facts.ts with each matter's priority groups unnested (`none` without
 * one; `ord` = 1 on its first group row, so that a matter counts once in the outcome and matter sets).
 */
export function cohortGroupsCte(source: CohortSource, due: DueDates): SQL {
  return sql`${cohortCte(source, due)},
  g as (
    select f.*, x.grp, x.ord,
      case when f.decision = 'pending' then f.decision_due end as decision_pending_due,
      case when f.assignment = 'pending' then f.assignment_due end as assignment_pending_due
    from f
    cross join lateral unnest(case when cardinality(f.priority_groups) = 0 then array['none']::text[]
                                   else f.priority_groups end) with ordinality as x(grp, ord)
  )`;
}

/**
 * Writes the day rows of the matters of `source` (their rows must have been deleted first): the three
 * grouping sets of the dashboard per organisation and application day, classified as of `source.today`,
 * pending deadlines with their due dates (server/db/schema/dashboard-facts.ts `dashboardAidFacts`).
 */
async function writeAidDays(tx: Executor, source: CohortSource, due: DueDates) {
  await tx.execute(sql`
    with ${cohortGroupsCte(source, due)}
    insert into dashboard_aid_facts (grain, org_id, period_start, part, outcome, five, decision, decision_due,
      assignment, assignment_due, key, case_kind, n)
    select 'day', g.org_id, g.applied_on, grouping(g.five, g.matter_key, g.grp), g.outcome, coalesce(g.five, ''),
      coalesce(g.decision, ''), g.decision_pending_due, coalesce(g.assignment, ''), g.assignment_pending_due,
      coalesce(g.matter_key, g.grp, ''), case when grouping(g.matter_key) = 0 then min(g.case_kind) else '' end,
      case when grouping(g.grp) = 0 then count(*) else count(*) filter (where g.ord = 1) end
    from g
    group by grouping sets (
      (g.org_id, g.applied_on, g.outcome, g.five, g.decision, g.decision_pending_due, g.assignment,
       g.assignment_pending_due),
      (g.org_id, g.applied_on, g.matter_key, g.outcome),
      (g.org_id, g.applied_on, g.grp, g.outcome))`);
}

/** The grains rolled up from the day rows, with their length (PostgreSQL `date_trunc` periods). */
export const AID_GRAINS = [
  ['week', '7 days'],
  ['month', '1 month'],
  ['quarter', '3 months'],
] as const;
type AidGrain = (typeof AID_GRAINS)[number];

/**
 * Rolls day rows up into rows of `grain` (ISO week, month or quarter): those of `days` (a FROM item
 * naming the day rows `f`, restricted to whole periods).
 */
async function writeAidPeriods(tx: Executor, [grain]: AidGrain, days: SQL) {
  await tx.execute(sql`
    insert into dashboard_aid_facts (grain, org_id, period_start, part, outcome, five, decision, decision_due,
      assignment, assignment_due, key, case_kind, n)
    select ${grain}, f.org_id, date_trunc(${grain}, f.period_start)::date, f.part, f.outcome, f.five, f.decision,
      f.decision_due, f.assignment, f.assignment_due, f.key, min(f.case_kind), sum(f.n)
    from ${days}
    group by f.org_id, 3, f.part, f.outcome, f.five, f.decision, f.decision_due, f.assignment, f.assignment_due, f.key`);
}

const matterSource = (today: string, start: Date, end: Date, join: SQL): CohortSource => ({
  today,
  start,
  end,
  join,
  unitId: sql`m.org_id`,
  where: sql`true`,
});

/**
 * Brings the legal-aid facts up to date, inside the dashboard refresh's transaction and lock
 * (refresh-dashboard-facts.ts): application days marked changed (`dashboard_aid_dirty`) are rebuilt, and
 * their weeks, months and quarters when whole (rolled up from the day rows); with `advance`, every application day after
 * `aid_through` up to yesterday is built (from the first application when `aid_through` is null: never
 * built, or dropped by a calendar change — then every old row is deleted first), periods completed are
 * rolled up, and `aid_through` moves to yesterday. Matters applied today are never in the facts.
 */
export async function refreshAidFacts(
  tx: Executor,
  today: string,
  advance: boolean,
): Promise<{ aidThrough: string | null; days: number; dirty: number; seconds: number }> {
  const started = performance.now();
  const yesterday = addCalendarDays(today, -1);
  const [state] = (
    await tx.execute<{ through: string | null }>(
      sql`select aid_through::text as through from dashboard_fact_state where id = 1`,
    )
  ).rows;
  let through = state?.through ?? null;
  const dirty = (
    await tx.execute<{ org_id: string; applied_on: string }>(
      sql`delete from dashboard_aid_dirty where applied_on <= ${yesterday}::date
          returning org_id, applied_on::text as applied_on`,
    )
  ).rows.filter((d) => through !== null && d.applied_on <= through);
  if (dirty.length > 0 && through !== null) {
    const days = dirty.map((d) => d.applied_on).sort();
    const pairs = sql`(select * from unnest(${`{${dirty.map((d) => d.org_id).join(',')}}`}::uuid[],
      ${`{${dirty.map((d) => d.applied_on).join(',')}}`}::date[]) as p0(org_id, day))`;
    await tx.execute(sql`delete from dashboard_aid_facts f where f.grain = 'day'
      and (f.org_id, f.period_start) in (select org_id, day from ${pairs} p)`);
    const join = sql`join ${pairs} p on p.org_id = m.org_id
      and m.applied_at >= (p.day::timestamp at time zone 'Asia/Shanghai')
      and m.applied_at < ((p.day + 1)::timestamp at time zone 'Asia/Shanghai')`;
    await rebuildLawyerDays(
      tx,
      'legal-aid',
      dirty.map((d) => ({ orgId: d.org_id, day: d.applied_on })),
      through,
    );
    const first = days[0]!;
    const end = beijingStart(addCalendarDays(days.at(-1)!, 1));
    await writeAidDays(
      tx,
      matterSource(today, beijingStart(first), end, join),
      await dueDates(tx, first, today),
    );
    // Their weeks, months and quarters whose every day the facts hold.
    for (const grain of AID_GRAINS) {
      const [name, length] = grain;
      const periods = sql`(select distinct org_id, date_trunc(${name}, day)::date as s from ${pairs} p
        where (date_trunc(${name}, day) + ${length}::interval)::date <= ${through}::date + 1)`;
      await tx.execute(sql`delete from dashboard_aid_facts f where f.grain = ${name}
        and (f.org_id, f.period_start) in (select org_id, s from ${periods} y)`);
      await writeAidPeriods(
        tx,
        grain,
        sql`${periods} y join dashboard_aid_facts f on f.grain = 'day' and f.org_id = y.org_id
          and f.period_start >= y.s and f.period_start < (y.s + ${length}::interval)::date`,
      );
    }
  }
  let days = 0;
  if (advance && (through === null || through < yesterday)) {
    const [first] = (
      await tx.execute<{ day: string | null }>(
        sql`select (min(applied_at) at time zone 'Asia/Shanghai')::date::text as day from legal_aid_matters`,
      )
    ).rows;
    const from = through === null ? first?.day : addCalendarDays(through, 1);
    if (through === null) {
      await tx.execute(sql`delete from dashboard_aid_facts`);
      await tx.execute(sql`delete from dashboard_lawyer_facts where kind = 'legal-aid'`);
    }
    if (from && from <= yesterday) {
      await tx.execute(
        sql`delete from dashboard_aid_facts where grain = 'day' and period_start between ${from}::date and ${yesterday}::date`,
      );
      const source = matterSource(today, beijingStart(from), beijingStart(today), sql``);
      await writeAidDays(tx, source, await dueDates(tx, from, today));
      await advanceLawyerFacts(tx, 'legal-aid', from, yesterday);
      // Weeks, months and quarters completed by this advance: from the one holding `from` up to the one
      // before the period holding yesterday + 1 day.
      for (const grain of AID_GRAINS) {
        const periodsFrom = sql`date_trunc(${grain[0]}, ${from}::date)::date`;
        const periodsTo = sql`date_trunc(${grain[0]}, ${yesterday}::date + 1)::date`;
        await tx.execute(sql`delete from dashboard_aid_facts where grain = ${grain[0]}
          and period_start >= ${periodsFrom} and period_start < ${periodsTo}`);
        await writeAidPeriods(
          tx,
          grain,
          sql`dashboard_aid_facts f where f.grain = 'day' and f.period_start >= ${periodsFrom} and f.period_start < ${periodsTo}`,
        );
      }
      days = Math.round((Date.parse(yesterday) - Date.parse(from)) / 86_400_000) + 1;
      if (days > 31) await tx.execute(sql`analyze dashboard_aid_facts`);
    }
    through = yesterday;
    await tx.execute(sql`
      insert into dashboard_fact_state (id, aid_through) values (1, ${through})
      on conflict (id) do update set aid_through = excluded.aid_through`);
  }
  return {
    aidThrough: through,
    days,
    dirty: dirty.length,
    seconds: Math.round(performance.now() - started) / 1000,
  };
}

/** Whether application days the legal-aid facts hold changed since (the read path rebuilds them first). */
export async function hasDirtyAidFacts(executor: Executor): Promise<boolean> {
  const { rows } = await executor.execute(sql`
    select 1 from dashboard_aid_dirty d join dashboard_fact_state s on s.id = 1 and d.applied_on <= s.aid_through
    limit 1`);
  return rows.length > 0;
}
