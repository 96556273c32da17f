import { articleKey, highlightSnippet, queryGrams, searchTerms } from '@core/laws';
import { type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Services, UseCaseCall } from '../../context';
import { escapeLike } from '../../search/like';
import { instrumentSummary, lawKindSchema, toInstrumentSummary } from './law-items';

export const searchArticlesQuery = z.object({
  q: z.string({ error: '请输入检索词' }).trim().min(1, '请输入检索词').max(100, '检索词不能超过 100 个字'),
  kind: lawKindSchema.optional(),
  status: z.enum(['current', 'superseded'], { error: '效力状态应为 current 或 superseded' }).optional(),
  page: z.coerce.number({ error: '页码应为数字' }).int().min(1, '页码从 1 开始').max(500).default(1),
  pageSize: z.coerce.number({ error: '每页条数应为数字' }).int().min(1).max(50, '每页最多 50 条').default(20),
});
export type SearchArticlesInput = z.infer<typeof searchArticlesQuery>;

export const searchHit = z.object({
  instrument: instrumentSummary,
  article: z.object({
    /** `43`, `120-1`, or `p7` for an unnumbered passage (its position). */
    key: z.string(),
    label: z.string().nullable(),
  }),
  /** HTML: the text around the first match, matches in `<mark>`, everything else escaped. */
  snippet: z.string(),
});
export type SearchHit = z.infer<typeof searchHit>;

export const searchResult = z.object({
  items: z.array(searchHit),
  /** Hits counted up to `RANKED_HITS`; `capped` when there are more. */
  total: z.number().int(),
  capped: z.boolean(),
  terms: z.array(z.string()),
});
export type SearchResult = z.infer<typeof searchResult>;

/**
 * At most this many hits are counted and ranked. They are taken in order of authority (the import stores
 * articles in that order: Constitution, laws, regulations, interpretations, rules, cases, superseded
 * versions), so a very common word (规定, 国家: a third of the corpus) still answers in milliseconds.
 */
export const RANKED_HITS = 1000;

/** `index`: the bigram GIN index (production). `scan`: ILIKE on every row, no index (the bench's reference). */
export type SearchStrategy = 'index' | 'scan';

/** BM25's term-frequency saturation and length normalisation (the usual values). */
const BM25_K1 = 1.2;
const BM25_B = 0.75;
/** Mean article length of the shipped corpus in UTF-8 bytes (70,163 articles; about 111 characters). */
const MEAN_ARTICLE_BYTES = 330;
/** Score factor 1 + this × the share of the terms found in the title or the article's headings. */
const TOPIC_BOOST = 0.5;
/** Score factor 1 + this × ln(1 + instruments citing the article's instrument). */
const CITATION_BOOST = 0.1;

/**
 * Full-text search of the law library: every term must occur (AND), as a substring — 离婚 inside
 * 解除婚姻关系的，应当办理离婚登记. Terms come from core/laws searchTerms (spaces and punctuation split;
 * `%` and `_` are literal). Candidates come from the GIN index on character pairs (`search_grams @>`),
 * terms longer than two characters are confirmed with `strpos`. Any logged-in staff member may search.
 *
 * Rank, the product of four factors, so an article about the term comes first (工资: 劳动法 第五十条, in
 * its chapter 第五章 工资, above long articles that repeat 工资 in passing):
 * - text: per term, BM25's tf·(k1 + 1) / (tf + k1·(1 − b + b·length / mean length)), summed over the
 *   terms — occurrences count with diminishing returns, and a short article holding the term beats a long
 *   one holding it as often;
 * - topic: 1 + 0.5 × the share of the terms found in the instrument's title or the article's 编/章/节
 *   headings (a title alone once weighed so much that every article of 承认外国法院离婚判决 rules outran
 *   民法典 第一千零七十九条 for 离婚: now the Civil Code's 第四章 离婚 heading counts the same);
 * - authority: the instrument's weight (laws > regulations > interpretations > rules > cases; superseded
 *   halved), times 1 + 0.1 × ln(1 + how many other instruments cite it by title) — the core laws of a field
 *   (劳动法 22, 劳动合同法 17) before a regulation nobody cites;
 * ties by article id (authority order), so pages are stable.
 * Cost, beside the index lookup: the text factor is counted in the one pass that already read each hit's
 * text (each term once); headings are read once per chapter among the at most 1,000 hits, by primary key;
 * `cited_by` is a stored column (server/laws/citation-counts.ts) of the instrument joined anyway; the page is
 * cut before its articles' text and instruments are read (not all 1,000 hits' as before).
 */
export async function searchArticles(
  services: Services,
  { input }: Pick<UseCaseCall<SearchArticlesInput>, 'input'>,
  strategy: SearchStrategy = 'index',
): Promise<SearchResult> {
  const terms = searchTerms(input.q);
  if (terms.length === 0) return { items: [], total: 0, capped: false, terms };

  const filters: SQL[] = [];
  if (strategy === 'index') {
    const codes = [...new Set(terms.flatMap(queryGrams))];
    filters.push(sql`a.search_grams @> ${sql.param(codes)}::int8[]`);
    for (const term of terms) {
      if ([...term].length <= 2) continue; // the pair keys alone are exact
      filters.push(cased(term) ? sql`strpos(lower(a.text), ${term}) > 0` : sql`strpos(a.text, ${term}) > 0`);
    }
  } else {
    for (const term of terms) filters.push(sql`a.text ilike ${`%${escapeLike(term)}%`}`);
  }
  if (input.kind || input.status) {
    const instrumentFilters: SQL[] = [];
    if (input.kind) instrumentFilters.push(sql`i.kind = ${input.kind}`);
    if (input.status) instrumentFilters.push(sql`i.status = ${input.status}`);
    filters.push(
      sql`a.instrument_id in (select i.id from law_instruments i where ${sql.join(instrumentFilters, sql` and `)})`,
    );
  }
  const where = sql.join(filters, sql` and `);
  // Each term's occurrences are counted once, in the pass that reads the text (tf0, tf1, …).
  const occurrences = sql.join(
    terms.map(
      (t, n) =>
        sql`(octet_length(a.text) - octet_length(replace(${cased(t) ? sql`lower(a.text)` : sql`a.text`}, ${t}, '')))::float / ${sql.raw(String(Buffer.byteLength(t)))} as ${sql.raw(`tf${n}`)}`,
    ),
    sql`, `,
  );
  // float8 throughout: a decimal literal alone would make PostgreSQL compute in (slower) numeric.
  const lengthNorm = `${BM25_K1}::float8 * (${1 - BM25_B} + ${BM25_B} * h.bytes::float8 / ${MEAN_ARTICLE_BYTES})`;
  const relevance = sql.raw(
    terms.map((_, n) => `h.tf${n} * ${BM25_K1 + 1}::float8 / (h.tf${n} + ${lengthNorm})`).join(' + '),
  );
  const topicTerms = sql.join(
    terms.map((t) => sql`(strpos(h.topics, ${t}) > 0)::int`),
    sql` + `,
  );
  const offset = (input.page - 1) * input.pageSize;

  return services.db.transaction(async (tx) => {
    // Hits are taken in physical (= authority) order up to the cap; a parallel scan would not keep it.
    await tx.execute(sql`set local max_parallel_workers_per_gather = 0`);
    if (strategy === 'scan') {
      await tx.execute(sql`set local enable_bitmapscan = off`);
      await tx.execute(sql`set local enable_indexscan = off`);
      // A scan joining a concurrent one starts mid-table; the capped hits must start at the first row.
      await tx.execute(sql`set local synchronize_seqscans = off`);
    }
    // One pass over the hits computes their text score (no text is kept); the page's rows are read after.
    const rows = await tx.execute<HitRow>(sql`
      with hits as (
        select a.id, a.instrument_id, a.chapter_id, a.rank_weight, octet_length(a.text) as bytes, ${occurrences}
        from law_articles a where ${where}
        limit ${RANKED_HITS + 1}
      ), ranked_hits as (
        select * from hits limit ${RANKED_HITS}
      ), headings as materialized (
        -- Once per chapter of the hits, its heading and its parents' (编 > 章 > 节), by primary key: as a
        -- correlated subquery these stay index lookups (joins became hash joins over all 7,000 headings),
        -- materialised so that a nested loop over the hits does not run them again for every hit.
        select ch.id, (
          select concat_ws(' ', c1.title, c2.title, c3.title)
          from law_chapters c1
          left join law_chapters c2 on c2.id = c1.parent_id
          left join law_chapters c3 on c3.id = c2.parent_id
          where c1.id = ch.id
        ) as titles
        from (select distinct chapter_id as id from ranked_hits) ch
      ), hit_context as (
        select h.*, count(*) over () as total, i.cited_by,
          lower(concat_ws(' ', i.title, i.subtitle, hd.titles)) as topics
        from ranked_hits h
        join law_instruments i on i.id = h.instrument_id
        left join headings hd on hd.id = h.chapter_id
      ), ranked as (
        select h.id, h.total,
          (${relevance}) * (1 + ${sql.raw(String(TOPIC_BOOST))}::float8 * (${topicTerms}) / ${sql.raw(String(terms.length))})
            * h.rank_weight * (1 + ${sql.raw(String(CITATION_BOOST))}::float8 * ln(1 + h.cited_by::float8)) as score
        from hit_context h
      ), page as (
        -- The page is cut before its rows' text and instrument are read (not after, for every hit).
        select * from ranked order by score desc, id asc limit ${input.pageSize} offset ${offset}
      )
      select a.id, a.position, a.number, a.suffix, a.label, a.text, r.total,
        (select count(*) from hits) as hit_count,
        i.code, i.title, i.subtitle, i.short_title, i.kind, i.issuing_body, i.version_date, i.effective_date,
        i.status, i.article_count
      from page r join law_articles a on a.id = r.id join law_instruments i on i.id = a.instrument_id
      order by r.score desc, r.id asc`);
    const capped = rows.rows.length > 0 && Number(rows.rows[0]!.hit_count) > RANKED_HITS;
    const total = rows.rows.length > 0 ? Number(rows.rows[0]!.total) : await countHits(tx, where, offset);
    return {
      terms,
      total,
      capped,
      items: rows.rows.map((r) => ({
        instrument: toInstrumentSummary({
          code: r.code,
          title: r.title,
          subtitle: r.subtitle,
          shortTitle: r.short_title,
          kind: r.kind,
          issuingBody: r.issuing_body,
          versionDate: r.version_date,
          effectiveDate: r.effective_date,
          status: r.status,
          articleCount: r.article_count,
        }),
        article: {
          key: r.number === null ? `p${r.position}` : articleKey({ number: r.number, suffix: r.suffix }),
          label: r.label,
        },
        snippet: highlightSnippet(r.text, terms),
      })),
    };
  });
}

/** Whether lower-casing changes the term (Latin letters): then the text is lower-cased too. */
const cased = (term: string) => term !== term.toUpperCase();

/** The total when the requested page is past the end (no row carried it). */
async function countHits(
  tx: Parameters<Parameters<Services['db']['transaction']>[0]>[0],
  where: SQL,
  offset: number,
): Promise<number> {
  if (offset === 0) return 0;
  const result = await tx.execute<{ n: number }>(
    sql`select count(*)::int as n from (select 1 from law_articles a where ${where} limit ${RANKED_HITS}) x`,
  );
  return result.rows[0]?.n ?? 0;
}

interface HitRow extends Record<string, unknown> {
  id: number;
  position: number;
  number: number | null;
  suffix: number;
  label: string | null;
  text: string;
  total: number;
  hit_count: number;
  code: string;
  title: string;
  subtitle: string | null;
  short_title: string;
  kind: string;
  issuing_body: string | null;
  version_date: string | null;
  effective_date: string | null;
  status: string;
  article_count: number;
}
