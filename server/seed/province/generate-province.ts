import { randomUUID } from 'node:crypto';
import { addCalendarDays } from '@core/calendar';
import { sql } from 'drizzle-orm';
import type { Database, Executor } from '../../context';
import { lawyers, organisations, persons, users, windows } from '../../db/schema/index';
import { staffNamePinyin } from '../../search/name-pinyin';
import { syncMatterCounters } from '../activity/activity-rows';
import { WINDOW_SEED } from '../organisations';
import { withoutSecondaryIndexes } from './bulk-load';
import { lecturesSql, mattersSql, type ProvinceShape, shapeTables, ticketsSql } from './province-sql';

/**
 * A province-sized invented history (issue 7's scale target): one province root, `cities` cities of
 * `countiesPerCity` counties, each bureau with a service center (ten windows) and a legal aid agency; 30
 * team lawyers per city (5 with a staff account who take consultations); `years` years of tickets, ratings
 * and legal-aid matters up to yesterday. At scale 1 that is about 2 million matters and 7 million tickets
 * (11.6 matters and 40 tickets per agency/center and working day); `scale` multiplies both. The organisations
 * are written from here; the history's rows are generated inside PostgreSQL (province-sql.ts), a calendar
 * year per statement, with the bulk tables' secondary indexes and foreign keys re-built afterwards
 * (bulk-load.ts), all in one transaction; then VACUUM ANALYZE (visibility map and statistics, as
 * autovacuum would leave a real database).
 */
export interface ProvinceOptions {
  scale: number;
  years: number;
  cities: number;
  countiesPerCity: number;
  today: string;
  seed?: string;
  log?: (line: string) => void;
}

export const PROVINCE_DEFAULTS = { scale: 1, years: 5, cities: 12, countiesPerCity: 10 } as const;

const CITY_NAMES = [
  '青城',
  '鹿城',
  '乌海',
  '赤峰',
  '通辽',
  '鄂尔多斯',
  '呼伦',
  '巴彦',
  '乌兰',
  '兴安',
  '锡林',
  '阿拉善',
  '草原',
  '黄河',
  '阴山',
];
const COUNTY_SUFFIX = [
  '东区',
  '西区',
  '南区',
  '北区',
  '中区',
  '前旗',
  '后旗',
  '左旗',
  '右旗',
  '新县',
  '旧县',
  '山县',
];

export interface ProvinceReport {
  rootId: string;
  orgs: number;
  tickets: number;
  ticketActions: number;
  matters: number;
  evaluations: number;
  lectures: number;
  seconds: number;
}

/** Bulk tables whose secondary indexes and foreign keys are rebuilt after the load. */
const BULK_TABLES = [
  'tickets',
  'ticket_actions',
  'legal_aid_matters',
  'legal_aid_actions',
  'evaluations',
  'rectifications',
  'lectures',
] as const;

/** FNV-1a of the seed: the salt of the row hashes. */
function saltOf(seed: string): number {
  let h = 0x811c9dc5;
  for (const ch of seed) h = Math.imul(h ^ ch.codePointAt(0)!, 0x01000193) >>> 0;
  return (h % 1_000_000) * 1000;
}

/** Writes the province into `db` (migrated, may be empty or not); returns what it wrote. */
export async function generateProvince(db: Database, options: ProvinceOptions): Promise<ProvinceReport> {
  const started = performance.now();
  const log = options.log ?? (() => undefined);
  const to = addCalendarDays(options.today, -1);
  const from = addCalendarDays(options.today, -Math.round(options.years * 365.25));
  const report = await db.transaction(async (tx) => {
    // Session settings for the load only (sorts of the numbering windows, index builds, no commit waits).
    await tx.execute(sql`set local work_mem = '256MB'`);
    await tx.execute(sql`set local maintenance_work_mem = '1GB'`);
    await tx.execute(sql`set local synchronous_commit = off`);
    // The writable CTEs' row estimates are astronomical: JIT would spend seconds compiling each statement.
    await tx.execute(sql`set local jit = off`);
    const { rootId, orgs, shape } = await writeOrganisations(tx, options);
    log(`组织机构 ${orgs} 个，服务中心 ${shape.centers.length} 个，法律援助机构 ${shape.agencies.length} 个`);
    for (const statement of shapeTables(shape, from, to)) await tx.execute(statement);
    const counts = { tickets: 0, ticketActions: 0, matters: 0, evaluations: 0, lectures: 0 };
    await withoutSecondaryIndexes(
      tx,
      BULK_TABLES,
      async () => {
        for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++) {
          const y0 = [`${year}-01-01`, from].sort().at(-1)!;
          const y1 = [`${year}-12-31`, to].sort()[0]!;
          let t0 = performance.now();
          const [t] = (
            await tx.execute<{
              tickets: number;
              actions: number;
              evaluations: number;
              rectifications: number;
            }>(ticketsSql(shape, y0, y1))
          ).rows;
          const ticketSeconds = (performance.now() - t0) / 1000;
          t0 = performance.now();
          const m = await tx.execute(mattersSql(shape, y0, y1, options.today));
          const [matters] = (
            await tx.execute<{ n: number }>(
              sql`select count(*)::int as n from legal_aid_matters where org_id in (select "orgId" from gen_agencies)
                    and applied_at >= ${`${y0}T00:00:00+08:00`}::timestamptz and applied_at < ${`${y1}T00:00:00+08:00`}::timestamptz + interval '1 day'`,
            )
          ).rows;
          const matterSeconds = (performance.now() - t0) / 1000;
          const l = await tx.execute(lecturesSql(shape, y0, y1));
          counts.tickets += t!.tickets;
          counts.ticketActions += t!.actions;
          counts.evaluations += t!.evaluations;
          counts.matters += matters!.n;
          counts.lectures += l.rowCount ?? 0;
          const rows = t!.tickets + t!.actions + t!.evaluations + t!.rectifications;
          log(
            `  ${year}：取号 ${t!.tickets}（含操作记录、评价共 ${rows} 行，${Math.round(rows / ticketSeconds)} 行/秒），法律援助 ${matters!.n}（含操作记录 ${(m.rowCount ?? 0) + matters!.n} 行，${Math.round(((m.rowCount ?? 0) + matters!.n) / matterSeconds)} 行/秒）`,
          );
        }
      },
      (line) => log(`  ${line}`),
    );
    await syncMatterCounters(tx);
    // The dashboard's facts (if any) know nothing of this history: start them afresh (the refresh job or
    // the bench rebuilds them).
    for (const table of [
      'dashboard_queue_facts',
      'dashboard_rating_facts',
      'dashboard_day_totals',
      'dashboard_fact_dirty',
    ])
      await tx.execute(sql.raw(`delete from ${table}`));
    await tx.execute(sql`update dashboard_fact_state set through = null, refreshed_at = null`);
    return { rootId, orgs, ...counts };
  });
  const vacuumed = performance.now();
  for (const table of BULK_TABLES) await db.execute(sql.raw(`vacuum analyze ${table}`));
  log(`  VACUUM ANALYZE：${Math.round((performance.now() - vacuumed) / 100) / 10} 秒`);
  return { ...report, seconds: Math.round((performance.now() - started) / 100) / 10 };
}

/** The root, cities, counties, their centers (ten windows each) and agencies, team lawyers and applicants. */
async function writeOrganisations(
  executor: Executor,
  options: ProvinceOptions,
): Promise<{ rootId: string; orgs: number; shape: ProvinceShape }> {
  const [root] = await executor
    .insert(organisations)
    .values({ kind: 'other', name: `模拟省司法厅-${randomUUID().slice(0, 8)}`, divisionCode: '990000' })
    .returning({ id: organisations.id });
  const rootId = root!.id;
  const shape: ProvinceShape = {
    salt: saltOf(options.seed ?? 'lawhall-province'),
    idPrefix: rootId,
    centers: [],
    centerWindows: [],
    agencies: [],
    bureaus: [],
  };
  let orgCount = 1;
  let licence = 0;
  for (let c = 0; c < options.cities; c++) {
    const cityName = `${CITY_NAMES[c % CITY_NAMES.length]}${c >= CITY_NAMES.length ? c : ''}市`;
    const cityCode = `99${String(c + 1).padStart(2, '0')}00`;
    const bureaus: { name: string; code: string; kind: string; short: string }[] = [
      { name: `${cityName}司法局`, code: cityCode, kind: 'city-bureau', short: cityName.slice(0, 1) },
      ...Array.from({ length: options.countiesPerCity }, (_, k) => ({
        name: `${cityName}${COUNTY_SUFFIX[k % COUNTY_SUFFIX.length]}${k >= COUNTY_SUFFIX.length ? k : ''}司法局`,
        code: `99${String(c + 1).padStart(2, '0')}${String(k + 1).padStart(2, '0')}`,
        kind: 'county-bureau',
        short: `${cityName.slice(0, 1)}${k + 1}`,
      })),
    ];
    let cityId = rootId;
    const cityCenters: ProvinceShape['centers'] = [];
    const cityAgencies: ProvinceShape['agencies'] = [];
    for (const b of bureaus) {
      const [bureau] = await executor
        .insert(organisations)
        .values({
          kind: b.kind,
          name: b.name,
          shortName: b.short,
          divisionCode: b.code,
          parentId: b.kind === 'city-bureau' ? rootId : cityId,
        })
        .returning({ id: organisations.id });
      if (b.kind === 'city-bureau') cityId = bureau!.id;
      const [center, agency] = await executor
        .insert(organisations)
        .values([
          {
            kind: 'service-center',
            name: `${b.name.replace('司法局', '')}公共法律服务中心`,
            parentId: bureau!.id,
            divisionCode: b.code,
          },
          {
            kind: 'legal-aid-agency',
            name: `${b.name.replace('司法局', '')}法律援助中心`,
            shortName: b.short,
            parentId: bureau!.id,
            divisionCode: b.code,
          },
        ])
        .returning({ id: organisations.id });
      orgCount += 3;
      const windowRows = await executor
        .insert(windows)
        .values(WINDOW_SEED.map((w) => ({ ...w, orgId: center!.id })))
        .returning({ id: windows.id, services: windows.services });
      const ci = shape.centers.length + cityCenters.length;
      cityCenters.push({ ci, orgId: center!.id, perDay: 40 * options.scale, consult: [] });
      for (const w of windowRows)
        for (const code of w.services)
          if (!shape.centerWindows.some((x) => x.ci === ci && x.serviceCode === code))
            shape.centerWindows.push({ ci, serviceCode: code, windowId: w.id });
      const personRows = await executor
        .insert(persons)
        .values(Array.from({ length: 20 }, (_, i) => ({ orgId: agency!.id, name: `模拟申请人${i + 1}` })))
        .returning({ id: persons.id });
      cityAgencies.push({
        ai: shape.agencies.length + cityAgencies.length,
        orgId: agency!.id,
        prefix: b.short,
        region: b.code,
        perDay: 11.6 * options.scale,
        persons: personRows.map((p) => p.id),
        lawyers: [],
      });
      shape.bureaus.push({
        bi: shape.bureaus.length,
        orgId: bureau!.id,
        short: b.short,
        perDay: 0.3 * options.scale,
      });
    }
    // The city's team: 30 lawyers on the roster, 5 of them with a staff account who take consultations.
    const staff = await executor
      .insert(users)
      .values(
        Array.from({ length: 5 }, (_, i) => ({
          orgId: cityId,
          username: `sim.${cityCode}.${i}.${randomUUID().slice(0, 6)}`,
          displayName: `模拟律师${c + 1}-${i + 1}`,
          namePinyin: staffNamePinyin(`模拟律师${c + 1}-${i + 1}`),
          passwordHash: '!disabled',
          roles: ['lawyer'],
        })),
      )
      .returning({ id: users.id });
    const consult = staff.map((s) => s.id);
    for (const center of cityCenters) center.consult = consult;
    const team = await executor
      .insert(lawyers)
      .values(
        Array.from({ length: 30 }, (_, i) => ({
          orgId: cityId,
          userId: consult[i] ?? null,
          name: `模拟律师${c + 1}-${i + 1}`,
          // 17 digits; the middle six from the root's id, so that two provinces in one database do not clash.
          licenceNo: `99${String(Number.parseInt(rootId.slice(0, 5), 16)).padStart(6, '0')}${String(++licence).padStart(9, '0')}`,
          firstPracticeYear: 2005,
          teamMember: true,
          teamJoinedOn: '2021-01-01',
        })),
      )
      .returning({ id: lawyers.id });
    for (const a of cityAgencies) a.lawyers = team.map((l) => l.id);
    shape.centers.push(...cityCenters);
    shape.agencies.push(...cityAgencies);
  }
  return { rootId, orgs: orgCount, shape };
}
