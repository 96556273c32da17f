import { assertCan } from '@core/access';
import { z } from 'zod';
import { recordAudit } from '../../audit/record-audit';
import type { Services, UseCaseCall } from '../../context';
import { hardshipStandards } from '../../db/schema/index';
import { assertNoOverlap, assertRegionInScope, checkRange } from './standard-checks';
import { type StandardItem, standardFields, toStandardItem } from './standard-item';

export const createStandardBody = z.object({
  regionCode: standardFields.regionCode,
  basis: standardFields.basis,
  area: standardFields.area.optional(),
  monthlyPerCapitaYuan: standardFields.monthlyPerCapitaYuan,
  effectiveFrom: standardFields.effectiveFrom,
  effectiveTo: standardFields.effectiveTo.optional(),
  source: standardFields.source,
  isSample: standardFields.isSample.optional(),
});
export type CreateStandardInput = z.infer<typeof createStandardBody>;

/**
 * Adds an economic-hardship standard (法律援助法 第三十四条; rules.md §2) for a region the actor's bureau
 * covers, with its effective range, basis, area, yuan per person per month and source. Ranges of the
 * same region and basis must not overlap (HARDSHIP.OVERLAP). Audits `hardship-standard.create`.
 */
export async function createStandard(
  services: Services,
  { actor, input, meta }: UseCaseCall<CreateStandardInput>,
): Promise<{ item: StandardItem }> {
  assertCan(actor, 'hardship-standard.manage');
  const candidate = {
    regionCode: input.regionCode,
    basis: input.basis,
    area: input.area ?? 'all',
    effectiveFrom: input.effectiveFrom,
    effectiveTo: input.effectiveTo ?? null,
  };
  checkRange(candidate.effectiveFrom, candidate.effectiveTo);
  return services.db.transaction(async (tx) => {
    await assertRegionInScope(tx, actor, input.regionCode);
    await assertNoOverlap(tx, candidate);
    const [row] = await tx
      .insert(hardshipStandards)
      .values({
        ...candidate,
        monthlyPerCapitaYuan: input.monthlyPerCapitaYuan,
        source: input.source,
        isSample: input.isSample ?? false,
        createdBy: actor.userId,
      })
      .returning();
    const item = toStandardItem(row!);
    await recordAudit(tx, actor, meta, {
      action: 'hardship-standard.create',
      entityType: 'hardship-standard',
      entityId: item.id,
      after: item,
    });
    return { item };
  });
}
