import { rate } from '@core/dashboard';
import { priorityGroups } from '@core/queue/priority';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Services, UseCaseCall } from '../../context';
import { matterLabel } from '../legal-aid/labels';
import { type DashboardQuery, resolveDashboardScope, scopeReply, scopeShape } from './dashboard-scope';
import { dueDateTable, matterFactsCte } from './matter-facts';

const outcomes = z.object({
  granted: z.number().int(),
  refused: z.number().int(),
  withdrawn: z.number().int(),
  pending: z.number().int(),
});
const results = z.object({
  met: z.number().int(),
  breached: z.number().int(),
  pending: z.number().int(),
});
const five = z.object({
  met: z.number().int(),
  missed: z.number().int(),
  open: z.number().int(),
  notApplicable: z.number().int(),
  /** met / (met + missed), 4 decimals; null when nothing is decided. */
  rate: z.number().nullable(),
});

export const legalAidFiguresReply = scopeShape.extend({
  applications: z.number().int(),
  outcomes,
  byMatter: z.array(outcomes.extend({ key: z.string(), label: z.string() })),
  byPriorityGroup: z.array(outcomes.extend({ key: z.string(), label: z.string() })),
  fiveSameDay: five,
  deadlines: z.object({ decision: results, assignment: results }),
  byUnit: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      applications: z.number().int(),
      outcomes,
      fiveSameDay: five,
      decision: results,
      assignment: results,
    }),
  ),
});
export type LegalAidFiguresReply = z.infer<typeof legalAidFiguresReply>;

type Outcomes = z.infer<typeof outcomes>;
type Results = z.infer<typeof results>;
type Five = z.infer<typeof five>;

const noOutcomes = (): Outcomes => ({ granted: 0, refused: 0, withdrawn: 0, pending: 0 });
const noResults = (): Results => ({ met: 0, breached: 0, pending: 0 });
const noFive = (): Five => ({ met: 0, missed: 0, open: 0, notApplicable: 0, rate: null });

function addOutcome(target: Outcomes, outcome: string, n: number) {
  if (outcome in target) target[outcome as keyof Outcomes] += n;
}
function addResult(target: Results, result: string, n: number) {
  if (result in target) target[result as keyof Results] += n;
}
function addFive(target: Five, value: string, n: number) {
  if (value === 'n/a') target.notApplicable += n;
  else if (value === 'met' || value === 'missed' || value === 'open') target[value] += n;
  target.rate = rate(target.met, target.met + target.missed);
}

const PRIORITY_LABELS = new Map<string, string>([
  ...priorityGroups.map((g) => [g.code, g.labelZh] as [string, string]),
  ['none', '非重点群体'],
]);

/**
 * Legal aid over the application cohort of the period (dashboard.read): applications; granted, refused,
 * withdrawn and pending by matter (法律援助法 第三十一条 items or the case kind) and by priority group
 * (a matter counts once for each of its groups, `none` when it has none); the five same-day rate;
 * the decision (7 days, 第四十三条) and assignment (3 days) deadlines met, breached or pending; all per
 * unit too. See matter-facts.ts for the exact definitions.
 */
export async function getLegalAidFigures(
  services: Services,
  { actor, input }: UseCaseCall<DashboardQuery>,
): Promise<LegalAidFiguresReply> {
  const scope = await resolveDashboardScope(services, actor, input);
  const due = await dueDateTable(services, scope);
  // One pass over the cohort (matterFactsCte is the expensive part): the unit, matter and priority-group
  // breakdowns as grouping sets over the matters × their groups (`none` without one); a matter counts
  // once in the first two (its first group row), once per group in the third.
  const rows = (
    await services.db.execute<{
      set: number;
      unit_id: string;
      outcome: string;
      five: string;
      decision: string;
      assignment: string;
      matter_key: string;
      case_kind: string;
      grp: string;
      once: number;
      n: number;
    }>(sql`
      with ${matterFactsCte(scope, due)},
      g as (
        select f.*, x.grp, x.ord from f
        cross join lateral unnest(case when cardinality(f.priority_groups) = 0 then array['none']::text[]
                                       else f.priority_groups end) with ordinality as x(grp, ord)
      )
      select (grouping(g.unit_id) * 4 + grouping(g.matter_key) * 2 + grouping(g.grp))::int as set,
        g.unit_id, g.outcome, g.five, g.decision, g.assignment, g.matter_key, min(g.case_kind) as case_kind, g.grp,
        (count(*) filter (where g.ord = 1))::int as once, count(*)::int as n
      from g
      group by grouping sets ((g.unit_id, g.outcome, g.five, g.decision, g.assignment), (g.matter_key, g.outcome),
        (g.grp, g.outcome))`)
  ).rows;
  // set: 3 = the unit breakdown (matter_key and grp rolled up), 5 = by matter, 6 = by group.
  const units = { rows: rows.filter((r) => r.set === 3).map((r) => ({ ...r, n: r.once })) };
  const matters = { rows: rows.filter((r) => r.set === 5).map((r) => ({ ...r, n: r.once })) };
  const groups = { rows: rows.filter((r) => r.set === 6) };
  const total = {
    applications: 0,
    outcomes: noOutcomes(),
    fiveSameDay: noFive(),
    decision: noResults(),
    assignment: noResults(),
  };
  const perUnit = new Map(scope.units.map((u) => [u.id, { ...u, ...structuredClone(total) }]));
  for (const r of units.rows) {
    for (const target of [total, perUnit.get(r.unit_id)]) {
      if (!target) continue;
      target.applications += r.n;
      addOutcome(target.outcomes, r.outcome, r.n);
      addFive(target.fiveSameDay, r.five, r.n);
      addResult(target.decision, r.decision, r.n);
      addResult(target.assignment, r.assignment, r.n);
    }
  }
  const byMatter = new Map<string, Outcomes & { key: string; label: string }>();
  for (const r of matters.rows) {
    const entry =
      byMatter.get(r.matter_key) ??
      byMatter
        .set(r.matter_key, {
          key: r.matter_key,
          label: matterLabel(r.case_kind, r.matter_key === r.case_kind ? null : r.matter_key),
          ...noOutcomes(),
        })
        .get(r.matter_key)!;
    addOutcome(entry, r.outcome, r.n);
  }
  const byGroup = new Map<string, Outcomes & { key: string; label: string }>();
  for (const r of groups.rows) {
    const entry =
      byGroup.get(r.grp) ??
      byGroup
        .set(r.grp, { key: r.grp, label: PRIORITY_LABELS.get(r.grp) ?? r.grp, ...noOutcomes() })
        .get(r.grp)!;
    addOutcome(entry, r.outcome, r.n);
  }
  const groupOrder = [...PRIORITY_LABELS.keys()];
  const sum = (o: Outcomes) => o.granted + o.refused + o.withdrawn + o.pending;
  return {
    ...scopeReply(scope),
    applications: total.applications,
    outcomes: total.outcomes,
    byMatter: [...byMatter.values()].sort((a, b) => sum(b) - sum(a) || a.key.localeCompare(b.key)),
    byPriorityGroup: [...byGroup.values()].sort(
      (a, b) => groupOrder.indexOf(a.key) - groupOrder.indexOf(b.key) || a.key.localeCompare(b.key),
    ),
    fiveSameDay: total.fiveSameDay,
    deadlines: { decision: total.decision, assignment: total.assignment },
    byUnit: [...perUnit.values()].map(({ kind: _kind, ...u }) => u),
  };
}
