import { assertCan, type Permission } from '@core/access';
import { AppError } from '@core/errors';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Executor, StaffActor } from '../../context';
import { organisations } from '../../db/schema/index';

const BUREAU_KINDS = ['city-bureau', 'county-bureau'];

/** AUTH.CITY_LEVEL_ONLY (403): city-wide reference data is kept by the city bureau's staff only. */
export const cityLevelOnly = () =>
  new AppError('forbidden', 'AUTH.CITY_LEVEL_ONLY', '全市共用的基础数据只能由市级管理员维护');

/**
 * Global reference data (holiday overrides) belongs to no organisation, so the policy's `{ global: true }`
 * lets every role holding `permission` through, county admins included. Here we also demand that the
 * actor's scope contains the root of the organisation tree (the city bureau), i.e. that the actor works
 * at city level; a county bureau's subtree never contains it. Throws AUTH.FORBIDDEN or
 * AUTH.CITY_LEVEL_ONLY (both 403).
 */
export async function assertCityLevel(
  executor: Executor,
  actor: StaffActor,
  permission: Permission,
): Promise<void> {
  assertCan(actor, permission, { global: true });
  const [root] = await executor
    .select({ id: organisations.id })
    .from(organisations)
    .where(and(isNull(organisations.parentId), inArray(organisations.id, [...actor.scopeOrgIds])))
    .limit(1);
  if (!root) throw cityLevelOnly();
}

/**
 * The nearest bureau (city or county) at or above `orgId`: the organisation that owns the rosters and
 * records created by its staff. Undefined when there is none (an organisation outside the tree).
 */
export async function findHomeBureau(
  executor: Executor,
  orgId: string,
): Promise<{ id: string; kind: string; divisionCode: string | null } | undefined> {
  let current: string | null = orgId;
  for (let depth = 0; current && depth < 20; depth++) {
    const [row]: { id: string; parentId: string | null; kind: string; divisionCode: string | null }[] =
      await executor
        .select({
          id: organisations.id,
          parentId: organisations.parentId,
          kind: organisations.kind,
          divisionCode: organisations.divisionCode,
        })
        .from(organisations)
        .where(eq(organisations.id, current));
    if (!row) return undefined;
    if (BUREAU_KINDS.includes(row.kind))
      return { id: row.id, kind: row.kind, divisionCode: row.divisionCode };
    current = row.parentId;
  }
  return undefined;
}

/** Division codes (GB/T 2260) of the bureaus in the actor's scope, e.g. ['150200', '150202', …] for the city. */
export async function bureauDivisionCodesInScope(executor: Executor, actor: StaffActor): Promise<string[]> {
  const rows = await executor
    .select({ code: organisations.divisionCode })
    .from(organisations)
    .where(and(inArray(organisations.id, [...actor.scopeOrgIds]), inArray(organisations.kind, BUREAU_KINDS)));
  return rows.flatMap((row) => (row.code ? [row.code] : []));
}

/**
 * Whether division code `region` lies within the area of a bureau with division code `bureau`
 * (GB/T 2260 hierarchy): a province code `XX0000` covers `XX****`, a city code `XXYY00` covers `XXYY**`,
 * a county code only itself.
 */
export function regionWithin(region: string, bureau: string): boolean {
  if (!/^\d{6}$/.test(region) || !/^\d{6}$/.test(bureau)) return false;
  if (bureau.endsWith('0000')) return region.startsWith(bureau.slice(0, 2));
  if (bureau.endsWith('00')) return region.startsWith(bureau.slice(0, 4));
  return region === bureau;
}
