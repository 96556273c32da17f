import { assertCan } from '@core/access';
import { asc, count, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Services, UseCaseCall } from '../../context';
import { keyGroupRegister } from '../../db/schema/index';
import { type KeyGroupItem, toKeyGroupItem } from './key-group-item';
import { resolveCenter } from './queue-center';

export const listKeyGroupsQuery = z.object({
  centerId: z.uuid({ error: '服务中心编号格式不正确' }).optional(),
  page: z.coerce.number().int().min(1, '页码至少为 1').default(1),
  pageSize: z.coerce.number().int().min(1, '每页至少 1 条').max(500, '每页最多 500 条').default(50),
});

/** The key-group register of a center (masked ID numbers only), by name then id. Needs queue.issue. */
export async function listKeyGroups(
  services: Services,
  { actor, input }: UseCaseCall<z.infer<typeof listKeyGroupsQuery>>,
): Promise<{ items: KeyGroupItem[]; total: number }> {
  const center = await resolveCenter(services.db, input.centerId);
  assertCan(actor, 'queue.issue', { orgId: center.id });
  const where = eq(keyGroupRegister.orgId, center.id);
  const [rows, [counted]] = await Promise.all([
    services.db
      .select()
      .from(keyGroupRegister)
      .where(where)
      .orderBy(asc(keyGroupRegister.name), asc(keyGroupRegister.id))
      .limit(input.pageSize)
      .offset((input.page - 1) * input.pageSize),
    services.db.select({ n: count() }).from(keyGroupRegister).where(where),
  ]);
  return { items: rows.map(toKeyGroupItem), total: counted?.n ?? 0 };
}
