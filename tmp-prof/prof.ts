import pg from 'pg';
import { drizzle } from 'drizzle-orm/node-postgres';
import { sql } from 'drizzle-orm';
import * as schema from '../server/db/schema';
import { addCalendarDays, businessDateOf } from '@core/calendar';
import { loadScopeOrgIds } from '../server/use-cases/access/org-scope';
import { resolveDashboardScope } from '../server/use-cases/dashboard/dashboard-scope';
import { factsThrough, readQueueFacts } from '../server/use-cases/dashboard/queue-facts';
import { figuresFromFacts, getQueueFigures } from '../server/use-cases/dashboard/queue-figures';

const pool = new pg.Pool({ connectionString: 'postgres://postgres@127.0.0.1:5432/dash_s1', max: 8 });
// pool.on('connect', (c) => { c.query("load 'auto_explain'"); c.query('set auto_explain.log_min_duration = 40'); c.query('set auto_explain.log_analyze = on'); c.query('set auto_explain.log_buffers = on'); });
const db = drizzle(pool, { schema }) as any;
const services = { db, now: () => new Date() } as any;
const today = businessDateOf(new Date());
const [root] = (await db.execute(sql`select id from organisations where name like '模拟省司法厅-%' order by created_at desc limit 1`)).rows;
const actor = { userId: '00000000-0000-0000-0000-000000000000', orgId: root.id, roles: ['bureau-leader'], scopeOrgIds: await loadScopeOrgIds(db, root.id), displayName: 'b', username: 'b' };
const period = process.argv[2] === 'month' ? { from: addCalendarDays(today, -30), to: addCalendarDays(today, -1) } : { from: addCalendarDays(today, -365), to: addCalendarDays(today, -1) };
for (let i = 0; i < 6; i++) {
  const t0 = performance.now();
  const scope = await resolveDashboardScope(services, actor as any, period);
  const t1 = performance.now();
  const through = await factsThrough(services, scope);
  const t2 = performance.now();
  const facts = await readQueueFacts(services, scope, through!);
  const t3 = performance.now();
  const f = figuresFromFacts(scope, facts);
  const t4 = performance.now();
  await getQueueFigures(services, { actor, input: period } as any);
  const t5 = performance.now();
  console.log(`scope ${(t1 - t0).toFixed(0)} through ${(t2 - t1).toFixed(0)} read ${(t3 - t2).toFixed(0)} figures ${(t4 - t3).toFixed(0)} | whole use case ${(t5 - t4).toFixed(0)} ms; groups ${facts.groups.length}`);
}
await pool.end();
