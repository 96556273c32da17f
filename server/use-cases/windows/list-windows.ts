import { assertCan } from '@core/access';
import { serviceCodes } from '@core/queue/services';
import { and, arrayContains, asc, count, eq, inArray, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Services, UseCaseCall } from '../../context';
import { windows } from '../../db/schema/index';
import { outOfScope } from '../organisations/org-scope-check';
import { toWindowItem, WINDOW_STATUSES, type WindowItem } from './window-item';

export const listWindowsQuery = z.object({
  orgId: z.uuid({ error: '机构编号格式不正确' }).optional(),
  status: z.enum(WINDOW_STATUSES, { error: '窗口状态应为开放、暂停或关闭' }).optional(),
  service: z.enum(serviceCodes, { error: '请选择有效的服务事项' }).optional(),
  page: z.coerce.number().int().min(1, '页码至少为 1').default(1),
  pageSize: z.coerce.number().int().min(1, '每页至少 1 条').max(500, '每页最多 500 条').default(100),
});
export type ListWindowsInput = z.infer<typeof listWindowsQuery>;

/**
 * Windows in the actor's scope, optionally of one organisation (which must be in scope:
 * ORG.OUT_OF_SCOPE), status or service; ordered by organisation, number (unique per organisation).
 */
export async function listWindows(
  services: Services,
  { actor, input }: UseCaseCall<ListWindowsInput>,
): Promise<{ items: WindowItem[]; total: number }> {
  assertCan(actor, 'window.read');
  if (input.orgId && !actor.scopeOrgIds.includes(input.orgId)) throw outOfScope('orgId');
  const where: SQL[] = [
    input.orgId ? eq(windows.orgId, input.orgId) : inArray(windows.orgId, [...actor.scopeOrgIds]),
  ];
  if (input.status) where.push(eq(windows.status, input.status));
  if (input.service) where.push(arrayContains(windows.services, [input.service]));
  const [rows, [counted]] = await Promise.all([
    services.db
      .select()
      .from(windows)
      .where(and(...where))
      .orderBy(asc(windows.orgId), asc(windows.number), asc(windows.id))
      .limit(input.pageSize)
      .offset((input.page - 1) * input.pageSize),
    services.db
      .select({ n: count() })
      .from(windows)
      .where(and(...where)),
  ]);
  return { items: rows.map(toWindowItem), total: counted?.n ?? 0 };
}
