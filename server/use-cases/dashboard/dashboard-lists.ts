import { RECTIFICATION_STATUSES } from '@core/evaluation';
import { VENUE_TYPES } from '@core/publicity';
import { priorityGroupCodes } from '@core/queue/priority';
import { serviceCodes } from '@core/queue/services';
import { ticketStatuses } from '@core/queue/ticket-status';
import { type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Services, StaffActor } from '../../context';
import { matterLabel } from '../legal-aid/labels';
import {
  type DashboardScope,
  dashboardQuery,
  orgFilter,
  resolveDashboardScope,
  unitTable,
} from './dashboard-scope';
import { dueDateTable, matterFactsCte } from './matter-facts';
import { factsThrough } from './queue-facts';

/** Paging of every list behind a chart (api-conventions: stable order, a unique tie-breaker last). */
const paging = {
  page: z.coerce.number({ error: '页码应为数字' }).int().min(1, '页码从 1 开始').default(1),
  pageSize: z.coerce
    .number({ error: '每页条数应为数字' })
    .int()
    .min(1)
    .max(200, '每页最多 200 条')
    .default(20),
};
const uuidField = (what: string) => z.uuid({ error: `${what}编号格式不正确` }).optional();

export const ticketListFilters = dashboardQuery.extend({
  unitId: uuidField('单位'),
  serviceCode: z.enum(serviceCodes, { error: '请选择有效的服务事项' }).optional(),
  windowId: uuidField('窗口'),
  status: z.enum(ticketStatuses, { error: '请选择有效的状态' }).optional(),
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD')
    .optional(),
  lawyerId: uuidField('律师'),
});
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
export const evaluationListFilters = dashboardQuery.extend({
  unitId: uuidField('单位'),
  level: z.coerce.number().int().min(1, '评价等级为 1–5').max(5, '评价等级为 1–5').optional(),
  bad: z.enum(['true', 'false'], { error: '差评筛选应为 true 或 false' }).optional(),
  rectificationStatus: z.enum(RECTIFICATION_STATUSES, { error: '请选择有效的整改状态' }).optional(),
  overdue: z.enum(['true', 'false'], { error: '超期筛选应为 true 或 false' }).optional(),
});
export const ticketListQuery = ticketListFilters.extend(paging);
export const matterListQuery = matterListFilters.extend(paging);
export const evaluationListQuery = evaluationListFilters.extend(paging);

export const ticketListItem = z.object({
  id: z.string(),
  businessDate: z.string(),
  number: z.string(),
  centerName: z.string(),
  unitName: z.string(),
  serviceCode: z.string(),
  windowNumber: z.number().int().nullable(),
  windowName: z.string().nullable(),
  status: z.string(),
  issuedAt: z.string(),
  waitSeconds: z.number().int().nullable(),
  serviceSeconds: z.number().int().nullable(),
  /** Masked resident ID number (`1502**********1234`), never the number. */
  idNumberMasked: z.string().nullable(),
});
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
export type TicketListItem = z.infer<typeof ticketListItem>;
export type MatterListItem = z.infer<typeof matterListItem>;
export type EvaluationListItem = z.infer<typeof evaluationListItem>;

/**
 * `{ items, total }` of one page, or every row when `page` is null (exports), in `order`; `knownTotal` when
 * the caller has the count already (a period's tickets from the facts).
 */
async function run<T>(
  services: Services,
  base: SQL,
  order: SQL,
  page: { page: number; pageSize: number } | null,
  knownTotal: number | null = null,
): Promise<{ items: T[]; total: number }> {
  const limit = page ? sql` limit ${page.pageSize} offset ${(page.page - 1) * page.pageSize}` : sql``;
  const [rows, total] = await Promise.all([
    services.db.execute<Record<string, unknown>>(sql`select * from (${base}) q order by ${order}${limit}`),
    knownTotal === null
      ? services.db.execute<{ n: number }>(sql`select count(*)::int as n from (${base}) q`)
      : { rows: [{ n: knownTotal }] },
  ]);
  return { items: rows.rows as T[], total: total.rows[0]?.n ?? 0 };
}

/**
 * The number of tickets of the scope and period when the facts cover its first day: the daily totals up
 * to `through`, the tickets after it counted. Null otherwise (the list counts its rows).
 */
async function ticketTotalFromFacts(services: Services, scope: DashboardScope): Promise<number | null> {
  const through = await factsThrough(services, scope);
  if (!through) return null;
  const closedTo = [scope.period.to, through].sort()[0]!;
  const { rows } = await services.db.execute<{ n: number }>(sql`
    select (select coalesce(sum(d.tickets), 0) from dashboard_day_totals d
            where ${orgFilter(sql`d.org_id`, scope)} and d.business_date between ${scope.period.from} and ${closedTo})::int
      + (select count(*) from tickets t
         where ${orgFilter(sql`t.org_id`, scope)} and t.business_date > ${closedTo} and t.business_date <= ${scope.period.to})::int as n`);
  return rows[0]?.n ?? null;
}

/** An instant column as ISO 8601 UTC text, whatever the driver's type parsers do. */
const isoOf = (column: string) =>
  sql.raw(`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`);
const iso = (value: unknown) => (value === null || value === undefined ? null : String(value));
const unitNames = (scope: DashboardScope) => new Map(scope.units.map((u) => [u.id, u.name]));

/**
 * The tickets behind the visit and time charts: the scope's tickets of the period, narrowed by unit,
 * service, window, status, day or the team lawyer who finished them. Newest day first, then issue
 * instant, then id (descending): a stable order, so pages and exports never repeat or drop a row.
 */
export async function listDashboardTickets(
  services: Services,
  actor: StaffActor,
  input: z.infer<typeof ticketListFilters>,
  page: { page: number; pageSize: number } | null,
): Promise<{ items: TicketListItem[]; total: number; scope: DashboardScope }> {
  const scope = await resolveDashboardScope(services, actor, input);
  const where: SQL[] = [
    orgFilter(sql`t.org_id`, scope),
    sql`t.business_date between ${scope.period.from} and ${scope.period.to}`,
  ];
  if (input.unitId) where.push(sql`u.unit_id = ${input.unitId}`);
  if (input.serviceCode) where.push(sql`t.service_code = ${input.serviceCode}`);
  if (input.windowId) where.push(sql`t.window_id = ${input.windowId}`);
  if (input.status) where.push(sql`t.status = ${input.status}`);
  if (input.date) where.push(sql`t.business_date = ${input.date}`);
  if (input.lawyerId)
    where.push(sql`exists (select 1 from ticket_actions ta join lawyers l on l.user_id = ta.actor_id
      where ta.ticket_id = t.id and ta.action = 'finish' and l.id = ${input.lawyerId})`);
  const base = sql`
    select t.id, t.business_date::text as business_date, ${isoOf('t.issued_at')} as issued_at,
      t.business_date as sort_date, t.issued_at as sort_at, t.number, o.name as center_name, u.unit_id,
      t.service_code, w.number as window_number, w.name as window_name, t.status, t.id_number_masked,
      case when t.first_called_at >= t.issued_at then floor(extract(epoch from t.first_called_at - t.issued_at))::int end as wait_s,
      case when t.finished_at >= t.started_at then floor(extract(epoch from t.finished_at - t.started_at))::int end as service_s
    from tickets t join ${unitTable(scope)} on u.org_id = t.org_id
    join organisations o on o.id = t.org_id
    left join windows w on w.id = t.window_id
    where ${sql.join(where, sql` and `)}`;
  const names = unitNames(scope);
  // The typed columns, not their text: an index gives the newest first without sorting the period.
  const result = await run<Record<string, unknown>>(
    services,
    base,
    sql`sort_date desc, sort_at desc, id desc`,
    page,
    where.length === 2 ? await ticketTotalFromFacts(services, scope) : null,
  );
  return {
    scope,
    total: result.total,
    items: result.items.map((r) => ({
      id: String(r.id),
      businessDate: String(r.business_date),
      number: String(r.number),
      centerName: String(r.center_name),
      unitName: names.get(String(r.unit_id)) ?? '',
      serviceCode: String(r.service_code),
      windowNumber: (r.window_number as number | null) ?? null,
      windowName: (r.window_name as string | null) ?? null,
      status: String(r.status),
      issuedAt: iso(r.issued_at)!,
      waitSeconds: (r.wait_s as number | null) ?? null,
      serviceSeconds: (r.service_s as number | null) ?? null,
      idNumberMasked: (r.id_number_masked as string | null) ?? null,
    })),
  };
}

/**
 * The legal-aid matters behind the legal-aid charts: the application cohort of the period
 * (matter-facts.ts), narrowed by unit, outcome, matter, priority group, five-same-day result, deadline
 * result or assigned lawyer. Newest application first, then id (descending).
 */
export async function listDashboardMatters(
  services: Services,
  actor: StaffActor,
  input: z.infer<typeof matterListFilters>,
  page: { page: number; pageSize: number } | null,
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

/**
 * The ratings behind the satisfaction charts: the period's 好差评 (by business date), narrowed by unit,
 * level or bad reviews; with a rectification filter, the rectification items opened in the period
 * instead (by status or overdue). Newest first, then id (descending).
 */
export async function listDashboardEvaluations(
  services: Services,
  actor: StaffActor,
  input: z.infer<typeof evaluationListFilters>,
  page: { page: number; pageSize: number } | null,
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

export const lectureListFilters = dashboardQuery.extend({
  unitId: uuidField('单位'),
  venueType: z.enum(VENUE_TYPES, { error: '请选择有效的场所类型' }).optional(),
  topic: z.string().trim().max(40).optional(),
  status: z.enum(['held', 'planned'], { error: '请选择有效的状态' }).optional(),
});
export const lectureListQuery = lectureListFilters.extend(paging);
export const lectureListItem = z.object({
  id: z.string(),
  lectureOn: z.string(),
  unitName: z.string(),
  status: z.string(),
  venueType: z.string(),
  venue: z.string(),
  topic: z.string(),
  title: z.string(),
  audienceSize: z.number().int().nullable(),
});
export type LectureListItem = z.infer<typeof lectureListItem>;

/**
 * The lectures behind the 普法讲师团 chart: held or planned (never cancelled) in the period, narrowed by
 * unit, venue type, topic or status. Newest day first, then id (descending).
 */
export async function listDashboardLectures(
  services: Services,
  actor: StaffActor,
  input: z.infer<typeof lectureListFilters>,
  page: { page: number; pageSize: number } | null,
): Promise<{ items: LectureListItem[]; total: number; scope: DashboardScope }> {
  const scope = await resolveDashboardScope(services, actor, input);
  const where: SQL[] = [
    orgFilter(sql`l.org_id`, scope),
    sql`l.status <> 'cancelled'`,
    sql`l.lecture_on between ${scope.period.from} and ${scope.period.to}`,
  ];
  if (input.unitId) where.push(sql`u.unit_id = ${input.unitId}`);
  if (input.venueType) where.push(sql`l.venue_type = ${input.venueType}`);
  if (input.topic) where.push(sql`l.topic = ${input.topic}`);
  if (input.status) where.push(sql`l.status = ${input.status}`);
  const base = sql`
    select l.id, l.lecture_on::text as lecture_on, u.unit_id, l.status, l.venue_type, l.venue, l.topic, l.title,
      l.audience_size
    from lectures l join ${unitTable(scope)} on u.org_id = l.org_id
    where ${sql.join(where, sql` and `)}`;
  const names = unitNames(scope);
  const result = await run<Record<string, unknown>>(services, base, sql`lecture_on desc, id desc`, page);
  return {
    scope,
    total: result.total,
    items: result.items.map((r) => ({
      id: String(r.id),
      lectureOn: String(r.lecture_on),
      unitName: names.get(String(r.unit_id)) ?? '',
      status: String(r.status),
      venueType: String(r.venue_type),
      venue: String(r.venue),
      topic: String(r.topic),
      title: String(r.title),
      audienceSize: (r.audience_size as number | null) ?? null,
    })),
  };
}
