import { z } from 'zod';
import type { Services, UseCaseCall } from '../../context';
import { atField } from './action-instant';
import { runTicketTransition, type TicketActionInput } from './run-transition';
import type { TicketItem } from './ticket-item';

export const cancelTicketBody = z.object({
  reason: z.enum(['citizen-request', 'staff-decision', 'end-of-day'], { error: '请选择取消原因' }),
  note: z.string().trim().max(500, '备注不能超过 500 个字').optional(),
  version: z.number().int().min(1).optional(),
  at: atField,
});
export type CancelTicketInput = TicketActionInput & z.infer<typeof cancelTicketBody>;

/** 取消: a waiting or called ticket is cancelled (the citizen left, or staff decided; core `cancel`). */
export function cancelTicket(services: Services, call: UseCaseCall<CancelTicketInput>): Promise<TicketItem> {
  const { input } = call;
  return runTicketTransition(services, call, {
    permission: 'queue.serve',
    auditAction: 'queue.ticket.cancel',
    reason: input.note ?? input.reason,
    action: ({ at }) => ({ type: 'cancel', at, reason: input.reason }),
    ...(input.note === undefined ? {} : { extra: { note: input.note } }),
  });
}
