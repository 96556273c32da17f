import { assertCan } from '@core/access';
import { isIsoDate } from '@core/calendar';
import { and, asc, count, desc, eq, gte, isNull, lte, or, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Services, UseCaseCall } from '../../context';
import { hardshipStandards } from '../../db/schema/index';
import { HARDSHIP_AREAS, HARDSHIP_BASES, type StandardItem, toStandardItem } from './standard-item';

export const listStandardsQuery = z.object({
  page: z.coerce.number({ error: '页码应为数字' }).int().min(1, '页码从 1 开始').default(1),
  pageSize: z.coerce
    .number({ error: '每页条数应为数字' })
    .int()
    .min(1)
    .max(200, '每页最多 200 条')
    .default(20),
  regionCode: z
    .string()
    .regex(/^\d{6}$/, '行政区划代码应为 6 位数字')
    .optional(),
  basis: z.enum(HARDSHIP_BASES, { error: '标准依据不正确' }).optional(),
  area: z.enum(HARDSHIP_AREAS, { error: '适用范围不正确' }).optional(),
  /** Only standards in force on this date. */
  onDate: z.string().refine(isIsoDate, '日期应为 YYYY-MM-DD 格式的有效日期').optional(),
});
export type ListStandardsInput = z.infer<typeof listStandardsQuery>;

/**
 * Hardship standards, paged, by region, basis, area, then newest first. Reference data that every
 * bureau applies (a county applies the city's or the province's figure), so reads are not scoped.
 */
export async function listStandards(
  services: Services,
  { actor, input }: UseCaseCall<ListStandardsInput>,
): Promise<{ items: StandardItem[]; total: number }> {
  assertCan(actor, 'hardship-standard.read');
  const where: (SQL | undefined)[] = [];
  if (input.regionCode) where.push(eq(hardshipStandards.regionCode, input.regionCode));
  if (input.basis) where.push(eq(hardshipStandards.basis, input.basis));
  if (input.area) where.push(eq(hardshipStandards.area, input.area));
  if (input.onDate) {
    where.push(lte(hardshipStandards.effectiveFrom, input.onDate));
    where.push(or(isNull(hardshipStandards.effectiveTo), gte(hardshipStandards.effectiveTo, input.onDate)));
  }
  const condition = and(...where);
  const [total] = await services.db.select({ n: count() }).from(hardshipStandards).where(condition);
  const rows = await services.db
    .select()
    .from(hardshipStandards)
    .where(condition)
    .orderBy(
      asc(hardshipStandards.regionCode),
      asc(hardshipStandards.basis),
      asc(hardshipStandards.area),
      desc(hardshipStandards.effectiveFrom),
      asc(hardshipStandards.id),
    )
    .limit(input.pageSize)
    .offset((input.page - 1) * input.pageSize);
  return { items: rows.map(toStandardItem), total: total?.n ?? 0 };
}
