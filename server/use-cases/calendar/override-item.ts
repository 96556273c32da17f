import { isIsoDate } from '@core/calendar';
import { z } from 'zod';
import type { holidayOverrides } from '../../db/schema/index';

/** A holiday override as the API returns it. */
export const overrideItem = z.object({
  id: z.string(),
  date: z.string(),
  kind: z.enum(['holiday', 'workday']),
  source: z.string().nullable(),
  note: z.string().nullable(),
  version: z.number().int(),
});
export type OverrideItem = z.infer<typeof overrideItem>;

export function toOverrideItem(row: typeof holidayOverrides.$inferSelect): OverrideItem {
  return {
    id: row.id,
    date: row.date,
    kind: row.kind === 'workday' ? 'workday' : 'holiday',
    source: row.source,
    note: row.note,
    version: row.version,
  };
}

const blankToNull = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? null : value);

/** A business date field, `YYYY-MM-DD`. */
export const isoDateField = (label: string) =>
  z.string({ error: `请填写${label}` }).refine(isIsoDate, `${label}应为 YYYY-MM-DD 格式的有效日期`);

export const overrideFields = {
  date: isoDateField('日期'),
  kind: z.enum(['holiday', 'workday'], { error: '类型应为休息日（holiday）或工作日（workday）' }),
  source: z.preprocess(blankToNull, z.string().trim().max(200, '依据不能超过 200 个字').nullable()),
  note: z.preprocess(blankToNull, z.string().trim().max(500, '备注不能超过 500 个字').nullable()),
} as const;
