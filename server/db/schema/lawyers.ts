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
import { organisations } from './organisations';
import { users } from './staff';

/**
 * The lawyer roster (律师): practising lawyers known to the bureau, their firm, licence and team membership.
 * `teamMember` = member of the 公共法律服务律师团, whose admission rule lives in core/roster/lawyer-team.ts.
 */
export const lawyers = pgTable(
  'lawyers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The bureau whose roster this is (scope). */
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id),
    firmId: uuid('firm_id').references(() => organisations.id),
    userId: uuid('user_id').references(() => users.id),
    name: text('name').notNull(),
    namePinyinInitials: text('name_pinyin_initials'),
    /** Full pinyin, syllables one space apart ('li si'), searched by core/identity name-pinyin rules. */
    namePinyin: text('name_pinyin'),
    sex: text('sex'),
    /** 执业证号, 17 digits. */
    licenceNo: text('licence_no').notNull(),
    firstPracticeYear: integer('first_practice_year').notNull(),
    specialties: text('specialties').array().notNull().default(sql`'{}'::text[]`),
    /** GB/T 2260 division codes of the areas served. */
    areas: text('areas').array().notNull().default(sql`'{}'::text[]`),
    phoneEnc: text('phone_enc'),
    phoneMasked: text('phone_masked'),
    teamMember: boolean('team_member').notNull().default(false),
    teamJoinedOn: date('team_joined_on'),
    teamRemovedReason: text('team_removed_reason'),
    active: boolean('active').notNull().default(true),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('lawyers_licence_uq').on(t.licenceNo),
    index('lawyers_org_idx').on(t.orgId),
    index('lawyers_firm_idx').on(t.firmId),
    check('lawyers_year_ck', sql`${t.firstPracticeYear} between 1979 and 2100`),
  ],
);

/** Administrative penalties (行政处罚) and industry sanctions (行业处分) recorded against a lawyer. */
export const lawyerSanctions = pgTable(
  'lawyer_sanctions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    lawyerId: uuid('lawyer_id')
      .notNull()
      .references(() => lawyers.id),
    kind: text('kind').notNull(),
    decidedOn: date('decided_on').notNull(),
    authority: text('authority').notNull(),
    description: text('description').notNull(),
    recordedBy: uuid('recorded_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('lawyer_sanctions_lawyer_idx').on(t.lawyerId),
    check('lawyer_sanctions_kind_ck', sql`${t.kind} in ('administrative-penalty','industry-sanction')`),
  ],
);
