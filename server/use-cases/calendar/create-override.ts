import { AppError } from '@core/errors';
import { z } from 'zod';
import { recordAudit } from '../../audit/record-audit';
import type { Services, UseCaseCall } from '../../context';
import { holidayOverrides } from '../../db/schema/index';
import { assertCityLevel } from '../access/reference-scope';
import { invalidateCalendarCache } from './load-calendar';
import { type OverrideItem, overrideFields, toOverrideItem } from './override-item';

export const createOverrideBody = z.object({
  date: overrideFields.date,
  kind: overrideFields.kind,
  source: overrideFields.source.optional(),
  note: overrideFields.note.optional(),
});
export type CreateOverrideInput = z.infer<typeof createOverrideBody>;

/** CALENDAR.OVERRIDE_EXISTS (409, field `date`): one override per date. */
export const overrideExists = (date: string) =>
  new AppError('conflict', 'CALENDAR.OVERRIDE_EXISTS', `${date} 已有调整记录，请修改原记录`, 'date');

/**
 * Adds an override of the official holiday data for one date (e.g. a State Council notice the data
 * lacks). City-wide reference data: city-level `calendar.manage` only (AUTH.CITY_LEVEL_ONLY). Writes the
 * row and a `calendar.override-create` audit entry in one transaction, then drops the cached calendar.
 */
export async function createOverride(
  services: Services,
  { actor, input, meta }: UseCaseCall<CreateOverrideInput>,
): Promise<{ item: OverrideItem }> {
  const item = await services.db.transaction(async (tx) => {
    await assertCityLevel(tx, actor, 'calendar.manage');
    const [row] = await tx
      .insert(holidayOverrides)
      .values({
        date: input.date,
        kind: input.kind,
        source: input.source ?? null,
        note: input.note ?? null,
        createdBy: actor.userId,
      })
      .onConflictDoNothing()
      .returning();
    if (!row) throw overrideExists(input.date);
    const item = toOverrideItem(row);
    await recordAudit(tx, actor, meta, {
      action: 'calendar.override-create',
      entityType: 'holiday-override',
      entityId: item.id,
      after: item,
    });
    return item;
  });
  invalidateCalendarCache();
  return { item };
}
