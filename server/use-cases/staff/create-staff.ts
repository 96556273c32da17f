import { AppError } from '@core/errors';
import { hash } from '@node-rs/argon2';
import { z } from 'zod';
import { recordAudit } from '../../audit/record-audit';
import type { Services, UseCaseCall } from '../../context';
import { users } from '../../db/schema/index';
import { staffNamePinyin } from '../../search/name-pinyin';
import { assertOrgInScope } from '../organisations/org-scope-check';
import { checkPassword, checkStaffOrg } from './check-staff-org';
import { type StaffItem, staffFields, staffSnapshot, toStaffItem } from './staff-item';

export const createStaffBody = z.object({
  orgId: staffFields.orgId,
  username: staffFields.username,
  displayName: staffFields.displayName,
  roles: staffFields.roles,
  password: staffFields.password,
  title: staffFields.title.optional(),
  partyMember: staffFields.partyMember.optional(),
});
export type CreateStaffInput = z.infer<typeof createStaffBody>;

/**
 * Creates a staff account in an organisation of the actor's scope (ORG.OUT_OF_SCOPE) with the given
 * roles and initial password (≥ 8 characters, not the username; stored as an argon2id hash). Usernames
 * are unique regardless of case (STAFF.USERNAME_TAKEN, 409). Writes the row and a `staff.create`
 * audit entry (no hash) in one transaction.
 */
export async function createStaff(
  services: Services,
  { actor, input, meta }: UseCaseCall<CreateStaffInput>,
): Promise<StaffItem> {
  assertOrgInScope(actor, 'staff.manage', input.orgId, 'orgId');
  checkPassword(input.password, input.username);
  const passwordHash = await hash(input.password);
  return services.db.transaction(async (tx) => {
    await checkStaffOrg(tx, input.orgId);
    const [row] = await tx
      .insert(users)
      .values({
        orgId: input.orgId,
        username: input.username,
        displayName: input.displayName,
        namePinyin: staffNamePinyin(input.displayName),
        passwordHash,
        roles: input.roles,
        title: input.title ?? null,
        partyMember: input.partyMember ?? false,
        createdAt: services.now(),
        updatedAt: services.now(),
      })
      .onConflictDoNothing()
      .returning();
    if (!row)
      throw new AppError('conflict', 'STAFF.USERNAME_TAKEN', `用户名“${input.username}”已被使用`, 'username');
    await recordAudit(tx, actor, meta, {
      action: 'staff.create',
      entityType: 'user',
      entityId: row.id,
      orgId: row.orgId,
      after: staffSnapshot(row),
    });
    return toStaffItem(row);
  });
}
