import { and, gte, inArray, isNull, lte, or } from 'drizzle-orm';
import type { Executor } from '../../context';
import { hardshipStandards } from '../../db/schema/index';
import {
  HARDSHIP_BASES,
  type HardshipArea,
  type HardshipBasis,
  type StandardItem,
  toStandardItem,
} from './standard-item';

/**
 * The regions whose standard may apply to `regionCode`, most specific first (GB/T 2260): the county
 * itself, its city (XXYY00), its province (XX0000). '150203' → ['150203', '150200', '150000'].
 */
export function regionChain(regionCode: string): string[] {
  const chain = [regionCode, `${regionCode.slice(0, 4)}00`, `${regionCode.slice(0, 2)}0000`];
  return [...new Set(chain)];
}

/**
 * The economic-hardship standard in force on `date` (`YYYY-MM-DD`, the application date: rules.md §2,
 * "assess each application against the version in force on the application date") for an applicant of
 * region `regionCode`, or undefined when none is.
 *
 * - Region: the most specific region with a standard in force wins (county, then city, then province).
 * - Area: with `options.area` ('urban' / 'rural'), a standard for that area wins over an 'all' one;
 *   without it, 'all' wins, then 'urban', then 'rural'.
 * - Basis: `options.basis` restricts the search; without it, when several bases are in force, the order
 *   of HARDSHIP_BASES decides (dibao, low-income, minimum-wage, other). Pass the basis the provincial
 *   rule names to avoid relying on that order.
 *
 * Overlapping ranges are refused on write, so each (region, basis, area) has at most one standard per date.
 */
export async function findStandardInForce(
  executor: Executor,
  regionCode: string,
  date: string,
  options: { basis?: HardshipBasis; area?: Exclude<HardshipArea, 'all'> } = {},
): Promise<StandardItem | undefined> {
  const chain = regionChain(regionCode);
  const bases = options.basis ? [options.basis] : [...HARDSHIP_BASES];
  const areas: HardshipArea[] = options.area ? [options.area, 'all'] : ['all', 'urban', 'rural'];
  const rows = await executor
    .select()
    .from(hardshipStandards)
    .where(
      and(
        inArray(hardshipStandards.regionCode, chain),
        inArray(hardshipStandards.basis, bases),
        inArray(hardshipStandards.area, areas),
        lte(hardshipStandards.effectiveFrom, date),
        or(isNull(hardshipStandards.effectiveTo), gte(hardshipStandards.effectiveTo, date)),
      ),
    );
  const rank = (row: (typeof rows)[number]) => [
    chain.indexOf(row.regionCode),
    areas.indexOf(row.area as HardshipArea),
    bases.indexOf(row.basis as HardshipBasis),
  ];
  const best = rows.sort((a, b) => {
    const [ra, rb] = [rank(a), rank(b)];
    for (let i = 0; i < ra.length; i++) if (ra[i] !== rb[i]) return (ra[i] ?? 0) - (rb[i] ?? 0);
    return 0;
  })[0];
  return best ? toStandardItem(best) : undefined;
}
