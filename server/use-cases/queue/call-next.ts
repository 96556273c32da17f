import { assertCan } from '@core/access';
import { businessDateOf } from '@core/calendar';
import { applyTicketAction } from '@core/queue/ticket-status';
import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Database, Services, UseCaseCall } from '../../context';
import { preparedStatement } from '../../db/prepared';
import { rowFromJson } from '../../db/row-from-json';
import { tickets, windows } from '../../db/schema/index';
import { publishQueueEvent, type QueueEvent } from '../../realtime/queue-events';
import { actionInstant, atField } from './action-instant';
import { nextTicketIdSql } from './call-order-sql';
import { fromTicketError, queueErrors } from './queue-errors';
import { DEFAULT_QUEUE_SETTINGS } from './queue-settings';
import { findPersonName, type TicketItem, toTicketItem } from './ticket-item';
import { rowToState } from './ticket-state';

export const callNextBody = z.object({ at: atField }).nullish();
export type CallNextInput = { windowId: string; at?: string | undefined };

/** The center of each window (it never changes: update-window.ts keeps `org_id`), per database handle. */
const windowCenters = new WeakMap<object, Map<string, string>>();

async function windowCenter(db: Database, windowId: string): Promise<string> {
  const perDb = windowCenters.get(db) ?? new Map<string, string>();
  windowCenters.set(db, perDb);
  const known = perDb.get(windowId);
  if (known) return known;
  const [row] = await db.select({ orgId: windows.orgId }).from(windows).where(eq(windows.id, windowId));
  if (!row) throw queueErrors.windowNotFound();
  perDb.set(windowId, row.orgId);
  return row.orgId;
}

interface CallOutcome extends Record<string, unknown> {
  window_status: string | null;
  window_number: number | null;
  window_name: string | null;
  max_recalls: number | null;
  picked_id: string | null;
  /** The called ticket as updated (row_to_json), null when none was called. */
  called: Record<string, unknown> | null;
}

/** What callNext's statement binds: instants as ISO strings, the day as `YYYY-MM-DD`. */
interface CallNextValues extends Record<string, unknown> {
  windowId: string;
  orgId: string;
  at: string;
  businessDate: string;
  actorId: string;
  actorName: string;
  ip: string | null;
  userAgent: string | null;
  requestId: string | null;
}

/** callNext's one statement, built once (server/db/prepared.ts preparedStatement). */
const callNextStatement = preparedStatement<CallNextValues>((p) => {
  const at = sql`${p.at}::timestamptz`;
  const next = nextTicketIdSql({
    id: sql`w.id`,
    orgId: sql`w.org_id`,
    services: sql`w.services`,
    agedBefore: sql`(${at} - w.aging_limit_minutes * interval '1 minute')`,
    businessDate: sql`${p.businessDate}::date`,
    now: at,
  });
  return sql`
      with w as (
        select win.id, win.org_id, win.number, win.name, win.status, win.services,
               coalesce(s.aging_limit_minutes, ${DEFAULT_QUEUE_SETTINGS.agingLimitMinutes}::int) as aging_limit_minutes,
               coalesce(s.max_recalls, ${DEFAULT_QUEUE_SETTINGS.maxRecalls}::int) as max_recalls
        from windows as win left join queue_settings as s on s.org_id = win.org_id
        where win.id = ${p.windowId}::uuid and win.org_id = ${p.orgId}::uuid
        for share of win
      ), picked as (
        select ${next} as id from w where w.status = 'open'
      ), called as (
        update tickets as t
        set status = 'called', window_id = w.id, first_called_at = coalesce(t.first_called_at, ${at}),
            called_at = ${at}, updated_at = ${at}, version = t.version + 1
        from w, picked
        where t.id = picked.id and t.updated_at <= ${at}
        returning t.*
      ), logged as (
        insert into ticket_actions (ticket_id, org_id, action, at, actor_id, window_id, payload, from_status, to_status)
        select c.id, c.org_id, 'call', ${at}, ${p.actorId}::uuid, c.window_id,
               jsonb_build_object('aged', not c.priority and ${at} - c.queued_at > w.aging_limit_minutes * interval '1 minute'),
               'waiting', 'called'
        from called as c, w
      ), audited as (
        insert into audit_log (actor_id, actor_name, org_id, action, entity_type, entity_id, after, ip, user_agent, request_id)
        select ${p.actorId}::uuid, ${p.actorName}::text, c.org_id, 'queue.ticket.call', 'ticket', c.id::text,
               jsonb_build_object('number', c.number, 'windowId', w.id, 'windowNumber', w.number),
               ${p.ip}::inet, ${p.userAgent}::text, ${p.requestId}::text
        from called as c, w
      )
      select w.status as window_status, w.number as window_number, w.name as window_name,
             w.max_recalls, picked.id as picked_id,
             case when c.id is not null then row_to_json(c) end as called
      from w left join picked on true left join called as c on true`;
});

/**
 * 叫号: calls the next citizen to a window, in ONE statement (one round trip, no lock held while this
 * process waits): share-lock the window row (`for share`: a pause or an edit of the window waits for the
 * calls under way and the other way round, while calls at one window do not wait for each other), take the
 * first of the window's waiting tickets of the Beijing business day in call order (core/queue/call-order;
 * in SQL: `nextTicketIdSql`) with `for no key update skip locked`, so two consoles never get the same
 * ticket; mark it called (returning the updated row), log the action, audit. After the commit the display
 * boards are told (publishQueueEvent: batched NOTIFY, outside this transaction, not awaited by the reply).
 *
 * The update is core's `call` transition of a waiting ticket (core/queue/ticket-status applyTicketAction:
 * status `called`, the window, first and last call instants, `updated_at`, version + 1) written in SQL;
 * call-next.test.ts checks the stored row equals core's result. A ticket the transition refuses (its last
 * change is later than `at`, in a replay) is not updated and gets core's error.
 *
 * Errors: 404 QUEUE.WINDOW_NOT_FOUND; 403 without queue.serve on the window's center; 409
 * QUEUE.WINDOW_NOT_OPEN; 404 QUEUE.EMPTY when nobody is waiting.
 */
export async function callNext(
  services: Services,
  { actor, input, meta }: UseCaseCall<CallNextInput>,
): Promise<TicketItem> {
  const orgId = await windowCenter(services.db, input.windowId);
  assertCan(actor, 'queue.serve', { orgId });
  const now = actionInstant(services, actor, orgId, input.at);
  const at = now.toISOString();
  const { rows } = await callNextStatement.execute<CallOutcome>(services.db, {
    windowId: input.windowId,
    orgId,
    at,
    businessDate: businessDateOf(now),
    actorId: actor.userId,
    actorName: actor.displayName,
    ip: meta.ip ?? null,
    userAgent: meta.userAgent ?? null,
    requestId: meta.requestId ?? null,
  });
  const outcome = rows[0];
  if (!outcome) throw queueErrors.windowNotFound();
  if (outcome.window_status !== 'open') throw queueErrors.windowNotOpen(outcome.window_status ?? 'closed');
  if (!outcome.picked_id) throw queueErrors.empty();
  if (!outcome.called) {
    // Refused by core (the ticket changed after `at`): its error, as the transition would have given.
    const [ticket] = await services.db.select().from(tickets).where(eq(tickets.id, outcome.picked_id));
    if (!ticket) throw queueErrors.empty();
    const refused = applyTicketAction(
      rowToState(ticket),
      { type: 'call', at: now, windowId: input.windowId },
      { maxRecalls: outcome.max_recalls ?? DEFAULT_QUEUE_SETTINGS.maxRecalls },
    );
    throw refused.ok ? queueErrors.empty() : fromTicketError(refused.error);
  }
  const ticket = rowFromJson(tickets, outcome.called);
  const announced: QueueEvent = {
    type: 'call',
    orgId: ticket.orgId,
    ticketNumber: ticket.number,
    windowNumber: outcome.window_number ?? 0,
    windowName: outcome.window_name ?? '',
    serviceCode: ticket.serviceCode,
    calledAt: at,
    recall: false,
  };
  // Not awaited: the reply does not wait for the NOTIFY (this process's boards are told at once).
  void publishQueueEvent(services.db, announced);
  const personName = await findPersonName(services.db, ticket);
  return toTicketItem(
    { ticket, windowNumber: outcome.window_number, windowName: outcome.window_name, personName },
    outcome.max_recalls ?? DEFAULT_QUEUE_SETTINGS.maxRecalls,
  );
}
