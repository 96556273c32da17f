import { assertCan } from '@core/access';
import { conflict } from '@core/errors';
import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { recordAudit } from '../../audit/record-audit';
import type { Services, UseCaseCall } from '../../context';
import { windows } from '../../db/schema/index';
import { publishQueueEvent } from '../../realtime/queue-events';
import type { WindowStatus } from '../windows/window-item';
import type { queueWindowItem } from './get-console';
import { queueErrors } from './queue-errors';

export const windowStatusBody = z
  .object({ reason: z.string().trim().max(500, '原因不能超过 500 个字').optional() })
  .nullish();

export interface SetWindowStatusInput {
  windowId: string;
  status: 'open' | 'paused';
  reason?: string | undefined;
}

/**
 * 暂停 / 恢复服务: a staff member serving the window pauses it (no calls; the display shows it paused)
 * or opens it again. A closed window is opened and closed by the administrator (PATCH /api/windows).
 * Writes the window's status and version and a `queue.window.pause|resume` audit entry together;
 * NOTIFYs the display boards after commit.
 */
export async function setWindowStatus(
  services: Services,
  { actor, input, meta }: UseCaseCall<SetWindowStatusInput>,
): Promise<z.infer<typeof queueWindowItem>> {
  const item = await services.db.transaction(async (tx) => {
    const [row] = await tx.select().from(windows).where(eq(windows.id, input.windowId)).for('no key update');
    if (!row) throw queueErrors.windowNotFound();
    assertCan(actor, 'queue.serve', { orgId: row.orgId });
    if (row.status === 'closed') throw conflict('QUEUE.WINDOW_CLOSED', '窗口已关闭，请由管理员开放窗口');
    const [updated] = await tx
      .update(windows)
      .set({ status: input.status, version: sql`${windows.version} + 1`, updatedAt: services.now() })
      .where(eq(windows.id, row.id))
      .returning();
    if (!updated) throw queueErrors.windowNotFound();
    await recordAudit(tx, actor, meta, {
      action: input.status === 'paused' ? 'queue.window.pause' : 'queue.window.resume',
      entityType: 'window',
      entityId: row.id,
      orgId: row.orgId,
      before: { status: row.status },
      after: { status: updated.status },
      reason: input.reason ?? null,
    });
    const { id, number, name, services: codes, status, version, orgId } = updated;
    return { id, number, name, services: codes, status: status as WindowStatus, version, orgId };
  });
  const { orgId, ...window } = item;
  await publishQueueEvent(services.db, { type: 'board', orgId, windows: true });
  return window;
}
