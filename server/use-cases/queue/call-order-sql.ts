import { and, asc, eq, inArray, isNull, lte, or, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../context';
import { tickets } from '../../db/schema/index';

/**
 * The SQL twin of core/queue/call-order `orderQueue`: class 0 (priority, or a normal ticket that has
 * waited strictly longer than `agingLimitMinutes` at `now`) before class 1, then `queued_at`, then `id`.
 * Equal to core's order because instants are stored with millisecond precision, the limit is whole
 * minutes and uuids compare in PostgreSQL as their lower-case text does in JavaScript
 * (server/use-cases/queue/call-order-sql.test.ts checks it on random queues).
 */
export function callOrderBy(now: Date, agingLimitMinutes: number): SQL[] {
  return [callClass(now, agingLimitMinutes), asc(tickets.queuedAt), asc(tickets.id)];
}

/** 0 for priority and aged tickets at `now`, else 1 (core `isAged`: waited strictly longer than the limit). */
export function callClass(now: Date, agingLimitMinutes: number): SQL<number> {
  const agedBefore = new Date(now.getTime() - agingLimitMinutes * 60_000).toISOString();
  return callClassBefore(sql`${agedBefore}::timestamptz`);
}

/** callClass with `now − agingLimitMinutes` given as a `timestamptz` expression (e.g. a placeholder). */
function callClassBefore(agedBefore: SQL): SQL<number> {
  return sql<number>`(case when ${tickets.priority} or ${tickets.queuedAt} < ${agedBefore} then 0 else 1 end)`;
}

/**
 * The waiting tickets ahead of a new ticket in its service's queue (not sent to a window), in the order of
 * `callOrderBy` at `now` (`agedBefore`: a `timestamptz` expression of now − the aging limit): a row
 * comparison on the call key, the new ticket's class `cls` (an `int` expression, 0 or 1) given and its
 * center, day, service, `queued_at` and `id` read from `row`, a row of the same statement (the inserted
 * ticket: insert-issued-ticket.ts). Read from the row rather than bound as parameters, a generic plan of
 * the statement costs the same as a custom one, so PostgreSQL keeps the generic plan instead of planning the
 * statement at every ticket.
 */
export function aheadInQueueOf(agedBefore: SQL, cls: SQL, row: string): SQL {
  const of = sql.identifier(row);
  return sql`${tickets.orgId} = ${of}.org_id and ${tickets.businessDate} = ${of}.business_date
    and ${tickets.serviceCode} = ${of}.service_code and ${tickets.status} = 'waiting' and ${tickets.windowId} is null
    and ${tickets.id} <> ${of}.id
    and (${callClassBefore(agedBefore)}, ${tickets.queuedAt}, ${tickets.id}) < (${cls}, ${of}.queued_at, ${of}.id)`;
}

/** What a window needs to find its candidates: its center and services. */
export interface CallingWindow {
  id: string;
  orgId: string;
  services: readonly string[];
}

/**
 * The waiting tickets a window may call on `businessDate` at `now`: tickets transferred to this window,
 * and tickets of its services not sent to another window. Tickets queued after `now` (a replay at a past
 * instant) are not there yet.
 */
export function windowCandidates(window: CallingWindow, businessDate: string, now: Date): SQL {
  return and(
    eq(tickets.orgId, window.orgId),
    eq(tickets.businessDate, businessDate),
    eq(tickets.status, 'waiting'),
    lte(tickets.queuedAt, now),
    or(
      eq(tickets.windowId, window.id),
      and(isNull(tickets.windowId), inArray(tickets.serviceCode, [...window.services])),
    ),
  ) as SQL;
}

/**
 * The calling window as SQL expressions: parameters (lockNextForWindow) or the columns of a locked window
 * row inside a larger statement (call-next.ts).
 */
export interface CallingWindowSql {
  id: SQL;
  orgId: SQL;
  /** A `text[]` expression. */
  services: SQL;
  /** A `timestamptz` expression: `now − agingLimitMinutes` (tickets queued before it are aged). */
  agedBefore: SQL;
  /** A `date` expression: the Beijing business day called from. */
  businessDate: SQL;
  /** A `timestamptz` expression: the call's instant (tickets queued later are not there yet). */
  now: SQL;
}

/**
 * The id of the ticket a window calls next at `window.now`, locking it (`for no key update skip locked`), as one
 * SQL expression (null when nobody is waiting): the first of its candidates in the order of `callOrderBy`
 * that no other transaction holds. Up to three steps instead of sorting the whole queue, equal to core
 * pickNext (call-order-sql.test.ts):
 * 1. the earliest candidate queued before `now − agingLimit` (every such ticket is class 0, priority or
 *    aged, and any other class-0 ticket is a priority ticket queued later);
 * 2. else the earliest priority candidate (class 0 holds only priority tickets now);
 * 3. else the earliest candidate (class 1: every unlocked one is a normal ticket that is not aged).
 * Candidates: waiting tickets of `window.businessDate` queued by `window.now`, transferred to this window
 * or of its services and not sent to another window.
 *
 * Each step reads the head of each of the window's queues on its own index (`firstOfEachQueue`) and takes
 * the earliest, so a call costs the same however many tickets of OTHER services wait ahead in time. (One
 * ordered scan of the hall's waiting tickets filtered by service stepped over all of them: 1 ms a call at
 * 2,000 such tickets in the bench.) The price: a window of several services also locks, until its commit,
 * the head ticket of each of its other queues; a window calling that queue at the same instant then calls
 * its second ticket. A window of one service (the usual case) locks only the ticket it calls.
 */
export function nextTicketIdSql(window: CallingWindowSql): SQL {
  const first = (extra: SQL) => sql`(select h.id from ${firstOfEachQueue(window, extra)} as h
      order by h.queued_at, h.id limit 1)`;
  return sql`coalesce(${first(sql`c.queued_at < ${window.agedBefore}`)}, ${first(sql`c.priority`)}, ${first(sql`true`)})`;
}

/**
 * The first waiting ticket (`extra` holding) of each queue a window calls from, locked: the tickets
 * transferred to it (tickets_transferred_idx) and each of its services' tickets not sent to a window
 * (tickets_waiting_service_idx), as a derived table of (id, queued_at).
 */
function firstOfEachQueue(window: CallingWindowSql, extra: SQL): SQL {
  const waiting = sql`c.org_id = ${window.orgId} and c.business_date = ${window.businessDate} and c.status = 'waiting'
        and c.queued_at <= ${window.now} and ${extra}`;
  return sql`(
      select t.id, t.queued_at from unnest(${window.services}) as s(code), lateral (
        select c.id, c.queued_at from ${tickets} as c
        where ${waiting} and c.window_id is null and c.service_code = s.code
        order by c.queued_at, c.id limit 1 for no key update of c skip locked) as t
      union all
      select t.id, t.queued_at from (
        select c.id, c.queued_at from ${tickets} as c
        where ${waiting} and c.window_id = ${window.id}
        order by c.queued_at, c.id limit 1 for no key update of c skip locked) as t
    )`;
}

/**
 * Locks and returns the ticket a window calls next at `now` (nextTicketIdSql with the window given as
 * parameters), or undefined. Used by tests to compare the SQL pick with core pickNext.
 */
export async function lockNextForWindow(
  tx: Executor,
  window: CallingWindow,
  businessDate: string,
  now: Date,
  agingLimitMinutes: number,
) {
  const agedBefore = new Date(now.getTime() - agingLimitMinutes * 60_000).toISOString();
  const next = nextTicketIdSql({
    id: sql`${window.id}::uuid`,
    orgId: sql`${window.orgId}::uuid`,
    services: sql`${sql.param([...window.services])}::text[]`,
    agedBefore: sql`${agedBefore}::timestamptz`,
    businessDate: sql`${businessDate}::date`,
    now: sql`${now.toISOString()}::timestamptz`,
  });
  const [row] = await tx.select().from(tickets).where(eq(tickets.id, next));
  return row;
}
