import { notFound, staleVersion } from '@core/errors';
import { and, eq, ne, sql } from 'drizzle-orm';
import { z } from 'zod';
import { recordAudit } from '../../audit/record-audit';
import type { Services, UseCaseCall } from '../../context';
import { holidayOverrides } from '../../db/schema/index';
import { assertCityLevel } from '../access/reference-scope';
import { overrideExists } from './create-override';
import { invalidateCalendarCache } from './load-calendar';
import { type OverrideItem, overrideFields, toOverrideItem } from './override-item';

export const updateOverrideBody = z.object({
  version: z.number({ error: '缺少版本号' }).int().min(1),
  date: overrideFields.date.optional(),
  kind: overrideFields.kind.optional(),
  source: overrideFields.source.optional(),
  note: overrideFields.note.optional(),
  reason: z.string().trim().max(500, '原因不能超过 500 个字').optional(),
});
export type UpdateOverrideInput = z.infer<typeof updateOverrideBody> & { id: string };

/**
 * Changes a holiday override (city level only; optimistic concurrency on `version`). Audits
 * `calendar.override-update` with before/after, then drops the cached calendar.
 */
export async function updateOverride(
  services: Services,
  { actor, input, meta }: UseCaseCall<UpdateOverrideInput>,
): Promise<{ item: OverrideItem }> {
  const item = await services.db.transaction(async (tx) => {
    await assertCityLevel(tx, actor, 'calendar.manage');
    const [row] = await tx
      .select()
      .from(holidayOverrides)
      .where(eq(holidayOverrides.id, input.id))
      .for('update');
    if (!row) throw notFound('CALENDAR.OVERRIDE_NOT_FOUND', '该日历调整记录不存在');
    if (row.version !== input.version) throw staleVersion('日历调整记录');
    const before = toOverrideItem(row);
    const changes = {
      date: input.date ?? row.date,
      kind: input.kind ?? row.kind,
      source: input.source === undefined ? row.source : input.source,
      note: input.note === undefined ? row.note : input.note,
    };
    if (Object.entries(changes).every(([key, value]) => row[key as keyof typeof changes] === value))
      return before;
    if (changes.date !== row.date) {
      const [clash] = await tx
        .select({ id: holidayOverrides.id })
        .from(holidayOverrides)
        .where(and(eq(holidayOverrides.date, changes.date), ne(holidayOverrides.id, row.id)));
      if (clash) throw overrideExists(changes.date);
    }
    const [updated] = await tx
      .update(holidayOverrides)
      .set({ ...changes, version: sql`${holidayOverrides.version} + 1` })
      .where(and(eq(holidayOverrides.id, row.id), eq(holidayOverrides.version, input.version)))
      .returning();
    if (!updated) throw staleVersion('日历调整记录');
    const item = toOverrideItem(updated);
    await recordAudit(tx, actor, meta, {
      action: 'calendar.override-update',
      entityType: 'holiday-override',
      entityId: item.id,
      before,
      after: item,
      reason: input.reason ?? null,
    });
    return item;
  });
  invalidateCalendarCache();
  return { item };
}
