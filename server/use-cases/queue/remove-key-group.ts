import { assertCan } from '@core/access';
import { notFound } from '@core/errors';
import { eq } from 'drizzle-orm';
import { recordAudit } from '../../audit/record-audit';
import type { Services, UseCaseCall } from '../../context';
import { keyGroupRegister } from '../../db/schema/index';
import { toKeyGroupItem } from './key-group-item';

/** Removes an entry of the register (queue.issue on its center; 404 QUEUE.KEY_GROUP_NOT_FOUND). Audited. */
export async function removeKeyGroup(
  services: Services,
  { actor, input, meta }: UseCaseCall<{ id: string; reason?: string | undefined }>,
): Promise<void> {
  await services.db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(keyGroupRegister)
      .where(eq(keyGroupRegister.id, input.id))
      .for('update');
    if (!row) throw notFound('QUEUE.KEY_GROUP_NOT_FOUND', '登记记录不存在');
    assertCan(actor, 'queue.issue', { orgId: row.orgId });
    await tx.delete(keyGroupRegister).where(eq(keyGroupRegister.id, row.id));
    await recordAudit(tx, actor, meta, {
      action: 'queue.key-group.delete',
      entityType: 'key-group',
      entityId: row.id,
      orgId: row.orgId,
      before: toKeyGroupItem(row),
      reason: input.reason ?? null,
    });
  });
}
