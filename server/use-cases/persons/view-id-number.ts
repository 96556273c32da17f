import { assertCan } from '@core/access';
import { notFound } from '@core/errors';
import { z } from 'zod';
import { recordAudit } from '../../audit/record-audit';
import type { Services, UseCaseCall } from '../../context';
import { getPersonRow } from './get-person';

export const viewIdNumberQuery = z.object({
  purpose: z
    .string({ error: '请说明查看完整身份证号码的目的' })
    .trim()
    .min(2, '请说明查看完整身份证号码的目的')
    .max(200, '目的说明不能超过 200 个字'),
});
export type ViewIdNumberInput = z.infer<typeof viewIdNumberQuery> & { id: string };

/**
 * The full resident ID number of a person in the actor's scope (permission `person.view-id-number`).
 * Every read writes a `person.view-id-number` audit entry — who, when, from where (IP, user agent,
 * request id), which person and for what purpose (the audit `reason`) — in the same transaction, and the
 * number is returned only once that entry has committed (rules.md R39; 个人信息保护法 第五十一条).
 * PERSON.NO_ID_NUMBER (404) when none is on record.
 */
export async function viewIdNumber(
  services: Services,
  { actor, input, meta }: UseCaseCall<ViewIdNumberInput>,
): Promise<{ id: string; idNumber: string }> {
  assertCan(actor, 'person.view-id-number');
  return services.db.transaction(async (tx) => {
    const row = await getPersonRow(tx, input.id);
    assertCan(actor, 'person.view-id-number', { orgId: row.orgId });
    if (!row.idNumberEnc) throw notFound('PERSON.NO_ID_NUMBER', '该人员未登记公民身份号码');
    const idNumber = services.cipher.decrypt(row.idNumberEnc);
    await recordAudit(tx, actor, meta, {
      action: 'person.view-id-number',
      entityType: 'person',
      entityId: row.id,
      orgId: row.orgId,
      reason: input.purpose,
      after: { idNumberMasked: row.idNumberMasked },
    });
    return { id: row.id, idNumber };
  });
}
