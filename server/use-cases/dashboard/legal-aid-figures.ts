import { rate } from '@core/dashboard';
import { priorityGroups } from '@core/queue/priority';
import { z } from 'zod';
import type { Services, UseCaseCall } from '../../context';
import { matterLabel } from '../legal-aid/labels';
import { type DashboardQuery, resolveDashboardScope, scopeReply, scopeShape } from './dashboard-scope';
import { legalAidRows } from './legal-aid-facts';

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
  const rows = await legalAidRows(services, scope);
  const total = {
    applications: 0,
    outcomes: noOutcomes(),
    fiveSameDay: noFive(),
    decision: noResults(),
    assignment: noResults(),
  };
  const perUnit = new Map(scope.units.map((u) => [u.id, { ...u, ...structuredClone(total) }]));
  for (const r of rows.filter((x) => x.set === 3)) {
    for (const target of [total, perUnit.get(r.unit_id ?? '')]) {
      if (!target) continue;
      target.applications += r.n;
      addOutcome(target.outcomes, r.outcome, r.n);
      addFive(target.fiveSameDay, r.five, r.n);
      addResult(target.decision, r.decision, r.n);
      addResult(target.assignment, r.assignment, r.n);
    }
  }
  // Labelled from the least case kind of the key's matters (rows of several parts may carry several).
  const byMatter = new Map<string, Outcomes & { key: string; caseKind: string }>();
  for (const r of rows.filter((x) => x.set === 5)) {
    const key = r.matter_key ?? '';
    const caseKind = r.case_kind ?? '';
    const entry = byMatter.get(key) ?? byMatter.set(key, { key, caseKind, ...noOutcomes() }).get(key)!;
    if (caseKind < entry.caseKind) entry.caseKind = caseKind;
    addOutcome(entry, r.outcome, r.n);
  }
  const byGroup = new Map<string, Outcomes & { key: string; label: string }>();
  for (const r of rows.filter((x) => x.set === 6)) {
    const grp = r.grp ?? '';
    const entry =
      byGroup.get(grp) ??
      byGroup.set(grp, { key: grp, label: PRIORITY_LABELS.get(grp) ?? grp, ...noOutcomes() }).get(grp)!;
    addOutcome(entry, r.outcome, r.n);
  }
  const groupOrder = [...PRIORITY_LABELS.keys()];
  const sum = (o: Outcomes) => o.granted + o.refused + o.withdrawn + o.pending;
  return {
    ...scopeReply(scope),
    applications: total.applications,
    outcomes: total.outcomes,
    byMatter: [...byMatter.values()]
      .sort((a, b) => sum(b) - sum(a) || a.key.localeCompare(b.key))
      .map(({ caseKind, ...m }) => ({
        ...m,
        label: matterLabel(caseKind, m.key === caseKind ? null : m.key),
      })),
    byPriorityGroup: [...byGroup.values()].sort(
      (a, b) => groupOrder.indexOf(a.key) - groupOrder.indexOf(b.key) || a.key.localeCompare(b.key),
    ),
    fiveSameDay: total.fiveSameDay,
    deadlines: { decision: total.decision, assignment: total.assignment },
    byUnit: [...perUnit.values()].map(({ kind: _kind, ...u }) => u),
  };
}
