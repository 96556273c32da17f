import { assertCan, ROLES } from '@core/access';
import { and, arrayContains, count, eq, ilike, inArray, or, type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Services, UseCaseCall } from '../../context';
import { users } from '../../db/schema/index';
import { containsPattern } from '../../search/like';
import { nameCondition } from '../../search/name-condition';
import { outOfScope } from '../organisations/org-scope-check';
import { type StaffItem, toStaffItem } from './staff-item';

export const listStaffQuery = z.object({
  q: z.string().trim().max(50, '搜索词不能超过 50 个字').optional(),
  role: z.enum(ROLES, { error: '请选择有效的角色' }).optional(),
  orgId: z.uuid({ error: '机构编号格式不正确' }).optional(),
  active: z.enum(['true', 'false'], { error: '启用状态应为 true 或 false' }).optional(),
  page: z.coerce.number().int().min(1, '页码至少为 1').default(1),
  pageSize: z.coerce.number().int().min(1, '每页至少 1 条').max(100, '每页最多 100 条').default(20),
});
export type ListStaffInput = z.infer<typeof listStaffQuery>;

/**
 * Staff accounts in the actor's scope, filtered by organisation (must be in scope: ORG.OUT_OF_SCOPE),
 * role, active flag and `q`: username or name (substring, literal), or, for Latin letters, the name's pinyin —
 * full, initials or a mixture, from any syllable ('zzy', 'zhouzy', 'zhou zhi yuan', 'zhiyuan', 'zy' find 周志远;
 * core/identity name-pinyin, as persons and lawyers are searched). Ordered by username (unique, case-insensitive)
 * then id; paged `{ items, total }`.
 */
export async function listStaff(
  services: Services,
  { actor, input }: UseCaseCall<ListStaffInput>,
): Promise<{ items: StaffItem[]; total: number }> {
  assertCan(actor, 'staff.read');
  if (input.orgId && !actor.scopeOrgIds.includes(input.orgId)) throw outOfScope('orgId');
  const where: (SQL | undefined)[] = [
    input.orgId ? eq(users.orgId, input.orgId) : inArray(users.orgId, [...actor.scopeOrgIds]),
  ];
  if (input.role) where.push(arrayContains(users.roles, [input.role]));
  if (input.active) where.push(eq(users.active, input.active === 'true'));
  if (input.q) {
    where.push(
      or(
        ilike(users.username, containsPattern(input.q)),
        nameCondition({ name: users.displayName, pinyin: users.namePinyin }, input.q),
      ),
    );
  }
  const condition = and(...where);
  const [rows, [counted]] = await Promise.all([
    services.db
      .select()
      .from(users)
      .where(condition)
      .orderBy(sql`lower(${users.username})`, users.id)
      .limit(input.pageSize)
      .offset((input.page - 1) * input.pageSize),
    services.db.select({ n: count() }).from(users).where(condition),
  ]);
  return { items: rows.map(toStaffItem), total: counted?.n ?? 0 };
}
