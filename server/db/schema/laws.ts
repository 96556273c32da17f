import { sql } from 'drizzle-orm';
import {
  bigint,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  real,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

/**
 * The law library (法律法规库): the national corpus shipped in data-sources/laws, imported by
 * server/laws/import-laws.ts. Reference data, the same for every organisation (no org_id). Replaced as a
 * whole when the shipped corpus changes; `code` (from the source path) keeps deep links stable across imports.
 */
export const lawInstruments = pgTable(
  'law_instruments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** 12 hex characters of sha-256(source path): the instrument's id in URLs (/laws/<code>/articles/43). */
    code: text('code').notNull(),
    sourcePath: text('source_path').notNull(),
    title: text('title').notNull(),
    subtitle: text('subtitle'),
    /** Title without 中华人民共和国 (what citations use: 法律援助法). */
    shortTitle: text('short_title').notNull(),
    /** Corpus category: 宪法, 行政法规, 司法解释, 部门规章, 案例 … (core/laws LAW_KINDS). */
    kind: text('kind').notNull(),
    issuingBody: text('issuing_body'),
    versionDate: date('version_date'),
    effectiveDate: date('effective_date'),
    /** `current`, or `superseded` when the corpus holds a later version of the same title. */
    status: text('status').notNull(),
    history: jsonb('history').$type<{ date: string | null; text: string }[]>().notNull(),
    articleCount: integer('article_count').notNull(),
    /** Order of the instrument list and tie-break of search: laws, regulations, interpretations, rules, cases. */
    sortKey: integer('sort_key').notNull(),
    /**
     * How many other instruments of the library cite this one by title (《中华人民共和国劳动法》, 《劳动法》):
     * a static part of the search rank, so the core laws of a field come first (server/laws/citation-counts.ts).
     */
    citedBy: integer('cited_by').notNull().default(0),
  },
  (t) => [
    uniqueIndex('law_instruments_code_uq').on(t.code),
    uniqueIndex('law_instruments_source_path_uq').on(t.sourcePath),
    index('law_instruments_short_title_idx').on(t.shortTitle),
    index('law_instruments_kind_idx').on(t.kind, t.sortKey),
    check('law_instruments_status_ck', sql`${t.status} in ('current','superseded')`),
  ],
);

/** Headings of an instrument: 编/章/节 nested by `level` (1 = ##), in reading order (`position`). */
export const lawChapters = pgTable(
  'law_chapters',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    instrumentId: uuid('instrument_id')
      .notNull()
      .references(() => lawInstruments.id, { onDelete: 'cascade' }),
    parentId: integer('parent_id'),
    level: smallint('level').notNull(),
    position: integer('position').notNull(),
    title: text('title').notNull(),
  },
  (t) => [index('law_chapters_instrument_idx').on(t.instrumentId, t.position)],
);

/**
 * Articles (第X条, `number` + `suffix` for 第X条之Y) and unnumbered passages (number null) in reading order.
 * `search_grams`: every character and character pair of the lower-cased text as int8 codes (core/laws
 * textGrams), GIN-indexed: a Chinese word of two characters is one key, found inside any sentence.
 */
export const lawArticles = pgTable(
  'law_articles',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    instrumentId: uuid('instrument_id')
      .notNull()
      .references(() => lawInstruments.id, { onDelete: 'cascade' }),
    chapterId: integer('chapter_id').references(() => lawChapters.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    number: integer('number'),
    suffix: smallint('suffix').notNull().default(0),
    label: text('label'),
    text: text('text').notNull(),
    searchGrams: bigint('search_grams', { mode: 'number' }).array().notNull(),
    /** Static part of the search rank (kind and status of the instrument). */
    rankWeight: real('rank_weight').notNull(),
  },
  (t) => [
    index('law_articles_instrument_idx').on(t.instrumentId, t.position),
    index('law_articles_number_idx').on(t.instrumentId, t.number, t.suffix),
    index('law_articles_grams_idx').using('gin', t.searchGrams),
  ],
);

/** The imported corpus: one row, the checksum of data-sources/laws/laws.jsonl.gz (import is idempotent). */
export const lawCorpus = pgTable('law_corpus', {
  id: smallint('id').primaryKey().default(1),
  checksum: text('checksum').notNull(),
  instrumentCount: integer('instrument_count').notNull(),
  articleCount: integer('article_count').notNull(),
  importedAt: timestamp('imported_at', { withTimezone: true }).notNull().defaultNow(),
});
