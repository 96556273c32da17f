import { assertCan } from '@core/access';
import { businessDateOf } from '@core/calendar';
import { applyTicketAction } from '@core/queue/ticket-status';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { auditInsert } from '../../audit/record-audit';
import type { Services, UseCaseCall } from '../../context';
import { queueSettings, tickets, windows } from '../../db/schema/index';
import { type QueueEvent, tellListeners } from '../../realtime/queue-events';
import { actionInstant, atField } from './action-instant';
import { lockNextForWindow } from './call-order-sql';
import { fromTicketError, queueErrors } from './queue-errors';
import { settingsOf } from './queue-settings';
import { callEvent, ticketActionInsert, writeAtOnce } from './run-transition';
import { findPersonName, type TicketItem, toTicketItem } from './ticket-item';
import { rowToState, stateColumns, type TicketRow } from './ticket-state';

export const callNextBody = z.object({ at: atField }).nullish();
export type CallNextInput = { windowId: string; at?: string | undefined };

/**
 * 叫号: calls the next citizen to a window. ONE transaction: share-lock the window row (`for share`: a
 * pause or an edit of the window waits for the calls under way and the other way round, while calls at one
 * window do not wait for each other — the tickets' own locks keep them apart; 404 QUEUE.WINDOW_NOT_FOUND), check the actor may serve it (queue.serve in scope) and that it is open
 * (409 QUEUE.WINDOW_NOT_OPEN); take the first of the window's waiting tickets of the Beijing business day
 * in call order (core/queue/call-order; in SQL: `lockNextForWindow`) with `for no key update skip locked`,
 * so two consoles never get the same ticket; mark it called (core applyTicketAction), log the action,
 * audit; after commit NOTIFY the display boards. 404 QUEUE.EMPTY when nobody is waiting.
 */
export async function callNext(
  services: Services,
  { actor, input, meta }: UseCaseCall<CallNextInput>,
): Promise<TicketItem> {
  let event: QueueEvent | undefined;
  const called = await services.db.transaction(async (tx) => {
    const [locked] = await tx
      .select({ window: windows, settings: queueSettings })
      .from(windows)
      .leftJoin(queueSettings, eq(queueSettings.orgId, windows.orgId))
      .where(eq(windows.id, input.windowId))
      .for('share', { of: windows });
    if (!locked) throw queueErrors.windowNotFound();
    const { window } = locked;
    assertCan(actor, 'queue.serve', { orgId: window.orgId });
    const now = actionInstant(services, actor, window.orgId, input.at);
    if (window.status !== 'open') throw queueErrors.windowNotOpen(window.status);
    const settings = settingsOf(window.orgId, locked.settings);
    const row = await lockNextForWindow(tx, window, businessDateOf(now), now, settings.agingLimitMinutes);
    if (!row) throw queueErrors.empty();
    const result = applyTicketAction(
      rowToState(row),
      { type: 'call', at: now, windowId: window.id },
      { maxRecalls: settings.maxRecalls },
    );
    if (!result.ok) throw fromTicketError(result.error);
    const changes = { ...stateColumns(result.state), version: row.version + 1 };
    event = callEvent(row, window, now, false);
    // The ticket, its action log row, the audit entry and the announcement in one round trip: the locks are
    // released sooner.
    await writeAtOnce(
      tx,
      [
        tx.update(tickets).set(changes).where(eq(tickets.id, row.id)),
        ticketActionInsert(tx, {
          row,
          action: 'call',
          at: now,
          actorId: actor.userId,
          windowId: window.id,
          toStatus: result.state.status,
          payload: {
            aged:
              !row.priority && now.getTime() - row.queuedAt.getTime() > settings.agingLimitMinutes * 60_000,
          },
        }),
        auditInsert(tx, actor, meta, {
          action: 'queue.ticket.call',
          entityType: 'ticket',
          entityId: row.id,
          orgId: row.orgId,
          after: { number: row.number, windowId: window.id, windowNumber: window.number },
        }),
      ],
      event,
    );
    const updated: TicketRow = { ...row, ...changes };
    return { ticket: updated, window, maxRecalls: settings.maxRecalls };
  });
  // After commit, outside the window lock: the announcement, and the citizen's name for the console.
  if (event) tellListeners(event);
  const personName = await findPersonName(services.db, called.ticket);
  return toTicketItem(
    { ticket: called.ticket, windowNumber: called.window.number, windowName: called.window.name, personName },
    called.maxRecalls,
  );
}
