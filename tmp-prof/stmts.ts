import pg from 'pg';
const pool = new pg.Pool({ connectionString: 'postgres://postgres@127.0.0.1:5432/dash_s1', max: 4 });
const orgs = (await pool.query(`with recursive t as (select id from organisations where name like '模拟省司法厅-%' union all select o.id from organisations o join t on o.parent_id = t.id) select array_agg(id)::text as a from t`)).rows[0].a;
const months = `{2025-12-01,2026-01-01,2026-02-01,2026-03-01,2026-04-01,2026-05-01,2026-06-01,2026-07-01,2026-08-01,2026-09-01,2026-10-01}`;
const q: Record<string, string> = {
  sums: `select q.org_id, q.service_code, q.window_id, sum(q.tickets)::int, sum(q.finished)::int, sum(q.matters)::int, sum(q.no_shows)::int, sum(q.wait_n)::int, sum(q.wait_sum)::bigint, max(q.wait_max), sum(q.service_n)::int, sum(q.service_sum)::bigint, max(q.service_max) from dashboard_queue_facts q where q.grain='month' and q.org_id = any($1::uuid[]) and q.period_start = any('${months}'::date[]) group by 1,2,3 having sum(q.tickets) > 0`,
  cum: `select q.org_id, q.service_code, q.window_id, q.period_start = '2026-10-01' as last, q.cum_wait_hist::text, q.cum_service_hist::text from dashboard_queue_facts q where q.grain='month' and q.org_id = any($1::uuid[]) and q.period_start in ('2026-10-01','2025-11-01') and (q.cum_wait_hist is not null or q.cum_service_hist is not null)`,
  edges: `select q.org_id, q.service_code, q.window_id, q.tickets, q.finished, q.matters, q.no_shows, q.wait_n, q.wait_sum, q.wait_max, q.service_n, q.service_sum, q.service_max, q.wait_buckets::text, q.service_buckets::text from dashboard_queue_facts q where q.grain='week' and q.org_id = any($1::uuid[]) and q.period_start = any('{2026-11-02,2026-11-09,2026-11-16,2026-11-23}'::date[])`,
  daily: `select business_date::text, sum(tickets)::int, sum(finished)::int from dashboard_day_totals d where d.org_id = any($1::uuid[]) and d.business_date between '2025-11-30' and '2026-11-29' group by 1 order by 1`,
};
const c = await pool.connect();
await c.query('set jit = off');
for (const [name, text] of Object.entries(q)) {
  const times: number[] = [];
  let rows = 0;
  for (let i = 0; i < 8; i++) {
    const t0 = performance.now();
    const r = await c.query(text, [orgs]);
    times.push(performance.now() - t0);
    rows = r.rowCount ?? 0;
  }
  times.sort((a, b) => a - b);
  console.log(name.padEnd(8), `rows ${rows}`, `min ${times[0]!.toFixed(1)} med ${times[4]!.toFixed(1)} ms`);
}
c.release();
await pool.end();
