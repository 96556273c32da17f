import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

/**
 * Any organisation in the system: the city bureau (司法局), county bureaus, the service center (the hall),
 * the legal aid agency, resident law firms, notary offices, mediation committees and the like.
 * `parentId` builds the tree that defines organisation scope (a bureau sees its subtree).
 */
export const organisations = pgTable(
  'organisations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    parentId: uuid('parent_id'),
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    /** Short name used in matter numbers, e.g. 包 in 包法援〔2026〕第0001号. */
    shortName: text('short_name'),
    /** GB/T 2260 division code, e.g. 150200 for 包头市. */
    divisionCode: text('division_code'),
    uscc: text('uscc'),
    address: text('address'),
    phone: text('phone'),
    active: boolean('active').notNull().default(true),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('organisations_parent_idx').on(t.parentId),
    uniqueIndex('organisations_name_parent_uq').on(t.parentId, t.name),
    check(
      'organisations_kind_ck',
      sql`${t.kind} in ('city-bureau','county-bureau','service-center','legal-aid-agency','law-firm','notary-office','mediation-committee','appraisal-institution','arbitration-commission','other')`,
    ),
  ],
);

/** A service counter (窗口) of a service center; serves one or more of the ten services. */
export const windows = pgTable(
  'windows',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id),
    number: integer('number').notNull(),
    name: text('name').notNull(),
    services: text('services').array().notNull(),
    status: text('status').notNull().default('open'),
    location: text('location'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('windows_org_number_uq').on(t.orgId, t.number),
    check('windows_status_ck', sql`${t.status} in ('open','paused','closed')`),
  ],
);
