import { assertCan } from '@core/access';
import { badInput, notFound, staleVersion } from '@core/errors';
import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { recordAudit } from '../../audit/record-audit';
import type { Services, UseCaseCall } from '../../context';
import { sessions, users } from '../../db/schema/index';
import { staffNamePinyin } from '../../search/name-pinyin';
import { forgettingSessions } from '../auth/session-cache';
import { outOfScope } from '../organisations/org-scope-check';
import { checkStaffOrg } from './check-staff-org';
import { type StaffItem, staffFields, staffSnapshot, toStaffItem } from './staff-item';

export const updateStaffBody = z.object({
  version: z.number({ error: '缺少版本号' }).int().min(1),
  displayName: staffFields.displayName.optional(),
  roles: staffFields.roles.optional(),
  orgId: staffFields.orgId.optional(),
  active: staffFields.active.optional(),
  partyMember: staffFields.partyMember.optional(),
  title: staffFields.title.optional(),
  reason: z.string().trim().max(500, '原因不能超过 500 个字').optional(),
});
export type UpdateStaffInput = z.infer<typeof updateStaffBody> & { id: string };

/**
 * Changes a staff account in the actor's scope (404 STAFF.NOT_FOUND, 403 ORG.OUT_OF_SCOPE): name, roles,
 * organisation (the new one in scope too), active, party member, title. An administrator can neither drop
 * their own admin role (STAFF.SELF_ADMIN_ROLE) nor deactivate themselves (STAFF.SELF_DEACTIVATION).
 * Deactivating an account deletes its sessions; role and organisation changes take effect on the next
 * request (sessions re-read the account). Optimistic concurrency on `version`; the change and a
 * `staff.update` audit entry (before/after, no hash) commit together.
 */
export async function updateStaff(
  services: Services,
  { actor, input, meta }: UseCaseCall<UpdateStaffInput>,
): Promise<StaffItem> {
  assertCan(actor, 'staff.manage');
  const self = input.id === actor.userId;
  if (self && input.roles && !input.roles.includes('admin')) {
    throw badInput('STAFF.SELF_ADMIN_ROLE', '不能移除您自己的系统管理员角色，请由其他管理员操作', 'roles');
  }
  if (self && input.active === false) {
    throw badInput('STAFF.SELF_DEACTIVATION', '不能停用您自己的账号，请由其他管理员操作', 'active');
  }
  return forgettingSessions(
    services.db,
    services.db.transaction(async (tx) => {
      const [row] = await tx.select().from(users).where(eq(users.id, input.id));
      if (!row) throw notFound('STAFF.NOT_FOUND', '账号不存在');
      if (!actor.scopeOrgIds.includes(row.orgId)) throw outOfScope();
      if (row.version !== input.version) throw staleVersion('账号');
      if (input.orgId && input.orgId !== row.orgId) {
        if (!actor.scopeOrgIds.includes(input.orgId)) throw outOfScope('orgId');
        await checkStaffOrg(tx, input.orgId);
      }
      const before = staffSnapshot(row);
      const changes = {
        orgId: input.orgId ?? row.orgId,
        displayName: input.displayName ?? row.displayName,
        roles: input.roles ?? row.roles,
        title: input.title === undefined ? row.title : input.title,
        partyMember: input.partyMember ?? row.partyMember,
        active: input.active ?? row.active,
      };
      if (JSON.stringify({ ...before, ...changes }) === JSON.stringify(before)) return toStaffItem(row);
      const [updated] = await tx
        .update(users)
        .set({
          ...changes,
          namePinyin: staffNamePinyin(changes.displayName),
          version: sql`${users.version} + 1`,
          updatedAt: services.now(),
        })
        .where(and(eq(users.id, row.id), eq(users.version, input.version)))
        .returning();
      if (!updated) throw staleVersion('账号');
      const deactivated = row.active && !updated.active;
      const revoked = deactivated
        ? await tx.delete(sessions).where(eq(sessions.userId, row.id)).returning({ t: sessions.tokenHash })
        : [];
      await recordAudit(tx, actor, meta, {
        action: deactivated ? 'staff.deactivate' : 'staff.update',
        entityType: 'user',
        entityId: row.id,
        orgId: updated.orgId,
        before,
        after: deactivated
          ? { ...staffSnapshot(updated), sessionsRevoked: revoked.length }
          : staffSnapshot(updated),
        reason: input.reason ?? null,
      });
      return toStaffItem(updated);
    }),
  );
}
