import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { lawyers } from './lawyers';
import { legalAidMatters } from './legal-aid';
import { organisations, windows } from './organisations';
import { tickets } from './queue';
import { users } from './staff';

const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/**
 * 好差评 (core/evaluation): one evaluation per finished ticket or legal-aid matter (unique indexes), tied
 * to the window, the staff member who served (with their party-member flag at that time: 党员服务岗) and,
 * for legal aid, the assigned lawyer. `orgId` is the hall (tickets) or the legal aid agency (matters).
 */
export const evaluations = pgTable(
  'evaluations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id),
    subject: text('subject').notNull(),
    ticketId: uuid('ticket_id').references(() => tickets.id, { onDelete: 'set null' }),
    matterId: uuid('matter_id').references(() => legalAidMatters.id, { onDelete: 'set null' }),
    /** The ticket number or the matter number, kept for lists after the subject is gone. */
    subjectNumber: text('subject_number').notNull(),
    serviceCode: text('service_code').notNull(),
    windowId: uuid('window_id').references(() => windows.id),
    staffUserId: uuid('staff_user_id').references(() => users.id),
    staffName: text('staff_name'),
    staffPartyMember: boolean('staff_party_member').notNull().default(false),
    lawyerId: uuid('lawyer_id').references(() => lawyers.id),
    lawyerUserId: uuid('lawyer_user_id').references(() => users.id),
    lawyerName: text('lawyer_name'),
    level: integer('level').notNull(),
    tags: text('tags').array().notNull().default(sql`'{}'::text[]`),
    comment: text('comment'),
    channel: text('channel').notNull(),
    businessDate: date('business_date').notNull(),
    createdAt: instant('created_at').notNull(),
  },
  (t) => [
    uniqueIndex('evaluations_ticket_uq').on(t.ticketId),
    uniqueIndex('evaluations_matter_uq').on(t.matterId),
    index('evaluations_org_date_idx').on(t.orgId, t.businessDate),
    index('evaluations_staff_idx').on(t.staffUserId, t.businessDate),
    index('evaluations_lawyer_user_idx').on(t.lawyerUserId, t.businessDate),
    check('evaluations_level_ck', sql`${t.level} between 1 and 5`),
    check('evaluations_subject_ck', sql`${t.subject} in ('ticket','legal-aid-matter')`),
    check('evaluations_channel_ck', sql`${t.channel} in ('window-pad','kiosk','display-qr','phone')`),
  ],
);

/**
 * The rectification item a bad review opens (整改): call back by `callbackDueOn`, rectify by `fixDueOn`
 * (working days, core/evaluation), then the citizen's follow-up rating closes it. The sweep
 * (server/jobs/rectification-sweep.ts) escalates an overdue item to the bureau leaders once
 * (`escalatedAt`).
 */
export const rectifications = pgTable(
  'rectifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    evaluationId: uuid('evaluation_id')
      .notNull()
      .references(() => evaluations.id, { onDelete: 'cascade' }),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id),
    status: text('status').notNull().default('open'),
    openedOn: date('opened_on').notNull(),
    callbackDueOn: date('callback_due_on').notNull(),
    fixDueOn: date('fix_due_on').notNull(),
    calledBackAt: instant('called_back_at'),
    calledBackBy: uuid('called_back_by').references(() => users.id),
    callbackNote: text('callback_note'),
    rectifiedAt: instant('rectified_at'),
    rectifiedBy: uuid('rectified_by').references(() => users.id),
    rectificationNote: text('rectification_note'),
    followUpLevel: integer('follow_up_level'),
    followUpComment: text('follow_up_comment'),
    followUpAt: instant('follow_up_at'),
    escalatedAt: instant('escalated_at'),
    escalationReason: text('escalation_reason'),
    version: integer('version').notNull().default(1),
    createdAt: instant('created_at').notNull(),
  },
  (t) => [
    uniqueIndex('rectifications_evaluation_uq').on(t.evaluationId),
    index('rectifications_open_idx').on(t.orgId, t.status),
    check('rectifications_status_ck', sql`${t.status} in ('open','called-back','rectified','closed')`),
    check(
      'rectifications_follow_up_ck',
      sql`${t.followUpLevel} is null or ${t.followUpLevel} between 1 and 5`,
    ),
  ],
);
