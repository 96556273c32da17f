import { sql } from 'drizzle-orm';
import {
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { notificationOutbox } from './citizen';
import { organisations } from './organisations';
import { users } from './staff';

const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/**
 * Periodic bulletins (定期通报): `figures` as generated from the period's data (core bulletinFigures),
 * `body` the text as edited; published ones are visible to the staff of the bureau's scope.
 */
export const bulletins = pgTable(
  'bulletins',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id),
    title: text('title').notNull(),
    periodFrom: date('period_from').notNull(),
    periodTo: date('period_to').notNull(),
    figures: jsonb('figures').$type<Record<string, unknown>>().notNull(),
    body: text('body').notNull(),
    status: text('status').notNull().default('draft'),
    createdBy: uuid('created_by').references(() => users.id),
    publishedBy: uuid('published_by').references(() => users.id),
    publishedAt: instant('published_at'),
    version: integer('version').notNull().default(1),
    createdAt: instant('created_at').notNull().defaultNow(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('bulletins_org_idx').on(t.orgId, t.periodTo),
    check('bulletins_status_ck', sql`${t.status} in ('draft','published')`),
  ],
);

/** A question of an opinion form. */
export interface FormQuestion {
  key: string;
  label: string;
  kind: 'text' | 'rating' | 'choice';
  options?: string[];
  required?: boolean;
}

/**
 * Opinion solicitation forms (开门纳谏征求意见表): reached without login through `publicToken`
 * (a random, unguessable slug) as a link or QR code.
 */
export const opinionForms = pgTable(
  'opinion_forms',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id),
    title: text('title').notNull(),
    intro: text('intro'),
    respondentKinds: text('respondent_kinds').array().notNull(),
    questions: jsonb('questions').$type<FormQuestion[]>().notNull(),
    publicToken: text('public_token').notNull(),
    status: text('status').notNull().default('open'),
    closesAt: instant('closes_at'),
    createdBy: uuid('created_by').references(() => users.id),
    version: integer('version').notNull().default(1),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('opinion_forms_token_uq').on(t.publicToken),
    index('opinion_forms_org_idx').on(t.orgId),
    check('opinion_forms_status_ck', sql`${t.status} in ('open','closed')`),
  ],
);

/**
 * Collected opinions, each assigned to a staff member, handled and replied to. The respondent's contact
 * (optional) is personal data: encrypted, masked in lists (个人信息保护法 第五十一条).
 */
export const opinions = pgTable(
  'opinions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    formId: uuid('form_id')
      .notNull()
      .references(() => opinionForms.id, { onDelete: 'cascade' }),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id),
    respondentKind: text('respondent_kind').notNull(),
    respondentName: text('respondent_name'),
    contactEnc: text('contact_enc'),
    contactMasked: text('contact_masked'),
    answers: jsonb('answers').$type<Record<string, string | number>>().notNull(),
    content: text('content').notNull(),
    status: text('status').notNull().default('new'),
    assigneeId: uuid('assignee_id').references(() => users.id),
    assignedBy: uuid('assigned_by').references(() => users.id),
    assignedAt: instant('assigned_at'),
    handlingNote: text('handling_note'),
    reply: text('reply'),
    repliedBy: uuid('replied_by').references(() => users.id),
    repliedAt: instant('replied_at'),
    /** The SMS carrying the reply to the respondent's phone (none when they left no phone). */
    replySmsId: uuid('reply_sms_id').references(() => notificationOutbox.id),
    submittedAt: instant('submitted_at').notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('opinions_form_idx').on(t.formId, t.submittedAt),
    index('opinions_org_status_idx').on(t.orgId, t.status),
    index('opinions_assignee_idx').on(t.assigneeId),
    check('opinions_status_ck', sql`${t.status} in ('new','assigned','replied','closed')`),
  ],
);
