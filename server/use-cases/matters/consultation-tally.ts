import { assertCan } from '@core/access';
import { addCalendarDays, isIsoDate, startOfBusinessDate } from '@core/calendar';
import { compareZh } from '@core/i18n/collation';
import { type ConsultationState, consultationTallyByLawyer } from '@core/procedures/consultation';
import { and, eq, gte, inArray, lt } from 'drizzle-orm';
import { z } from 'zod';
import type { Services, UseCaseCall } from '../../context';
import { matters } from '../../db/schema/index';

export const consultationTallyQuery = z.object({
  /** First business date (Beijing) of the period, inclusive. */
  from: z.string().refine(isIsoDate, '开始日期应为 YYYY-MM-DD 格式'),
  /** Last business date of the period, inclusive. */
  to: z.string().refine(isIsoDate, '结束日期应为 YYYY-MM-DD 格式'),
});

export const consultationTallyItem = z.object({
  /** The lawyer's roster id, or the name when the answer named no roster entry. */
  key: z.string(),
  name: z.string(),
  /** Free consultations answered. */
  count: z.number().int(),
  /** Minutes spent on them. */
  minutes: z.number().int(),
});

/**
 * The public legal service lawyer team's free consultations (法律援助法 第二十二条第一项), counted per
 * duty lawyer over the consultations opened in [from, to] (Beijing business dates) in the actor's
 * scope: count and minutes, most consultations first. Clerks' answers are not counted.
 */
export async function consultationTally(
  services: Services,
  { actor, input }: UseCaseCall<z.infer<typeof consultationTallyQuery>>,
): Promise<{ items: z.infer<typeof consultationTallyItem>[] }> {
  assertCan(actor, 'matter.read');
  const rows = await services.db
    .select({ state: matters.state })
    .from(matters)
    .where(
      and(
        eq(matters.service, 'consultation'),
        inArray(matters.orgId, [...actor.scopeOrgIds]),
        gte(matters.openedAt, startOfBusinessDate(input.from)),
        lt(matters.openedAt, startOfBusinessDate(addCalendarDays(input.to, 1))),
      ),
    );
  const tally = consultationTallyByLawyer(rows.map((row) => row.state as unknown as ConsultationState));
  return {
    items: [...tally.entries()]
      .map(([key, value]) => ({ key, ...value }))
      .sort((a, b) => b.count - a.count || b.minutes - a.minutes || compareZh(a.name, b.name)),
  };
}
