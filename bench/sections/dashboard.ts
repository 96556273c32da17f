import { addCalendarDays, businessDateOf } from '@core/calendar';
import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import type { Database, RequestMeta, Services, StaffActor } from '../../server/context';
import { migrateDatabase } from '../../server/db/client';
import * as schema from '../../server/db/schema/index';
import { generateProvince } from '../../server/seed/province/generate-province';
import { loadScopeOrgIds } from '../../server/use-cases/access/org-scope';
import { listDashboardTickets } from '../../server/use-cases/dashboard/dashboard-lists';
import type { DashboardQuery } from '../../server/use-cases/dashboard/dashboard-scope';
import { getLawyerTeamFigures } from '../../server/use-cases/dashboard/lawyer-team-figures';
import { getLegalAidFigures } from '../../server/use-cases/dashboard/legal-aid-figures';
import { getQueueFigures } from '../../server/use-cases/dashboard/queue-figures';
import { refreshDashboardFacts } from '../../server/use-cases/dashboard/refresh-dashboard-facts';
import { getSatisfactionFigures } from '../../server/use-cases/dashboard/satisfaction-figures';
import { getLectureTotals } from '../../server/use-cases/publicity/lecture-totals';
import { formatMs, type Measurement } from '../lib/measure';
import type { BenchSection } from '../lib/section';

/** The target: every dashboard view under this p95 on the province history. */
const TARGET_P95_MS = 300;
/** Runs per query and plan; the first two warm the caches and are not counted. */
const RUNS = Number(process.env.BENCH_DASHBOARD_RUNS ?? 12);
/** The province's size: 1 = the issue's ~2M matters (hours); the default fits a shared test machine. */
const SCALE = Number(process.env.BENCH_DASHBOARD_SCALE ?? 0.01);
const YEARS = Number(process.env.BENCH_DASHBOARD_YEARS ?? 5);
/**
 * A province generated beforehand (`npm run generate:province`, e.g. at scale 1, which takes ~30 min):
 * measured there (migrated, its facts rebuilt) instead of generating one into the scratch database.
 */
const PROVINCE_URL = process.env.BENCH_DASHBOARD_DATABASE_URL;
/** A plain-scan run longer than this is cut off and shown as "> N s". */
const SCAN_TIMEOUT_MS = Number(process.env.BENCH_DASHBOARD_SCAN_TIMEOUT_MS ?? 20_000);

type Query = (services: Services, actor: StaffActor, input: DashboardQuery) => Promise<unknown>;
const call =
  (
    f: (s: Services, c: { actor: StaffActor; input: DashboardQuery; meta: RequestMeta }) => Promise<unknown>,
  ): Query =>
  (services, actor, input) =>
    f(services, { actor, input, meta: {} });

const QUERIES: [string, Query][] = [
  ['visits and times (queue)', call(getQueueFigures)],
  ['legal aid', call(getLegalAidFigures)],
  ['satisfaction', call(getSatisfactionFigures)],
  ['lawyer team', call(getLawyerTeamFigures)],
  ['lectures', call(getLectureTotals)],
  [
    'ticket list, page 1',
    (services, actor, input) => listDashboardTickets(services, actor, input, { page: 1, pageSize: 20 }),
  ],
];

const ms = (value: number) => (Number.isFinite(value) ? formatMs(value) : `> ${SCAN_TIMEOUT_MS / 1000} s`);

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;

/**
 * The same use case on connections with index, index-only and bitmap scans off and the dashboard facts
 * off (`lawhall.dashboard_facts`): PostgreSQL must scan the raw tables (a pool of its own, so the use
 * case's parallel queries keep their own connections). Statements longer than SCAN_TIMEOUT_MS are cut.
 */
function plainScanServices(services: Services): { services: Services; close(): Promise<void> } {
  const base = (services.db as unknown as { $client: pg.Pool }).$client;
  const pool = new pg.Pool({
    ...base.options,
    max: 4,
    options: `-c enable_indexscan=off -c enable_bitmapscan=off -c enable_indexonlyscan=off -c lawhall.dashboard_facts=off -c statement_timeout=${SCAN_TIMEOUT_MS}`,
  });
  // As server/db/client.ts: a connection lost when the scratch database is dropped is no crash.
  pool.on('error', () => undefined);
  pool.on('connect', (client) => client.on('error', () => undefined));
  return {
    services: { ...services, db: drizzle(pool, { schema }) as unknown as Database },
    close: () => pool.end(),
  };
}

async function time(runs: number, f: () => Promise<unknown>, warmup = 2) {
  const times: number[] = [];
  for (let i = 0; i < runs + warmup; i++) {
    const started = performance.now();
    try {
      await f();
    } catch (error) {
      // A plain scan cut off by its statement timeout: shown as "> timeout".
      const code =
        (error as { code?: string; cause?: { code?: string } }).cause?.code ??
        (error as { code?: string }).code;
      if (code === '57014')
        return {
          p50: Number.POSITIVE_INFINITY,
          p95: Number.POSITIVE_INFINITY,
          mean: Number.POSITIVE_INFINITY,
        };
      throw error;
    }
    if (i >= warmup) times.push(performance.now() - started);
  }
  const sorted = times.sort((a, b) => a - b);
  return {
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    mean: times.reduce((a, b) => a + b, 0) / times.length,
  };
}

/**
 * The leadership dashboard on a generated province (server/seed/province, BENCH_DASHBOARD_SCALE, default
 * 0.01 of the issue's ~2M matters): each dashboard query for the province, one city and one county, over
 * the last month and the last year, p50/p95 of RUNS sequential calls of the use case, beside the same
 * query with index scans off (a plain scan of the raw tables) in the same run.
 */
export const dashboardSection: BenchSection = {
  name: 'dashboard',
  title: 'Dashboard queries on a generated province (use case, one at a time; req/s = 1 client)',
  async run({ lawhall, say }) {
    let services = lawhall.services;
    const today = businessDateOf(services.now());
    let rootId: string;
    let ownPool: pg.Pool | undefined;
    if (PROVINCE_URL) {
      ownPool = new pg.Pool({ connectionString: PROVINCE_URL, max: 8 });
      ownPool.on('error', () => undefined);
      await migrateDatabase(ownPool);
      services = { ...services, db: drizzle(ownPool, { schema }) as unknown as Database };
      const [root] = (
        await services.db.execute<{ id: string }>(
          sql`select id from organisations where name like '模拟省司法厅-%' order by created_at desc limit 1`,
        )
      ).rows;
      rootId = root!.id;
      const [n] = (
        await services.db.execute<{ tickets: number; matters: number; ratings: number }>(sql`
          select (select count(*) from tickets)::int as tickets, (select count(*) from legal_aid_matters)::int as matters,
            (select count(*) from evaluations)::int as ratings`)
      ).rows;
      say(
        `  the province at BENCH_DASHBOARD_DATABASE_URL: ${n!.tickets} tickets, ${n!.matters} legal-aid matters, ${n!.ratings} ratings`,
      );
    } else {
      say(`  generating the province (scale ${SCALE}, ${YEARS} years)…`);
      const report = await generateProvince(services.db, {
        scale: SCALE,
        years: YEARS,
        cities: 12,
        countiesPerCity: 10,
        today,
        log: (line) => say(`    ${line}`),
      });
      rootId = report.rootId;
      say(
        `  ${report.tickets} tickets (${report.ticketActions} actions), ${report.matters} legal-aid matters, ${report.evaluations} ratings, ${report.lectures} lectures in ${report.seconds} s (${Math.round((report.tickets + report.ticketActions + report.matters + report.evaluations) / report.seconds)} rows/s without the matters' actions)`,
      );
    }
    // A generated province's facts start empty: built here (the first refresh aggregates every closed day).
    const refresh = await refreshDashboardFacts(services, { advance: true });
    say(
      `  dashboard facts: ${refresh.days} closed days aggregated in ${refresh.seconds} s, of which the legal-aid facts (${refresh.aid.days} application days) ${refresh.aid.seconds} s`,
    );
    const again = await refreshDashboardFacts(services, { advance: true });
    say(`  a refresh with nothing new: ${Math.round(again.seconds * 1000)} ms`);
    // What autovacuum does on a live server some minutes after the facts are built: the visibility map lets the
    // covering indexes be read index-only (without it every row is fetched from the heap), and fresh statistics.
    const vacuumStarted = performance.now();
    await services.db.execute(
      sql`vacuum (analyze) dashboard_queue_facts, dashboard_rating_facts, dashboard_day_totals, dashboard_aid_facts`,
    );
    say(
      `  vacuum (analyze) of the facts tables: ${((performance.now() - vacuumStarted) / 1000).toFixed(1)} s`,
    );
    const [city] = (
      await services.db.execute<{ id: string }>(
        sql`select id from organisations where parent_id = ${rootId} order by name limit 1`,
      )
    ).rows;
    const [county] = (
      await services.db.execute<{ id: string }>(
        sql`select id from organisations where parent_id = ${city!.id} and kind = 'county-bureau' order by name limit 1`,
      )
    ).rows;
    const actorAt = async (orgId: string): Promise<StaffActor> => ({
      userId: '00000000-0000-0000-0000-000000000000',
      orgId,
      roles: ['bureau-leader'],
      scopeOrgIds: await loadScopeOrgIds(services.db, orgId),
      displayName: 'bench',
      username: 'bench',
    });
    const scopes = [
      ['province', await actorAt(rootId)],
      ['city', await actorAt(city!.id)],
      ['county', await actorAt(county!.id)],
    ] as const;
    const periods = [
      ['month', { from: addCalendarDays(today, -30), to: addCalendarDays(today, -1) }],
      ['year', { from: addCalendarDays(today, -365), to: addCalendarDays(today, -1) }],
    ] as const;
    const rows: Measurement[] = [];
    const plain = plainScanServices(services);
    let worst = 0;
    say('');
    say(
      '  query                                   scope     period      p50 (index)  p95 (index)   p50 (scan)   p95 (scan)',
    );
    // BENCH_DASHBOARD_QUERIES=legal,lawyer: only the queries whose name contains one of these.
    const only = process.env.BENCH_DASHBOARD_QUERIES?.split(',').map((x) => x.trim());
    for (const [name, query] of QUERIES.filter(([n]) => !only || only.some((x) => n.includes(x)))) {
      for (const [scopeName, actor] of scopes) {
        for (const [periodName, period] of periods) {
          const fast = await time(RUNS, () => query(services, actor, period));
          const scan = await time(
            Math.max(3, Math.floor(RUNS / 3)),
            () => query(plain.services, actor, period),
            1,
          );
          worst = Math.max(worst, fast.p95);
          say(
            `  ${name.padEnd(40)}${scopeName.padEnd(10)}${periodName.padEnd(8)}${formatMs(fast.p50).padStart(12)} ${formatMs(fast.p95).padStart(12)} ${ms(scan.p50).padStart(12)} ${ms(scan.p95).padStart(12)}`,
          );
          if (scopeName === 'province' && periodName === 'year') {
            for (const [label, t] of [
              [`${name}, province/year`, fast],
              [`${name}, province/year, plain scan`, scan],
            ] as const)
              rows.push({
                label,
                requestsPerSecond: 1000 / t.mean,
                ok: RUNS,
                total: RUNS,
                p50: t.p50,
                p99: t.p95,
                non2xx: 0,
                errors: 0,
                timeouts: 0,
                statusCodes: {},
              });
          }
        }
      }
    }
    await plain.close();
    await ownPool?.end();
    say(
      `  target p95 < ${TARGET_P95_MS} ms for every view: ${worst < TARGET_P95_MS ? 'met' : 'NOT met'} (worst ${formatMs(worst)})`,
    );
    say('  (the table below shows p95 in the p99 column for these rows)');
    return rows;
  },
};
