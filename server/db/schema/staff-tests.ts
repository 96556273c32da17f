import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { organisations } from './organisations';
import { users } from './staff';
import { studyPlans } from './staff-programme';

const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/**
 * The question bank of the knowledge tests (应知应会题库), per bureau. Options are in canonical order;
 * `correct` holds canonical indices. Never sent to test takers (only to `study.manage`).
 */
export const questions = pgTable(
  'questions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id),
    kind: text('kind').notNull(),
    category: text('category'),
    stem: text('stem').notNull(),
    options: text('options').array().notNull(),
    correct: integer('correct').array().notNull(),
    explanation: text('explanation'),
    active: boolean('active').notNull().default(true),
    createdBy: uuid('created_by').references(() => users.id),
    version: integer('version').notNull().default(1),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('questions_org_idx').on(t.orgId, t.kind),
    check('questions_kind_ck', sql`${t.kind} in ('single','multiple','true-false')`),
  ],
);

/** A question as a published paper froze it (later edits of the bank do not change past results). */
export interface PaperQuestion {
  id: string;
  kind: 'single' | 'multiple' | 'true-false';
  category: string | null;
  stem: string;
  options: string[];
  correct: number[];
  explanation: string | null;
}

/**
 * Test papers (试卷): drawn from the bank by `rule` when published (seeded, reproducible), then frozen in
 * `questions`. `round` labels the round (第一轮, 第二轮) for side-by-side comparison.
 */
export const testPapers = pgTable(
  'test_papers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id),
    planId: uuid('plan_id').references(() => studyPlans.id, { onDelete: 'set null' }),
    audienceOrgId: uuid('audience_org_id')
      .notNull()
      .references(() => organisations.id),
    title: text('title').notNull(),
    round: text('round'),
    rule: jsonb('rule').$type<{ counts: Record<string, number>; categories?: string[] }>().notNull(),
    points: jsonb('points').$type<Record<string, number>>().notNull(),
    seed: text('seed').notNull(),
    questions: jsonb('questions').$type<PaperQuestion[]>(),
    timeLimitMinutes: integer('time_limit_minutes').notNull(),
    maxAttempts: integer('max_attempts').notNull().default(1),
    passScore: integer('pass_score').notNull(),
    opensAt: instant('opens_at'),
    closesAt: instant('closes_at'),
    status: text('status').notNull().default('draft'),
    publishedAt: instant('published_at'),
    createdBy: uuid('created_by').references(() => users.id),
    version: integer('version').notNull().default(1),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('test_papers_org_idx').on(t.orgId, t.createdAt),
    check('test_papers_status_ck', sql`${t.status} in ('draft','published','closed')`),
    check(
      'test_papers_limits_ck',
      sql`${t.timeLimitMinutes} between 1 and 600 and ${t.maxAttempts} between 1 and 10`,
    ),
  ],
);

/** Graded item of an attempt (core GradedItem). */
export interface StoredGradedItem {
  questionId: string;
  correct: boolean;
  chosen: number[];
  points: number;
}

/**
 * One attempt of one person at a paper. `seed` decides the person's order of questions and options;
 * `answers` are the displayed positions clicked, keyed by question id; grading maps them back.
 * At most one open attempt per person and paper.
 */
export const testAttempts = pgTable(
  'test_attempts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    paperId: uuid('paper_id')
      .notNull()
      .references(() => testPapers.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id),
    attemptNo: integer('attempt_no').notNull(),
    seed: text('seed').notNull(),
    status: text('status').notNull().default('open'),
    startedAt: instant('started_at').notNull(),
    deadlineAt: instant('deadline_at').notNull(),
    submittedAt: instant('submitted_at'),
    answers: jsonb('answers').$type<Record<string, number[]>>().notNull().default({}),
    score: integer('score'),
    maxScore: integer('max_score'),
    items: jsonb('items').$type<StoredGradedItem[]>(),
  },
  (t) => [
    uniqueIndex('test_attempts_no_uq').on(t.paperId, t.userId, t.attemptNo),
    uniqueIndex('test_attempts_open_uq').on(t.paperId, t.userId).where(sql`${t.status} = 'open'`),
    index('test_attempts_user_idx').on(t.userId),
    check('test_attempts_status_ck', sql`${t.status} in ('open','submitted')`),
  ],
);
