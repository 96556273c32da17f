import { sql } from 'drizzle-orm';
import type { Executor } from '../../context';

/**
 * The organisation ids a member of `orgId` may see: the subtree of the nearest bureau (city or county)
 * at or above `orgId`. The city bureau's subtree includes its counties; a county's only itself.
 * An organisation outside any bureau sees only its own subtree.
 */
export async function loadScopeOrgIds(executor: Executor, orgId: string): Promise<string[]> {
  const result = await executor.execute<{ id: string }>(sql`
    with recursive up as (
      select id, parent_id, kind, 0 as depth from organisations where id = ${orgId}
      union all
      select o.id, o.parent_id, o.kind, up.depth + 1 from organisations o join up on o.id = up.parent_id
    ),
    root as (
      select coalesce(
        (select id from up where kind in ('city-bureau', 'county-bureau') order by depth limit 1),
        ${orgId}::uuid
      ) as id
    ),
    down as (
      select id from organisations where id = (select id from root)
      union all
      select o.id from organisations o join down on o.parent_id = down.id
    )
    select id from down
  `);
  return result.rows.map((row) => row.id);
}
