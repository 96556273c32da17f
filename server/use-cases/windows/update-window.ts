import { assertCan } from '@core/access';
import { notFound, staleVersion } from '@core/errors';
import { and, eq, ne, sql } from 'drizzle-orm';
import { z } from 'zod';
import { recordAudit } from '../../audit/record-audit';
import type { Services, UseCaseCall } from '../../context';
import { windows } from '../../db/schema/index';
import { publishQueueEvent } from '../../realtime/queue-events';
import { outOfScope } from '../organisations/org-scope-check';
import { numberTaken } from './create-window';
import { toWindowItem, type WindowItem, windowFields } from './window-item';

export const updateWindowBody = z.object({
  version: z.number({ error: '缺少版本号' }).int().min(1),
  number: windowFields.number.optional(),
  name: windowFields.name.optional(),
  services: windowFields.services.optional(),
  status: windowFields.status.optional(),
  location: windowFields.location.optional(),
  reason: z.string().trim().max(500, '原因不能超过 500 个字').optional(),
});
export type UpdateWindowInput = z.infer<typeof updateWindowBody> & { id: string };

/**
 * Changes a window in the actor's scope (404 WINDOW.NOT_FOUND, 403 ORG.OUT_OF_SCOPE): number (unique per
 * center, WINDOW.NUMBER_TAKEN), name, services, status (open/paused/closed), location. Optimistic
 * concurrency on `version` (409 COMMON.STALE_VERSION). The change and a `window.update` audit entry
 * (before/after) commit together; a request that changes nothing writes nothing.
 */
export async function updateWindow(
  services: Services,
  { actor, input, meta }: UseCaseCall<UpdateWindowInput>,
): Promise<WindowItem> {
  assertCan(actor, 'window.manage');
  const saved = await services.db.transaction(async (tx) => {
    const [row] = await tx.select().from(windows).where(eq(windows.id, input.id));
    if (!row) throw notFound('WINDOW.NOT_FOUND', '窗口不存在');
    if (!actor.scopeOrgIds.includes(row.orgId)) throw outOfScope();
    if (row.version !== input.version) throw staleVersion('窗口');
    const before = toWindowItem(row);
    const changes = {
      number: input.number ?? row.number,
      name: input.name ?? row.name,
      services: input.services ?? row.services,
      status: input.status ?? before.status,
      location: input.location === undefined ? row.location : input.location,
    };
    if (changes.number !== row.number) {
      const [clash] = await tx
        .select({ id: windows.id })
        .from(windows)
        .where(and(eq(windows.orgId, row.orgId), eq(windows.number, changes.number), ne(windows.id, row.id)));
      if (clash) throw numberTaken(changes.number);
    }
    if (JSON.stringify({ ...before, ...changes }) === JSON.stringify(before)) return before;
    const [updated] = await tx
      .update(windows)
      .set({ ...changes, version: sql`${windows.version} + 1`, updatedAt: services.now() })
      .where(and(eq(windows.id, row.id), eq(windows.version, input.version)))
      .returning();
    if (!updated) throw staleVersion('窗口');
    const item = toWindowItem(updated);
    await recordAudit(tx, actor, meta, {
      action: 'window.update',
      entityType: 'window',
      entityId: item.id,
      orgId: item.orgId,
      before,
      after: item,
      reason: input.reason ?? null,
    });
    return item;
  });
  // Boards and the cached windows of the hall (queue/hall-load.ts) pick up the change.
  await publishQueueEvent(services.db, { type: 'board', orgId: saved.orgId, windows: true });
  return saved;
}
