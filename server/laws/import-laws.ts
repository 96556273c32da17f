import { createHash, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { compareZh } from '@core/i18n/collation';
import {
  exclusionReason,
  instrumentTier,
  type ParsedInstrument,
  parseInstrument,
  textGrams,
  versionStatuses,
} from '@core/laws';
import { sql } from 'drizzle-orm';
import type { Database } from '../db/client';
import { lawCorpus } from '../db/schema/index';
import { countCitations } from './citation-counts';

/** The corpus shipped with lawhall (scripts/laws/pack-corpus.ts makes it; data-sources/laws/SOURCE.md). */
export const LAW_CORPUS_FILE = fileURLToPath(
  new URL('../../data-sources/laws/laws.jsonl.gz', import.meta.url),
);

export interface CorpusEntry {
  path: string;
  markdown: string;
}

export interface LawCorpus {
  /** sha-256 of the packed file. */
  checksum: string;
  /** Unpacks the entries (only when an import is needed). */
  entries(): CorpusEntry[];
}

/** Reads the packed corpus: a checksum of the file now, its entries on demand. */
export function readLawCorpus(file = LAW_CORPUS_FILE): LawCorpus {
  const gz = readFileSync(file);
  let entries: CorpusEntry[] | undefined;
  return {
    checksum: createHash('sha256').update(gz).digest('hex'),
    entries: () =>
      (entries ??= gunzipSync(gz)
        .toString('utf8')
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => JSON.parse(line) as CorpusEntry)),
  };
}

/** The instrument's id in URLs: stable across imports because it derives from the source path. */
export const instrumentCode = (sourcePath: string): string =>
  createHash('sha256').update(sourcePath).digest('hex').slice(0, 12);

export interface ImportLawsOptions {
  /** Default: the shipped corpus. */
  corpus?: LawCorpus;
  /** Import only these entries (tests import a few instruments). */
  only?: (path: string) => boolean;
  /** Re-import even when the same corpus is already in. */
  force?: boolean;
  /** Progress lines (Chinese), e.g. for the start-up log. */
  log?: (line: string) => void;
  /** Told the PostgreSQL backend running the import (to cancel it on shutdown). */
  onBackend?: (pid: number) => void;
  /** Aborts between batches (server shutdown); the transaction rolls back. */
  signal?: AbortSignal;
}

export interface ImportLawsResult {
  skipped: boolean;
  instruments: number;
  articles: number;
  milliseconds: number;
}

/**
 * The version of the import's rules (what is parsed and what is left out), part of the key stored in
 * `law_corpus.checksum` beside the corpus file's sha-256. The key decides whether a start re-imports: the
 * corpus file alone changes only when the corpus is repacked, so a change of the rules bumps this number,
 * and every library imported under the former rules is re-imported, in the background, at the next start
 * (or by `npm run laws:import`). 2: documents that are not legal texts are left out (core/laws/library-scope).
 */
export const IMPORT_RULES_VERSION = 2;

const BATCH = 1000;
const GIN_INDEX = 'law_articles_grams_idx';

/**
 * Imports the law corpus, replacing what was there, in ONE transaction (readers see the old library until
 * commit). Idempotent: does nothing when the same corpus (checksum, and subset) is already imported under the same rules
 * (IMPORT_RULES_VERSION). Documents that are not legal texts (core/laws/library-scope.ts) are left out.
 * Serialised with an advisory lock so that instances starting together import once. The GIN index is
 * dropped for the bulk load and built once at the end (much faster than maintaining it row by row).
 */
export async function importLaws(db: Database, options: ImportLawsOptions = {}): Promise<ImportLawsResult> {
  const started = performance.now();
  const log = options.log ?? (() => undefined);
  const corpus = options.corpus ?? readLawCorpus();
  const entries = options.only ? corpus.entries().filter((e) => options.only!(e.path)) : undefined;
  const subset = entries
    ? `:${createHash('sha256')
        .update(entries.map((e) => e.path).join('\n'))
        .digest('hex')
        .slice(0, 16)}`
    : '';
  const checksum = `${corpus.checksum}${subset};rules=${IMPORT_RULES_VERSION}`;

  return db.transaction(async (tx) => {
    const backend = await tx.execute<{ pid: number }>(sql`select pg_backend_pid() as pid`);
    options.onBackend?.(backend.rows[0]!.pid);
    await tx.execute(sql`select pg_advisory_xact_lock(7370003)`);
    const [existing] = await tx.select().from(lawCorpus);
    if (existing?.checksum === checksum && !options.force) {
      return {
        skipped: true,
        instruments: existing.instrumentCount,
        articles: existing.articleCount,
        milliseconds: 0,
      };
    }
    const toImport = entries ?? corpus.entries();
    log(`法律法规库：解析 ${toImport.length} 件法律法规……`);
    const parsed = toImport.flatMap((e) => {
      const p = parseInstrument(e.markdown, e.path);
      const reason = exclusionReason(p);
      if (reason === null) return [p];
      log(`法律法规库：不收录《${p.title}》（${e.path}）：${reason}`);
      return [];
    });
    const statuses = versionStatuses(parsed);
    const ordered = parsed
      .map((p) => ({
        p,
        status: statuses.get(p.sourcePath) ?? 'current',
        ...instrumentTier(p.kind, statuses.get(p.sourcePath) ?? 'current'),
      }))
      .sort(
        (a, b) =>
          a.tier - b.tier ||
          compareZh(a.p.title, b.p.title) ||
          compareZh(a.p.subtitle ?? '', b.p.subtitle ?? '') ||
          (b.p.versionDate ?? '').localeCompare(a.p.versionDate ?? '') ||
          a.p.sourcePath.localeCompare(b.p.sourcePath),
      );

    await tx.execute(sql`truncate law_articles, law_chapters, law_instruments, law_corpus restart identity`);
    await tx.execute(sql.raw(`drop index if exists ${GIN_INDEX}`));

    let chapterId = 0;
    let articleId = 0;
    let articles = 0;
    const pending: ArticleRow[] = [];
    const instrumentRows: InstrumentRow[] = [];
    const chapterRows: ChapterRow[] = [];
    for (const [index, { p, status, tier, weight }] of ordered.entries()) {
      const id = randomUUID();
      instrumentRows.push(instrumentRow(id, p, status, tier * 100_000 + index));
      const chapterIds = p.chapters.map(() => ++chapterId);
      for (const [position, c] of p.chapters.entries()) {
        chapterRows.push({
          id: chapterIds[position]!,
          instrumentId: id,
          parentId: c.parent === null ? null : chapterIds[c.parent]!,
          level: c.level,
          position,
          title: c.title,
        });
      }
      for (const [position, a] of p.articles.entries()) {
        pending.push({
          id: ++articleId,
          instrumentId: id,
          chapterId: a.chapter === null ? null : chapterIds[a.chapter]!,
          position,
          number: a.number?.number ?? null,
          suffix: a.number?.suffix ?? 0,
          label: a.label,
          text: a.text,
          grams: `{${textGrams(a.text).join(',')}}`,
          weight,
        });
      }
      if (instrumentRows.length >= 200 || index === ordered.length - 1) {
        options.signal?.throwIfAborted();
        await insertInstruments(tx, instrumentRows.splice(0));
        await insertChapters(tx, chapterRows.splice(0));
        while (pending.length > 0) {
          options.signal?.throwIfAborted();
          const batch = pending.splice(0, BATCH);
          articles += batch.length;
          await insertArticles(tx, batch);
        }
        log(`法律法规库：已导入 ${index + 1}/${ordered.length} 件（${articles} 条）`);
      }
    }
    for (const name of ['law_chapters', 'law_articles'])
      await tx.execute(
        sql.raw(
          `select setval(pg_get_serial_sequence('${name}', 'id'), (select coalesce(max(id), 0) + 1 from ${name}), false)`,
        ),
      );
    options.signal?.throwIfAborted();
    await countCitations(tx);
    log('法律法规库：建立全文检索索引……');
    await tx.execute(sql`set local maintenance_work_mem = '256MB'`);
    await tx.execute(sql.raw(`create index ${GIN_INDEX} on law_articles using gin (search_grams)`));
    await tx.insert(lawCorpus).values({ checksum, instrumentCount: ordered.length, articleCount: articles });
    await tx.execute(sql`analyze law_instruments`);
    await tx.execute(sql`analyze law_articles`);
    const milliseconds = Math.round(performance.now() - started);
    log(
      `法律法规库：导入完成，${ordered.length} 件、${articles} 条，用时 ${(milliseconds / 1000).toFixed(1)} 秒`,
    );
    return { skipped: false, instruments: ordered.length, articles, milliseconds };
  });
}

type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];

interface InstrumentRow {
  id: string;
  code: string;
  sourcePath: string;
  title: string;
  subtitle: string | null;
  shortTitle: string;
  kind: string;
  issuingBody: string | null;
  versionDate: string | null;
  effectiveDate: string | null;
  status: string;
  history: string;
  articleCount: number;
  sortKey: number;
}
interface ChapterRow {
  id: number;
  instrumentId: string;
  parentId: number | null;
  level: number;
  position: number;
  title: string;
}
interface ArticleRow {
  id: number;
  instrumentId: string;
  chapterId: number | null;
  position: number;
  number: number | null;
  suffix: number;
  label: string | null;
  text: string;
  grams: string;
  weight: number;
}

function instrumentRow(id: string, p: ParsedInstrument, status: string, sortKey: number): InstrumentRow {
  return {
    id,
    code: instrumentCode(p.sourcePath),
    sourcePath: p.sourcePath,
    title: p.title,
    subtitle: p.subtitle,
    shortTitle: p.shortTitle,
    kind: p.kind,
    issuingBody: p.issuingBody,
    versionDate: p.versionDate,
    effectiveDate: p.effectiveDate,
    status,
    history: JSON.stringify(p.history),
    articleCount: p.articles.filter((a) => a.number).length,
    sortKey,
  };
}

/** Columns as parallel arrays through `unnest`: one round trip per batch. */
const column = <T, K extends keyof T>(rows: T[], key: K) => sql.param(rows.map((r) => r[key]));

async function insertInstruments(tx: Tx, rows: InstrumentRow[]): Promise<void> {
  if (rows.length === 0) return;
  await tx.execute(sql`
    insert into law_instruments (id, code, source_path, title, subtitle, short_title, kind, issuing_body,
      version_date, effective_date, status, history, article_count, sort_key)
    select * from unnest(${column(rows, 'id')}::uuid[], ${column(rows, 'code')}::text[],
      ${column(rows, 'sourcePath')}::text[], ${column(rows, 'title')}::text[], ${column(rows, 'subtitle')}::text[],
      ${column(rows, 'shortTitle')}::text[], ${column(rows, 'kind')}::text[], ${column(rows, 'issuingBody')}::text[],
      ${column(rows, 'versionDate')}::date[], ${column(rows, 'effectiveDate')}::date[], ${column(rows, 'status')}::text[],
      ${column(rows, 'history')}::jsonb[], ${column(rows, 'articleCount')}::int[], ${column(rows, 'sortKey')}::int[])`);
}

async function insertChapters(tx: Tx, rows: ChapterRow[]): Promise<void> {
  if (rows.length === 0) return;
  await tx.execute(sql`
    insert into law_chapters (id, instrument_id, parent_id, level, position, title) overriding system value
    select * from unnest(${column(rows, 'id')}::int[], ${column(rows, 'instrumentId')}::uuid[],
      ${column(rows, 'parentId')}::int[], ${column(rows, 'level')}::smallint[], ${column(rows, 'position')}::int[],
      ${column(rows, 'title')}::text[])`);
}

async function insertArticles(tx: Tx, rows: ArticleRow[]): Promise<void> {
  await tx.execute(sql`
    insert into law_articles (id, instrument_id, chapter_id, position, number, suffix, label, text, search_grams,
      rank_weight) overriding system value
    select id, instrument_id, chapter_id, position, number, suffix, label, text, grams::int8[], weight
    from unnest(${column(rows, 'id')}::int[], ${column(rows, 'instrumentId')}::uuid[], ${column(rows, 'chapterId')}::int[],
      ${column(rows, 'position')}::int[], ${column(rows, 'number')}::int[], ${column(rows, 'suffix')}::smallint[],
      ${column(rows, 'label')}::text[], ${column(rows, 'text')}::text[], ${column(rows, 'grams')}::text[],
      ${column(rows, 'weight')}::real[])
      as u(id, instrument_id, chapter_id, position, number, suffix, label, text, grams, weight)`);
}
