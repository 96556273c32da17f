import { assertCan } from '@core/access';
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { Services, UseCaseCall } from '../../context';
import { legalAidMatters, legalAidVerifications, persons } from '../../db/schema/index';
import { toVerificationItem, type VerificationItem } from './verification-item';

export const listVerificationsQuery = z.object({
  outcome: z.enum(['pending', 'confirmed', 'false-commitment'], { error: '未知的核查结果' }).optional(),
});

/** Commitment verification tasks in the actor's scope, newest draw first (`legal-aid.review`). */
export async function listVerifications(
  services: Services,
  { actor, input }: UseCaseCall<z.infer<typeof listVerificationsQuery>>,
): Promise<{ items: VerificationItem[]; total: number }> {
  assertCan(actor, 'legal-aid.review');
  const rows = await services.db
    .select({ v: legalAidVerifications, number: legalAidMatters.number, name: persons.name })
    .from(legalAidVerifications)
    .innerJoin(legalAidMatters, eq(legalAidMatters.id, legalAidVerifications.matterId))
    .innerJoin(persons, eq(persons.id, legalAidMatters.applicantPersonId))
    .where(
      and(
        inArray(legalAidVerifications.orgId, [...actor.scopeOrgIds]),
        input.outcome ? eq(legalAidVerifications.outcome, input.outcome) : undefined,
      ),
    )
    .orderBy(desc(legalAidVerifications.sampledAt), asc(legalAidVerifications.id));
  const items = rows.map((r) => toVerificationItem(r.v, { number: r.number, applicantName: r.name }));
  return { items, total: items.length };
}
