import { assertCan } from '@core/access';
import { businessDateOf } from '@core/calendar';
import { seededRandom, shuffled } from '@core/random';
import { and, asc, eq, inArray, isNotNull, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { recordAudit } from '../../audit/record-audit';
import type { Services, UseCaseCall } from '../../context';
import { legalAidMatters, legalAidVerifications, persons } from '../../db/schema/index';
import { toVerificationItem, type VerificationItem } from './verification-item';

export const sampleBody = z.object({
  /** Share of the not-yet-checked commitments to draw, 0 < rate ≤ 1. */
  rate: z.number({ error: '抽查比例应为数字' }).gt(0, '抽查比例应大于 0').max(1, '抽查比例不能超过 1'),
  /** Seed of the draw (default: today's business date), so a draw can be reproduced and checked. */
  seed: z.string().trim().min(1).max(64).optional(),
});
export type SampleInput = z.infer<typeof sampleBody>;

/**
 * Draws commitments to verify after the fact (法律援助法 第四十一条; MoJ 2022-01-04 guidance: no
 * certificates demanded up front, fraud handled by checks during and after the case): among granted
 * matters in scope whose hardship was evidenced by a commitment and that were never sampled,
 * ⌈rate × n⌉ chosen by a seeded shuffle (same seed and pool → same draw). `legal-aid.review`.
 */
export async function sampleVerifications(
  services: Services,
  { actor, input, meta }: UseCaseCall<SampleInput>,
): Promise<{ items: VerificationItem[]; candidates: number; seed: string }> {
  assertCan(actor, 'legal-aid.review');
  const now = services.now();
  const seed = input.seed ?? businessDateOf(now);
  return services.db.transaction(async (tx) => {
    const pool = await tx
      .select({
        id: legalAidMatters.id,
        orgId: legalAidMatters.orgId,
        number: legalAidMatters.number,
        name: persons.name,
      })
      .from(legalAidMatters)
      .innerJoin(persons, eq(persons.id, legalAidMatters.applicantPersonId))
      .leftJoin(legalAidVerifications, eq(legalAidVerifications.matterId, legalAidMatters.id))
      .where(
        and(
          inArray(legalAidMatters.orgId, [...actor.scopeOrgIds]),
          eq(legalAidMatters.hardshipMethod, 'commitment'),
          isNotNull(legalAidMatters.approvedAt),
          isNull(legalAidVerifications.id),
        ),
      )
      .orderBy(asc(legalAidMatters.id));
    const chosen = shuffled(pool, seededRandom(seed)).slice(0, Math.ceil(input.rate * pool.length));
    const items: VerificationItem[] = [];
    for (const matter of chosen) {
      const [row] = await tx
        .insert(legalAidVerifications)
        .values({
          matterId: matter.id,
          orgId: matter.orgId,
          sampledAt: now,
          sampledBy: actor.userId,
          rate: String(input.rate),
          seed,
        })
        .returning();
      items.push(toVerificationItem(row!, { number: matter.number, applicantName: matter.name }));
    }
    await recordAudit(tx, actor, meta, {
      action: 'legal-aid.sample-verifications',
      entityType: 'legal-aid-verification',
      after: { rate: input.rate, seed, candidates: pool.length, sampled: items.map((i) => i.matterNumber) },
    });
    return { items, candidates: pool.length, seed };
  });
}
