import { z } from 'zod';
import type { Services, UseCaseCall } from '../../context';
import { atField } from './action-instant';
import { runTicketTransition, type TicketActionInput } from './run-transition';
import type { TicketItem } from './ticket-item';

export const closeTicketBody = z.object({
  reason: z.enum(['staff-decision', 'end-of-day'], { error: '请选择作废原因' }),
  note: z.string().trim().max(500, '备注不能超过 500 个字').optional(),
  version: z.number().int().min(1).optional(),
  at: atField,
});
export type CloseTicketInput = TicketActionInput & z.infer<typeof closeTicketBody>;

/** 作废: a no-show ticket is closed for good (core `close`). */
export function closeTicket(services: Services, call: UseCaseCall<CloseTicketInput>): Promise<TicketItem> {
  const { input } = call;
  return runTicketTransition(services, call, {
    permission: 'queue.serve',
    auditAction: 'queue.ticket.close',
    reason: input.note ?? input.reason,
    action: ({ at }) => ({ type: 'close', at, reason: input.reason }),
    ...(input.note === undefined ? {} : { extra: { note: input.note } }),
  });
}
