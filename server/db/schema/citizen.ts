import { sql } from 'drizzle-orm';
import {
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
import { legalAidMatters } from './legal-aid';
import { organisations } from './organisations';
import { tickets } from './queue';
import { users } from './staff';

const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/**
 * The notification outbox (server/notifications/outbox.ts): every SMS is written here in the transaction
 * that causes it, then handed to the configured provider after commit (the default provider only logs).
 * The number and the text are encrypted (the text may hold a one-time code); `toHash` finds a number's
 * messages, `toMasked` is what lists show.
 */
export const notificationOutbox = pgTable(
  'notification_outbox',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    channel: text('channel').notNull().default('sms'),
    toEnc: text('to_enc').notNull(),
    toHash: text('to_hash').notNull(),
    toMasked: text('to_masked').notNull(),
    /** What the message is, e.g. `sms-code.track` (never the code itself). */
    template: text('template').notNull(),
    bodyEnc: text('body_enc').notNull(),
    status: text('status').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    provider: text('provider'),
    providerMessageId: text('provider_message_id'),
    error: text('error'),
    createdAt: instant('created_at').notNull(),
    sentAt: instant('sent_at'),
  },
  (t) => [
    index('notification_outbox_pending_idx').on(t.createdAt).where(sql`${t.status} = 'pending'`),
    index('notification_outbox_to_idx').on(t.toHash, t.createdAt),
    check('notification_outbox_status_ck', sql`${t.status} in ('pending','sent','failed')`),
    check('notification_outbox_channel_ck', sql`${t.channel} in ('sms')`),
  ],
);

/**
 * One-time SMS codes (server/use-cases/citizen/sms-codes.ts): only an HMAC of the code is kept; a code
 * expires after 5 minutes, allows 5 tries and is used once (`usedAt`). A tracking request for a matter
 * number and phone that do not match still writes a row (with `matterId` null and no SMS), so both cases
 * do the same work and answer alike.
 */
export const smsCodes = pgTable(
  'sms_codes',
  {
    id: uuid('id').primaryKey(),
    purpose: text('purpose').notNull(),
    phoneHash: text('phone_hash').notNull(),
    /** HMAC of what the code is for besides the phone (the normalised matter number), if anything. */
    subjectHash: text('subject_hash'),
    matterId: uuid('matter_id').references(() => legalAidMatters.id, { onDelete: 'cascade' }),
    codeHash: text('code_hash').notNull(),
    attempts: integer('attempts').notNull().default(0),
    createdAt: instant('created_at').notNull(),
    expiresAt: instant('expires_at').notNull(),
    usedAt: instant('used_at'),
  },
  (t) => [
    index('sms_codes_lookup_idx').on(t.phoneHash, t.purpose, t.createdAt),
    index('sms_codes_created_idx').on(t.createdAt),
    check('sms_codes_purpose_ck', sql`${t.purpose} in ('apply','track','book','ticket')`),
  ],
);

/**
 * A citizen's short access to one matter after a verified SMS code (tracking, documents, rating): the
 * random token goes to the phone page, only its SHA-256 is stored.
 */
export const citizenAccess = pgTable(
  'citizen_access',
  {
    tokenHash: text('token_hash').primaryKey(),
    matterId: uuid('matter_id')
      .notNull()
      .references(() => legalAidMatters.id, { onDelete: 'cascade' }),
    phoneHash: text('phone_hash').notNull(),
    createdAt: instant('created_at').notNull(),
    expiresAt: instant('expires_at').notNull(),
  },
  (t) => [index('citizen_access_expires_idx').on(t.expiresAt)],
);

/**
 * The phone an online application was filed with (verified by SMS), which tracking accepts besides the
 * applicant's own phone on the `persons` row.
 */
export const matterContacts = pgTable('matter_contacts', {
  matterId: uuid('matter_id')
    .primaryKey()
    .references(() => legalAidMatters.id, { onDelete: 'cascade' }),
  phoneEnc: text('phone_enc').notNull(),
  phoneHash: text('phone_hash').notNull(),
  phoneMasked: text('phone_masked').notNull(),
  createdAt: instant('created_at').notNull(),
});

/** A remote ticket's verified phone: one ticket per phone, service and day. */
export const remoteTickets = pgTable(
  'remote_tickets',
  {
    ticketId: uuid('ticket_id')
      .primaryKey()
      .references(() => tickets.id, { onDelete: 'cascade' }),
    phoneHash: text('phone_hash').notNull(),
    serviceCode: text('service_code').notNull(),
    businessDate: date('business_date').notNull(),
  },
  (t) => [uniqueIndex('remote_tickets_once_uq').on(t.phoneHash, t.serviceCode, t.businessDate)],
);

/** A hall's appointment settings per service (core/appointments AppointmentSettings); none = the defaults. */
export const appointmentSettings = pgTable(
  'appointment_settings',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id),
    service: text('service').notNull(),
    slots: jsonb('slots').$type<{ start: string; end: string }[]>().notNull(),
    capacity: integer('capacity').notNull(),
    daysAhead: integer('days_ahead').notNull(),
    leadMinutes: integer('lead_minutes').notNull(),
    version: integer('version').notNull().default(1),
    updatedBy: uuid('updated_by').references(() => users.id),
    updatedAt: instant('updated_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.service] }),
    check('appointment_settings_capacity_ck', sql`${t.capacity} between 1 and 200`),
  ],
);

/**
 * Booked seats per slot. A booking increments `booked` with one upsert guarded by `booked < capacity`,
 * and the check constraint makes over-booking impossible even for a writer that forgets the guard.
 */
export const appointmentSlots = pgTable(
  'appointment_slots',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id),
    service: text('service').notNull(),
    date: date('date').notNull(),
    start: text('start').notNull(),
    end: text('end').notNull(),
    capacity: integer('capacity').notNull(),
    booked: integer('booked').notNull().default(0),
  },
  (t) => [
    uniqueIndex('appointment_slots_uq').on(t.orgId, t.service, t.date, t.start),
    check('appointment_slots_booked_ck', sql`${t.booked} >= 0 and ${t.booked} <= ${t.capacity}`),
  ],
);

/** Appointments. One booked appointment per phone, service and day (partial unique index). */
export const appointments = pgTable(
  'appointments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** What the citizen quotes at the hall, e.g. `YY260316-4KQ7`. */
    reference: text('reference').notNull(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id),
    slotId: uuid('slot_id')
      .notNull()
      .references(() => appointmentSlots.id),
    service: text('service').notNull(),
    date: date('date').notNull(),
    start: text('start').notNull(),
    end: text('end').notNull(),
    name: text('name').notNull(),
    phoneEnc: text('phone_enc').notNull(),
    phoneHash: text('phone_hash').notNull(),
    phoneMasked: text('phone_masked').notNull(),
    note: text('note'),
    status: text('status').notNull().default('booked'),
    /** SHA-256 of the token the phone page keeps to cancel. */
    cancelTokenHash: text('cancel_token_hash').notNull(),
    createdAt: instant('created_at').notNull(),
    cancelledAt: instant('cancelled_at'),
  },
  (t) => [
    uniqueIndex('appointments_reference_uq').on(t.reference),
    uniqueIndex('appointments_once_uq').on(t.phoneHash, t.service, t.date).where(sql`${t.status} = 'booked'`),
    index('appointments_org_date_idx').on(t.orgId, t.date),
    check('appointments_status_ck', sql`${t.status} in ('booked','cancelled')`),
  ],
);
