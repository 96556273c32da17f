/**
 * How the dashboard rolls organisations up into the units of its per-organisation breakdown. Pure, no I/O.
 *
 * The selected root (the city bureau, or a county) is split into its direct child bureaus (for a city:
 * its counties); everything else under the root (the city's own service center, legal aid agency,
 * firms, …) counts for the root itself (市本级). A county root therefore has one unit: itself.
 */
export interface OrgNode {
  id: string;
  parentId: string | null;
  kind: string;
  name: string;
}

export const BUREAU_KINDS: readonly string[] = ['city-bureau', 'county-bureau'];

/**
 * The unit of every organisation in `orgs` that lies under `rootId` (or is it): a Map from org id to unit
 * id. Organisations not under the root are left out. Throws RangeError when the root is not in `orgs`
 * or the parent links form a cycle.
 */
export function rollupUnits(orgs: readonly OrgNode[], rootId: string): Map<string, string> {
  const byId = new Map(orgs.map((org) => [org.id, org]));
  if (!byId.has(rootId)) throw new RangeError(`root ${rootId} is not among the organisations`);
  const units = new Map<string, string>();
  for (const org of orgs) {
    const path: OrgNode[] = [];
    let current: OrgNode | undefined = org;
    while (current && current.id !== rootId) {
      if (path.length > orgs.length) throw new RangeError('the organisation tree has a cycle');
      path.push(current);
      current = current.parentId ? byId.get(current.parentId) : undefined;
    }
    if (!current) continue;
    const top = path[path.length - 1];
    units.set(org.id, top && BUREAU_KINDS.includes(top.kind) ? top.id : rootId);
  }
  return units;
}
