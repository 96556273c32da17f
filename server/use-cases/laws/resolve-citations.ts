import { articleKey, parseCitations } from '@core/laws';
import { inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Services, UseCaseCall } from '../../context';
import { lawArticles, lawInstruments } from '../../db/schema/index';
import { instrumentSummary, toInstrumentSummary } from './law-items';

export const resolveCitationsQuery = z.object({
  source: z
    .string({ error: '请提供引用文字' })
    .trim()
    .min(1, '请提供引用文字')
    .max(300, '引用文字不能超过 300 个字'),
});

export const resolvedCitation = z.object({
  text: z.string(),
  instrumentTitle: z.string().nullable(),
  paragraph: z.number().int().nullable(),
  item: z.number().int().nullable(),
  /** Null when no instrument of the library has that title. */
  instrument: instrumentSummary.nullable(),
  /** Null when the citation names no article, or the instrument has no such article. */
  article: z.object({ key: z.string(), label: z.string().nullable(), text: z.string() }).nullable(),
});
export const resolvedCitations = z.object({ citations: z.array(resolvedCitation) });

type ResolvedCitation = z.infer<typeof resolvedCitation>;

/**
 * Links citation strings as the rules of this system write them (`法律援助法 第四十三条`,
 * `法律援助法 第四十三条；办理法律援助案件程序规定 第二十四条`) to the library: the instrument by short or
 * full title (the current version first; among the Civil Code's books, the one holding the article), and
 * the article's text. Any logged-in staff member.
 */
export async function resolveCitations(
  services: Services,
  { input }: Pick<UseCaseCall<z.infer<typeof resolveCitationsQuery>>, 'input'>,
): Promise<z.infer<typeof resolvedCitations>> {
  const [citations] = await resolveSources(services, [input.source]);
  return { citations: citations ?? [] };
}

/**
 * The citations of each source (at most 10 per source), every lookup of every source in one statement:
 * per (title, article), the instrument whose short or full title it is, the one holding the article first,
 * then the current version, then the library's order; then the instruments and articles picked, by id.
 */
async function resolveSources(services: Services, sources: string[]): Promise<ResolvedCitation[][]> {
  const parsed = sources.map((source) => parseCitations(source).slice(0, 10));
  const lookups = parsed.flat().filter((c) => c.instrument !== null);
  const picked = lookups.length
    ? (
        await services.db.execute<{ i: string; instrument_id: string; article_id: number | null }>(sql`
          select k.i::text as i, r.instrument_id, r.article_id
          from rows from (json_to_recordset(${JSON.stringify(
            lookups.map((c) => ({
              title: c.instrument,
              number: c.article?.number ?? null,
              suffix: c.article?.suffix ?? null,
            })),
          )}::json) as (title text, number int, suffix int))
            with ordinality as k(title, number, suffix, i)
          cross join lateral (
            select li.id as instrument_id, la.id as article_id
            from law_instruments li
            left join law_articles la on k.number is not null and la.instrument_id = li.id
              and la.number = k.number and la.suffix = k.suffix
            where li.short_title = k.title or li.title = k.title
            order by la.id is null, li.status = 'current' desc, li.sort_key
            limit 1
          ) r`)
      ).rows
    : [];
  const instrumentIds = [...new Set(picked.map((p) => p.instrument_id))];
  const articleIds = picked.flatMap((p) => (p.article_id === null ? [] : [p.article_id]));
  const [instruments, articles] = await Promise.all([
    instrumentIds.length
      ? services.db.select().from(lawInstruments).where(inArray(lawInstruments.id, instrumentIds))
      : [],
    articleIds.length
      ? services.db.select().from(lawArticles).where(inArray(lawArticles.id, articleIds))
      : [],
  ]);
  const instrumentById = new Map(instruments.map((row) => [row.id, row]));
  const articleById = new Map(articles.map((row) => [row.id, row]));
  const byLookup = new Map(picked.map((p) => [Number(p.i) - 1, p]));
  let next = 0;
  return parsed.map((citations) =>
    citations.map((citation) => {
      const base = {
        text: citation.text,
        instrumentTitle: citation.instrument,
        paragraph: citation.paragraph,
        item: citation.item,
      };
      if (!citation.instrument) return { ...base, instrument: null, article: null };
      const hit = byLookup.get(next++);
      const instrument = hit ? instrumentById.get(hit.instrument_id) : undefined;
      const article = hit && hit.article_id !== null ? articleById.get(hit.article_id) : undefined;
      return {
        ...base,
        instrument: instrument ? toInstrumentSummary(instrument) : null,
        article:
          article && article.number !== null
            ? {
                key: articleKey({ number: article.number, suffix: article.suffix }),
                label: article.label,
                text: article.text,
              }
            : null,
      };
    }),
  );
}

/** At most this many citation strings in one batch (a matter page shows a few dozen at most). */
export const CITATION_BATCH_LIMIT = 50;

export const resolveCitationBatchBody = z.object({
  sources: z
    .array(resolveCitationsQuery.shape.source, { error: '请提供引用文字列表' })
    .min(1, '请提供引用文字')
    .max(CITATION_BATCH_LIMIT, `一次最多解析 ${CITATION_BATCH_LIMIT} 条引用`),
});
export const resolvedCitationBatch = z.object({
  results: z.array(z.object({ source: z.string(), citations: z.array(resolvedCitation) })),
});

/**
 * {@link resolveCitations} for several citation strings in one request (a page of rules and deadlines links
 * each of its sources up front): `{ sources: string[] }` (1 … 50, each as for the single route) →
 * `{ results: { source, citations }[] }` in the order given, duplicates answered once each; three statements
 * whatever the number of sources.
 */
export async function resolveCitationBatch(
  services: Services,
  { input }: Pick<UseCaseCall<z.infer<typeof resolveCitationBatchBody>>, 'input'>,
): Promise<z.infer<typeof resolvedCitationBatch>> {
  const distinct = [...new Set(input.sources)];
  const resolved = new Map((await resolveSources(services, distinct)).map((c, i) => [distinct[i]!, c]));
  return {
    results: input.sources.map((source) => ({ source, citations: resolved.get(source) ?? [] })),
  };
}
