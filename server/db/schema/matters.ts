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
import { organisations } from './organisations';
import { persons } from './persons';
import { users } from './staff';

const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/**
 * Matters of the nine windows run by the generic store (core/procedures/registry.ts: consultation,
 * mediation, notarization, lawyer services, arbitration, appraisal, reconsideration, publicity,
 * aid-provider qualification). Legal aid keeps its own tables.
 *
 * The authority is the append-only `matter_actions` log, folded by the service's ProcedureDefinition;
 * `status`, `closed`, `version` and `state` (the folded state as JSON) are denormalised from the fold
 * in the transaction that appends an action. The number ('包调〔2026〕第0001号') is unique (its series,
 * the organisation's short name and the service's type word, counts in `matter_number_series` in the
 * creating transaction); `seq` is its sequence.
 * `handlerUserId` is the responsible person: the clocks' reminders go to them ("my deadlines").
 */
export const matters = pgTable(
  'matters',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id),
    /** A core/queue service code (core/procedures/registry MATTER_SERVICES). */
    service: text('service').notNull(),
    number: text('number').notNull(),
    year: integer('year').notNull(),
    seq: integer('seq').notNull(),
    status: text('status').notNull(),
    closed: boolean('closed').notNull().default(false),
    version: integer('version').notNull(),
    /** A one-line summary for lists (the question, the dispute, the matter type …). */
    summary: text('summary').notNull(),
    /** The folded state (JSON; instants as ISO strings). */
    state: jsonb('state').$type<Record<string, unknown>>().notNull(),
    handlerUserId: uuid('handler_user_id').references(() => users.id),
    /** The matter this one was referred from (a consultation's referral, 一厅通办). */
    referredFromId: uuid('referred_from_id'),
    /** The queue ticket number it came from, when any. */
    ticketNumber: text('ticket_number'),
    openedAt: instant('opened_at').notNull(),
    closedAt: instant('closed_at'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: instant('created_at').notNull().defaultNow(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('matters_number_text_uq').on(t.number),
    index('matters_org_service_opened_idx').on(t.orgId, t.service, t.openedAt, t.id),
    index('matters_handler_idx').on(t.handlerUserId),
    index('matters_open_idx').on(t.closed),
    index('matters_referred_from_idx').on(t.referredFromId),
    check('matters_version_ck', sql`${t.version} >= 1`),
  ],
);

/**
 * The last sequence of each printed number series and year: the series is the number's head, the
 * organisation's short name and the service's type word ('包调' of '包调〔2026〕第0001号'). Organisations
 * that share a short name (the city bureau, its service center and the mediation committees under it all
 * print '包') share the series, so no two matters get the same number (migration 0020). Legal-aid matters
 * count here too, under heads ending in 法援 ('包法援'), which no window matter prints (migration 0021).
 */
export const matterNumberSeries = pgTable(
  'matter_number_series',
  {
    head: text('head').notNull(),
    year: integer('year').notNull(),
    lastSeq: integer('last_seq').notNull(),
  },
  (t) => [primaryKey({ columns: [t.head, t.year] })],
);

/**
 * The append-only action log (core ProcedureAction). `seq` = the matter's version after the action;
 * UNIQUE(matter_id, seq) stops two writers appending the same entry. A trigger
 * (server/db/custom-sql/matters.sql) refuses UPDATE and DELETE.
 */
export const matterActions = pgTable(
  'matter_actions',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    matterId: uuid('matter_id')
      .notNull()
      .references(() => matters.id),
    seq: integer('seq').notNull(),
    type: text('type').notNull(),
    at: instant('at').notNull(),
    /** Null for the system (sweeps) and the party's own online steps. */
    actorId: uuid('actor_id').references(() => users.id),
    actorRole: text('actor_role').notNull(),
    actorName: text('actor_name'),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
  },
  (t) => [
    uniqueIndex('matter_actions_seq_uq').on(t.matterId, t.seq),
    check('matter_actions_seq_ck', sql`${t.seq} >= 1`),
  ],
);

/** Roles a party can have in a matter. */
export const MATTER_PARTY_ROLES = [
  'applicant',
  'respondent',
  'opposing-party',
  'agent',
  'client',
  'complainant',
  'third-party',
] as const;
export type MatterPartyRole = (typeof MATTER_PARTY_ROLES)[number];

/**
 * The parties of a matter: a `persons` row (one person, many matters) and the role in this matter.
 * `name` and `idNumberHash` are copied from the person when linked, so the conflict check can match
 * across windows (and legal aid) by ID-number hash and name without decrypting anything.
 */
export const matterParties = pgTable(
  'matter_parties',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    matterId: uuid('matter_id')
      .notNull()
      .references(() => matters.id, { onDelete: 'cascade' }),
    personId: uuid('person_id').references(() => persons.id),
    role: text('role').notNull(),
    name: text('name').notNull(),
    idNumberHash: text('id_number_hash'),
    /** Order of the parties as entered (0, 1, …). */
    position: integer('position').notNull().default(0),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('matter_parties_matter_idx').on(t.matterId, t.position),
    index('matter_parties_person_idx').on(t.personId),
    index('matter_parties_hash_idx').on(t.idNumberHash),
    index('matter_parties_name_idx').on(t.name),
    check(
      'matter_parties_role_ck',
      sql`${t.role} in ('applicant','respondent','opposing-party','agent','client','complainant','third-party')`,
    ),
  ],
);

/**
 * The open clocks of each matter (core ProcedureClock), rewritten after every action: statute and
 * article (`source`), basis (calendar or working days), dates, pause. The deadline sweep marks
 * `remindedAt` (due soon) and `breachedAt` (past due); a rewrite keeps both when the kind and due date
 * are unchanged.
 */
export const matterClocks = pgTable(
  'matter_clocks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    matterId: uuid('matter_id')
      .notNull()
      .references(() => matters.id, { onDelete: 'cascade' }),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id),
    kind: text('kind').notNull(),
    label: text('label').notNull(),
    source: text('source').notNull(),
    basis: text('basis').notNull(),
    amount: integer('amount').notNull(),
    extendedBy: integer('extended_by').notNull().default(0),
    startsOn: date('starts_on').notNull(),
    dueOn: date('due_on').notNull(),
    pausedSince: date('paused_since'),
    pausedDays: integer('paused_days').notNull().default(0),
    provisional: boolean('provisional').notNull().default(false),
    responsibleRole: text('responsible_role'),
    responsibleUserId: uuid('responsible_user_id').references(() => users.id),
    remindedAt: instant('reminded_at'),
    breachedAt: instant('breached_at'),
  },
  (t) => [
    uniqueIndex('matter_clocks_uq').on(t.matterId, t.kind),
    index('matter_clocks_due_idx').on(t.dueOn),
    index('matter_clocks_user_idx').on(t.responsibleUserId, t.dueOn),
    check('matter_clocks_basis_ck', sql`${t.basis} in ('calendar-days','working-days')`),
  ],
);
