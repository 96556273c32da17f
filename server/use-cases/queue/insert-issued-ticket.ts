import { PEOPLE_AHEAD_CAP } from '@core/queue/call-order';
import { getService } from '@core/queue/services';
import { sql } from 'drizzle-orm';
import type { Database, RequestMeta, StaffActor } from '../../context';
import { preparedStatement } from '../../db/prepared';
import { tickets } from '../../db/schema/index';
import { aheadInQueueOf } from './call-order-sql';
import { queueErrors } from './queue-errors';
import type { TicketRow } from './ticket-state';

/** The most tickets of one service a center issues in a day (the check `tickets_sequence_ck`). */
const MAX_TICKET_SEQUENCE = 9999;

/** A new ticket without its sequence and number, which the statement allocates. */
export type NewTicket = Omit<TicketRow, 'sequence' | 'number'>;

/** Statement 1: the next number of a center, service and day (committed without waiting for the disk). */
const takeNumberStatement = preparedStatement<{ orgId: string; serviceCode: string; businessDate: string }>(
  (p) => sql`
    insert into ticket_counters (org_id, service_code, business_date, last_sequence)
    select ${p.orgId}::uuid, ${p.serviceCode}::text, ${p.businessDate}::date, 1
    from (select set_config('synchronous_commit', 'off', true)) as this_commit_does_not_wait
    on conflict (org_id, service_code, business_date)
    do update set last_sequence = ticket_counters.last_sequence + 1
    where ticket_counters.last_sequence < ${MAX_TICKET_SEQUENCE}
    returning last_sequence as sequence`,
);

/** What statement 2 binds: the ticket's columns, its log and audit entry, the people-ahead count's inputs. */
interface InsertValues extends Record<string, unknown> {
  id: string;
  orgId: string;
  serviceCode: string;
  businessDate: string;
  sequence: number;
  prefix: string;
  status: string;
  priority: boolean;
  priorityGroups: string[];
  prioritySources: string[];
  priorityReason: string | null;
  personId: string | null;
  idNumberHash: string | null;
  idNumberMasked: string | null;
  channel: string;
  windowId: string | null;
  queuedAt: string | null;
  issuedAt: string | null;
  updatedAt: string | null;
  actorId: string | null;
  actorName: string | null;
  /** JSON texts. */
  payload: string;
  after: string;
  reason: string | null;
  ip: string | null;
  userAgent: string | null;
  requestId: string | null;
  /** now − the aging limit (ISO), and the new ticket's class: only read by the counting statement. */
  agedBefore: string | null;
  cls: 0 | 1 | null;
}

/**
 * Statement 2: the ticket, its action log row and audit entry, then the people ahead (`countAhead`: with
 * the count, else null; the count reads `agedBefore` = now − aging limit and the new ticket's class `cls`).
 */
const insertTicketStatement = (countAhead: boolean) =>
  preparedStatement<InsertValues>((p) => {
    const sequence = sql`${p.sequence}::int`;
    // Counted on tickets_waiting_service_idx (the order by keeps it there), from the inserted row's values.
    const ahead = countAhead
      ? sql`(select count(*)::int from (select 1 from ${tickets}
          where ${aheadInQueueOf(sql`${p.agedBefore}::timestamptz`, sql`${p.cls}::int`, 'ticket')}
          order by ${tickets.queuedAt}, ${tickets.id} limit ${PEOPLE_AHEAD_CAP}) as ahead)`
      : sql`null::int`;
    return sql`
      with ticket as (
        insert into tickets (id, org_id, service_code, business_date, sequence, number, status, priority,
                             priority_groups, priority_sources, priority_reason, person_id, id_number_hash,
                             id_number_masked, channel, window_id, queued_at, issued_at, updated_at)
        values (${p.id}::uuid, ${p.orgId}::uuid, ${p.serviceCode}::text, ${p.businessDate}::date,
               ${sequence}, ${p.prefix}::text || lpad(${sequence}::text, greatest(3, length(${sequence}::text)), '0'),
               ${p.status}::text, ${p.priority}::boolean, ${p.priorityGroups}::text[], ${p.prioritySources}::text[],
               ${p.priorityReason}::text, ${p.personId}::uuid, ${p.idNumberHash}::text, ${p.idNumberMasked}::text,
               ${p.channel}::text, ${p.windowId}::uuid, ${p.queuedAt}::timestamptz,
               ${p.issuedAt}::timestamptz, ${p.updatedAt}::timestamptz)
        returning id, org_id, business_date, service_code, queued_at, sequence, number, status
      ), action as (
        insert into ticket_actions (ticket_id, org_id, action, at, actor_id, payload, from_status, to_status)
        select id, org_id, 'issue', ${p.issuedAt}::timestamptz, ${p.actorId}::uuid,
               ${p.payload}::jsonb, null, status
        from ticket
      ), audit as (
        insert into audit_log (actor_id, actor_name, org_id, action, entity_type, entity_id, reason, after,
                               ip, user_agent, request_id)
        select ${p.actorId}::uuid, ${p.actorName}::text, org_id, 'queue.ticket.issue',
               'ticket', id::text, ${p.reason}::text,
               jsonb_build_object('number', number) || ${p.after}::jsonb,
               ${p.ip}::inet, ${p.userAgent}::text, ${p.requestId}::text
        from ticket
      )
      select sequence, number, ${ahead} as people_ahead from ticket`;
  });
const insertCountingAhead = insertTicketStatement(true);
const insertOnly = insertTicketStatement(false);

/**
 * Writes an issued ticket in two statements, each its own transaction:
 * 1. takes the next number of its center, service and Beijing day from `ticket_counters`
 *    (`insert … on conflict do update … returning`), refusing past 9999 (409 QUEUE.SEQUENCE_EXHAUSTED,
 *    counter unchanged), committed at once and without waiting for the disk (`synchronous_commit` off for
 *    that transaction only);
 * 2. inserts the ticket with that sequence and its number, its `issue` action log row and its audit entry
 *    (the columns record-audit.ts writes), and counts the people ahead (with `ahead`: the waiting tickets of
 *    its queue called before it at `now`, its class `cls`, call-order-sql.ts aheadInQueueOf; at most
 *    PEOPLE_AHEAD_CAP), committed durably. The count sees the tickets committed before the statement
 *    began (a read after the commit would add those issued meanwhile) and costs no round trip of its own.
 *    The caller publishes the queue event after it (publishQueueEvent, batched, outside this transaction).
 *
 * Why two: the counter row is locked from its increment until commit, and every kiosk of the hall issuing
 * the same service waits for it. In one statement with the inserts, it stayed locked for the inserts and
 * the commit's flush to disk, and under load the issues of one service queued behind each other (the bench's
 * reception row, one service, served 448 tickets a second against 738 over two services). Now it is locked
 * for one update and a commit that does not wait.
 *
 * Why a number is still never issued twice (the issue's rule): a number is shown only after statement 2 has
 * committed durably, and that flush writes the write-ahead log up to its own commit, past statement 1's
 * earlier commit record; so after a crash the counter is never below a number anyone holds. A statement 2
 * that fails (or a crash between the two) leaves a gap in the day's numbers (B017, then B019), never a reuse:
 * `tickets_sequence_uq` would refuse one anyway.
 *
 * The number is the service's prefix and the sequence padded to 3 digits (core/queue/ticket-number
 * `formatTicketNumber`; insert-issued-ticket.test.ts checks both agree). Returns the row and the people
 * ahead (null without `ahead`).
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
  ahead?: { now: Date; agingLimitMinutes: number; cls: 0 | 1 },
): Promise<{ row: TicketRow; peopleAhead: number | null }> {
  const prefix = getService(ticket.serviceCode).ticketPrefix;
  const iso = (date: Date | null) => (date === null ? null : date.toISOString());
  const counter = await takeNumberStatement.execute<{ sequence: number }>(db, {
    orgId: ticket.orgId,
    serviceCode: ticket.serviceCode,
    businessDate: ticket.businessDate,
  });
  const sequence = counter.rows[0]?.sequence;
  if (sequence === undefined) throw queueErrors.sequenceExhausted();
  const values: InsertValues = {
    id: ticket.id,
    orgId: ticket.orgId,
    serviceCode: ticket.serviceCode,
    businessDate: ticket.businessDate,
    sequence,
    prefix,
    status: ticket.status,
    priority: ticket.priority,
    priorityGroups: ticket.priorityGroups,
    prioritySources: ticket.prioritySources,
    priorityReason: ticket.priorityReason,
    personId: ticket.personId,
    idNumberHash: ticket.idNumberHash,
    idNumberMasked: ticket.idNumberMasked,
    channel: ticket.channel,
    windowId: ticket.windowId,
    queuedAt: iso(ticket.queuedAt),
    issuedAt: iso(ticket.issuedAt),
    updatedAt: iso(ticket.updatedAt),
    actorId: log.actor?.userId ?? null,
    actorName: log.actor?.displayName ?? null,
    payload: JSON.stringify(log.payload),
    reason: log.audit.reason,
    after: JSON.stringify(log.audit.after),
    ip: log.meta.ip ?? null,
    userAgent: log.meta.userAgent ?? null,
    requestId: log.meta.requestId ?? null,
    agedBefore: ahead ? iso(new Date(ahead.now.getTime() - ahead.agingLimitMinutes * 60_000)) : null,
    cls: ahead?.cls ?? null,
  };
  const result = await (ahead ? insertCountingAhead : insertOnly).execute<{
    sequence: number;
    number: string;
    people_ahead: number | null;
  }>(db, values);
  const [row] = result.rows;
  if (!row) throw new Error('the issued ticket was not inserted');
  return { row: { ...ticket, sequence: row.sequence, number: row.number }, peopleAhead: row.people_ahead };
}
