import { assertCan } from '@core/access';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { recordAudit } from '../../audit/record-audit';
import type { Services, UseCaseCall } from '../../context';
import { persons } from '../../db/schema/index';
import { loadMatter, resourceOf } from './matter-store';

export const viewSensitiveQuery = z.object({
  purpose: z
    .string({ error: '请说明查看的目的' })
    .trim()
    .min(2, '请说明查看的目的')
    .max(200, '目的说明不能超过 200 个字'),
});
export type ViewSensitiveInput = z.infer<typeof viewSensitiveQuery> & { id: string };

export const sensitiveReply = z.object({
  householdSize: z.number().int().nullable(),
  householdMonthlyIncomeYuan: z.number().nullable(),
  perCapitaIncomeYuan: z.number().nullable(),
  idNumber: z.string().nullable(),
});

/**
 * The applicant's full household figures and resident ID number (`legal-aid.view-sensitive`: reviewer,
 * director). Every read writes a `legal-aid.view-sensitive` audit entry with its purpose in the same
 * transaction, before the values are returned (rules.md R39; 个人信息保护法 第二十八条、第五十一条).
 * Per capita is rounded half-up to the fen, as core/legal-aid/eligibility rounds it.
 */
export async function viewSensitive(
  services: Services,
  { actor, input, meta }: UseCaseCall<ViewSensitiveInput>,
): Promise<z.infer<typeof sensitiveReply>> {
  assertCan(actor, 'legal-aid.view-sensitive');
  return services.db.transaction(async (tx) => {
    const row = await loadMatter(tx, input.id);
    assertCan(actor, 'legal-aid.view-sensitive', resourceOf(row));
    const [person] = await tx.select().from(persons).where(eq(persons.id, row.applicantPersonId));
    const incomeFen = row.householdIncomeEnc ? Number(services.cipher.decrypt(row.householdIncomeEnc)) : null;
    const size = row.householdSize;
    const perCapitaFen =
      incomeFen !== null && size
        ? Number((2n * BigInt(incomeFen) + BigInt(size)) / (2n * BigInt(size)))
        : null;
    await recordAudit(tx, actor, meta, {
      action: 'legal-aid.view-sensitive',
      entityType: 'legal-aid-matter',
      entityId: row.id,
      orgId: row.orgId,
      reason: input.purpose,
      after: { number: row.number, fields: ['householdMonthlyIncome', 'idNumber'] },
    });
    return {
      householdSize: size,
      householdMonthlyIncomeYuan: incomeFen === null ? null : incomeFen / 100,
      perCapitaIncomeYuan: perCapitaFen === null ? null : perCapitaFen / 100,
      idNumber: person?.idNumberEnc ? services.cipher.decrypt(person.idNumberEnc) : null,
    };
  });
}
