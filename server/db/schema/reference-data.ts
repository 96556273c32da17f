import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  numeric,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from './staff';

/** Admin-edited amendments to the holiday data (official notices, future years). */
export const holidayOverrides = pgTable(
  'holiday_overrides',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    date: date('date').notNull(),
    kind: text('kind').notNull(),
    source: text('source'),
    note: text('note'),
    createdBy: uuid('created_by').references(() => users.id),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('holiday_overrides_date_uq').on(t.date),
    check('holiday_overrides_kind_ck', sql`${t.kind} in ('holiday','workday')`),
  ],
);

/**
 * Economic-hardship standards per region with effective dates (法律援助法 第三十四条: each province sets
 * the standard). Amounts in yuan per person per month, numeric(10,2).
 */
export const hardshipStandards = pgTable(
  'hardship_standards',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regionCode: text('region_code').notNull(),
    basis: text('basis').notNull(),
    area: text('area').notNull().default('all'),
    monthlyPerCapitaYuan: numeric('monthly_per_capita_yuan', { precision: 10, scale: 2 }).notNull(),
    effectiveFrom: date('effective_from').notNull(),
    effectiveTo: date('effective_to'),
    source: text('source').notNull(),
    /** True for the seed's sample figure, to be replaced with the official one. */
    isSample: boolean('is_sample').notNull().default(false),
    createdBy: uuid('created_by').references(() => users.id),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('hardship_standards_region_idx').on(t.regionCode, t.effectiveFrom),
    uniqueIndex('hardship_standards_uq').on(t.regionCode, t.basis, t.area, t.effectiveFrom),
    check('hardship_standards_basis_ck', sql`${t.basis} in ('dibao','low-income','minimum-wage','other')`),
    check('hardship_standards_area_ck', sql`${t.area} in ('urban','rural','all')`),
    check('hardship_standards_amount_ck', sql`${t.monthlyPerCapitaYuan} > 0`),
  ],
);
