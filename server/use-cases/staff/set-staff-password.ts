import { assertCan } from '@core/access';
import { notFound } from '@core/errors';
import { hash } from '@node-rs/argon2';
import { and, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { recordAudit } from '../../audit/record-audit';
import type { Services, UseCaseCall } from '../../context';
import { sessions, users } from '../../db/schema/index';
import { forgettingSessions } from '../auth/session-cache';
import { outOfScope } from '../organisations/org-scope-check';
import { checkPassword } from './check-staff-org';
import { staffFields } from './staff-item';

export const setStaffPasswordBody = z.object({
  password: staffFields.password,
  reason: z.string().trim().max(500, '原因不能超过 500 个字').optional(),
});
export type SetStaffPasswordInput = z.infer<typeof setStaffPasswordBody> & { id: string };

/**
 * An administrator sets a new password for an account in scope (404 STAFF.NOT_FOUND, 403
 * ORG.OUT_OF_SCOPE): ≥ 8 characters, not the username, stored as an argon2id hash. Also lifts a login
 * lock-out and ends the account's sessions (except when the administrator resets their own password, so
 * they stay logged in). The account's `version` is not bumped: no field of its item changes. Audited as
 * `staff.set-password` without any password material.
 */
export async function setStaffPassword(
  services: Services,
  { actor, input, meta }: UseCaseCall<SetStaffPasswordInput>,
): Promise<{ ok: true }> {
  assertCan(actor, 'staff.manage');
  const [row] = await services.db.select().from(users).where(eq(users.id, input.id));
  if (!row) throw notFound('STAFF.NOT_FOUND', '账号不存在');
  if (!actor.scopeOrgIds.includes(row.orgId)) throw outOfScope();
  checkPassword(input.password, row.username);
  const passwordHash = await hash(input.password);
  return forgettingSessions(
    services.db,
    services.db.transaction(async (tx) => {
      const [updated] = await tx
        .update(users)
        .set({ passwordHash, failedLogins: 0, lockedUntil: null, updatedAt: services.now() })
        .where(and(eq(users.id, row.id), inArray(users.orgId, [...actor.scopeOrgIds])))
        .returning({ id: users.id });
      if (!updated) throw notFound('STAFF.NOT_FOUND', '账号不存在');
      const self = row.id === actor.userId;
      const revoked = self
        ? []
        : await tx.delete(sessions).where(eq(sessions.userId, row.id)).returning({ t: sessions.tokenHash });
      const wasLocked = row.lockedUntil !== null && row.lockedUntil > services.now();
      await recordAudit(tx, actor, meta, {
        action: 'staff.set-password',
        entityType: 'user',
        entityId: row.id,
        orgId: row.orgId,
        before: { locked: wasLocked },
        after: { locked: false, sessionsRevoked: revoked.length },
        reason: input.reason ?? null,
      });
      return { ok: true as const };
    }),
  );
}
