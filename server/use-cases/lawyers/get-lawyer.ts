import { assertCan } from '@core/access';
import { businessDateOf } from '@core/calendar';
import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Services, UseCaseCall } from '../../context';
import { lawyerSanctions } from '../../db/schema/index';
import { describeLawyer, getLawyerRow } from './lawyer-checks';
import { lawyerItem } from './lawyer-item';
import { type SanctionItem, sanctionItem } from './record-sanction';
import { teamEligibilityOf } from './team-membership';

export const lawyerDetail = lawyerItem.extend({
  sanctions: z.array(sanctionItem),
  /** The team rule applied today (core/roster/lawyer-team.ts), so the UI can explain a refusal up front. */
  teamEligibility: z.object({
    eligible: z.boolean(),
    practiceYears: z.number().int(),
    reasons: z.array(z.object({ code: z.string(), message: z.string() })),
  }),
});
export type LawyerDetail = z.infer<typeof lawyerDetail>;

/** One lawyer in the actor's scope with the sanctions on record and today's team eligibility. */
export async function getLawyer(
  services: Services,
  { actor, input }: UseCaseCall<{ id: string }>,
): Promise<LawyerDetail> {
  assertCan(actor, 'lawyer.read');
  const row = await getLawyerRow(services.db, input.id);
  assertCan(actor, 'lawyer.read', { orgId: row.orgId });
  const sanctions = await services.db
    .select()
    .from(lawyerSanctions)
    .where(eq(lawyerSanctions.lawyerId, row.id))
    .orderBy(asc(lawyerSanctions.decidedOn), asc(lawyerSanctions.id));
  const eligibility = await teamEligibilityOf(services.db, row, businessDateOf(services.now()));
  return {
    ...(await describeLawyer(services.db, row)),
    sanctions: sanctions.map(
      (s): SanctionItem => ({
        id: s.id,
        lawyerId: s.lawyerId,
        kind: s.kind as SanctionItem['kind'],
        decidedOn: s.decidedOn,
        authority: s.authority,
        description: s.description,
        recordedBy: s.recordedBy,
      }),
    ),
    teamEligibility: {
      eligible: eligibility.eligible,
      practiceYears: eligibility.practiceYears,
      reasons: eligibility.reasons,
    },
  };
}
