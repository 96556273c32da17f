import { notFound } from '@core/errors';
import { articleKey, parseArticleKey } from '@core/laws';
import { and, asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Executor, Services, UseCaseCall } from '../../context';
import { lawArticles, lawChapters, lawInstruments } from '../../db/schema/index';
import { articleItem, chapterItem, instrumentSummary, toInstrumentSummary } from './law-items';

export const instrumentDetail = z.object({
  instrument: instrumentSummary.extend({
    history: z.array(z.object({ date: z.string().nullable(), text: z.string() })),
    /** Other versions of the same title (newest first). */
    versions: z.array(instrumentSummary),
  }),
  chapters: z.array(chapterItem),
  articles: z.array(articleItem),
});

const keyOf = (row: { number: number | null; suffix: number; position: number }) =>
  row.number === null ? `p${row.position}` : articleKey({ number: row.number, suffix: row.suffix });

export async function findInstrumentRow(db: Executor, code: string) {
  const [row] = await db.select().from(lawInstruments).where(eq(lawInstruments.code, code));
  if (!row) throw notFound('LAW.INSTRUMENT_NOT_FOUND', '未找到该法律法规');
  return row;
}

/** One instrument with its history, headings and full text (every article and passage, in order). */
export async function getInstrument(
  services: Services,
  { input }: Pick<UseCaseCall<{ code: string }>, 'input'>,
): Promise<z.infer<typeof instrumentDetail>> {
  const row = await findInstrumentRow(services.db, input.code);
  const [chapters, articles, versions] = await Promise.all([
    services.db
      .select()
      .from(lawChapters)
      .where(eq(lawChapters.instrumentId, row.id))
      .orderBy(asc(lawChapters.position)),
    services.db
      .select({
        number: lawArticles.number,
        suffix: lawArticles.suffix,
        position: lawArticles.position,
        label: lawArticles.label,
        chapterId: lawArticles.chapterId,
        text: lawArticles.text,
      })
      .from(lawArticles)
      .where(eq(lawArticles.instrumentId, row.id))
      .orderBy(asc(lawArticles.position)),
    services.db
      .select()
      .from(lawInstruments)
      .where(eq(lawInstruments.title, row.title))
      .orderBy(asc(lawInstruments.sortKey)),
  ]);
  return {
    instrument: {
      ...toInstrumentSummary(row),
      history: row.history,
      versions: versions
        .filter((v) => v.id !== row.id && v.subtitle === row.subtitle)
        .map(toInstrumentSummary),
    },
    chapters: chapters.map((c) => ({ id: c.id, parentId: c.parentId, level: c.level, title: c.title })),
    articles: articles.map((a) => ({
      key: keyOf(a),
      label: a.label,
      number: a.number,
      suffix: a.suffix,
      chapterId: a.chapterId,
      text: a.text,
    })),
  };
}

export const articleDetail = z.object({
  instrument: instrumentSummary,
  article: articleItem,
  /** Headings above the article, outermost first (第二编 分则 › 第一章 …). */
  chapterPath: z.array(z.string()),
  previousKey: z.string().nullable(),
  nextKey: z.string().nullable(),
});
export type ArticleDetail = z.infer<typeof articleDetail>;

/** One article (`43`, `120-1`) or passage (`p7`) of an instrument, with its headings and neighbours. */
export async function getArticle(
  services: Services,
  { input }: Pick<UseCaseCall<{ code: string; key: string }>, 'input'>,
): Promise<ArticleDetail> {
  const row = await findInstrumentRow(services.db, input.code);
  return articleOf(services.db, row, input.key);
}

export async function articleOf(
  db: Executor,
  row: typeof lawInstruments.$inferSelect,
  key: string,
): Promise<ArticleDetail> {
  const passage = /^p(\d{1,6})$/.exec(key);
  const number = passage ? undefined : parseArticleKey(key);
  if (!passage && !number) throw notFound('LAW.ARTICLE_NOT_FOUND', '未找到该条文');
  const [article] = await db
    .select()
    .from(lawArticles)
    .where(
      and(
        eq(lawArticles.instrumentId, row.id),
        passage
          ? eq(lawArticles.position, Number(passage[1]))
          : and(eq(lawArticles.number, number!.number), eq(lawArticles.suffix, number!.suffix)),
      ),
    )
    .orderBy(asc(lawArticles.position))
    .limit(1);
  if (!article) throw notFound('LAW.ARTICLE_NOT_FOUND', '未找到该条文');
  const [neighbours, chapters] = await Promise.all([
    db
      .select({ number: lawArticles.number, suffix: lawArticles.suffix, position: lawArticles.position })
      .from(lawArticles)
      .where(and(eq(lawArticles.instrumentId, row.id)))
      .orderBy(asc(lawArticles.position)),
    db.select().from(lawChapters).where(eq(lawChapters.instrumentId, row.id)),
  ]);
  const at = neighbours.findIndex((n) => n.position === article.position);
  const byId = new Map(chapters.map((c) => [c.id, c]));
  const chapterPath: string[] = [];
  for (let c = article.chapterId === null ? undefined : byId.get(article.chapterId); c; ) {
    chapterPath.unshift(c.title);
    c = c.parentId === null ? undefined : byId.get(c.parentId);
  }
  const previous = at > 0 ? neighbours[at - 1] : undefined;
  const next = neighbours[at + 1];
  return {
    instrument: toInstrumentSummary(row),
    article: {
      key: keyOf(article),
      label: article.label,
      number: article.number,
      suffix: article.suffix,
      chapterId: article.chapterId,
      text: article.text,
    },
    chapterPath,
    previousKey: previous ? keyOf(previous) : null,
    nextKey: next ? keyOf(next) : null,
  };
}
