import { addCalendarDays, calendarDaysBetween } from '@core/calendar';
import { type SQL, sql } from 'drizzle-orm';
import type { Executor, Services } from '../../context';
import { loadCalendar } from '../calendar/load-calendar';
import { type DashboardScope, orgFilter, unitTable } from './dashboard-scope';

/**
 * Due dates of the two legal-aid deadlines the dashboard checks, for every start date from the period's
 * first day to the later of its last day and today, computed with the hall's calendar (core/calendar:
 * calendar days, rolled forward past a rest day):
 * - decision: 7 days from receipt (法律援助法 第四十三条第一款);
 * - assignment: 3 days from the grant (第四十三条第一款; 办理法律援助案件程序规定 第二十四条), or from
 *   receipt for a case organ's notice (第三十六条).
 * Passed to SQL as two date arrays indexed by days since the period's first day (one bound value each,
 * parsed once per query in a one-row CTE, so looking a due date up costs one subscript per matter).
 */
export interface DueDates {
  from: string;
  due7: string[];
  due3: string[];
}

export async function dueDateTable(services: Services, scope: DashboardScope): Promise<DueDates> {
  // The later of the two business dates (YYYY-MM-DD sorts as text).
  return dueDates(services.db, scope.period.from, [scope.period.to, scope.today].sort().at(-1)!);
}

/** The due dates of every start date from `from` to `last` (see DueDates). */
export async function dueDates(executor: Executor, from: string, last: string): Promise<DueDates> {
  const calendar = await loadCalendar(executor);
  const due7: string[] = [];
  const due3: string[] = [];
  for (let i = 0, n = calendarDaysBetween(from, last); i <= n; i++) {
    const day = addCalendarDays(from, i);
    due7.push(calendar.addPeriod(day, 7, 'calendar-day').due);
    due3.push(calendar.addPeriod(day, 3, 'calendar-day').due);
  }
  return { from, due7, due3 };
}

const bj = (column: SQL) => sql`((${column}) at time zone 'Asia/Shanghai')::date`;

/**
 * Which matters a cohort holds: applied for in `[start, end)` (instants), `join` (SQL joined to
 * `legal_aid_matters m`, restricting it) providing `unitId` (the unit the matter counts for) and `where`.
 */
export interface CohortSource {
  today: string;
  start: Date;
  end: Date;
  join: SQL;
  unitId: SQL;
  where: SQL;
}

/** The cohort of a dashboard scope's period (or of `range`, a part of it). */
export function scopeCohort(scope: DashboardScope, range?: { start: Date; end: Date }): CohortSource {
  return {
    today: scope.today,
    start: range?.start ?? scope.start,
    end: range?.end ?? scope.end,
    join: sql`join ${unitTable(scope)} on u.org_id = m.org_id`,
    unitId: sql`u.unit_id`,
    where: orgFilter(sql`m.org_id`, scope),
  };
}

/**
 * One row per legal-aid matter APPLIED FOR in the period (the application cohort: every legal-aid figure
 * of the dashboard is about these matters), named `f`, with:
 * - `outcome`: granted (ever granted, even if later terminated) | refused | withdrawn | pending;
 * - `five` (五个当天): met | missed | open (applied today, not complete yet) | n/a (refused, withdrawn,
 *   terminated or under objection — as on the legal-aid board); met = accepted, approved, assigned and
 *   aid started on the application's Beijing date, in that order (core/legal-aid/five-same-day.ts);
 * - `decision` and `assignment`: met | breached | pending | n/a against the due dates of `dueDateTable`
 *   (a deadline not kept by today counts as breached while still open).
 */
export function matterFactsCte(scope: DashboardScope, due: DueDates): SQL {
  return cohortCte(scopeCohort(scope), due);
}

/**
 * The cohort CTE `f` of `source` (see matterFactsCte), with also `applied_on` (Beijing) and the due
 * dates `decision_due` and `assignment_due` the deadlines are checked against (the facts keep those of
 * pending deadlines).
 */
export function cohortCte(source: CohortSource, due: DueDates): SQL {
  const today = source.today;
  const arr = (values: string[]) => sql`${`{${values.join(',')}}`}::date[]`;
  const at = (day: SQL) => sql`(${day} - ${due.from}::date + 1)`;
  return sql`due_dates as materialized (select ${arr(due.due7)} as d7, ${arr(due.due3)} as d3),
  refusals as (
    select a.matter_id, min(a.at) as refused_at from legal_aid_actions a
    where a.type = 'refuse' and a.at >= ${source.start.toISOString()}::timestamptz
    group by a.matter_id
  ),
  f as (
    select m.id, m.org_id, ${source.unitId} as unit_id, d.applied_on, m.number, m.status, m.channel, m.case_kind,
      coalesce(m.matter, m.case_kind) as matter_key, m.priority_groups, m.assigned_lawyer_id,
      m.applied_at, m.approved_at, m.assigned_at, m.aid_started_at, x.refused_at,
      case when m.approved_at is not null then 'granted'
           when x.refused_at is not null then 'refused'
           when m.status = 'deemed-withdrawn' then 'withdrawn'
           else 'pending' end as outcome,
      case when m.status in ('refused', 'deemed-withdrawn', 'terminated', 'objection-pending') then 'n/a'
           when m.accepted_at is not null and m.approved_at is not null and m.assigned_at is not null
             and m.aid_started_at is not null
             and ${bj(sql`m.aid_started_at`)} = d.applied_on
             and m.applied_at <= m.accepted_at and m.accepted_at <= m.approved_at
             and m.approved_at <= m.assigned_at and m.assigned_at <= m.aid_started_at then 'met'
           when d.applied_on = ${today}::date then 'open'
           else 'missed' end as five,
      case when m.channel = 'case-organ-notice' or m.status = 'deemed-withdrawn' then 'n/a'
           when coalesce(m.approved_at, x.refused_at) is not null then
             case when ${bj(sql`coalesce(m.approved_at, x.refused_at)`)} <= dd.due7 then 'met' else 'breached' end
           when ${today}::date > dd.due7 then 'breached'
           else 'pending' end as decision,
      case when m.assigned_at is not null then
             case when ${bj(sql`m.assigned_at`)} <= (case when m.channel = 'case-organ-notice' then dd.due3 else da.due3 end)
               then 'met' else 'breached' end
           when m.status not in ('granted', 'applied', 'under-review', 'materials-requested')
             or (m.channel <> 'case-organ-notice' and m.approved_at is null) then 'n/a'
           when ${today}::date > (case when m.channel = 'case-organ-notice' then dd.due3 else da.due3 end) then 'breached'
           else 'pending' end as assignment,
      dd.due7 as decision_due,
      case when m.channel = 'case-organ-notice' then dd.due3 else da.due3 end as assignment_due
    from legal_aid_matters m
    ${source.join}
    cross join lateral (
      select ${bj(sql`m.applied_at`)} as applied_on, ${bj(sql`m.approved_at`)} as approved_on
    ) d
    left join refusals rf on rf.matter_id = m.id
    cross join lateral (
      select case when m.approved_at is null and m.status in ('refused', 'objection-pending')
        then rf.refused_at end as refused_at
    ) x
    cross join due_dates dz
    cross join lateral (
      select dz.d7[${at(sql`d.applied_on`)}] as due7, dz.d3[${at(sql`d.applied_on`)}] as due3
    ) dd
    cross join lateral (select dz.d3[${at(sql`d.approved_on`)}] as due3) da
    where ${source.where}
      and m.applied_at >= ${source.start.toISOString()}::timestamptz
      and m.applied_at < ${source.end.toISOString()}::timestamptz
  )`;
}
