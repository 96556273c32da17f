import { serviceCodes } from '@core/queue/services';
import { ticketStatuses } from '@core/queue/ticket-status';
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
import { factsThrough } from '../queue-facts';
import { iso, isoOf, type ListPage, paging, run, unitNames, uuidField } from './list-kit';

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
export const ticketListQuery = ticketListFilters.extend(paging);

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
export type TicketListItem = z.infer<typeof ticketListItem>;

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

/**
 * The tickets behind the visit and time charts: the scope's tickets of the period, narrowed by unit,
 * service, window, status, day or the team lawyer who finished them. Newest day first, then issue
 * instant, then id (descending): a stable order, so pages and exports never repeat or drop a row.
 */
export async function listDashboardTickets(
  services: Services,
  actor: StaffActor,
  input: z.infer<typeof ticketListFilters>,
  page: ListPage,
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
