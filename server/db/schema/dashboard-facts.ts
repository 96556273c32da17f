import { sql } from 'drizzle-orm';
import {
  bigint,
  check,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';

/**
 * Pre-aggregated daily and monthly facts of the leaders' dashboard (issue 7), for long periods over many
 * halls. Closed business days only (Asia/Shanghai, before today): today's and any day after
 * `dashboard_fact_state.through` are read from the raw tables. Written only by
 * server/use-cases/dashboard/refresh-dashboard-facts.ts; a late change to a closed day's ticket or rating
 * marks the day in `dashboard_fact_dirty` (trigger in server/db/custom-sql/dashboard-facts.sql) and the
 * refresh rebuilds it and its month. No foreign keys: facts are derived, rebuilt from the rows they count.
 */

/**
 * Visits and times per organisation, day, ISO week or month, service and window (`grain` 'day':
 * `periodStart` is the business date; 'week': its Monday, only for weeks whose every day is closed, rolled
 * up from the day rows; 'month': the month's first day, only for months whose every day is closed). Counts
 * and sums are exact; times are kept by bucket of core/dashboard/histogram.ts: a month row counts them per
 * bucket (dense, summed element-wise when read), day and week rows list each time's bucket (a few dozen per
 * window and week: far less than a 1.2 kB histogram).
 */
export const dashboardQueueFacts = pgTable(
  'dashboard_queue_facts',
  {
    grain: text('grain').notNull(),
    orgId: uuid('org_id').notNull(),
    periodStart: date('period_start', { mode: 'string' }).notNull(),
    serviceCode: text('service_code').notNull(),
    windowId: uuid('window_id'),
    tickets: integer('tickets').notNull(),
    finished: integer('finished').notNull(),
    matters: integer('matters').notNull(),
    noShows: integer('no_shows').notNull(),
    waitN: integer('wait_n').notNull(),
    waitSum: bigint('wait_sum', { mode: 'number' }).notNull(),
    waitMax: integer('wait_max'),
    serviceN: integer('service_n').notNull(),
    serviceSum: bigint('service_sum', { mode: 'number' }).notNull(),
    serviceMax: integer('service_max'),
    /** Month rows: the count per bucket (144). */
    waitHist: integer('wait_hist').array(),
    serviceHist: integer('service_hist').array(),
    /**
     * Month rows: the histograms summed over every month of this organisation, service and window up to
     * this one (a row exists for each closed month from the group's first): the histogram of any run of
     * months is the difference of two rows. Null while the group has had no time (read as all zeros).
     * Kept as the text of the int[] (`{0,3,…}`): a province's year reads thousands of them, and PostgreSQL
     * spent more time writing the arrays out as text than everything else in that statement.
     */
    cumWaitHist: text('cum_wait_hist'),
    cumServiceHist: text('cum_service_hist'),
    /** Day and week rows: the bucket of each time (a week of a window holds a few dozen). */
    waitBuckets: integer('wait_buckets').array(),
    serviceBuckets: integer('service_buckets').array(),
  },
  (t) => [
    index('dashboard_queue_facts_idx').on(t.grain, t.orgId, t.periodStart),
    // And dashboard_queue_facts_period_idx (grain, period_start) INCLUDE (the counts, sums and day rows'
    // buckets), in server/db/custom-sql/dashboard-facts.sql: index-only reads of a province's period.
    check('dashboard_queue_facts_grain_ck', sql`${t.grain} in ('day', 'week', 'month')`),
  ],
);

/** Ratings (好差评) per organisation, day or month (as above) and level. */
export const dashboardRatingFacts = pgTable(
  'dashboard_rating_facts',
  {
    grain: text('grain').notNull(),
    orgId: uuid('org_id').notNull(),
    periodStart: date('period_start', { mode: 'string' }).notNull(),
    level: smallint('level').notNull(),
    n: integer('n').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.grain, t.orgId, t.periodStart, t.level] }),
    check('dashboard_rating_facts_grain_ck', sql`${t.grain} in ('day', 'month')`),
  ],
);

/** Tickets issued and finished per organisation and closed day (the dashboard's daily chart). */
export const dashboardDayTotals = pgTable(
  'dashboard_day_totals',
  {
    orgId: uuid('org_id').notNull(),
    businessDate: date('business_date', { mode: 'string' }).notNull(),
    tickets: integer('tickets').notNull(),
    finished: integer('finished').notNull(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.businessDate] })],
);

/** One row (`id` = 1): the facts hold every closed day up to `through` (null: not built yet). */
export const dashboardFactState = pgTable('dashboard_fact_state', {
  id: smallint('id').primaryKey(),
  through: date('through', { mode: 'string' }),
  /**
   * The legal-aid facts hold every application day up to this date (null: not built, or dropped by a
   * change to the hall's calendar, which moves due dates: the next refresh rebuilds them all).
   */
  aidThrough: date('aid_through', { mode: 'string' }),
  refreshedAt: timestamp('refreshed_at', { withTimezone: true, mode: 'date' }),
});

/** Closed days changed after their facts were built (late tickets, late status changes, late ratings). */
export const dashboardFactDirty = pgTable(
  'dashboard_fact_dirty',
  {
    orgId: uuid('org_id').notNull(),
    businessDate: date('business_date', { mode: 'string' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.businessDate] })],
);

/**
 * Legal aid per organisation and application day, or ISO week, month or quarter whose every day the facts
 * hold (rolled up from the day rows) — the application cohort's figures of
 * server/use-cases/dashboard/matter-facts.ts, counted as the dashboard's three grouping sets (`part`: 3 =
 * outcome × five same-day × decision × assignment, 5 = matter × outcome, 6 = priority group × outcome;
 * empty strings for the columns a part does not group by). A deadline still pending when the row was
 * built keeps its due date (`decisionDue`, `assignmentDue`): it reads as breached once today is past it,
 * exactly as the raw computation turns it, so the rows never depend on the day they were built.
 */
export const dashboardAidFacts = pgTable(
  'dashboard_aid_facts',
  {
    grain: text('grain').notNull(),
    orgId: uuid('org_id').notNull(),
    periodStart: date('period_start', { mode: 'string' }).notNull(),
    part: smallint('part').notNull(),
    outcome: text('outcome').notNull(),
    five: text('five').notNull(),
    decision: text('decision').notNull(),
    decisionDue: date('decision_due', { mode: 'string' }),
    assignment: text('assignment').notNull(),
    assignmentDue: date('assignment_due', { mode: 'string' }),
    /** Part 5: the matter key; part 6: the priority group. */
    key: text('key').notNull(),
    /** Part 5: the least case kind of the matter key's matters (the label, as the raw query takes it). */
    caseKind: text('case_kind').notNull(),
    n: integer('n').notNull(),
  },
  (t) => [
    // A county or city: its organisations' rows; a province's period: every row of its days and months.
    index('dashboard_aid_facts_org_idx').on(t.grain, t.orgId, t.periodStart),
    index('dashboard_aid_facts_period_idx').on(t.grain, t.periodStart),
    check('dashboard_aid_facts_grain_ck', sql`${t.grain} in ('day', 'week', 'month', 'quarter')`),
    check('dashboard_aid_facts_part_ck', sql`${t.part} in (3, 5, 6)`),
  ],
);

/**
 * Application days of legal-aid matters changed after their facts may have been built (any change to a
 * matter applied before today, a refusal recorded): trigger in server/db/custom-sql/dashboard-aid-facts.sql.
 */
export const dashboardAidDirty = pgTable(
  'dashboard_aid_dirty',
  {
    orgId: uuid('org_id').notNull(),
    appliedOn: date('applied_on', { mode: 'string' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.appliedOn] })],
);

/**
 * The 律师团's counts per organisation, closed Beijing day or month (`grain` 'day' | 'month', only months whose
 * every day is closed), kind and subject (lawyer-team-figures.ts): `consultation` — tickets finished
 * (`ticket_actions` 'finish') by the staff account `subject_id` that day, by the day of the action, built with
 * the queue facts up to `dashboard_fact_state.through`; `legal-aid` — legal-aid matters applied for that day
 * (the cohort) and assigned to the lawyer `subject_id`, built with the legal-aid facts up to `aid_through`
 * and rebuilt with their changed application days (an assignment made after the day is the usual case).
 */
export const dashboardLawyerFacts = pgTable(
  'dashboard_lawyer_facts',
  {
    grain: text('grain').notNull(),
    kind: text('kind').notNull(),
    orgId: uuid('org_id').notNull(),
    periodStart: date('period_start', { mode: 'string' }).notNull(),
    subjectId: uuid('subject_id').notNull(),
    n: integer('n').notNull(),
  },
  (t) => [
    index('dashboard_lawyer_facts_idx').on(t.kind, t.grain, t.periodStart, t.orgId, t.subjectId, t.n),
    check('dashboard_lawyer_facts_grain_ck', sql`${t.grain} in ('day', 'month')`),
    check('dashboard_lawyer_facts_kind_ck', sql`${t.kind} in ('consultation', 'legal-aid')`),
  ],
);
