import { assertCan } from '@core/access';
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Services, UseCaseCall } from '../../context';
import { lawyers, legalAidMatters, persons } from '../../db/schema/index';
import type { MatterListItem } from './matter-shapes';
import { toListItem } from './matter-view';

/**
 * The matters assigned to the acting lawyer (`legal-aid.provide`; 法律援助法 第四十六条), newest
 * assignment first, masked. Matters a decline handed back are no longer theirs.
 */
export async function myAssignments(
  services: Services,
  { actor }: UseCaseCall<Record<string, never>>,
): Promise<{ items: MatterListItem[]; total: number }> {
  assertCan(actor, 'legal-aid.provide');
  const now = services.now();
  const rows = await services.db
    .select({
      matter: legalAidMatters,
      name: persons.name,
      idNumberMasked: persons.idNumberMasked,
      lawyerName: lawyers.name,
    })
    .from(legalAidMatters)
    .innerJoin(persons, eq(persons.id, legalAidMatters.applicantPersonId))
    .leftJoin(lawyers, eq(lawyers.id, legalAidMatters.assignedLawyerId))
    .where(
      and(
        eq(legalAidMatters.assignedUserId, actor.userId),
        inArray(legalAidMatters.orgId, [...actor.scopeOrgIds]),
      ),
    )
    .orderBy(desc(legalAidMatters.assignedAt), asc(legalAidMatters.id));
  const items = rows.map((r) =>
    toListItem(r.matter, { name: r.name, idNumberMasked: r.idNumberMasked, lawyerName: r.lawyerName }, now),
  );
  return { items, total: items.length };
}
