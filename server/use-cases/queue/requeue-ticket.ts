import { z } from 'zod';
import type { Services, UseCaseCall } from '../../context';
import { atField } from './action-instant';
import { runTicketTransition, type TicketActionInput } from './run-transition';
import type { TicketItem } from './ticket-item';

export const requeueTicketBody = z.object({
  version: z.number().int().min(1).optional(),
  at: atField,
});
export type RequeueTicketInput = TicketActionInput & z.infer<typeof requeueTicketBody>;

/**
 * 过号重新排队: a no-show ticket goes back to the queue, at the back (its place becomes now; core
 * `requeue`, a second chance counted against `maxRecalls`).
 */
export function requeueTicket(
  services: Services,
  call: UseCaseCall<RequeueTicketInput>,
): Promise<TicketItem> {
  return runTicketTransition(services, call, {
    permission: 'queue.serve',
    auditAction: 'queue.ticket.requeue',
    action: ({ at }) => ({ type: 'requeue', at }),
  });
}
