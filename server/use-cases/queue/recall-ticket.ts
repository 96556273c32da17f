import { recordAudit } from '../../audit/record-audit';
import type { Services, UseCaseCall } from '../../context';
import { publishQueueEvent } from '../../realtime/queue-events';
import { loadQueueSettings } from './queue-settings';
import {
  actingWindow,
  appendTicketAction,
  callEvent,
  lockTicket,
  runTicketTransition,
  type TicketActionInput,
} from './run-transition';
import { loadTicketItem, type TicketItem } from './ticket-item';

export type RecallTicketInput = TicketActionInput & { windowId: string };

/**
 * 重呼: calls a ticket again at an open window.
 * - A `no-show` ticket (the citizen came back): core `recall` (a second chance, counted against the
 *   center's `maxRecalls`; 409 QUEUE.INVALID_TRANSITION past it) at its window or any window serving its
 *   service.
 * - A `called` ticket: the call is announced again on the display board (action `announce`, no change
 *   of status or recall count), at the window it was called to.
 * Audited; the display board gets `event: call` with `recall: true`.
 */
export async function recallTicket(
  services: Services,
  call: UseCaseCall<RecallTicketInput>,
): Promise<TicketItem> {
  const { actor, input, meta } = call;
  const announced = await services.db.transaction(async (tx) => {
    const { row, at } = await lockTicket(services, tx, call, 'queue.serve');
    if (row.status !== 'called') return undefined;
    const window = await actingWindow(tx, row, { id: input.windowId, open: true });
    const settings = await loadQueueSettings(tx, row.orgId);
    await appendTicketAction(tx, {
      row,
      action: 'announce',
      at,
      actorId: actor.userId,
      windowId: window.id,
      toStatus: row.status,
    });
    await recordAudit(tx, actor, meta, {
      action: 'queue.ticket.announce',
      entityType: 'ticket',
      entityId: row.id,
      orgId: row.orgId,
      after: { number: row.number, windowId: window.id },
    });
    return {
      item: await loadTicketItem(tx, row.id, settings.maxRecalls),
      event: callEvent(row, window, at, true),
    };
  });
  if (announced) {
    await publishQueueEvent(services.db, announced.event);
    return announced.item;
  }
  return runTicketTransition(services, call, {
    permission: 'queue.serve',
    auditAction: 'queue.ticket.recall',
    window: { id: input.windowId, rule: 'serves', open: true },
    action: ({ at }) => ({ type: 'recall', at, windowId: input.windowId }),
    announce: true,
  });
}
