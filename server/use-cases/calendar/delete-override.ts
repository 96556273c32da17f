import { notFound, staleVersion } from '@core/errors';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { recordAudit } from '../../audit/record-audit';
import type { Services, UseCaseCall } from '../../context';
import { holidayOverrides } from '../../db/schema/index';
import { assertCityLevel } from '../access/reference-scope';
import { invalidateCalendarCache } from './load-calendar';
import { toOverrideItem } from './override-item';

export const deleteOverrideBody = z.object({
  version: z.number({ error: '缺少版本号' }).int().min(1),
  reason: z.string().trim().max(500, '原因不能超过 500 个字').optional(),
});
export type DeleteOverrideInput = z.infer<typeof deleteOverrideBody> & { id: string };

/**
 * Deletes a holiday override, so the date follows the official data again (city level only; the row's
 * `version` must match). The audit entry `calendar.override-delete` keeps the deleted row as `before`.
 */
export async function deleteOverride(
  services: Services,
  { actor, input, meta }: UseCaseCall<DeleteOverrideInput>,
): Promise<{ ok: true }> {
  await services.db.transaction(async (tx) => {
    await assertCityLevel(tx, actor, 'calendar.manage');
    const [row] = await tx
      .delete(holidayOverrides)
      .where(and(eq(holidayOverrides.id, input.id), eq(holidayOverrides.version, input.version)))
      .returning();
    if (!row) {
      const [exists] = await tx
        .select({ id: holidayOverrides.id })
        .from(holidayOverrides)
        .where(eq(holidayOverrides.id, input.id));
      if (exists) throw staleVersion('日历调整记录');
      throw notFound('CALENDAR.OVERRIDE_NOT_FOUND', '该日历调整记录不存在');
    }
    await recordAudit(tx, actor, meta, {
      action: 'calendar.override-delete',
      entityType: 'holiday-override',
      entityId: row.id,
      before: toOverrideItem(row),
      reason: input.reason ?? null,
    });
  });
  invalidateCalendarCache();
  return { ok: true };
}
