import { assertCan } from '@core/access';
import { businessDateOf } from '@core/calendar';
import { conflict, notFound, staleVersion } from '@core/errors';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { recordAudit } from '../../audit/record-audit';
import type { Services, UseCaseCall } from '../../context';
import { legalAidMatters, legalAidReminders, legalAidVerifications, persons } from '../../db/schema/index';
import { TERMINATION_PROMPT, toVerificationItem, type VerificationItem } from './verification-item';

export const decideVerificationBody = z.object({
  outcome: z.enum(['confirmed', 'false-commitment'], { error: '核查结果应为属实或虚假承诺' }),
  note: z.string({ error: '请填写核查情况' }).trim().min(2, '请填写核查情况').max(2000, '不能超过 2000 个字'),
  version: z.number().int().min(1).optional(),
});
export type DecideVerificationInput = z.infer<typeof decideVerificationBody> & { id: string };

/**
 * Records the outcome of a commitment check (`legal-aid.review`). A false commitment opens the recovery
 * record (法律援助法 第六十四条: cost of aid, fine ≤ 3,000 yuan) and puts a termination prompt
 * (第四十八条第一款第一项、第二项) in the agency director's reminders; the termination itself stays a
 * director's decision (POST …/actions `terminate`). Decided once (409 LEGAL_AID.ALREADY_VERIFIED).
 */
export async function decideVerification(
  services: Services,
  { actor, input, meta }: UseCaseCall<DecideVerificationInput>,
): Promise<VerificationItem> {
  assertCan(actor, 'legal-aid.review');
  const now = services.now();
  return services.db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(legalAidVerifications)
      .where(eq(legalAidVerifications.id, input.id))
      .for('update');
    if (!row) throw notFound('LEGAL_AID.VERIFICATION_NOT_FOUND', '该核查任务不存在');
    assertCan(actor, 'legal-aid.review', { orgId: row.orgId });
    if (input.version !== undefined && input.version !== row.version) throw staleVersion('该核查任务');
    if (row.outcome !== 'pending') throw conflict('LEGAL_AID.ALREADY_VERIFIED', '该核查任务已有结论');
    const falseCommitment = input.outcome === 'false-commitment';
    const [updated] = await tx
      .update(legalAidVerifications)
      .set({
        outcome: input.outcome,
        note: input.note,
        decidedAt: now,
        decidedBy: actor.userId,
        recoveryStatus: falseCommitment ? 'open' : null,
        version: row.version + 1,
      })
      .where(eq(legalAidVerifications.id, row.id))
      .returning();
    const [matter] = await tx
      .select({ number: legalAidMatters.number, name: persons.name })
      .from(legalAidMatters)
      .innerJoin(persons, eq(persons.id, legalAidMatters.applicantPersonId))
      .where(eq(legalAidMatters.id, row.matterId));
    if (falseCommitment) {
      await tx
        .insert(legalAidReminders)
        .values({
          matterId: row.matterId,
          orgId: row.orgId,
          recipientRole: 'legal-aid-director',
          kind: 'termination-prompt',
          dueOn: businessDateOf(now),
          level: 'info',
          message: TERMINATION_PROMPT,
          source: '法律援助法 第四十八条、第六十四条',
          createdAt: now,
        })
        .onConflictDoNothing();
    }
    await recordAudit(tx, actor, meta, {
      action: 'legal-aid.decide-verification',
      entityType: 'legal-aid-verification',
      entityId: row.id,
      orgId: row.orgId,
      before: { outcome: row.outcome },
      after: {
        outcome: input.outcome,
        recoveryStatus: updated!.recoveryStatus,
        matterNumber: matter?.number,
      },
      reason: input.note,
    });
    return toVerificationItem(updated!, { number: matter?.number ?? '', applicantName: matter?.name ?? '' });
  });
}
