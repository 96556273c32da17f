import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  customType,
  date,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { lawyers } from './lawyers';
import { organisations } from './organisations';
import { users } from './staff';

const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => 'bytea' });

/**
 * 普法讲师团 lecturers of a bureau's roster (`orgId` = the bureau): judges, prosecutors, lawyers (linked to
 * the lawyer roster when they are on it), bureau staff. No personal data beyond name and workplace.
 */
export const lecturers = pgTable(
  'lecturers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id),
    name: text('name').notNull(),
    /** Workplace and post, e.g. 东河区人民法院 法官. */
    affiliation: text('affiliation'),
    /** core/procedures/publicity LECTURE_TOPICS codes the lecturer covers. */
    topics: text('topics').array().notNull().default(sql`'{}'::text[]`),
    lawyerId: uuid('lawyer_id').references(() => lawyers.id),
    active: boolean('active').notNull().default(true),
    version: integer('version').notNull().default(1),
    createdAt: instant('created_at').notNull().defaultNow(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
  },
  (t) => [index('lecturers_org_idx').on(t.orgId, t.name)],
);

/**
 * Lectures of the tours: a plan (`plannedOn`) that becomes a record once held (`heldOn`, audience) or is
 * cancelled. `lectureOn` is the day it counts on (held day, else planned day: core/publicity
 * `lectureDate`), kept in the row for period totals. Photos: `photoUrls` and `lecture_photos` uploads.
 */
export const lectures = pgTable(
  'lectures',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id),
    status: text('status').notNull(),
    plannedOn: date('planned_on'),
    heldOn: date('held_on'),
    lectureOn: date('lecture_on').notNull(),
    venueType: text('venue_type').notNull(),
    venue: text('venue').notNull(),
    /** A core/procedures/publicity LECTURE_TOPICS code. */
    topic: text('topic').notNull(),
    title: text('title').notNull(),
    audienceSize: integer('audience_size'),
    lecturerIds: uuid('lecturer_ids').array().notNull().default(sql`'{}'::uuid[]`),
    photoUrls: text('photo_urls').array().notNull().default(sql`'{}'::text[]`),
    note: text('note'),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: instant('created_at').notNull().defaultNow(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('lectures_org_date_idx').on(t.orgId, t.lectureOn, t.id),
    check('lectures_status_ck', sql`${t.status} in ('planned','held','cancelled')`),
    check(
      'lectures_venue_type_ck',
      sql`${t.venueType} in ('government','enterprise','community','school','pastoral')`,
    ),
    check('lectures_audience_ck', sql`${t.audienceSize} is null or ${t.audienceSize} between 1 and 100000`),
  ],
);

/** Photos uploaded for a lecture (PNG/JPEG ≤ 3 MB), kept in the database with it. */
export const lecturePhotos = pgTable(
  'lecture_photos',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    lectureId: uuid('lecture_id')
      .notNull()
      .references(() => lectures.id, { onDelete: 'cascade' }),
    fileName: text('file_name').notNull(),
    mimeType: text('mime_type').notNull(),
    size: integer('size').notNull(),
    data: bytea('data').notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('lecture_photos_lecture_idx').on(t.lectureId, t.createdAt),
    check('lecture_photos_size_ck', sql`${t.size} between 1 and 3145728`),
  ],
);
