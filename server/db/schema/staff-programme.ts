import { sql } from 'drizzle-orm';
import {
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
import { users } from './staff';

const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** A required reading of a plan (原文原著). */
export interface PlanReading {
  title: string;
  source?: string;
}

/**
 * Study plans of the staff education-and-rectification programme (队伍教育整顿学习计划). `orgId` is the
 * bureau that owns the plan (city or county); the audience is everyone working in the subtree of
 * `audienceOrgId` (the whole bureau or one department), party members only when `partyMembersOnly`
 * (a party branch, 支部). A plan the city pushes to a county is a copy owned by the county, with
 * `parentPlanId` pointing at the city's plan (市县两级联动), so the city can follow the county's progress.
 */
export const studyPlans = pgTable(
  'study_plans',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id),
    audienceOrgId: uuid('audience_org_id')
      .notNull()
      .references(() => organisations.id),
    partyMembersOnly: boolean('party_members_only').notNull().default(false),
    parentPlanId: uuid('parent_plan_id'),
    title: text('title').notNull(),
    themes: text('themes').array().notNull(),
    forms: text('forms').array().notNull(),
    description: text('description'),
    readings: jsonb('readings').$type<PlanReading[]>().notNull().default([]),
    startsOn: date('starts_on').notNull(),
    endsOn: date('ends_on').notNull(),
    status: text('status').notNull().default('draft'),
    publishedAt: instant('published_at'),
    createdBy: uuid('created_by').references(() => users.id),
    version: integer('version').notNull().default(1),
    createdAt: instant('created_at').notNull().defaultNow(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('study_plans_org_idx').on(t.orgId, t.startsOn),
    uniqueIndex('study_plans_parent_org_uq')
      .on(t.parentPlanId, t.orgId)
      .where(sql`${t.parentPlanId} is not null`),
    check('study_plans_status_ck', sql`${t.status} in ('draft','published','closed')`),
    check('study_plans_dates_ck', sql`${t.endsOn} >= ${t.startsOn}`),
  ],
);

/** Sessions of a plan: 晨训, 晚学, seminars, lectures, each in a room at a time. */
export const studySessions = pgTable(
  'study_sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => studyPlans.id, { onDelete: 'cascade' }),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    location: text('location'),
    startsAt: instant('starts_at').notNull(),
    endsAt: instant('ends_at').notNull(),
    cancelledAt: instant('cancelled_at'),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('study_sessions_plan_idx').on(t.planId, t.startsAt),
    index('study_sessions_org_idx').on(t.orgId, t.startsAt),
    check('study_sessions_kind_ck', sql`${t.kind} in ('morning-drill','evening-study','seminar','lecture')`),
    check('study_sessions_times_ck', sql`${t.endsAt} > ${t.startsAt}`),
  ],
);

/**
 * Attendance records: one per person and session, written by the QR check-in (`qr`), by the organiser
 * (`organiser`) or by an approved leave request (`leave`). No row = absent.
 */
export const sessionAttendance = pgTable(
  'session_attendance',
  {
    sessionId: uuid('session_id')
      .notNull()
      .references(() => studySessions.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id),
    status: text('status').notNull(),
    method: text('method').notNull(),
    checkedInAt: instant('checked_in_at'),
    recordedBy: uuid('recorded_by').references(() => users.id),
    note: text('note'),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.sessionId, t.userId] }),
    index('session_attendance_user_idx').on(t.userId),
    check('session_attendance_status_ck', sql`${t.status} in ('present','late','leave')`),
    check('session_attendance_method_ck', sql`${t.method} in ('qr','organiser','leave')`),
  ],
);

/** Leave requests (请假) for a session; an approved one records `leave` attendance. */
export const leaveRequests = pgTable(
  'leave_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => studySessions.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id),
    reason: text('reason').notNull(),
    status: text('status').notNull().default('pending'),
    decidedBy: uuid('decided_by').references(() => users.id),
    decidedAt: instant('decided_at'),
    decisionNote: text('decision_note'),
    version: integer('version').notNull().default(1),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('leave_requests_session_user_uq').on(t.sessionId, t.userId),
    index('leave_requests_org_idx').on(t.orgId, t.status),
    check('leave_requests_status_ck', sql`${t.status} in ('pending','approved','rejected')`),
  ],
);

/** A person's study notes (学习笔记) for a plan, a session of it or one of its readings. */
export const studyRecords = pgTable(
  'study_records',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id),
    planId: uuid('plan_id')
      .notNull()
      .references(() => studyPlans.id, { onDelete: 'cascade' }),
    sessionId: uuid('session_id').references(() => studySessions.id, { onDelete: 'set null' }),
    reading: text('reading'),
    content: text('content').notNull(),
    version: integer('version').notNull().default(1),
    createdAt: instant('created_at').notNull().defaultNow(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('study_records_user_idx').on(t.userId, t.createdAt),
    index('study_records_org_idx').on(t.orgId, t.createdAt),
  ],
);

/** A spot check (抽查): which records were drawn, by what rule and seed, by whom. */
export const spotChecks = pgTable(
  'spot_checks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id),
    periodFrom: date('period_from').notNull(),
    periodTo: date('period_to').notNull(),
    rule: jsonb('rule').$type<Record<string, unknown>>().notNull(),
    seed: text('seed').notNull(),
    candidates: integer('candidates').notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (t) => [index('spot_checks_org_idx').on(t.orgId, t.createdAt)],
);

/** One drawn record: its grade, the supervisor's comment and the follow-up (整改) it leads to. */
export const spotCheckItems = pgTable(
  'spot_check_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    spotCheckId: uuid('spot_check_id')
      .notNull()
      .references(() => spotChecks.id, { onDelete: 'cascade' }),
    recordId: uuid('record_id')
      .notNull()
      .references(() => studyRecords.id, { onDelete: 'cascade' }),
    ownerId: uuid('owner_id')
      .notNull()
      .references(() => users.id),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id),
    grade: text('grade'),
    comment: text('comment'),
    followUpRequired: boolean('follow_up_required').notNull().default(false),
    followUp: text('follow_up'),
    followUpDoneAt: instant('follow_up_done_at'),
    followUpNote: text('follow_up_note'),
    gradedBy: uuid('graded_by').references(() => users.id),
    gradedAt: instant('graded_at'),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    uniqueIndex('spot_check_items_check_record_uq').on(t.spotCheckId, t.recordId),
    index('spot_check_items_owner_idx').on(t.ownerId),
    check(
      'spot_check_items_grade_ck',
      sql`${t.grade} is null or ${t.grade} in ('excellent','good','pass','fail')`,
    ),
  ],
);

/** One-to-one talks (谈心谈话) with their follow-up. `orgId` is the subject's organisation. */
export const talks = pgTable(
  'talks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id),
    subjectUserId: uuid('subject_user_id')
      .notNull()
      .references(() => users.id),
    conductedBy: uuid('conducted_by')
      .notNull()
      .references(() => users.id),
    heldOn: date('held_on').notNull(),
    topic: text('topic').notNull(),
    summary: text('summary').notNull(),
    followUp: text('follow_up'),
    followUpDueOn: date('follow_up_due_on'),
    followUpDoneAt: instant('follow_up_done_at'),
    followUpNote: text('follow_up_note'),
    version: integer('version').notNull().default(1),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (t) => [index('talks_org_idx').on(t.orgId, t.heldOn), index('talks_subject_idx').on(t.subjectUserId)],
);
