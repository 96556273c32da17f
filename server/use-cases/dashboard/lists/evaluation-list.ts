import { RECTIFICATION_STATUSES } from '@core/evaluation';
import { type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Services, StaffActor } from '../../../context';
import {
  type DashboardScope,
  dashboardQuery,
  orgFilter,
  resolveDashboardScope,
  unitTable,
} from '../dashboard-scope';
import { type ListPage, paging, run, unitNames, uuidField } from './list-kit';

export const evaluationListFilters = dashboardQuery.extend({
  unitId: uuidField('单位'),
  level: z.coerce.number().int().min(1, '评价等级为 1–5').max(5, '评价等级为 1–5').optional(),
  bad: z.enum(['true', 'false'], { error: '差评筛选应为 true 或 false' }).optional(),
  rectificationStatus: z.enum(RECTIFICATION_STATUSES, { error: '请选择有效的整改状态' }).optional(),
  overdue: z.enum(['true', 'false'], { error: '超期筛选应为 true 或 false' }).optional(),
});
export const evaluationListQuery = evaluationListFilters.extend(paging);

export const evaluationListItem = z.object({
  id: z.string(),
  businessDate: z.string(),
  unitName: z.string(),
  subjectNumber: z.string(),
  serviceCode: z.string(),
  level: z.number().int(),
  tags: z.array(z.string()),
  comment: z.string().nullable(),
  staffName: z.string().nullable(),
  lawyerName: z.string().nullable(),
  rectificationStatus: z.string().nullable(),
  overdue: z.boolean().nullable(),
});
export type EvaluationListItem = z.infer<typeof evaluationListItem>;

/**
 * The ratings behind the satisfaction charts: the period's 好差评 (by business date), narrowed by unit,
 * level or bad reviews; with a rectification filter, the rectification items opened in the period
 * instead (by status or overdue). Newest first, then id (descending).
 */
export async function listDashboardEvaluations(
  services: Services,
  actor: StaffActor,
  input: z.infer<typeof evaluationListFilters>,
  page: ListPage,
): Promise<{ items: EvaluationListItem[]; total: number; scope: DashboardScope }> {
  const scope = await resolveDashboardScope(services, actor, input);
  const now = services.now().toISOString();
  const byRectification = input.rectificationStatus !== undefined || input.overdue !== undefined;
  const where: SQL[] = [orgFilter(sql`e.org_id`, scope)];
  if (byRectification) {
    where.push(sql`r.id is not null and r.opened_on between ${scope.period.from} and ${scope.period.to}`);
    if (input.rectificationStatus) where.push(sql`r.status = ${input.rectificationStatus}`);
  } else {
    where.push(sql`e.business_date between ${scope.period.from} and ${scope.period.to}`);
  }
  if (input.unitId) where.push(sql`u.unit_id = ${input.unitId}`);
  if (input.level) where.push(sql`e.level = ${input.level}`);
  if (input.bad === 'true') where.push(sql`e.level <= 2`);
  if (input.bad === 'false') where.push(sql`e.level > 2`);
  const overdue = sql`(r.id is not null and (
      ((coalesce(r.called_back_at, ${now}::timestamptz) at time zone 'Asia/Shanghai')::date > r.callback_due_on)
      or ((coalesce(r.rectified_at, ${now}::timestamptz) at time zone 'Asia/Shanghai')::date > r.fix_due_on)))`;
  if (input.overdue === 'true') where.push(overdue);
  if (input.overdue === 'false') where.push(sql`not ${overdue}`);
  const base = sql`
    select e.id, e.business_date::text as business_date, e.created_at, u.unit_id, e.subject_number, e.service_code,
      e.level, e.tags, e.comment, e.staff_name, e.lawyer_name, r.status as rectification_status,
      case when r.id is null then null else ${overdue} end as overdue
    from evaluations e join ${unitTable(scope)} on u.org_id = e.org_id
    left join rectifications r on r.evaluation_id = e.id
    where ${sql.join(where, sql` and `)}`;
  const names = unitNames(scope);
  const result = await run<Record<string, unknown>>(services, base, sql`created_at desc, id desc`, page);
  return {
    scope,
    total: result.total,
    items: result.items.map((r) => ({
      id: String(r.id),
      businessDate: String(r.business_date),
      unitName: names.get(String(r.unit_id)) ?? '',
      subjectNumber: String(r.subject_number),
      serviceCode: String(r.service_code),
      level: Number(r.level),
      tags: (r.tags as string[]) ?? [],
      comment: (r.comment as string | null) ?? null,
      staffName: (r.staff_name as string | null) ?? null,
      lawyerName: (r.lawyer_name as string | null) ?? null,
      rectificationStatus: (r.rectification_status as string | null) ?? null,
      overdue: (r.overdue as boolean | null) ?? null,
    })),
  };
}
