import { articleKey, parseCitations } from '@core/laws';
import { and, asc, eq, or, sql } from 'drizzle-orm';
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
  const citations = [];
  for (const citation of parseCitations(input.source).slice(0, 10)) {
    const base = {
      text: citation.text,
      instrumentTitle: citation.instrument,
      paragraph: citation.paragraph,
      item: citation.item,
    };
    if (!citation.instrument) {
      citations.push({ ...base, instrument: null, article: null });
      continue;
    }
    const title = citation.instrument;
    const article = citation.article;
    const [row] = await services.db
      .select({ instrument: lawInstruments, article: lawArticles })
      .from(lawInstruments)
      .leftJoin(
        lawArticles,
        article
          ? and(
              eq(lawArticles.instrumentId, lawInstruments.id),
              eq(lawArticles.number, article.number),
              eq(lawArticles.suffix, article.suffix),
            )
          : sql`false`,
      )
      .where(or(eq(lawInstruments.shortTitle, title), eq(lawInstruments.title, title)))
      .orderBy(
        sql`${lawArticles.id} is null`,
        sql`${lawInstruments.status} = 'current' desc`,
        asc(lawInstruments.sortKey),
      )
      .limit(1);
    citations.push({
      ...base,
      instrument: row ? toInstrumentSummary(row.instrument) : null,
      article:
        row?.article && row.article.number !== null
          ? {
              key: articleKey({ number: row.article.number, suffix: row.article.suffix }),
              label: row.article.label,
              text: row.article.text,
            }
          : null,
    });
  }
  return { citations };
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
 * `{ results: { source, citations }[] }` in the order given, duplicates answered once each.
 */
export async function resolveCitationBatch(
  services: Services,
  { input }: Pick<UseCaseCall<z.infer<typeof resolveCitationBatchBody>>, 'input'>,
): Promise<z.infer<typeof resolvedCitationBatch>> {
  const resolved = new Map<string, z.infer<typeof resolvedCitations>>();
  for (const source of new Set(input.sources))
    resolved.set(source, await resolveCitations(services, { input: { source } }));
  return {
    results: input.sources.map((source) => ({
      source,
      citations: resolved.get(source)?.citations ?? [],
    })),
  };
}
