import { assertCan } from '@core/access';
import { and, asc, gte, lte, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Services, UseCaseCall } from '../../context';
import { holidayOverrides } from '../../db/schema/index';
import { isoDateField, type OverrideItem, toOverrideItem } from './override-item';

export const listOverridesQuery = z.object({
  from: isoDateField('起始日期').optional(),
  to: isoDateField('截止日期').optional(),
});
export type ListOverridesInput = z.infer<typeof listOverridesQuery>;

/** Every holiday override (optionally between `from` and `to`, inclusive), by date. Global data: no scope. */
export async function listOverrides(
  services: Services,
  { actor, input }: UseCaseCall<ListOverridesInput>,
): Promise<{ items: OverrideItem[]; total: number }> {
  assertCan(actor, 'calendar.read', { global: true });
  const where: SQL[] = [];
  if (input.from) where.push(gte(holidayOverrides.date, input.from));
  if (input.to) where.push(lte(holidayOverrides.date, input.to));
  const rows = await services.db
    .select()
    .from(holidayOverrides)
    .where(and(...where))
    .orderBy(asc(holidayOverrides.date), asc(holidayOverrides.id));
  return { items: rows.map(toOverrideItem), total: rows.length };
}
