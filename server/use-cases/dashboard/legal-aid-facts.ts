import { addCalendarDays } from '@core/calendar';
import { type SQL, sql } from 'drizzle-orm';
import type { Services } from '../../context';
import { type DashboardScope, orgFilter, unitTable } from './dashboard-scope';
import { type CohortSource, type DueDates, dueDateTable, scopeCohort } from './matter-facts';
import { factsPeriods, nextMonth } from './queue-facts';
import { beijingStart, cohortGroupsCte, hasDirtyAidFacts } from './refresh-aid-facts';
import { refreshDashboardFacts } from './refresh-dashboard-facts';

/**
 * A row of the legal-aid figures: `set` 3 = per unit, outcome, five same-day, decision and assignment;
 * 5 = per matter (`matter_key`, `case_kind`) and outcome; 6 = per priority group (`grp`) and outcome.
 * `n` counts matters (sets 3 and 5) or matters × groups (set 6).
 */
export interface CohortRow extends Record<string, unknown> {
  set: number;
  unit_id: string | null;
  outcome: string;
  five: string;
  decision: string;
  assignment: string;
  matter_key: string | null;
  case_kind: string | null;
  grp: string | null;
  n: number;
}

/**
 * The figures' rows computed from the matters of `source`, in one pass over the cohort (the expensive
 * part): grouping sets over the matters × their groups; a matter counts once in sets 3 and 5 (its first
 * group row), once per group in set 6.
 */
function rawRowsSql(source: CohortSource, due: DueDates): SQL {
  return sql`
    with ${cohortGroupsCte(source, due)}
    select (grouping(g.unit_id) * 4 + grouping(g.matter_key) * 2 + grouping(g.grp))::int as set,
      g.unit_id, g.outcome, g.five, g.decision, g.assignment, g.matter_key, min(g.case_kind) as case_kind, g.grp,
      (case when grouping(g.grp) = 0 then count(*) else count(*) filter (where g.ord = 1) end)::int as n
    from g
    group by grouping sets ((g.unit_id, g.outcome, g.five, g.decision, g.assignment), (g.matter_key, g.outcome),
      (g.grp, g.outcome))`;
}

/** A deadline the facts hold as pending reads as breached once today is past its due date. */
const asOf = (result: string, due: string, today: string) =>
  sql`case when ${sql.raw(result)} = 'pending' and ${sql.raw(due)} < ${today}::date then 'breached'
    else ${sql.raw(result)} end`;

/**
 * The application days the legal-aid facts hold for this period (`aid_through` = their last), or null
 * when they do not cover its first day (never built, dropped by a calendar change, or `lawhall.dashboard_facts
 * = off` on the connection). Changed days waiting for the job are rebuilt first: the facts never lag.
 */
export async function aidFactsThrough(services: Services, scope: DashboardScope): Promise<string | null> {
  const [state] = (
    await services.db.execute<{ through: string | null }>(
      sql`select aid_through::text as through from dashboard_fact_state
          where id = 1 and coalesce(current_setting('lawhall.dashboard_facts', true), 'on') <> 'off'`,
    )
  ).rows;
  const through = state?.through ?? null;
  if (through === null || through < scope.period.from) return null;
  if (await hasDirtyAidFacts(services.db)) await refreshDashboardFacts(services);
  return through;
}

/**
 * The legal-aid figures' rows of the scope's period: application days up to `aid_through` from the facts
 * (whole months from month rows, the other days from day rows; pending deadlines as of today), the days
 * after it (today, or days the job has not reached yet) from the raw tables; all of them from the raw
 * tables when the facts do not cover the period.
 */
export async function legalAidRows(services: Services, scope: DashboardScope): Promise<CohortRow[]> {
  const due = await dueDateTable(services, scope);
  const through = await aidFactsThrough(services, scope);
  if (through === null)
    return (await services.db.execute<CohortRow>(rawRowsSql(scopeCohort(scope), due))).rows;
  const { closedTo, months, rawFrom } = factsPeriods(scope, through);
  const today = scope.today;
  const split = aidPeriods(scope.period.from, closedTo, months);
  const dates = (values: string[]) => sql`${`{${values.join(',')}}`}::date[]`;
  const rowsOf = [
    ...(['quarter', 'month', 'week'] as const)
      .filter((grain) => split[grain].length > 0)
      .map(
        (grain) =>
          sql`select * from dashboard_aid_facts where grain = ${grain} and period_start = any(${dates(split[grain])})`,
      ),
    ...split.days.map(
      ([a, b]) =>
        sql`select * from dashboard_aid_facts where grain = 'day' and period_start between ${a} and ${b}`,
    ),
  ];
  // Summed per organisation first (plain columns: one hashed pass), then rolled up to the units.
  const facts = sql`
    select f.part::int as set, case when f.part = 3 then u.unit_id end as unit_id, f.outcome, f.five,
      ${asOf('f.decision', 'f.decision_due', today)} as decision,
      ${asOf('f.assignment', 'f.assignment_due', today)} as assignment,
      case when f.part = 5 then f.key end as matter_key, min(f.case_kind) as case_kind,
      case when f.part = 6 then f.key end as grp, sum(f.n)::int as n
    from (
      select x.org_id, x.part, x.outcome, x.five, x.decision, x.decision_due, x.assignment, x.assignment_due, x.key,
        min(x.case_kind) as case_kind, sum(x.n) as n
      from (${rowsOf.length ? sql.join(rowsOf, sql` union all `) : sql`select * from dashboard_aid_facts where false`}) x
      where ${orgFilter(sql`x.org_id`, scope)}
      group by x.org_id, x.part, x.outcome, x.five, x.decision, x.decision_due, x.assignment, x.assignment_due, x.key
    ) f
    join ${unitTable(scope)} on u.org_id = f.org_id
    group by 1, 2, 3, 4, 5, 6, 7, 9`;
  const [factRows, rawRows] = await Promise.all([
    services.db.execute<CohortRow>(facts),
    rawFrom
      ? services.db.execute<CohortRow>(
          rawRowsSql(scopeCohort(scope, { start: beijingStart(rawFrom), end: scope.end }), due),
        )
      : { rows: [] as CohortRow[] },
  ]);
  return [...factRows.rows, ...rawRows.rows];
}

/** Day of the week of a business date, 1 = Monday … 7 = Sunday (calendar arithmetic on the date itself). */
const isoWeekday = (day: string) => new Date(`${day}T00:00:00Z`).getUTCDay() || 7;

/**
 * How the facts cover `[from, closedTo]` with the fewest rows: the run of whole months (`months`, from
 * factsPeriods) as whole quarters where they align, else months; the days before and after it as whole
 * ISO weeks (Monday to Sunday), else single days (ranges).
 */
export function aidPeriods(from: string, closedTo: string, months: string[]) {
  const quarter: string[] = [];
  const month: string[] = [];
  for (let i = 0; i < months.length; i++) {
    const m = months[i]!;
    if (['01', '04', '07', '10'].includes(m.slice(5, 7)) && months[i + 2] === nextMonth(nextMonth(m))) {
      quarter.push(m);
      i += 2;
    } else month.push(m);
  }
  const week: string[] = [];
  const days: [string, string][] = [];
  const edges: [string, string][] = months.length
    ? [
        [from, addCalendarDays(months[0]!, -1)],
        [nextMonth(months.at(-1)!), closedTo],
      ]
    : [[from, closedTo]];
  for (const [a, b] of edges) {
    if (a > b) continue;
    let w = addCalendarDays(a, (8 - isoWeekday(a)) % 7);
    if (addCalendarDays(w, 6) > b) {
      days.push([a, b]);
      continue;
    }
    if (a < w) days.push([a, addCalendarDays(w, -1)]);
    for (; addCalendarDays(w, 6) <= b; w = addCalendarDays(w, 7)) week.push(w);
    if (w <= b) days.push([w, b]);
  }
  return { quarter, month, week, days };
}
