import { getService } from '@core/queue/services';
import { sql } from 'drizzle-orm';
import type { Database, RequestMeta, StaffActor } from '../../context';
import { executePrepared } from '../../db/prepared';
import { QUEUE_CHANNEL, type QueueEvent, tellListeners } from '../../realtime/queue-events';
import { queueErrors } from './queue-errors';
import type { TicketRow } from './ticket-state';

/** A new ticket without its sequence and number, which the statement allocates. */
export type NewTicket = Omit<TicketRow, 'sequence' | 'number'>;

/**
 * Writes an issued ticket in ONE statement, hence one transaction: increments the day's counter of its
 * center and service (`insert … on conflict do update … returning`), inserts the ticket with that sequence
 * and its number, its `issue` action log row and its audit entry (the columns record-audit.ts writes).
 *
 * The same statement may NOTIFY a queue event (`extra.event`, delivered at commit): one round trip. Reads
 * (people ahead) stay out of it, so that the counter row is locked for the writes only.
 *
 * Why one statement: the counter row is locked from its increment until commit, and every kiosk of the
 * hall issuing the same service waits for it. Sent as separate statements, each step would wait for this
 * process's event loop while holding that lock (under load, tens of milliseconds per step); as one
 * statement the lock is held only inside PostgreSQL, for the statement and its commit.
 *
 * The number is the service's prefix and the sequence padded to 3 digits (core/queue/ticket-number
 * `formatTicketNumber`; insert-issued-ticket.test.ts checks both agree). A sequence past 9999 violates
 * `tickets_sequence_ck`, which rolls the increment back with the rest: 409 QUEUE.SEQUENCE_EXHAUSTED.
 */
export async function insertIssuedTicket(
  db: Database,
  ticket: NewTicket,
  log: {
    actor: Pick<StaffActor, 'userId' | 'displayName'> | null;
    meta: RequestMeta;
    payload: Record<string, unknown>;
    audit: { after: Record<string, unknown>; reason: string | null };
  },
  extra: {
    /** Announced with `pg_notify` by the same statement, so at its commit (queue-events.ts). */
    event?: QueueEvent;
  } = {},
): Promise<TicketRow> {
  const prefix = getService(ticket.serviceCode).ticketPrefix;
  const iso = (date: Date | null) => (date === null ? null : date.toISOString());
  try {
    const result = await executePrepared<{ sequence: number; number: string }>(
      db,
      sql`
      with counter as (
        insert into ticket_counters (org_id, service_code, business_date, last_sequence)
        values (${ticket.orgId}::uuid, ${ticket.serviceCode}, ${ticket.businessDate}::date, 1)
        on conflict (org_id, service_code, business_date)
        do update set last_sequence = ticket_counters.last_sequence + 1
        returning last_sequence
      ), ticket as (
        insert into tickets (id, org_id, service_code, business_date, sequence, number, status, priority,
                             priority_groups, priority_sources, priority_reason, person_id, id_number_hash,
                             id_number_masked, channel, window_id, queued_at, issued_at, updated_at)
        select ${ticket.id}::uuid, ${ticket.orgId}::uuid, ${ticket.serviceCode}, ${ticket.businessDate}::date,
               last_sequence, ${prefix} || lpad(last_sequence::text, greatest(3, length(last_sequence::text)), '0'),
               ${ticket.status}, ${ticket.priority}, ${sql.param(ticket.priorityGroups)}::text[], ${sql.param(ticket.prioritySources)}::text[],
               ${ticket.priorityReason}, ${ticket.personId}::uuid, ${ticket.idNumberHash}, ${ticket.idNumberMasked},
               ${ticket.channel}, ${ticket.windowId}::uuid, ${iso(ticket.queuedAt)}::timestamptz,
               ${iso(ticket.issuedAt)}::timestamptz, ${iso(ticket.updatedAt)}::timestamptz
        from counter
        returning id, org_id, sequence, number, status
      ), action as (
        insert into ticket_actions (ticket_id, org_id, action, at, actor_id, payload, from_status, to_status)
        select id, org_id, 'issue', ${iso(ticket.issuedAt)}::timestamptz, ${log.actor?.userId ?? null}::uuid,
               ${JSON.stringify(log.payload)}::jsonb, null, status
        from ticket
      ), audit as (
        insert into audit_log (actor_id, actor_name, org_id, action, entity_type, entity_id, reason, after,
                               ip, user_agent, request_id)
        select ${log.actor?.userId ?? null}::uuid, ${log.actor?.displayName ?? null}, org_id, 'queue.ticket.issue',
               'ticket', id::text, ${log.audit.reason},
               jsonb_build_object('number', number) || ${JSON.stringify(log.audit.after)}::jsonb,
               ${log.meta.ip ?? null}::inet, ${log.meta.userAgent ?? null}, ${log.meta.requestId ?? null}
        from ticket
      )
      select sequence, number,
             ${extra.event ? sql`pg_notify(${QUEUE_CHANNEL}, ${JSON.stringify(extra.event)})` : sql`null`} as notified
      from ticket`,
    );
    const [row] = result.rows;
    if (!row) throw new Error('the issued ticket was not inserted');
    if (extra.event) tellListeners(extra.event);
    return { ...ticket, sequence: row.sequence, number: row.number };
  } catch (error) {
    const cause = (error as { cause?: { code?: string; constraint?: string } }).cause ?? error;
    const pg = cause as { code?: string; constraint?: string };
    if (pg.code === '23514' && pg.constraint === 'tickets_sequence_ck') throw queueErrors.sequenceExhausted();
    throw error;
  }
}
