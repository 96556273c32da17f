import { assertCan } from '@core/access';
import { notFound, staleVersion } from '@core/errors';
import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { recordAudit } from '../../audit/record-audit';
import type { Services, UseCaseCall } from '../../context';
import { hardshipStandards } from '../../db/schema/index';
import { assertNoOverlap, assertRegionInScope, checkRange } from './standard-checks';
import { type HardshipArea, type StandardItem, standardFields, toStandardItem } from './standard-item';

export const updateStandardBody = z.object({
  version: z.number({ error: '缺少版本号' }).int().min(1),
  regionCode: standardFields.regionCode.optional(),
  basis: standardFields.basis.optional(),
  area: standardFields.area.optional(),
  monthlyPerCapitaYuan: standardFields.monthlyPerCapitaYuan.optional(),
  effectiveFrom: standardFields.effectiveFrom.optional(),
  effectiveTo: standardFields.effectiveTo.optional(),
  source: standardFields.source.optional(),
  isSample: standardFields.isSample.optional(),
  reason: z.string().trim().max(500, '原因不能超过 500 个字').optional(),
});
export type UpdateStandardInput = z.infer<typeof updateStandardBody> & { id: string };

/**
 * Changes a hardship standard (optimistic concurrency on `version`). The actor must cover both the old
 * and the new region; the new range must not overlap another standard (HARDSHIP.OVERLAP). Typical use:
 * closing a standard (`effectiveTo`) before adding its successor, or replacing a sample figure.
 * Audits `hardship-standard.update` with before/after; a request that changes nothing writes nothing.
 */
export async function updateStandard(
  services: Services,
  { actor, input, meta }: UseCaseCall<UpdateStandardInput>,
): Promise<{ item: StandardItem }> {
  assertCan(actor, 'hardship-standard.manage');
  return services.db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(hardshipStandards)
      .where(eq(hardshipStandards.id, input.id))
      .for('update');
    if (!row) throw notFound('HARDSHIP.NOT_FOUND', '该困难标准不存在');
    await assertRegionInScope(tx, actor, row.regionCode);
    if (row.version !== input.version) throw staleVersion('困难标准');
    const before = toStandardItem(row);
    const changes = {
      regionCode: input.regionCode ?? row.regionCode,
      basis: input.basis ?? row.basis,
      area: (input.area ?? row.area) as HardshipArea,
      monthlyPerCapitaYuan:
        input.monthlyPerCapitaYuan === undefined ||
        Number(input.monthlyPerCapitaYuan) === Number(row.monthlyPerCapitaYuan)
          ? row.monthlyPerCapitaYuan
          : input.monthlyPerCapitaYuan,
      effectiveFrom: input.effectiveFrom ?? row.effectiveFrom,
      effectiveTo: input.effectiveTo === undefined ? row.effectiveTo : input.effectiveTo,
      source: input.source ?? row.source,
      isSample: input.isSample ?? row.isSample,
    };
    if (Object.entries(changes).every(([key, value]) => row[key as keyof typeof changes] === value))
      return { item: before };
    checkRange(changes.effectiveFrom, changes.effectiveTo);
    if (changes.regionCode !== row.regionCode) await assertRegionInScope(tx, actor, changes.regionCode);
    await assertNoOverlap(tx, { id: row.id, ...changes });
    const [updated] = await tx
      .update(hardshipStandards)
      .set({ ...changes, version: sql`${hardshipStandards.version} + 1`, updatedAt: services.now() })
      .where(and(eq(hardshipStandards.id, row.id), eq(hardshipStandards.version, input.version)))
      .returning();
    if (!updated) throw staleVersion('困难标准');
    const item = toStandardItem(updated);
    await recordAudit(tx, actor, meta, {
      action: 'hardship-standard.update',
      entityType: 'hardship-standard',
      entityId: item.id,
      before,
      after: item,
      reason: input.reason ?? null,
    });
    return { item };
  });
}
