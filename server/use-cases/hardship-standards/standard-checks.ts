import { AppError, badInput, conflict } from '@core/errors';
import { and, eq, gte, inArray, isNull, lte, ne, or, sql } from 'drizzle-orm';
import type { Executor, StaffActor } from '../../context';
import { hardshipStandards } from '../../db/schema/index';
import { bureauDivisionCodesInScope, regionWithin } from '../access/reference-scope';
import type { HardshipArea } from './standard-item';

/**
 * A standard is kept by the bureaus whose area contains its region (GB/T 2260): a county admin edits only
 * its own division code, the city admin any 1502xx (and 150200 itself). HARDSHIP.REGION_OUT_OF_SCOPE (403).
 */
export async function assertRegionInScope(
  executor: Executor,
  actor: StaffActor,
  regionCode: string,
): Promise<void> {
  const codes = await bureauDivisionCodesInScope(executor, actor);
  if (!codes.some((code) => regionWithin(regionCode, code))) {
    throw new AppError(
      'forbidden',
      'HARDSHIP.REGION_OUT_OF_SCOPE',
      `您无权维护行政区划 ${regionCode} 的困难标准`,
      'regionCode',
    );
  }
}

/** HARDSHIP.INVALID_RANGE (400, field `effectiveTo`) when the range ends before it starts. */
export function checkRange(effectiveFrom: string, effectiveTo: string | null): void {
  if (effectiveTo !== null && effectiveTo < effectiveFrom) {
    throw badInput('HARDSHIP.INVALID_RANGE', '失效日期不能早于生效日期', 'effectiveTo');
  }
}

/** Areas whose figures would apply to the same applicants: 'all' covers both urban and rural. */
function overlappingAreas(area: HardshipArea): HardshipArea[] {
  return area === 'all' ? ['urban', 'rural', 'all'] : [area, 'all'];
}

/**
 * Refuses a range overlapping another standard of the same region and basis whose area overlaps
 * ('all' overlaps 'urban' and 'rural'), so exactly one figure is in force for an applicant on any date:
 * HARDSHIP.OVERLAP (409) with the other standard in `details`. Serialised per region + basis with a
 * transaction-scoped advisory lock, so two concurrent writers cannot both pass the check.
 */
export async function assertNoOverlap(
  executor: Executor,
  candidate: {
    id?: string;
    regionCode: string;
    basis: string;
    area: HardshipArea;
    effectiveFrom: string;
    effectiveTo: string | null;
  },
): Promise<void> {
  await executor.execute(
    sql`select pg_advisory_xact_lock(7370101, hashtext(${`${candidate.regionCode}:${candidate.basis}`}))`,
  );
  const [clash] = await executor
    .select()
    .from(hardshipStandards)
    .where(
      and(
        eq(hardshipStandards.regionCode, candidate.regionCode),
        eq(hardshipStandards.basis, candidate.basis),
        inArray(hardshipStandards.area, overlappingAreas(candidate.area)),
        candidate.id ? ne(hardshipStandards.id, candidate.id) : undefined,
        // [from, to] ∩ [other.from, other.to] ≠ ∅, null meaning open-ended.
        candidate.effectiveTo === null
          ? undefined
          : lte(hardshipStandards.effectiveFrom, candidate.effectiveTo),
        or(
          isNull(hardshipStandards.effectiveTo),
          gte(hardshipStandards.effectiveTo, candidate.effectiveFrom),
        ),
      ),
    )
    .limit(1);
  if (clash) {
    const until = clash.effectiveTo ?? '长期';
    const error = conflict(
      'HARDSHIP.OVERLAP',
      `与已有标准（${clash.effectiveFrom} 至 ${until}，${clash.monthlyPerCapitaYuan} 元/人/月）的有效期重叠，请先调整原标准的失效日期`,
      { conflictingId: clash.id, effectiveFrom: clash.effectiveFrom, effectiveTo: clash.effectiveTo },
    );
    throw new AppError(error.kind, error.code, error.message, 'effectiveFrom', error.details);
  }
}
