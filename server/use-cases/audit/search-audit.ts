import { assertCan } from '@core/access';
import { badInput } from '@core/errors';
import { and, count, desc, eq, gte, inArray, isNull, like, lt, or, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Services, UseCaseCall } from '../../context';
import { auditLog, organisations } from '../../db/schema/index';

const instant = (what: string) =>
  z.iso.datetime({ offset: true, error: `${what}应为带时区的 ISO 时间，如 2026-03-01T08:00:00+08:00` });

export const searchAuditQuery = z.object({
  action: z.string().trim().min(1).max(100, '操作名称不能超过 100 个字').optional(),
  actorId: z.uuid({ error: '操作人编号格式不正确' }).optional(),
  entityType: z.string().trim().min(1).max(50, '对象类型不能超过 50 个字').optional(),
  entityId: z.string().trim().min(1).max(100, '对象编号不能超过 100 个字').optional(),
  from: instant('开始时间').optional(),
  to: instant('结束时间').optional(),
  page: z.coerce.number().int().min(1, '页码至少为 1').default(1),
  pageSize: z.coerce.number().int().min(1, '每页至少 1 条').max(200, '每页最多 200 条').default(50),
});
export type SearchAuditInput = z.infer<typeof searchAuditQuery>;

export const auditItem = z.object({
  id: z.number().int(),
  at: z.string(),
  actorId: z.string().nullable(),
  actorName: z.string().nullable(),
  orgId: z.string().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  reason: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
  requestId: z.string().nullable(),
});
export type AuditItem = z.infer<typeof auditItem>;

const escapeLike = (value: string) => value.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Searches the audit log, newest first (`at` then `id`, both descending, so paging is stable).
 * Filters: `action` (exact, or a prefix when it ends in `.*`, e.g. `staff.*`), `actorId`, `entityType`,
 * `entityId`, `from` (inclusive) and `to` (exclusive) ISO instants (AUDIT.INVALID_RANGE when from > to).
 *
 * Scope: rows whose `orgId` is in the auditor's scope. Rows without an organisation (failed logins
 * under unknown usernames, system events) are shown only to city-level auditors, i.e. those whose scope
 * holds the root of the organisation tree; a county auditor never sees them, as they may concern anyone.
 */
export async function searchAudit(
  services: Services,
  { actor, input }: UseCaseCall<SearchAuditInput>,
): Promise<{ items: AuditItem[]; total: number }> {
  assertCan(actor, 'audit.read');
  if (input.from && input.to && Date.parse(input.from) > Date.parse(input.to)) {
    throw badInput('AUDIT.INVALID_RANGE', '开始时间不能晚于结束时间', 'to');
  }
  const scope = [...actor.scopeOrgIds];
  const [root] = await services.db
    .select({ id: organisations.id })
    .from(organisations)
    .where(and(inArray(organisations.id, scope), isNull(organisations.parentId)))
    .limit(1);
  const where: (SQL | undefined)[] = [
    root ? or(inArray(auditLog.orgId, scope), isNull(auditLog.orgId)) : inArray(auditLog.orgId, scope),
  ];
  if (input.action) {
    where.push(
      input.action.endsWith('.*')
        ? like(auditLog.action, `${escapeLike(input.action.slice(0, -1))}%`)
        : eq(auditLog.action, input.action),
    );
  }
  if (input.actorId) where.push(eq(auditLog.actorId, input.actorId));
  if (input.entityType) where.push(eq(auditLog.entityType, input.entityType));
  if (input.entityId) where.push(eq(auditLog.entityId, input.entityId));
  if (input.from) where.push(gte(auditLog.at, new Date(input.from)));
  if (input.to) where.push(lt(auditLog.at, new Date(input.to)));
  const condition = and(...where);
  const [rows, [counted]] = await Promise.all([
    services.db
      .select()
      .from(auditLog)
      .where(condition)
      .orderBy(desc(auditLog.at), desc(auditLog.id))
      .limit(input.pageSize)
      .offset((input.page - 1) * input.pageSize),
    services.db.select({ n: count() }).from(auditLog).where(condition),
  ]);
  return {
    items: rows.map((row) => ({ ...row, at: row.at.toISOString() })),
    total: counted?.n ?? 0,
  };
}
