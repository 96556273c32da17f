import { assertCan } from '@core/access';
import { businessDateOf, isIsoDate } from '@core/calendar';
import { serviceCodes } from '@core/queue/services';
import { ticketStatuses } from '@core/queue/ticket-status';
import { and, count, desc, eq, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Services, UseCaseCall } from '../../context';
import { tickets } from '../../db/schema/index';
import { resolveCenter } from './queue-center';
import { loadQueueSettings } from './queue-settings';
import { selectTickets, type TicketItem, toTicketItem } from './ticket-item';

export const businessDateField = z
  .string()
  .refine(isIsoDate, '日期格式应为 YYYY-MM-DD')
  .describe('北京时间业务日期 YYYY-MM-DD');

export const listTicketsQuery = z.object({
  centerId: z.uuid({ error: '服务中心编号格式不正确' }).optional(),
  date: businessDateField.optional(),
  serviceCode: z.enum(serviceCodes, { error: '请选择有效的服务事项' }).optional(),
  status: z.enum(ticketStatuses, { error: '请选择有效的状态' }).optional(),
  number: z.string().trim().toUpperCase().max(6).optional(),
  page: z.coerce.number().int().min(1, '页码至少为 1').default(1),
  pageSize: z.coerce.number().int().min(1, '每页至少 1 条').max(500, '每页最多 500 条').default(50),
});
export type ListTicketsInput = z.infer<typeof listTicketsQuery>;

/**
 * The tickets of a center on a Beijing business date (default today), newest first (issue time, then
 * id: a stable order), filtered by service, status or number. Needs queue.read on the center.
 */
export async function listTickets(
  services: Services,
  { actor, input }: UseCaseCall<ListTicketsInput>,
): Promise<{ items: TicketItem[]; total: number }> {
  const center = await resolveCenter(services.db, input.centerId);
  assertCan(actor, 'queue.read', { orgId: center.id });
  const where: SQL[] = [
    eq(tickets.orgId, center.id),
    eq(tickets.businessDate, input.date ?? businessDateOf(services.now())),
  ];
  if (input.serviceCode) where.push(eq(tickets.serviceCode, input.serviceCode));
  if (input.status) where.push(eq(tickets.status, input.status));
  if (input.number) where.push(eq(tickets.number, input.number));
  const [settings, rows, [counted]] = await Promise.all([
    loadQueueSettings(services.db, center.id),
    selectTickets(services.db, and(...where), {
      orderBy: [desc(tickets.issuedAt), desc(tickets.id)],
      limit: input.pageSize,
      offset: (input.page - 1) * input.pageSize,
    }),
    services.db
      .select({ n: count() })
      .from(tickets)
      .where(and(...where)),
  ]);
  return { items: rows.map((r) => toTicketItem(r, settings.maxRecalls)), total: counted?.n ?? 0 };
}
