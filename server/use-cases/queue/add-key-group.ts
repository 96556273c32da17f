import { assertCan } from '@core/access';
import { businessDateOf } from '@core/calendar';
import { badInput } from '@core/errors';
import { maskResidentId, parseResidentId } from '@core/identity';
import { z } from 'zod';
import { recordAudit } from '../../audit/record-audit';
import type { Services, UseCaseCall } from '../../context';
import { keyGroupRegister } from '../../db/schema/index';
import { priorityGroupField } from './claim-priority';
import { type KeyGroupItem, toKeyGroupItem } from './key-group-item';
import { resolveCenter } from './queue-center';

export const addKeyGroupBody = z.object({
  centerId: z.uuid({ error: '服务中心编号格式不正确' }).optional(),
  idNumber: z.string({ error: '请输入公民身份号码' }).min(1, '请输入公民身份号码'),
  name: z.string({ error: '请输入姓名' }).trim().min(1, '请输入姓名').max(50, '姓名不能超过 50 个字'),
  group: priorityGroupField,
  note: z.string().trim().max(500, '备注不能超过 500 个字').optional(),
});

/**
 * Registers a citizen in a priority group (from a government register the hall checked): their tickets
 * are then priority tickets. Stores the ID number's lookup hash and masked form only. 409 COMMON.DUPLICATE
 * when already registered in that group. Audited (`queue.key-group.create`).
 */
export async function addKeyGroup(
  services: Services,
  { actor, input, meta }: UseCaseCall<z.infer<typeof addKeyGroupBody>>,
): Promise<KeyGroupItem> {
  const center = await resolveCenter(services.db, input.centerId);
  assertCan(actor, 'queue.issue', { orgId: center.id });
  const parsed = parseResidentId(input.idNumber, { today: businessDateOf(services.now()) });
  if (!parsed.ok) throw badInput('PERSON.INVALID_ID_NUMBER', parsed.message, 'idNumber');
  return services.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(keyGroupRegister)
      .values({
        orgId: center.id,
        idNumberHash: services.cipher.lookupHash(parsed.id),
        idNumberMasked: maskResidentId(parsed.id),
        name: input.name,
        group: input.group,
        note: input.note ?? null,
        createdBy: actor.userId,
        createdAt: services.now(),
      })
      .onConflictDoNothing()
      .returning();
    if (!row) throw badInput('QUEUE.KEY_GROUP_EXISTS', '该公民已登记在此群体中', 'group');
    const item = toKeyGroupItem(row);
    await recordAudit(tx, actor, meta, {
      action: 'queue.key-group.create',
      entityType: 'key-group',
      entityId: item.id,
      orgId: center.id,
      after: item,
    });
    return item;
  });
}
