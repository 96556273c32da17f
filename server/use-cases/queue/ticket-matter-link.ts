import { badInput } from '@core/errors';
import { eq } from 'drizzle-orm';
import type { Executor, RequestMeta, Services, StaffActor } from '../../context';
import { tickets } from '../../db/schema/index';
import type { QueueEvent } from '../../realtime/queue-events';
import { type TransitionSpec, transitionTicket } from './run-transition';
import type { TicketRow } from './ticket-state';

/**
 * A matter registered from the queue ticket being served (a legal-aid application, a window matter):
 * the ticket is locked for the transaction that opens the matter, and finished in it with the matter
 * linked, as the console's 办结 dialog records it by hand (outcome 'matter-opened', `matterId` = the
 * matter number).
 */

/**
 * The queue ticket a matter is registered from, locked for the transaction (`for no key update`, as
 * the queue's own transitions lock it), so a console cannot finish it under us. 400 `code` (the
 * caller's, e.g. LEGAL_AID.UNKNOWN_TICKET) when there is none, or it is outside the actor's scope.
 */
export async function lockLinkedTicket(
  tx: Executor,
  actor: StaffActor,
  ticketId: string,
  code: string,
): Promise<TicketRow> {
  const [ticket] = await tx.select().from(tickets).where(eq(tickets.id, ticketId)).for('no key update');
  if (!ticket || !actor.scopeOrgIds.includes(ticket.orgId))
    throw badInput(code, { zh: '找不到该取号记录', en: 'No such ticket' }, 'ticketId');
  return ticket;
}

/**
 * 办结 the ticket a matter was registered from, inside the matter's transaction: the citizen's visit
 * ends with the matter opened (core queue `finish`, outcome 'matter-opened', `matterId` = the matter
 * number 包调〔2026〕第0001号). A ticket still 'called' is started first (the citizen sat down; core
 * allows `finish` only from 'serving'). Both are ordinary queue transitions (run-transition.ts):
 * queue.serve on the ticket's center, at the ticket's own window, audited, in the action log.
 *
 * A ticket no longer at a window (already finished at the console, transferred back to the queue,
 * cancelled) is left as it is: a visit is never ended twice. Returns the display-board events to
 * publish after commit.
 */
export async function finishLinkedTicket(
  services: Services,
  tx: Executor,
  call: { actor: StaffActor; meta: RequestMeta },
  ticket: TicketRow,
  link: { matterNumber: string; note: string },
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
    action: ({ at }) => ({ type: 'finish', at, outcome: 'matter-opened', matterId: link.matterNumber }),
    extra: { note: link.note },
  });
  events.push(finished.event);
  return events;
}
