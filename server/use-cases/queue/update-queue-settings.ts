import { assertCan } from '@core/access';
import { staleVersion } from '@core/errors';
import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { recordAudit } from '../../audit/record-audit';
import type { Services, UseCaseCall } from '../../context';
import { queueSettings } from '../../db/schema/index';
import { publishQueueEvent } from '../../realtime/queue-events';
import { resolveCenter } from './queue-center';
import {
  invalidateQueueSettings,
  loadQueueSettings,
  type QueueSettings,
  queueSettingsFields,
} from './queue-settings';

export const updateSettingsBody = queueSettingsFields.extend({
  centerId: z.uuid({ error: '服务中心编号格式不正确' }).optional(),
  version: z.number({ error: '缺少版本号' }).int().min(0),
  reason: z.string().trim().max(500, '原因不能超过 500 个字').optional(),
});
export type UpdateSettingsInput = z.infer<typeof updateSettingsBody>;

/**
 * Saves a center's queue settings (queue.manage in scope). Optimistic concurrency on `version` (0 = the
 * center still uses the defaults; 409 COMMON.STALE_VERSION when someone saved in between). The row and a
 * `queue.settings.update` audit entry (before/after) commit together.
 */
export async function updateQueueSettings(
  services: Services,
  { actor, input, meta }: UseCaseCall<UpdateSettingsInput>,
): Promise<QueueSettings> {
  const center = await resolveCenter(services.db, input.centerId);
  assertCan(actor, 'queue.manage', { orgId: center.id });
  const { centerId: _centerId, version, reason, ...fields } = input;
  const saved = await services.db.transaction(async (tx) => {
    const before = await loadQueueSettings(tx, center.id);
    const now = services.now();
    const values = { ...fields, updatedBy: actor.userId, updatedAt: now };
    const [row] =
      version === 0
        ? await tx
            .insert(queueSettings)
            .values({ orgId: center.id, ...values })
            .onConflictDoNothing()
            .returning()
        : await tx
            .update(queueSettings)
            .set({ ...values, version: sql`${queueSettings.version} + 1` })
            .where(and(eq(queueSettings.orgId, center.id), eq(queueSettings.version, version)))
            .returning();
    if (!row) throw staleVersion('取号叫号设置');
    const after = await loadQueueSettings(tx, center.id);
    await recordAudit(tx, actor, meta, {
      action: 'queue.settings.update',
      entityType: 'queue-settings',
      entityId: center.id,
      orgId: center.id,
      before,
      after,
      reason: reason ?? null,
    });
    return after;
  });
  invalidateQueueSettings(services.db, center.id);
  await publishQueueEvent(services.db, { type: 'board', orgId: center.id });
  return saved;
}
