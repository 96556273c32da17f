import pg from 'pg';
import { drizzle } from 'drizzle-orm/node-postgres';
import { sql } from 'drizzle-orm';
import * as schema from '../server/db/schema';
import { addCalendarDays, businessDateOf } from '@core/calendar';
import { loadScopeOrgIds } from '../server/use-cases/access/org-scope';
import { getLawyerTeamFigures } from '../server/use-cases/dashboard/lawyer-team-figures';
import { getSatisfactionFigures } from '../server/use-cases/dashboard/satisfaction-figures';
import { getLegalAidFigures } from '../server/use-cases/dashboard/legal-aid-figures';
import { getQueueFigures } from '../server/use-cases/dashboard/queue-figures';

const pool = new pg.Pool({ connectionString: 'postgres://postgres@127.0.0.1:5432/dash_s1', max: 8 });
const db = drizzle(pool, { schema }) as any;
const services = { db, now: () => new Date() } as any;
const today = businessDateOf(new Date());
const [root] = (await db.execute(sql`select id from organisations where name like '模拟省司法厅-%' order by created_at desc limit 1`)).rows;
const actor = { userId: '00000000-0000-0000-0000-000000000000', orgId: root.id, roles: ['bureau-leader'], scopeOrgIds: await loadScopeOrgIds(db, root.id), displayName: 'b', username: 'b' };
const year = { from: addCalendarDays(today, -365), to: addCalendarDays(today, -1) };
const month = { from: addCalendarDays(today, -30), to: addCalendarDays(today, -1) };
for (const [name, f] of [['queue', getQueueFigures], ['lawyer', getLawyerTeamFigures], ['satisfaction', getSatisfactionFigures], ['legal aid', getLegalAidFigures]] as const) {
  for (const [pn, period] of [['month', month], ['year', year]] as const) {
    const times: number[] = [];
    for (let i = 0; i < 8; i++) {
      const t0 = performance.now();
      await (f as any)(services, { actor, input: period });
      times.push(performance.now() - t0);
    }
    const ts = times.slice(2).sort((a, b) => a - b);
    console.log(name.padEnd(14), pn.padEnd(6), `p50 ${ts[3]!.toFixed(0)} max ${ts.at(-1)!.toFixed(0)} ms`);
  }
}
await pool.end();
