import { assertCan } from '@core/access';
import { businessDateOf } from '@core/calendar';
import { staleVersion } from '@core/errors';
import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { recordAudit } from '../../audit/record-audit';
import type { Services, UseCaseCall } from '../../context';
import { lawyers } from '../../db/schema/index';
import { namePinyinColumns } from '../../search/name-pinyin';
import {
  checkFirstPracticeYear,
  checkLawyerName,
  checkLicenceFree,
  checkLinkedUser,
  describeLawyer,
  duplicateLicence,
  findFirmName,
  getLawyerRow,
  isLicenceClash,
  sealLawyerPhone,
} from './lawyer-checks';
import { type LawyerItem, lawyerFields } from './lawyer-item';
import { enforceTeamRule } from './team-membership';

export const updateLawyerBody = z.object({
  version: z.number({ error: '缺少版本号' }).int().min(1),
  name: lawyerFields.name.optional(),
  sex: lawyerFields.sex.optional(),
  licenceNo: lawyerFields.licenceNo.optional(),
  firstPracticeYear: lawyerFields.firstPracticeYear.optional(),
  firmId: lawyerFields.firmId.optional(),
  userId: lawyerFields.userId.optional(),
  specialties: lawyerFields.specialties.optional(),
  areas: lawyerFields.areas.optional(),
  phone: lawyerFields.phone.optional(),
  active: lawyerFields.active.optional(),
  reason: z.string().trim().max(500, '原因不能超过 500 个字').optional(),
});
const INACTIVE_REASON = '律师已停止在册，随之退出公共法律服务律师团';

export type UpdateLawyerInput = z.infer<typeof updateLawyerBody> & { id: string };

/**
 * Changes a lawyer of a roster in the actor's scope (optimistic concurrency on `version`: 409
 * COMMON.STALE_VERSION). Same field rules as createLawyer; a phone given is re-encrypted, `null` clears
 * it. A team member whose corrected first practice year no longer meets the team rule is removed from
 * the team in the same transaction (`lawyer.team-remove` audit entry); deactivating a member removes
 * them too (also audited as `lawyer.team-remove`). Writes a `lawyer.update` audit entry (before/after, masked phone only); a request that
 * changes nothing writes nothing.
 */
export async function updateLawyer(
  services: Services,
  { actor, input, meta }: UseCaseCall<UpdateLawyerInput>,
): Promise<{ item: LawyerItem; removedFromTeam: boolean }> {
  assertCan(actor, 'lawyer.manage');
  const today = businessDateOf(services.now());
  const name = input.name === undefined ? undefined : checkLawyerName(input.name);
  if (input.firstPracticeYear !== undefined) checkFirstPracticeYear(input.firstPracticeYear, today);
  const phone = input.phone === undefined ? undefined : sealLawyerPhone(services.cipher, input.phone);
  try {
    return await services.db.transaction(async (tx) => {
      const row = await getLawyerRow(tx, input.id, true);
      assertCan(actor, 'lawyer.manage', { orgId: row.orgId });
      if (row.version !== input.version) throw staleVersion('律师信息');
      const before = await describeLawyer(tx, row);
      if (input.firmId !== undefined && input.firmId !== row.firmId) await findFirmName(tx, input.firmId);
      if (input.userId !== undefined && input.userId !== row.userId)
        await checkLinkedUser(tx, input.userId, row.id);
      if (input.licenceNo !== undefined && input.licenceNo !== row.licenceNo) {
        await checkLicenceFree(tx, input.licenceNo, row.id);
      }

      const changes = {
        name: name ?? row.name,
        ...(name === undefined
          ? { namePinyinInitials: row.namePinyinInitials, namePinyin: row.namePinyin }
          : namePinyinColumns(name)),
        sex: input.sex === undefined ? row.sex : input.sex,
        licenceNo: input.licenceNo ?? row.licenceNo,
        firstPracticeYear: input.firstPracticeYear ?? row.firstPracticeYear,
        firmId: input.firmId === undefined ? row.firmId : input.firmId,
        userId: input.userId === undefined ? row.userId : input.userId,
        specialties: input.specialties ?? row.specialties,
        areas: input.areas ?? row.areas,
        active: input.active ?? row.active,
      };
      const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
      const unchanged =
        phone === undefined &&
        Object.entries(changes).every(([key, value]) => same(row[key as keyof typeof changes], value));
      if (unchanged) return { item: before, removedFromTeam: false };

      const deactivated = row.active && changes.active === false && row.teamMember;
      const [updated] = await tx
        .update(lawyers)
        .set({
          ...changes,
          ...(phone ?? {}),
          ...(deactivated ? { teamMember: false, teamRemovedReason: INACTIVE_REASON } : {}),
          version: sql`${lawyers.version} + 1`,
          updatedAt: services.now(),
        })
        .where(and(eq(lawyers.id, row.id), eq(lawyers.version, input.version)))
        .returning();
      if (!updated) throw staleVersion('律师信息');
      const after = await describeLawyer(tx, updated);
      await recordAudit(tx, actor, meta, {
        action: 'lawyer.update',
        entityType: 'lawyer',
        entityId: row.id,
        orgId: row.orgId,
        before,
        after,
        reason: input.reason ?? null,
      });
      if (deactivated) {
        await recordAudit(tx, actor, meta, {
          action: 'lawyer.team-remove',
          entityType: 'lawyer',
          entityId: row.id,
          orgId: row.orgId,
          reason: INACTIVE_REASON,
          before: { teamMember: true, teamJoinedOn: row.teamJoinedOn },
          after: { teamMember: false },
        });
      }
      const checked = await enforceTeamRule(tx, actor, meta, updated, today, services.now());
      const item = checked.removed ? await describeLawyer(tx, checked.row) : after;
      return { item, removedFromTeam: checked.removed || deactivated };
    });
  } catch (error) {
    if (isLicenceClash(error)) throw duplicateLicence(input.licenceNo ?? '');
    throw error;
  }
}
