import { LAW_KINDS } from '@core/laws';
import { z } from 'zod';

export const lawKindSchema = z.enum(LAW_KINDS, { error: '法规类别不正确' });

/** An instrument in lists and search hits; `id` is its stable code (URLs: /laws/<id>). */
export const instrumentSummary = z.object({
  id: z.string(),
  title: z.string(),
  subtitle: z.string().nullable(),
  shortTitle: z.string(),
  kind: z.string(),
  issuingBody: z.string().nullable(),
  versionDate: z.string().nullable(),
  effectiveDate: z.string().nullable(),
  status: z.enum(['current', 'superseded']),
  /** Numbered articles (第X条). */
  articleCount: z.number().int(),
});
export type InstrumentSummary = z.infer<typeof instrumentSummary>;

/** Columns of law_instruments selected for a summary (drizzle row → API item). */
export function toInstrumentSummary(row: {
  code: string;
  title: string;
  subtitle: string | null;
  shortTitle: string;
  kind: string;
  issuingBody: string | null;
  versionDate: string | null;
  effectiveDate: string | null;
  status: string;
  articleCount: number;
}): InstrumentSummary {
  return {
    id: row.code,
    title: row.title,
    subtitle: row.subtitle,
    shortTitle: row.shortTitle,
    kind: row.kind,
    issuingBody: row.issuingBody,
    versionDate: row.versionDate,
    effectiveDate: row.effectiveDate,
    status: row.status === 'superseded' ? 'superseded' : 'current',
    articleCount: row.articleCount,
  };
}

export const articleItem = z.object({
  key: z.string(),
  label: z.string().nullable(),
  number: z.number().int().nullable(),
  suffix: z.number().int(),
  chapterId: z.number().int().nullable(),
  text: z.string(),
});
export type ArticleItem = z.infer<typeof articleItem>;

export const chapterItem = z.object({
  id: z.number().int(),
  parentId: z.number().int().nullable(),
  level: z.number().int(),
  title: z.string(),
});
