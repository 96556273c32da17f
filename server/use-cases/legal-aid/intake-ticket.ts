import { badInput } from '@core/errors';
import { eq } from 'drizzle-orm';
import type { Executor, RequestMeta, Services, StaffActor } from '../../context';
import { tickets } from '../../db/schema/index';
import type { QueueEvent } from '../../realtime/queue-events';
import { type TransitionSpec, transitionTicket } from '../queue/run-transition';
import type { TicketRow } from '../queue/ticket-state';

/**
 * The queue ticket an application is registered from, locked for the transaction (`for no key update`,
 * as the queue's own transitions lock it), so a console cannot finish it under us. 400
 * LEGAL_AID.UNKNOWN_TICKET when there is none, or it is outside the actor's organisation scope.
 */
export async function lockIntakeTicket(
  tx: Executor,
  actor: StaffActor,
  ticketId: string,
): Promise<TicketRow> {
  const [ticket] = await tx.select().from(tickets).where(eq(tickets.id, ticketId)).for('no key update');
  if (!ticket || !actor.scopeOrgIds.includes(ticket.orgId))
    throw badInput('LEGAL_AID.UNKNOWN_TICKET', '找不到该取号记录', 'ticketId');
  return ticket;
}

/**
 * 办结 the ticket an application was started from, inside the application's transaction: the citizen's
 * visit to the legal-aid window ends with the matter opened (core queue `finish`, outcome
 * 'matter-opened', `matterId` = the matter number 包法援〔2026〕第0001号, as the console's finish form
 * records it). A ticket still 'called' is started first (the citizen sat down; core allows `finish`
 * only from 'serving'). Both are ordinary queue transitions (server/use-cases/queue/run-transition.ts):
 * queue.serve on the ticket's center, at the ticket's own window, audited, in the action log.
 *
 * A ticket no longer at a window (already finished at the console, transferred back to the queue,
 * cancelled) is left as it is: the application keeps its link (`legal_aid_matters.ticket_id`), and a
 * visit is never ended twice. Returns the display-board events to publish after commit.
 */
export async function finishIntakeTicket(
  services: Services,
  tx: Executor,
  call: { actor: StaffActor; meta: RequestMeta },
  ticket: TicketRow,
  matterNumber: string,
): Promise<QueueEvent[]> {
  if ((ticket.status !== 'called' && ticket.status !== 'serving') || !ticket.windowId) return [];
  const window = { id: ticket.windowId };
  const step = (spec: TransitionSpec) =>
    transitionTicket(services, tx, { ...call, input: { ticketId: ticket.id } }, spec);
  const events: QueueEvent[] = [];
  if (ticket.status === 'called') {
    const started = await step({
      permission: 'queue.serve',
      auditAction: 'queue.ticket.start',
      window,
      action: ({ at }) => ({ type: 'start', at }),
    });
    events.push(started.event);
  }
  const finished = await step({
    permission: 'queue.serve',
    auditAction: 'queue.ticket.finish',
    window,
    action: ({ at }) => ({ type: 'finish', at, outcome: 'matter-opened', matterId: matterNumber }),
    extra: { note: `登记法律援助申请 ${matterNumber}` },
  });
  events.push(finished.event);
  return events;
}
