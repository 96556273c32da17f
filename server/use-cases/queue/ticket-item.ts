import { getService } from '@core/queue/services';
import {
  availableActions,
  type TicketStatus,
  ticketStatuses,
  ticketStatusLabels,
} from '@core/queue/ticket-status';
import { asc, eq, type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Executor } from '../../context';
import { keyGroupRegister, persons, tickets, windows } from '../../db/schema/index';
import { rowToState, type TicketRow } from './ticket-state';

const instant = z.string().describe('ISO 8601 instant (UTC)');

/** A ticket as staff see it (console, reception, lists). Instants are ISO strings; no full ID number. */
export const ticketItem = z.object({
  id: z.string(),
  number: z.string(),
  serviceCode: z.string(),
  serviceName: z.string(),
  status: z.enum(ticketStatuses),
  statusLabel: z.string(),
  priority: z.boolean(),
  priorityGroups: z.array(z.string()),
  /** The first source of the priority ('id-number' | 'register' | 'staff-claim'), null without priority. */
  prioritySource: z.string().nullable(),
  prioritySources: z.array(z.string()),
  priorityReason: z.string().nullable(),
  windowId: z.string().nullable(),
  windowNumber: z.number().int().nullable(),
  windowName: z.string().nullable(),
  businessDate: z.string(),
  channel: z.string(),
  issuedAt: instant,
  queuedAt: instant,
  /** The latest call or recall. */
  calledAt: instant.nullable(),
  /** The first call (ends the wait in statistics). */
  firstCalledAt: instant.nullable(),
  startedAt: instant.nullable(),
  finishedAt: instant.nullable(),
  recallCount: z.number().int(),
  noShowCount: z.number().int(),
  transferCount: z.number().int(),
  outcome: z.string().nullable(),
  matterId: z.string().nullable(),
  note: z.string().nullable(),
  personName: z.string().nullable(),
  idNumberMasked: z.string().nullable(),
  /** What the console may do next (core availableActions with the center's recall limit). */
  availableActions: z.array(z.string()),
  version: z.number().int(),
});
export type TicketItem = z.infer<typeof ticketItem>;

export interface TicketJoined {
  ticket: TicketRow;
  windowNumber: number | null;
  windowName: string | null;
  personName: string | null;
}

const iso = (date: Date | null) => (date === null ? null : date.toISOString());

/** Shapes a ticket row (with its window and person) for the API. `maxRecalls` from the center's settings. */
export function toTicketItem(joined: TicketJoined, maxRecalls: number): TicketItem {
  const row = joined.ticket;
  return {
    id: row.id,
    number: row.number,
    serviceCode: row.serviceCode,
    serviceName: getService(row.serviceCode).nameZh,
    status: row.status as TicketStatus,
    statusLabel: ticketStatusLabels[row.status as TicketStatus] ?? row.status,
    priority: row.priority,
    priorityGroups: row.priorityGroups,
    prioritySource: row.prioritySources[0] ?? null,
    prioritySources: row.prioritySources,
    priorityReason: row.priorityReason,
    windowId: row.windowId,
    windowNumber: joined.windowNumber,
    windowName: joined.windowName,
    businessDate: row.businessDate,
    channel: row.channel,
    issuedAt: row.issuedAt.toISOString(),
    queuedAt: row.queuedAt.toISOString(),
    calledAt: iso(row.calledAt),
    firstCalledAt: iso(row.firstCalledAt),
    startedAt: iso(row.startedAt),
    finishedAt: iso(row.finishedAt),
    recallCount: row.recallCount,
    noShowCount: row.noShowCount,
    transferCount: row.transferCount,
    outcome: row.outcome,
    matterId: row.matterId,
    note: row.note,
    personName: joined.personName,
    idNumberMasked: row.idNumberMasked,
    availableActions: availableActions(rowToState(row), { maxRecalls }),
    version: row.version,
  };
}

/**
 * Tickets with their window and the citizen's name (from the persons table, else the key-group
 * register), matching `where`, in `orderBy` order (default: issue time, id).
 */
export async function selectTickets(
  executor: Executor,
  where: SQL | undefined,
  options: { orderBy?: SQL[]; limit?: number; offset?: number } = {},
): Promise<TicketJoined[]> {
  const query = executor
    .select({
      ticket: tickets,
      windowNumber: windows.number,
      windowName: windows.name,
      personName: sql<string | null>`coalesce(${persons.name}, (
        select ${keyGroupRegister.name} from ${keyGroupRegister}
        where ${keyGroupRegister.orgId} = ${tickets.orgId} and ${keyGroupRegister.idNumberHash} = ${tickets.idNumberHash}
        limit 1))`,
    })
    .from(tickets)
    .leftJoin(windows, eq(windows.id, tickets.windowId))
    .leftJoin(persons, eq(persons.id, tickets.personId))
    .where(where)
    .orderBy(...(options.orderBy ?? [asc(tickets.issuedAt), asc(tickets.id)]))
    .$dynamic();
  if (options.limit !== undefined) query.limit(options.limit);
  if (options.offset !== undefined) query.offset(options.offset);
  return query;
}

/** One ticket shaped for the API (read with `executor`, e.g. the transaction that changed it). */
export async function loadTicketItem(
  executor: Executor,
  id: string,
  maxRecalls: number,
): Promise<TicketItem> {
  const [joined] = await selectTickets(executor, eq(tickets.id, id));
  if (!joined) throw new Error(`ticket ${id} vanished`);
  return toTicketItem(joined, maxRecalls);
}

/** The citizen's name of a ticket (persons table, else the key-group register), or null; no query without an ID. */
export async function findPersonName(executor: Executor, row: TicketRow): Promise<string | null> {
  if (!row.personId && !row.idNumberHash) return null;
  const [found] = await executor
    .select({
      name: sql<string | null>`coalesce(
        (select ${persons.name} from ${persons} where ${persons.id} = ${row.personId}::uuid),
        (select ${keyGroupRegister.name} from ${keyGroupRegister}
         where ${keyGroupRegister.orgId} = ${row.orgId}::uuid and ${keyGroupRegister.idNumberHash} = ${row.idNumberHash}
         limit 1))`,
    })
    .from(sql`(select 1) as one`);
  return found?.name ?? null;
}
