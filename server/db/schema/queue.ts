import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { organisations, windows } from './organisations';
import { persons } from './persons';
import { users } from './staff';

const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/**
 * Tickets of the hall's queue (取号叫号): one row per ticket, the current state of the fold over its
 * `ticket_actions` (core/queue/ticket-status.ts). `orgId` is the service center; the number (`B017`) is
 * unique per center, service and Beijing business date, allocated from `ticket_counters` inside the
 * issuing transaction. Instants are set by the application clock with millisecond precision, so SQL and
 * core/queue/call-order order them identically.
 */
export const tickets = pgTable(
  'tickets',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id),
    /** Current service (a transfer may change it; `number` keeps the original prefix). */
    serviceCode: text('service_code').notNull(),
    /** Beijing business date of the issue instant, `YYYY-MM-DD`. */
    businessDate: date('business_date').notNull(),
    sequence: integer('sequence').notNull(),
    number: text('number').notNull(),
    status: text('status').notNull().default('waiting'),
    priority: boolean('priority').notNull().default(false),
    priorityGroups: text('priority_groups').array().notNull().default(sql`'{}'::text[]`),
    /** Where the groups came from: 'id-number', 'register', 'staff-claim' (core/queue/priority order). */
    prioritySources: text('priority_sources').array().notNull().default(sql`'{}'::text[]`),
    /** The staff member's reason for a claimed priority (what proof was seen). */
    priorityReason: text('priority_reason'),
    personId: uuid('person_id').references(() => persons.id),
    /** HMAC lookup hash of the resident ID number (server/security/personal-data.ts); never the number. */
    idNumberHash: text('id_number_hash'),
    idNumberMasked: text('id_number_masked'),
    channel: text('channel').notNull(),
    /** The window it is called to or served at; while waiting, the window a transfer sent it to. */
    windowId: uuid('window_id').references(() => windows.id),
    /** Its place in the queue (issue time, kept by transfers, reset by a requeue). */
    queuedAt: instant('queued_at').notNull(),
    issuedAt: instant('issued_at').notNull(),
    /** The latest call or recall of the current leg (core `lastCalledAt`). */
    calledAt: instant('called_at'),
    /** The first call ever: ends the citizen's wait in statistics (core `calledAt`). */
    firstCalledAt: instant('first_called_at'),
    startedAt: instant('started_at'),
    finishedAt: instant('finished_at'),
    endedAt: instant('ended_at'),
    recallCount: integer('recall_count').notNull().default(0),
    noShowCount: integer('no_show_count').notNull().default(0),
    transferCount: integer('transfer_count').notNull().default(0),
    outcome: text('outcome'),
    matterId: text('matter_id'),
    endReason: text('end_reason'),
    note: text('note'),
    /** The instant of the last action. */
    updatedAt: instant('updated_at').notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    uniqueIndex('tickets_sequence_uq').on(t.orgId, t.serviceCode, t.businessDate, t.sequence),
    // A service's own waiting queue (issue-ticket.ts: the people ahead of a new ticket; call-order-sql.ts:
    // its head, for call-next), covering the call key, so neither steps over other services' tickets. The
    // hall's waiting counts read tickets_org_date_idx (migration 0019 dropped the hall-wide waiting indexes).
    index('tickets_waiting_service_idx')
      .on(t.orgId, t.businessDate, t.serviceCode, t.queuedAt, t.id, t.priority)
      .where(sql`${t.status} = 'waiting' and ${t.windowId} is null`),
    // A service's waiting priority tickets (call-order-sql.ts, call-next's second step once no ticket is
    // aged): the first of them without stepping over the normal tickets queued before it, however many.
    index('tickets_waiting_service_priority_idx')
      .on(t.orgId, t.businessDate, t.serviceCode, t.queuedAt, t.id)
      .where(sql`${t.status} = 'waiting' and ${t.windowId} is null and ${t.priority}`),
    // The tickets transferred to a window and waiting for it (call-order-sql.ts): few or none, so the
    // index costs an issue nothing.
    index('tickets_transferred_idx')
      .on(t.windowId, t.businessDate, t.queuedAt, t.id)
      .where(sql`${t.status} = 'waiting' and ${t.windowId} is not null`),
    // Who is at each window now (display board, console).
    index('tickets_at_window_idx')
      .on(t.orgId, t.businessDate, t.windowId)
      .where(sql`${t.status} in ('called','serving')`),
    index('tickets_org_date_idx').on(t.orgId, t.businessDate, t.issuedAt),
    index('tickets_window_idx').on(t.windowId, t.businessDate),
    index('tickets_person_idx').on(t.personId),
    check(
      'tickets_status_ck',
      sql`${t.status} in ('waiting','called','serving','finished','no-show','closed','cancelled')`,
    ),
    check('tickets_channel_ck', sql`${t.channel} in ('kiosk','reception','remote','replay')`),
    check('tickets_sequence_ck', sql`${t.sequence} between 1 and 9999`),
  ],
);

/**
 * The append-only log of every ticket action (who, when, at which window, from which status to which),
 * written in the same transaction as the ticket row. The application never updates or deletes rows;
 * deleting a ticket (a data-removal request) takes its log with it.
 */
export const ticketActions = pgTable(
  'ticket_actions',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    ticketId: uuid('ticket_id')
      .notNull()
      .references(() => tickets.id, { onDelete: 'cascade' }),
    /** The center (copied from the ticket so the display board reads recent calls without a join). */
    orgId: uuid('org_id').notNull(),
    /** A core action type (`call`, `start`, ...), or `priority` / `announce` (no status change). */
    action: text('action').notNull(),
    at: instant('at').notNull(),
    actorId: uuid('actor_id').references(() => users.id),
    windowId: uuid('window_id').references(() => windows.id),
    payload: jsonb('payload'),
    fromStatus: text('from_status'),
    toStatus: text('to_status').notNull(),
  },
  (t) => [
    index('ticket_actions_ticket_idx').on(t.ticketId, t.id),
    index('ticket_actions_calls_idx')
      .on(t.orgId, t.at)
      .where(sql`${t.action} in ('call','recall','announce')`),
    index('ticket_actions_window_idx').on(t.windowId, t.at),
  ],
);

/**
 * The last sequence issued per center, service and Beijing business date. Incremented with
 * `insert … on conflict do update … returning` inside the issuing transaction, so a number is never
 * issued twice that day, even after its ticket is deleted.
 */
export const ticketCounters = pgTable(
  'ticket_counters',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id),
    serviceCode: text('service_code').notNull(),
    businessDate: date('business_date').notNull(),
    lastSequence: integer('last_sequence').notNull(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.serviceCode, t.businessDate] })],
);

/**
 * Queue settings of one service center. A center without a row uses the defaults
 * (server/use-cases/queue/queue-settings.ts). `openingHours`: `[{ from: 'HH:MM', to: 'HH:MM' }]`,
 * Beijing time, ascending, not overlapping.
 */
export const queueSettings = pgTable(
  'queue_settings',
  {
    orgId: uuid('org_id')
      .primaryKey()
      .references(() => organisations.id),
    /** Whole minutes after which a normal ticket ranks with priority tickets (anti-starvation). */
    agingLimitMinutes: integer('aging_limit_minutes').notNull(),
    /** Second chances after no-shows (core/queue/ticket-status `maxRecalls`). */
    maxRecalls: integer('max_recalls').notNull(),
    /** Whole years (老年人权益保障法 第二条: 60). */
    elderlyAge: integer('elderly_age').notNull(),
    openingHours: jsonb('opening_hours').$type<{ from: string; to: string }[]>().notNull(),
    /** How many recent calls the display board lists. */
    recentCallsShown: integer('recent_calls_shown').notNull(),
    version: integer('version').notNull().default(1),
    updatedBy: uuid('updated_by').references(() => users.id),
    updatedAt: instant('updated_at').notNull().defaultNow(),
  },
  (t) => [
    check('queue_settings_aging_ck', sql`${t.agingLimitMinutes} between 0 and 1440`),
    check('queue_settings_recalls_ck', sql`${t.maxRecalls} between 0 and 10`),
  ],
);

/**
 * The key-group register (重点群体登记): citizens a government register (disability, dibao and
 * low-income, veterans, ...) places in a priority group, checked by the hall. Looked up by the HMAC hash of
 * the resident ID number when a ticket is issued; the number itself is not stored.
 */
export const keyGroupRegister = pgTable(
  'key_group_register',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id),
    idNumberHash: text('id_number_hash').notNull(),
    idNumberMasked: text('id_number_masked').notNull(),
    name: text('name').notNull(),
    /** A core/queue/priority group code. */
    group: text('group').notNull(),
    note: text('note'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('key_group_register_uq').on(t.orgId, t.idNumberHash, t.group)],
);

/**
 * Request counters of the public (no-login) endpoints' rate limits, per client key and fixed time window,
 * shared by every server instance on the database (server/routes/queue-rate-limit.ts). Rows older than a
 * day are deleted as new ones come in.
 */
export const rateLimitHits = pgTable(
  'rate_limit_hits',
  {
    key: text('key').notNull(),
    windowStart: instant('window_start').notNull(),
    hits: integer('hits').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.key, t.windowStart] }),
    index('rate_limit_hits_window_idx').on(t.windowStart),
  ],
);
