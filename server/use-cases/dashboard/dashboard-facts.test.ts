import { bucketOf, p90Bound } from '@core/dashboard';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaffActor } from '../../context';
import { tickets, windows } from '../../db/schema/index';
import { insertActivity, ticketRows } from '../../seed/activity/activity-rows';
import { generateProvince } from '../../seed/province/generate-province';
import { buildTestApp, type TestApp } from '../../test/app';
import { loadScopeOrgIds } from '../access/org-scope';
import { listDashboardTickets } from './dashboard-lists';
import { type DashboardScope, resolveDashboardScope } from './dashboard-scope';
import { factsThrough, readQueueFacts } from './queue-facts';
import { type Figures, figuresFromFacts, getQueueFigures, rawFigures } from './queue-figures';
import { refreshDashboardFacts } from './refresh-dashboard-facts';
import { getSatisfactionFigures } from './satisfaction-figures';

/**
 * The dashboard's facts against the raw tables on a generated province (1 city + 1 county, 100 days):
 * counts and averages equal, p90 within the bound of core/dashboard/histogram.ts; and the refresh keeps
 * them equal through a new ticket on a closed day, a late change, and the Beijing day boundary.
 */
let t: TestApp;
let rootId: string;
let centerId: string;
let windowId: string;
const bj = (s: string) => new Date(`${s}+08:00`);

beforeAll(async () => {
  t = await buildTestApp();
  t.services.clock.set(bj('2026-03-17T10:00:00'));
  const report = await generateProvince(t.services.db, {
    scale: 0.5,
    years: 100 / 365.25,
    cities: 1,
    countiesPerCity: 1,
    today: '2026-03-17',
  });
  rootId = report.rootId;
  const [center] = (
    await t.services.db.execute<{ id: string }>(sql`
      select o.id from organisations o join organisations b on b.id = o.parent_id
      where b.parent_id = ${rootId} and o.kind = 'service-center'`)
  ).rows;
  centerId = center!.id;
  const [w] = await t.services.db.select({ id: windows.id }).from(windows).where(eq(windows.orgId, centerId));
  windowId = w!.id;
  // Today's visitors so far: read from the raw tables whatever the facts hold.
  await insertActivity(t.services.db, {
    tickets: [1, 2, 3].map((sequence) =>
      ticketRows({
        orgId: centerId,
        serviceCode: 'mediation',
        windowId,
        sequence,
        status: 'finished',
        issuedAt: bj('2026-03-17T08:40:00'),
        calledAt: bj(`2026-03-17T09:0${sequence}:00`),
        startedAt: bj(`2026-03-17T09:0${sequence}:00`),
        finishedAt: bj('2026-03-17T09:30:00'),
      }),
    ),
  });
}, 120_000);
afterAll(async () => {
  await t?.close();
});

const leaderOf = async (orgId: string): Promise<StaffActor> => ({
  userId: '00000000-0000-0000-0000-000000000000',
  orgId,
  roles: ['bureau-leader'],
  scopeOrgIds: await loadScopeOrgIds(t.services.db, orgId),
  displayName: 'test',
  username: 'test',
});

async function scopeOf(from: string, to: string): Promise<DashboardScope> {
  return resolveDashboardScope(t.services, await leaderOf(rootId), { from, to });
}

/** Facts and raw figures of a period, and their comparison: equal but for p90 within its bound. */
async function compare(from: string, to: string) {
  const scope = await scopeOf(from, to);
  const through = await factsThrough(t.services, scope);
  expect(through).not.toBeNull();
  const facts = await readQueueFacts(t.services, scope, through!);
  const fromFacts = figuresFromFacts(scope, facts);
  const raw = await rawFigures(t.services, scope);
  const rows = (f: Figures) => ({
    overall: f.overall,
    ...Object.fromEntries([...f.services].map(([k, v]) => [`service ${k}`, v])),
    ...Object.fromEntries([...f.windows].map(([k, v]) => [`window ${k}`, v])),
    ...Object.fromEntries([...f.units].map(([k, v]) => [`unit ${k}`, v])),
  });
  const a = rows(fromFacts);
  const b = rows(raw);
  expect(Object.keys(a).sort()).toEqual(Object.keys(b).sort());
  let p90s = 0;
  for (const [key, exact] of Object.entries(b)) {
    const got = a[key as keyof typeof a]!;
    const { p90WaitSeconds, p90ServiceSeconds, ...rest } = exact;
    expect({ ...got, p90WaitSeconds: 0, p90ServiceSeconds: 0 }, key).toEqual({
      ...rest,
      p90WaitSeconds: 0,
      p90ServiceSeconds: 0,
    });
    for (const [x, y] of [
      [got.p90WaitSeconds, p90WaitSeconds],
      [got.p90ServiceSeconds, p90ServiceSeconds],
    ] as const) {
      if (y === null) expect(x).toBeNull();
      else {
        expect(Math.abs(x! - y), `${key}: ${x} vs ${y}`).toBeLessThanOrEqual(p90Bound(bucketOf(y)));
        p90s++;
      }
    }
  }
  expect(fromFacts.daily).toEqual(raw.daily);
  return { facts, fromFacts, raw, p90s };
}

describe('dashboard facts', () => {
  it('computes the SQL bucket exactly as core/dashboard bucketOf', async () => {
    const { rows } = await t.services.db.execute<{ s: number; b: number }>(
      sql`select s, dashboard_bucket(s) as b from generate_series(0, 30000) s`,
    );
    expect(rows.filter((r) => r.b !== bucketOf(r.s))).toEqual([]);
  });

  it('reads nothing from facts before they are built, and builds every closed day up to yesterday', async () => {
    expect(await factsThrough(t.services, await scopeOf('2026-01-01', '2026-03-17'))).toBeNull();
    const first = await refreshDashboardFacts(t.services, { advance: true });
    expect(first.through).toBe('2026-03-16');
    expect(first.days).toBeGreaterThan(90);
    const again = await refreshDashboardFacts(t.services, { advance: true });
    expect(again).toMatchObject({ through: '2026-03-16', days: 0, dirty: 0 });
  });

  it('equals the raw figures over full months, edge days and today, p90 within its bound', async () => {
    const { facts, p90s } = await compare('2025-12-10', '2026-03-17');
    expect(facts.tickets).toBeGreaterThan(2000);
    expect(p90s).toBeGreaterThan(20);
    const [months] = (
      await t.services.db.execute<{ n: number }>(
        sql`select count(*)::int as n from dashboard_queue_facts where grain = 'month' and period_start in ('2026-01-01', '2026-02-01')`,
      )
    ).rows;
    expect(months!.n).toBeGreaterThan(0);
    // The edges' whole ISO weeks (2025-12-15, -22 and 2026-03-02, -09) are read from week rows, which hold
    // the same figures as their seven day rows.
    const [weeks] = (
      await t.services.db.execute<{ n: number; same: boolean }>(
        sql`select count(*)::int as n, bool_and(w.tickets = d.tickets and w.wait_n = d.wait_n
              and w.wait_max is not distinct from d.wait_max and cardinality(w.service_buckets) is not distinct from d.service_n_nz) as same
            from dashboard_queue_facts w
            join (select org_id, service_code, window_id, date_trunc('week', period_start::timestamp)::date as week,
                    sum(tickets)::int as tickets, sum(wait_n)::int as wait_n, max(wait_max) as wait_max,
                    nullif(sum(service_n), 0)::int as service_n_nz
                  from dashboard_queue_facts where grain = 'day' group by 1, 2, 3, 4) d
              on d.org_id = w.org_id and d.service_code = w.service_code and d.window_id is not distinct from w.window_id
                and d.week = w.period_start
            where w.grain = 'week' and w.period_start in ('2025-12-15', '2025-12-22', '2026-03-02', '2026-03-09')`,
      )
    ).rows;
    expect(weeks!.n).toBeGreaterThan(0);
    expect(weeks!.same).toBe(true);
    // The list behind the charts counts its rows from the daily totals (and today's tickets), newest first.
    const list = await listDashboardTickets(
      t.services,
      await leaderOf(rootId),
      { from: '2025-12-10', to: '2026-03-17' },
      {
        page: 1,
        pageSize: 5,
      },
    );
    const [counted] = (
      await t.services.db.execute<{ n: number }>(
        sql`select count(*)::int as n from tickets where business_date between '2025-12-10' and '2026-03-17'`,
      )
    ).rows;
    expect(list.total).toBe(counted!.n);
    expect(list.items.slice(0, 3).map((i) => i.businessDate)).toEqual(Array(3).fill('2026-03-17'));
    // A single closed day and a short period too.
    await compare('2026-03-02', '2026-03-02');
    await compare('2026-02-25', '2026-03-04');
  });

  it('gives the same satisfaction figures from the rating facts as from the ratings', async () => {
    const input = { from: '2025-12-10', to: '2026-03-17' };
    const actor = await leaderOf(rootId);
    const fromFacts = await getSatisfactionFigures(t.services, { actor, input, meta: {} });
    const [state] = (
      await t.services.db.execute<{ through: string }>(
        sql`select through::text as through from dashboard_fact_state`,
      )
    ).rows;
    await t.services.db.execute(sql`update dashboard_fact_state set through = null`);
    const fromRatings = await getSatisfactionFigures(t.services, { actor, input, meta: {} });
    await t.services.db.execute(sql`update dashboard_fact_state set through = ${state!.through}`);
    expect(fromFacts.overall.evaluations).toBeGreaterThan(1000);
    expect(fromFacts).toEqual(fromRatings);
  });

  it('counts a new ticket on a closed day and a late change to an old one (marked, rebuilt on read)', async () => {
    const late = ticketRows({
      orgId: centerId,
      serviceCode: 'mediation',
      windowId,
      sequence: 9000,
      status: 'finished',
      issuedAt: bj('2026-01-14T09:00:00'),
      calledAt: bj('2026-01-14T11:00:00'),
      startedAt: bj('2026-01-14T11:00:00'),
      finishedAt: bj('2026-01-14T11:20:00'),
    });
    await insertActivity(t.services.db, { tickets: [late] });
    const [old] = await t.services.db
      .select({ id: tickets.id })
      .from(tickets)
      .where(
        sql`${tickets.orgId} = ${centerId} and ${tickets.businessDate} = '2026-02-10' and ${tickets.status} = 'finished'`,
      )
      .limit(1);
    await t.services.db
      .update(tickets)
      .set({ status: 'no-show', startedAt: null, finishedAt: null })
      .where(eq(tickets.id, old!.id));
    const [marked] = (
      await t.services.db.execute<{ days: string[] }>(
        sql`select array_agg(business_date::text order by business_date) as days from dashboard_fact_dirty
            where org_id = ${centerId} and business_date < '2026-03-17'`,
      )
    ).rows;
    expect(marked!.days).toEqual(['2026-01-14', '2026-02-10']);
    const { raw } = await compare('2025-12-10', '2026-03-17');
    // Their weeks were rebuilt too: read whole from week rows (2026-01-12 and 2026-02-09 are Mondays).
    await compare('2026-01-12', '2026-01-25');
    const { raw: weekRaw } = await compare('2026-02-09', '2026-02-15');
    expect(weekRaw.overall.tickets).toBeGreaterThan(0);
    const { rows } = await t.services.db.execute(
      sql`select 1 from dashboard_fact_dirty where business_date <= '2026-03-16'`,
    );
    expect(rows).toEqual([]);
    expect(raw.services.get('mediation')!.tickets).toBeGreaterThan(3);
  });

  it('moves the facts across the Beijing day boundary: 23:59 counts on its own day, 00:00 on the next', async () => {
    const issued = (s: string, sequence: number) =>
      ticketRows({
        orgId: centerId,
        serviceCode: 'publicity',
        windowId,
        sequence,
        status: 'finished',
        issuedAt: bj(s),
        calledAt: new Date(bj(s).getTime() + 20_000),
        startedAt: new Date(bj(s).getTime() + 20_000),
        finishedAt: new Date(bj(s).getTime() + 50_000),
      });
    t.services.clock.set(bj('2026-03-17T23:59:00'));
    await insertActivity(t.services.db, { tickets: [issued('2026-03-17T23:59:00', 1)] });
    t.services.clock.set(bj('2026-03-18T00:00:30'));
    await insertActivity(t.services.db, { tickets: [issued('2026-03-18T00:00:10', 1)] });
    // 2026-03-17T16:00:30Z: still the 17th in UTC, already the 18th in Beijing.
    const refreshed = await refreshDashboardFacts(t.services, { advance: true });
    expect(refreshed).toMatchObject({ through: '2026-03-17', days: 1 });
    const [day] = (
      await t.services.db.execute<{ tickets: number }>(
        sql`select tickets from dashboard_day_totals where org_id = ${centerId} and business_date = '2026-03-17'`,
      )
    ).rows;
    expect(day!.tickets).toBe(4);
    const { fromFacts } = await compare('2026-03-01', '2026-03-18');
    expect(fromFacts.daily.slice(-2)).toEqual([
      { date: '2026-03-17', tickets: 4, finished: 4 },
      { date: '2026-03-18', tickets: 1, finished: 1 },
    ]);
    // The use case gives the same reply as before the facts for this small period (exact p90).
    const leader = (await scopeOf('2026-03-01', '2026-03-18')).root;
    const reply = await getQueueFigures(t.services, {
      actor: await leaderOf(leader.id),
      input: { from: '2026-03-01', to: '2026-03-18' },
      meta: {},
    });
    const exact = await rawFigures(t.services, await scopeOf('2026-03-01', '2026-03-18'));
    expect(reply.overall).toEqual(exact.overall);
  });
});
