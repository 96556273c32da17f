import { priorityGroupCodes } from '@core/queue/priority';
import { type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Services, StaffActor } from '../../../context';
import { matterLabel } from '../../legal-aid/labels';
import { type DashboardScope, dashboardQuery, resolveDashboardScope } from '../dashboard-scope';
import { dueDateTable, matterFactsCte } from '../matter-facts';
import { iso, isoOf, type ListPage, paging, run, unitNames, uuidField } from './list-kit';

export const matterListFilters = dashboardQuery.extend({
  unitId: uuidField('单位'),
  outcome: z
    .enum(['granted', 'refused', 'withdrawn', 'pending'], { error: '请选择有效的决定结果' })
    .optional(),
  matter: z.string().trim().max(60).optional(),
  priorityGroup: z.enum([...priorityGroupCodes, 'none'], { error: '请选择有效的重点群体' }).optional(),
  five: z.enum(['met', 'missed', 'open', 'n/a'], { error: '请选择有效的五个当天结果' }).optional(),
  decision: z.enum(['met', 'breached', 'pending', 'n/a'], { error: '请选择有效的期限结果' }).optional(),
  assignment: z.enum(['met', 'breached', 'pending', 'n/a'], { error: '请选择有效的期限结果' }).optional(),
  lawyerId: uuidField('律师'),
});
export const matterListQuery = matterListFilters.extend(paging);

export const matterListItem = z.object({
  id: z.string(),
  number: z.string(),
  unitName: z.string(),
  caseKind: z.string(),
  matter: z.string(),
  /** The matter in words (法律援助法 第三十一条 item, or the case kind), as the legal-aid charts name it. */
  matterLabel: z.string(),
  priorityGroups: z.array(z.string()),
  status: z.string(),
  outcome: z.string(),
  five: z.string(),
  decision: z.string(),
  assignment: z.string(),
  appliedAt: z.string(),
  approvedAt: z.string().nullable(),
  assignedAt: z.string().nullable(),
  lawyerName: z.string().nullable(),
});
export type MatterListItem = z.infer<typeof matterListItem>;

/**
 * The legal-aid matters behind the legal-aid charts: the application cohort of the period
 * (matter-facts.ts), narrowed by unit, outcome, matter, priority group, five-same-day result, deadline
 * result or assigned lawyer. Newest application first, then id (descending).
 */
export async function listDashboardMatters(
  services: Services,
  actor: StaffActor,
  input: z.infer<typeof matterListFilters>,
  page: ListPage,
): Promise<{ items: MatterListItem[]; total: number; scope: DashboardScope }> {
  const scope = await resolveDashboardScope(services, actor, input);
  const due = await dueDateTable(services, scope);
  const where: SQL[] = [sql`true`];
  if (input.unitId) where.push(sql`f.unit_id = ${input.unitId}`);
  if (input.outcome) where.push(sql`f.outcome = ${input.outcome}`);
  if (input.matter) where.push(sql`f.matter_key = ${input.matter}`);
  if (input.priorityGroup === 'none') where.push(sql`cardinality(f.priority_groups) = 0`);
  else if (input.priorityGroup) where.push(sql`${input.priorityGroup} = any(f.priority_groups)`);
  if (input.five) where.push(sql`f.five = ${input.five}`);
  if (input.decision) where.push(sql`f.decision = ${input.decision}`);
  if (input.assignment) where.push(sql`f.assignment = ${input.assignment}`);
  if (input.lawyerId) where.push(sql`f.assigned_lawyer_id = ${input.lawyerId}`);
  const base = sql`
    with ${matterFactsCte(scope, due)}
    select f.id, f.number, f.unit_id, f.case_kind, f.matter_key, f.priority_groups, f.status, f.outcome, f.five,
      f.decision, f.assignment, ${isoOf('f.applied_at')} as applied_at, ${isoOf('f.approved_at')} as approved_at,
      ${isoOf('f.assigned_at')} as assigned_at, l.name as lawyer_name
    from f left join lawyers l on l.id = f.assigned_lawyer_id
    where ${sql.join(where, sql` and `)}`;
  const names = unitNames(scope);
  const result = await run<Record<string, unknown>>(services, base, sql`applied_at desc, id desc`, page);
  return {
    scope,
    total: result.total,
    items: result.items.map((r) => ({
      id: String(r.id),
      number: String(r.number),
      unitName: names.get(String(r.unit_id)) ?? '',
      caseKind: String(r.case_kind),
      matter: String(r.matter_key),
      matterLabel: matterLabel(
        String(r.case_kind),
        r.matter_key === r.case_kind ? null : String(r.matter_key),
      ),
      priorityGroups: (r.priority_groups as string[]) ?? [],
      status: String(r.status),
      outcome: String(r.outcome),
      five: String(r.five),
      decision: String(r.decision),
      assignment: String(r.assignment),
      appliedAt: iso(r.applied_at)!,
      approvedAt: iso(r.approved_at),
      assignedAt: iso(r.assigned_at),
      lawyerName: (r.lawyer_name as string | null) ?? null,
    })),
  };
}
