import { PEOPLE_AHEAD_CAP } from '@core/queue/call-order';
import { getService } from '@core/queue/services';
import { sql } from 'drizzle-orm';
import type { Database, RequestMeta, StaffActor } from '../../context';
import { groupCommit } from '../../db/group-commit';
import { preparedStatement } from '../../db/prepared';
import { tickets } from '../../db/schema/index';
import { aheadInQueueOf } from './call-order-sql';
import { takeTicketNumbers } from './take-ticket-numbers';
import type { TicketRow } from './ticket-state';

/** The most tickets written by one batch (group commit, insertIssuedTicket). */
export const MAX_ISSUE_BATCH = 50;

/** A new ticket without its sequence and number, which the statement allocates. */
export type NewTicket = Omit<TicketRow, 'sequence' | 'number'>;

/** What the caller logs with the ticket: the actor (null at the kiosk), the request, the action's payload. */
export interface IssueLog {
  actor: Pick<StaffActor, 'userId' | 'displayName'> | null;
  meta: RequestMeta;
  payload: Record<string, unknown>;
  audit: { after: Record<string, unknown>; reason: string | null };
}

/** Where the new ticket stands in its queue's call order at `now` (its class `cls`: 0 priority or aged, 1 normal). */
export interface AheadOf {
  now: Date;
  agingLimitMinutes: number;
  cls: 0 | 1;
}

/** One ticket of a batch as statement 2 reads it (`jsonb_to_recordset`): the columns, its log and audit entry. */
interface TicketRecord {
  id: string;
  org_id: string;
  service_code: string;
  business_date: string;
  sequence: number;
  prefix: string;
  status: string;
  priority: boolean;
  priority_groups: string[];
  priority_sources: string[];
  priority_reason: string | null;
  person_id: string | null;
  id_number_hash: string | null;
  id_number_masked: string | null;
  channel: string;
  window_id: string | null;
  queued_at: string | null;
  issued_at: string | null;
  updated_at: string | null;
  actor_id: string | null;
  actor_name: string | null;
  payload: Record<string, unknown>;
  after: Record<string, unknown>;
  reason: string | null;
  ip: string | null;
  user_agent: string | null;
  request_id: string | null;
  /** now − the aging limit, and the new ticket's class: the people ahead are counted when `cls` is set. */
  aged_before: string | null;
  cls: 0 | 1 | null;
}

const TICKET_RECORD_TYPES = {
  id: 'uuid',
  org_id: 'uuid',
  service_code: 'text',
  business_date: 'date',
  sequence: 'int',
  prefix: 'text',
  status: 'text',
  priority: 'boolean',
  priority_groups: 'text[]',
  priority_sources: 'text[]',
  priority_reason: 'text',
  person_id: 'uuid',
  id_number_hash: 'text',
  id_number_masked: 'text',
  channel: 'text',
  window_id: 'uuid',
  queued_at: 'timestamptz',
  issued_at: 'timestamptz',
  updated_at: 'timestamptz',
  actor_id: 'uuid',
  actor_name: 'text',
  payload: 'jsonb',
  after: 'jsonb',
  reason: 'text',
  ip: 'inet',
  user_agent: 'text',
  request_id: 'text',
  aged_before: 'timestamptz',
  cls: 'int',
} as const satisfies Record<keyof TicketRecord, string>;

/**
 * Statement 2: the batch's tickets, their action log rows and audit entries, then each one's people ahead
 * (null where `cls` is null), committed durably. The count reads the tickets committed before the statement
 * (not the batch's own: insertIssuedTicket adds those) on tickets_waiting_service_idx (the order by keeps it
 * there), from the inserted row's values.
 */
const insertTicketsStatement = preparedStatement<{ tickets: string }>((p) => {
  const columns = sql.raw(
    Object.entries(TICKET_RECORD_TYPES)
      .map(([name, type]) => `${name} ${type}`)
      .join(', '),
  );
  const ahead = sql`(select count(*)::int from (select 1 from ${tickets}
    where ${aheadInQueueOf(sql`r.aged_before`, sql`r.cls`, 'ticket')}
    order by ${tickets.queuedAt}, ${tickets.id} limit ${PEOPLE_AHEAD_CAP}) as ahead)`;
  return sql`
    with r as (
      select * from jsonb_to_recordset(${p.tickets}::jsonb) as r(${columns})
    ), ticket as (
      insert into tickets (id, org_id, service_code, business_date, sequence, number, status, priority,
                           priority_groups, priority_sources, priority_reason, person_id, id_number_hash,
                           id_number_masked, channel, window_id, queued_at, issued_at, updated_at)
      select id, org_id, service_code, business_date, sequence,
             prefix || lpad(sequence::text, greatest(3, length(sequence::text)), '0'), status, priority,
             priority_groups, priority_sources, priority_reason, person_id, id_number_hash, id_number_masked,
             channel, window_id, queued_at, issued_at, updated_at
      from r
      returning id, org_id, business_date, service_code, queued_at, sequence, number, status
    ), action as (
      insert into ticket_actions (ticket_id, org_id, action, at, actor_id, payload, from_status, to_status)
      select ticket.id, ticket.org_id, 'issue', r.issued_at, r.actor_id, r.payload, null, ticket.status
      from ticket join r on r.id = ticket.id
    ), audit as (
      insert into audit_log (actor_id, actor_name, org_id, action, entity_type, entity_id, reason, after,
                             ip, user_agent, request_id)
      select r.actor_id, r.actor_name, ticket.org_id, 'queue.ticket.issue', 'ticket', ticket.id::text, r.reason,
             jsonb_build_object('number', ticket.number) || r.after, r.ip, r.user_agent, r.request_id
      from ticket join r on r.id = ticket.id
    )
    select ticket.id::text as id, ticket.number,
           case when r.cls is null then null else ${ahead} end as people_ahead
    from ticket join r on r.id = ticket.id`;
});

/** One ticket to issue, as submitted to the batch. */
interface Issue {
  ticket: NewTicket;
  log: IssueLog;
  ahead: AheadOf | undefined;
}

/** The written ticket and its people ahead (null when not asked). */
interface Issued {
  row: TicketRow;
  peopleAhead: number | null;
}

function ticketRecord({ ticket, log, ahead }: Issue, sequence: number): TicketRecord {
  const iso = (date: Date | null) => (date === null ? null : date.toISOString());
  return {
    id: ticket.id,
    org_id: ticket.orgId,
    service_code: ticket.serviceCode,
    business_date: ticket.businessDate,
    sequence,
    prefix: getService(ticket.serviceCode).ticketPrefix,
    status: ticket.status,
    priority: ticket.priority,
    priority_groups: ticket.priorityGroups,
    priority_sources: ticket.prioritySources,
    priority_reason: ticket.priorityReason,
    person_id: ticket.personId,
    id_number_hash: ticket.idNumberHash,
    id_number_masked: ticket.idNumberMasked,
    channel: ticket.channel,
    window_id: ticket.windowId,
    queued_at: iso(ticket.queuedAt),
    issued_at: iso(ticket.issuedAt),
    updated_at: iso(ticket.updatedAt),
    actor_id: log.actor?.userId ?? null,
    actor_name: log.actor?.displayName ?? null,
    payload: log.payload,
    after: log.audit.after,
    reason: log.audit.reason,
    ip: log.meta.ip ?? null,
    user_agent: log.meta.userAgent ?? null,
    request_id: log.meta.requestId ?? null,
    aged_before: ahead ? iso(new Date(ahead.now.getTime() - ahead.agingLimitMinutes * 60_000)) : null,
    cls: ahead?.cls ?? null,
  };
}

/**
 * The tickets of the same batch ahead of `record` in its queue, by the rule statement 2 counts the others
 * with (call-order-sql.ts aheadInQueueOf): waiting, not sent to a window, same center, day and service, and
 * (class at `record`'s now, queued_at, id) before `record`'s (uuids compare as their lower-case text).
 */
function batchMatesAhead(record: TicketRecord, batch: readonly TicketRecord[]): number {
  if (record.cls === null || record.aged_before === null || record.queued_at === null) return 0;
  const agedBefore = Date.parse(record.aged_before);
  const own = [record.cls, Date.parse(record.queued_at), record.id] as const;
  return batch.filter((mate) => {
    if (mate.id === record.id || mate.queued_at === null) return false;
    if (mate.status !== 'waiting' || mate.window_id !== null) return false;
    if (mate.org_id !== record.org_id || mate.business_date !== record.business_date) return false;
    if (mate.service_code !== record.service_code) return false;
    const queuedAt = Date.parse(mate.queued_at);
    const key = [mate.priority || queuedAt < agedBefore ? 0 : 1, queuedAt, mate.id] as const;
    return key[0] !== own[0] ? key[0] < own[0] : key[1] !== own[1] ? key[1] < own[1] : key[2] < own[2];
  }).length;
}

/** Statement 2 for numbered records: each one's number and people ahead (its batch-mates added), by id. */
async function insertTickets(db: Database, records: readonly TicketRecord[]) {
  const { rows } = await insertTicketsStatement.execute<{
    id: string;
    number: string;
    people_ahead: number | null;
  }>(db, { tickets: JSON.stringify(records) });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return records.map((record) => {
    const row = byId.get(record.id);
    if (!row) throw new Error('the issued ticket was not inserted');
    const peopleAhead =
      row.people_ahead === null
        ? null
        : Math.min(PEOPLE_AHEAD_CAP, row.people_ahead + batchMatesAhead(record, records));
    return { number: row.number, peopleAhead };
  });
}

/** Writes one batch (group commit): the numbers, then the tickets; each issue's result or its own error. */
async function writeIssues(db: Database, issues: readonly Issue[]): Promise<(Issued | Error)[]> {
  const sequences = await takeTicketNumbers(
    db,
    issues.map((issue) => issue.ticket),
  );
  const results: (Issued | Error)[] = sequences.map((sequence) =>
    sequence instanceof Error ? sequence : new Error('not written'),
  );
  const numbered = issues.flatMap((issue, index) => {
    const sequence = sequences[index];
    return typeof sequence === 'number' ? [{ issue, index, record: ticketRecord(issue, sequence) }] : [];
  });
  const settle = (
    entry: (typeof numbered)[number],
    written: { number: string; peopleAhead: number | null },
  ) => {
    const row = { ...entry.issue.ticket, sequence: entry.record.sequence, number: written.number };
    results[entry.index] = { row, peopleAhead: written.peopleAhead };
  };
  if (numbered.length === 0) return results;
  try {
    const written = await insertTickets(
      db,
      numbered.map((entry) => entry.record),
    );
    numbered.forEach((entry, k) => {
      settle(entry, written[k]!);
    });
  } catch (error) {
    if (numbered.length === 1) {
      results[numbered[0]!.index] = error instanceof Error ? error : new Error(String(error));
      return results;
    }
    // One ticket spoiled the batch (say, its person was deleted meanwhile): each on its own, so only it fails.
    for (const entry of numbered) {
      try {
        settle(entry, (await insertTickets(db, [entry.record]))[0]!);
      } catch (own) {
        results[entry.index] = own instanceof Error ? own : new Error(String(own));
      }
    }
  }
  return results;
}

const issuers = new WeakMap<Database, (issue: Issue) => Promise<Issued>>();

/**
 * Writes an issued ticket, batched with the tickets issued while the previous batch was being written
 * (group commit, server/db/group-commit.ts: at most MAX_ISSUE_BATCH; a batch of one when nothing else is
 * being written). A batch is two statements, each its own transaction:
 * 1. takes the next numbers of each center, service and Beijing day from `ticket_counters`
 *    (take-ticket-numbers.ts: `insert … on conflict do update … returning`, the batch's tickets of one counter getting consecutive
 *    numbers in the order issued), refusing past 9999 (409 QUEUE.SEQUENCE_EXHAUSTED, counter unchanged),
 *    committed at once and without waiting for the disk (`synchronous_commit` off for that transaction only);
 * 2. inserts the tickets with their sequences and numbers, their `issue` action log rows and audit entries
 *    (the columns record-audit.ts writes), and counts each one's people ahead (with `ahead`: the waiting
 *    tickets of its queue called before it at `now`, its class `cls`, call-order-sql.ts aheadInQueueOf; at
 *    most PEOPLE_AHEAD_CAP), committed durably. The count sees the tickets committed before the statement
 *    began plus the batch's own ahead of it (batchMatesAhead), and costs no round trip of its own.
 *    A batch that fails here is written again one ticket at a time, so a ticket fails only for itself.
 *    The caller publishes the queue event after it (publishQueueEvent, batched, outside this transaction).
 *
 * Why two: the counter row is locked from its increment until commit, and every kiosk of the hall issuing
 * the same service waits for it. In one statement with the inserts, it stayed locked for the inserts and
 * the commit's flush to disk, and under load the issues of one service queued behind each other (the bench's
 * reception row, one service, served 448 tickets a second against 738 over two services). Now it is locked
 * for one update and a commit that does not wait.
 *
 * Why batches: on the development VM a transaction's round trips, wake-ups and commit cost PostgreSQL far
 * more than its rows (docs/queue-api.md, session 13); tickets that queue up behind a busy moment share them.
 *
 * Why a number is still never issued twice (the issue's rule): a number is shown only after statement 2 has
 * committed durably, and that flush writes the write-ahead log up to its own commit, past statement 1's
 * earlier commit record; so after a crash the counter is never below a number anyone holds. A statement 2
 * that fails (or a crash between the two) leaves a gap in the day's numbers (B017, then B019), never a reuse:
 * `tickets_sequence_uq` would refuse one anyway.
 *
 * The number is the service's prefix and the sequence padded to 3 digits (core/queue/ticket-number
 * `formatTicketNumber`; insert-issued-ticket.test.ts checks both agree). Returns the row and the people
 * ahead (null without `ahead`). On the pool only, not inside a transaction.
 */
export function insertIssuedTicket(
  db: Database,
  ticket: NewTicket,
  log: IssueLog,
  ahead?: AheadOf,
): Promise<Issued> {
  let submit = issuers.get(db);
  if (!submit) {
    submit = groupCommit((issues) => writeIssues(db, issues), MAX_ISSUE_BATCH);
    issuers.set(db, submit);
  }
  return submit({ ticket, log, ahead });
}
