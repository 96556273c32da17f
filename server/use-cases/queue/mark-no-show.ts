import type { Services, UseCaseCall } from '../../context';
import { runTicketTransition, type TicketActionInput } from './run-transition';
import type { TicketItem } from './ticket-item';

export type MarkNoShowInput = TicketActionInput & { windowId: string };

/**
 * 过号: the called citizen did not come to the window. Core `no-show`: the ticket becomes `no-show`
 * (recall or requeue later), or `closed` when its second chances (`maxRecalls`) are used up. Only at the
 * window it was called to (409 QUEUE.WRONG_WINDOW).
 */
export function markNoShow(services: Services, call: UseCaseCall<MarkNoShowInput>): Promise<TicketItem> {
  return runTicketTransition(services, call, {
    permission: 'queue.serve',
    auditAction: 'queue.ticket.no-show',
    window: { id: call.input.windowId },
    action: ({ at }) => ({ type: 'no-show', at }),
  });
}
