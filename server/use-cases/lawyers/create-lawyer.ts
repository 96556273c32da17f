import { assertCan } from '@core/access';
import { businessDateOf } from '@core/calendar';
import { badInput } from '@core/errors';
import { z } from 'zod';
import { recordAudit } from '../../audit/record-audit';
import type { Services, UseCaseCall } from '../../context';
import { lawyers } from '../../db/schema/index';
import { namePinyinColumns } from '../../search/name-pinyin';
import { findHomeBureau } from '../access/reference-scope';
import {
  checkFirstPracticeYear,
  checkLawyerName,
  checkLicenceFree,
  checkLinkedUser,
  describeLawyer,
  duplicateLicence,
  findFirmName,
  isLicenceClash,
  sealLawyerPhone,
} from './lawyer-checks';
import { type LawyerItem, lawyerFields } from './lawyer-item';

export const createLawyerBody = z.object({
  /** The bureau whose roster this is; default: the actor's own bureau. */
  orgId: z.uuid({ error: '请选择有效的司法局' }).optional(),
  name: lawyerFields.name,
  sex: lawyerFields.sex.optional(),
  licenceNo: lawyerFields.licenceNo,
  firstPracticeYear: lawyerFields.firstPracticeYear,
  firmId: lawyerFields.firmId.optional(),
  userId: lawyerFields.userId.optional(),
  specialties: lawyerFields.specialties.optional(),
  areas: lawyerFields.areas.optional(),
  phone: lawyerFields.phone.optional(),
});
export type CreateLawyerInput = z.infer<typeof createLawyerBody>;

/**
 * Adds a lawyer to a bureau's roster (default: the actor's own bureau; it must be in scope). The name is
 * normalised (core/identity) and indexed by pinyin initials; the licence number is 17 digits and unique
 * (LAWYER.DUPLICATE_LICENCE, 409); the first practice year is not after this year; the phone is stored
 * encrypted with a masked copy. New lawyers are not team members: joining is its own use case.
 * Writes the row and a `lawyer.create` audit entry in one transaction.
 */
export async function createLawyer(
  services: Services,
  { actor, input, meta }: UseCaseCall<CreateLawyerInput>,
): Promise<{ item: LawyerItem }> {
  assertCan(actor, 'lawyer.manage');
  const name = checkLawyerName(input.name);
  checkFirstPracticeYear(input.firstPracticeYear, businessDateOf(services.now()));
  const phone = sealLawyerPhone(services.cipher, input.phone ?? null);
  try {
    return await services.db.transaction(async (tx) => {
      const orgId = input.orgId ?? (await findHomeBureau(tx, actor.orgId))?.id;
      if (!orgId) throw badInput('LAWYER.NO_BUREAU', '无法确定律师所属的司法局，请选择', 'orgId');
      assertCan(actor, 'lawyer.manage', { orgId });
      await findFirmName(tx, input.firmId ?? null);
      await checkLinkedUser(tx, input.userId ?? null);
      await checkLicenceFree(tx, input.licenceNo);
      const [row] = await tx
        .insert(lawyers)
        .values({
          orgId,
          firmId: input.firmId ?? null,
          userId: input.userId ?? null,
          name,
          ...namePinyinColumns(name),
          sex: input.sex ?? null,
          licenceNo: input.licenceNo,
          firstPracticeYear: input.firstPracticeYear,
          specialties: input.specialties ?? [],
          areas: input.areas ?? [],
          ...phone,
        })
        .returning();
      const item = await describeLawyer(tx, row!);
      await recordAudit(tx, actor, meta, {
        action: 'lawyer.create',
        entityType: 'lawyer',
        entityId: item.id,
        orgId,
        after: item,
      });
      return { item };
    });
  } catch (error) {
    if (isLicenceClash(error)) throw duplicateLicence(input.licenceNo);
    throw error;
  }
}
