import { randomUUID } from 'node:crypto';
import { addCalendarDays } from '@core/calendar';
import { sql } from 'drizzle-orm';
import type { Executor } from '../../context';
import { lawyers, organisations, persons, users, windows } from '../../db/schema/index';
import { insertActivity, syncMatterCounters } from '../activity/activity-rows';
import { generateHistory } from '../activity/history';
import { WINDOW_SEED } from '../organisations';

/**
 * A province-sized invented history (issue 7's scale target): one province root, `cities` cities of
 * `countiesPerCity` counties, each bureau with a service center (ten windows) and a legal aid agency; 30
 * team lawyers per city (5 with a staff account who take consultations); `years` years of tickets, ratings
 * and legal-aid matters up to yesterday. At scale 1 that is about 2 million matters and 7 million tickets
 * (11.6 matters and 40 tickets per agency/center and working day); `scale` multiplies both.
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
  matters: number;
  evaluations: number;
  seconds: number;
}

/** Writes the province into `executor`'s database (migrated, may be empty or not); returns what it wrote. */
export async function generateProvince(
  executor: Executor,
  options: ProvinceOptions,
): Promise<ProvinceReport> {
  const started = performance.now();
  const log = options.log ?? (() => undefined);
  const [root] = await executor
    .insert(organisations)
    .values({ kind: 'other', name: `模拟省司法厅-${randomUUID().slice(0, 8)}`, divisionCode: '990000' })
    .returning({ id: organisations.id });
  const rootId = root!.id;
  const centers: { orgId: string; windows: { id: string; services: string[] }[]; ticketsPerDay: number }[] =
    [];
  const agencies: {
    orgId: string;
    prefix: string;
    regionCode: string;
    mattersPerDay: number;
    personIds: string[];
  }[] = [];
  const lawyerIds: string[] = [];
  const consultationUserIds: string[] = [];
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
      centers.push({ orgId: center!.id, windows: windowRows, ticketsPerDay: 40 * options.scale });
      const personRows = await executor
        .insert(persons)
        .values(Array.from({ length: 20 }, (_, i) => ({ orgId: agency!.id, name: `模拟申请人${i + 1}` })))
        .returning({ id: persons.id });
      agencies.push({
        orgId: agency!.id,
        prefix: b.short,
        regionCode: b.code,
        mattersPerDay: 11.6 * options.scale,
        personIds: personRows.map((p) => p.id),
      });
    }
    const staff = await executor
      .insert(users)
      .values(
        Array.from({ length: 5 }, (_, i) => ({
          orgId: cityId,
          username: `sim.${cityCode}.${i}.${randomUUID().slice(0, 6)}`,
          displayName: `模拟律师${c + 1}-${i + 1}`,
          passwordHash: '!disabled',
          roles: ['lawyer'],
        })),
      )
      .returning({ id: users.id });
    consultationUserIds.push(...staff.map((s) => s.id));
    const team = await executor
      .insert(lawyers)
      .values(
        Array.from({ length: 30 }, (_, i) => ({
          orgId: cityId,
          userId: staff[i]?.id ?? null,
          name: `模拟律师${c + 1}-${i + 1}`,
          licenceNo: `99${String(++licence).padStart(15, '0')}`,
          firstPracticeYear: 2005,
          teamMember: true,
          teamJoinedOn: '2021-01-01',
        })),
      )
      .returning({ id: lawyers.id });
    lawyerIds.push(...team.map((l) => l.id));
  }
  log(`组织机构 ${orgCount} 个，服务中心 ${centers.length} 个，法律援助机构 ${agencies.length} 个`);
  const to = addCalendarDays(options.today, -1);
  const from = addCalendarDays(options.today, -Math.round(options.years * 365.25));
  let tickets = 0;
  let matters = 0;
  let evaluations = 0;
  let lastLog = performance.now();
  for (const day of generateHistory({
    from,
    to,
    today: options.today,
    seed: options.seed ?? 'lawhall-province',
    centers,
    agencies,
    lawyerIds,
    consultationUserIds,
  })) {
    await insertActivity(executor, day);
    tickets += day.tickets.length;
    matters += day.matters.length;
    evaluations += day.evaluations.length;
    if (performance.now() - lastLog > 5000) {
      lastLog = performance.now();
      log(`  ${day.date}：取号 ${tickets}，法律援助 ${matters}，评价 ${evaluations}`);
    }
  }
  await syncMatterCounters(executor);
  await executor.execute(sql`analyze`);
  return {
    rootId,
    orgs: orgCount,
    tickets,
    matters,
    evaluations,
    seconds: Math.round((performance.now() - started) / 100) / 10,
  };
}
