import type { Executor, RequestMeta, Services, StaffActor } from '../../context';
import type { QueueEvent } from '../../realtime/queue-events';
import { finishLinkedTicket, lockLinkedTicket } from '../queue/ticket-matter-link';
import type { TicketRow } from '../queue/ticket-state';

/**
 * The queue ticket an application is registered from, locked for the transaction (see
 * queue/ticket-matter-link.ts). 400 LEGAL_AID.UNKNOWN_TICKET when there is none, or it is outside the
 * actor's organisation scope.
 */
export function lockIntakeTicket(tx: Executor, actor: StaffActor, ticketId: string): Promise<TicketRow> {
  return lockLinkedTicket(tx, actor, ticketId, 'LEGAL_AID.UNKNOWN_TICKET');
}

/**
 * 办结 the ticket an application was started from, inside the application's transaction, with the
 * matter number 包法援〔2026〕第0001号 linked (queue/ticket-matter-link.ts). The application keeps its
 * own link (`legal_aid_matters.ticket_id`) even when the ticket is no longer at a window.
 */
export function finishIntakeTicket(
  services: Services,
  tx: Executor,
  call: { actor: StaffActor; meta: RequestMeta },
  ticket: TicketRow,
  matterNumber: string,
): Promise<QueueEvent[]> {
  return finishLinkedTicket(services, tx, call, ticket, {
    matterNumber,
    note: `登记法律援助申请 ${matterNumber}`,
  });
}
