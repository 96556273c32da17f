import { assertCan } from '@core/access';
import { businessDateOf } from '@core/calendar';
import { type DashboardPeriod, type OrgNode, resolvePeriod, rollupUnits } from '@core/dashboard';
import { compareZh } from '@core/i18n/collation';
import { inArray, type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Services, StaffActor } from '../../context';
import { organisations } from '../../db/schema/index';
import { businessDateField } from '../queue/list-tickets';

/** The query every period figure takes: the period (default this month so far) and the organisation. */
export const dashboardQuery = z.object({
  from: businessDateField.optional(),
  to: businessDateField.optional(),
  orgId: z.uuid({ error: '机构编号格式不正确' }).optional(),
});
export type DashboardQuery = z.infer<typeof dashboardQuery>;

/** A unit of the per-organisation breakdown (the root itself = 市本级, or a child bureau). */
export interface DashboardUnit {
  id: string;
  name: string;
  kind: string;
}

/**
 * What a dashboard query covers, resolved and checked on the server: the root organisation (the
 * requested `orgId`, else the actor's nearest bureau, i.e. the root of their scope), every organisation
 * under it that the actor may see, and the unit each rolls up to (core/dashboard `rollupUnits`).
 */
export interface DashboardScope {
  root: DashboardUnit;
  orgIds: string[];
  units: DashboardUnit[];
  unitOf: Map<string, string>;
  period: DashboardPeriod;
  today: string;
  /** `[from 00:00, to + 1 day 00:00)` Beijing, as instants. */
  start: Date;
  end: Date;
}

/**
 * Resolves the scope of a dashboard request. A county leader's scope holds only their county, so any
 * other `orgId` is refused (403 AUTH.FORBIDDEN) — the server, not the page, enforces the county view.
 * Throws 400 DASHBOARD.PERIOD_* on a bad period (core/dashboard `resolvePeriod`).
 */
export async function resolveDashboardScope(
  services: Services,
  actor: StaffActor,
  input: DashboardQuery,
): Promise<DashboardScope> {
  assertCan(actor, 'dashboard.read');
  if (input.orgId) assertCan(actor, 'dashboard.read', { orgId: input.orgId });
  const today = businessDateOf(services.now());
  const period = resolvePeriod(today, input.from, input.to);
  const rows: OrgNode[] = await services.db
    .select({
      id: organisations.id,
      parentId: organisations.parentId,
      kind: organisations.kind,
      name: organisations.name,
    })
    .from(organisations)
    .where(inArray(organisations.id, [...actor.scopeOrgIds]));
  const inScope = new Set(rows.map((r) => r.id));
  const rootId = input.orgId ?? rows.find((r) => !r.parentId || !inScope.has(r.parentId))?.id ?? actor.orgId;
  const unitOf = rollupUnits(rows, rootId);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const unitIds = [...new Set(unitOf.values())];
  const units = unitIds
    .map((id) => byId.get(id)!)
    .sort((a, b) => (a.id === rootId ? -1 : b.id === rootId ? 1 : compareZh(a.name, b.name)))
    .map(({ id, name, kind }) => ({ id, name, kind }));
  const root = units.find((u) => u.id === rootId)!;
  return {
    root,
    orgIds: [...unitOf.keys()],
    units,
    unitOf,
    period,
    today,
    start: new Date(`${period.from}T00:00:00+08:00`),
    end: new Date(new Date(`${period.to}T00:00:00+08:00`).getTime() + 86_400_000),
  };
}

/** A PostgreSQL `uuid[]` parameter (one bound value, however many ids). Ids must be UUIDs. */
export function uuidArray(ids: readonly string[]): SQL {
  return sql`${`{${ids.join(',')}}`}::uuid[]`;
}

/**
 * `column` is one of the scope's organisations. A small scope (a city, a county) as `= any(array)`, which
 * PostgreSQL turns into index probes; a large one (a province: hundreds of organisations) as a hashed
 * semi-join, since `= any` compares each row with every element (measured: bench/sections/dashboard.ts).
 */
export function orgFilter(column: SQL, scope: DashboardScope): SQL {
  return scope.orgIds.length <= 64
    ? sql`${column} = any(${uuidArray(scope.orgIds)})`
    : sql`${column} in (select org_id from ${unitTable(scope)})`;
}

/** `(org_id, unit_id)` pairs of a scope as a derived table `u(org_id, unit_id)` to join on. */
export function unitTable(scope: DashboardScope): SQL {
  const orgs = [...scope.unitOf.keys()];
  const units = orgs.map((id) => scope.unitOf.get(id)!);
  return sql`(select * from unnest(${uuidArray(orgs)}, ${uuidArray(units)}) as u0(org_id, unit_id)) u`;
}

/** Name of a unit (for rows keyed by unit id). */
export function unitName(scope: DashboardScope, id: string): string {
  return scope.units.find((u) => u.id === id)?.name ?? '';
}

/** Zod shape of a unit row carried by breakdown replies. */
export const unitShape = z.object({ id: z.string(), name: z.string(), kind: z.string() });

/** Zod shape of the scope part of every reply. */
export const scopeShape = z.object({
  from: z.string(),
  to: z.string(),
  today: z.string(),
  root: unitShape,
  units: z.array(unitShape),
});

/** The scope part of every reply. */
export function scopeReply(scope: DashboardScope): z.infer<typeof scopeShape> {
  return {
    from: scope.period.from,
    to: scope.period.to,
    today: scope.today,
    root: scope.root,
    units: scope.units,
  };
}
