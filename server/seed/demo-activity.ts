import { addCalendarDays, businessDateOf } from '@core/calendar';
import { seededRandom } from '@core/random';
import { and, asc, eq } from 'drizzle-orm';
import type { Executor } from '../context';
import { lawyers, lecturers, lectures, organisations, persons, users, windows } from '../db/schema/index';
import type { PersonalDataCipher } from '../security/personal-data';
import { insertActivity, syncMatterCounters } from './activity/activity-rows';
import { generateHistory } from './activity/history';
import { seedDemoToday } from './demo-today';

/** How many days of invented hall history the demo carries (ending today). */
export const DEMO_HISTORY_DAYS = 90;
/** The center's Civil Code lectures of the past year (the seed's figure). */
export const DEMO_CIVIL_CODE_LECTURES = 77;
/** The working days before today whose legal-aid applications are still open (受理 … 承办中). */
export const DEMO_OPEN_DAYS = 10;

const LECTURERS: [string, string][] = [
  ['白玉兰', '包头市中级人民法院 法官'],
  ['乌日娜', '包头市人民检察院 检察官'],
  ['张建军', '内蒙古北疆明正律师事务所 律师'],
  ['刘海燕', '包头市司法局 普法与依法治理科'],
  ['巴特尔', '内蒙古鹿城信达律师事务所 律师'],
  ['陈晓红', '包头医学院 法学教师'],
  ['王志刚', '包头市公共法律服务中心 法律顾问'],
  ['萨仁高娃', '达尔罕茂明安联合旗司法局 普法干部'],
];
const VENUES: Record<string, string[]> = {
  government: ['包头市市场监督管理局', '东河区人民政府', '昆都仑区税务局', '青山区应急管理局'],
  enterprise: ['包钢集团轨梁厂', '北方重工机加车间', '鹿城物流园区', '稀土高新区企业服务中心'],
  community: ['东河区和平路社区', '昆都仑区阿尔丁街社区', '青山区富强路社区', '九原区赛汗街道'],
  school: ['包头市第一中学', '东河区东站小学', '青山区青年路小学', '包头职业技术学院'],
  pastoral: ['达茂旗满都拉镇嘎查', '固阳县金山镇', '土右旗沟门镇', '白云鄂博矿区牧业社区'],
};
const TITLES = [
  '民法典与百姓生活',
  '民法典婚姻家庭编解读',
  '民法典合同编与诚信经营',
  '民法典物权编与邻里关系',
];

/**
 * The demo's history for the dashboard (issue 7): DEMO_HISTORY_DAYS days (up to yesterday) of tickets, ratings and
 * rectifications at the city's hall, legal-aid matters at the city's and the counties' agencies (assigned
 * to the 公共法律服务律师团; settled, but those of the last DEMO_OPEN_DAYS working days still open, some with the
 * demo lawyer 周志远), today's applications on a working day (demo-today.ts), and the 普法讲师团 with the
 * past year's 77 Civil Code lectures and a few plans. All invented. Returns counts for the progress report
 * (`matters` includes `todayMatters`).
 */
export async function seedDemoActivity(
  executor: Executor,
  options: { now: Date; orgIds: Map<string, string>; cipher?: PersonalDataCipher },
): Promise<{ tickets: number; matters: number; todayMatters: number; lectures: number }> {
  const today = businessDateOf(options.now);
  const cityId = options.orgIds.get('city')!;
  const centerId = options.orgIds.get('center')!;
  const agencyRows = await executor
    .select({
      id: organisations.id,
      shortName: organisations.shortName,
      divisionCode: organisations.divisionCode,
    })
    .from(organisations)
    .where(eq(organisations.kind, 'legal-aid-agency'))
    .orderBy(asc(organisations.divisionCode), asc(organisations.name));
  // The demo's invented persons (demo-reference.ts) are the applicants of the history too.
  const personIds = (
    await executor.select({ id: persons.id }).from(persons).orderBy(asc(persons.name), asc(persons.birthDate))
  ).map((p) => p.id);
  const team = await executor
    .select({ id: lawyers.id, name: lawyers.name, userId: lawyers.userId })
    .from(lawyers)
    .where(and(eq(lawyers.orgId, cityId), eq(lawyers.teamMember, true)))
    .orderBy(asc(lawyers.licenceNo));
  // Some team lawyers take more cases than others (0.5–1.5 times the average), none most of them.
  const weights = seededRandom('lawhall-demo-lawyer-weights');
  const teamLawyers = team.map((l) => ({
    id: l.id,
    name: l.name,
    userId: l.userId,
    weight: 0.5 + weights(),
  }));
  // The demo `lawyer` account's team lawyer (周志远) gets a share of the open cases: 我的案件 is not empty.
  const [demoLawyer] = await executor
    .select({ id: users.id })
    .from(users)
    .where(eq(users.username, 'lawyer'));
  const featured = team.find((l) => demoLawyer && l.userId === demoLawyer.id);
  // The rota at the consultation window: the team lawyers with an account (demo-reference.ts DUTY_LAWYERS).
  const dutyUserIds = team.flatMap((l) => (l.userId ? [l.userId] : []));
  const centerWindows = await executor
    .select({ id: windows.id, services: windows.services })
    .from(windows)
    .where(eq(windows.orgId, centerId))
    .orderBy(asc(windows.number));
  let tickets = 0;
  let matters = 0;
  for (const day of generateHistory({
    from: addCalendarDays(today, -DEMO_HISTORY_DAYS),
    to: addCalendarDays(today, -1),
    today,
    seed: 'lawhall-demo-history',
    // The hall's legal-aid window registers applications for the city's 法律援助中心.
    centers: [
      {
        orgId: centerId,
        windows: centerWindows,
        ticketsPerDay: 50,
        legalAidAgencyOrgId: options.orgIds.get('aid-center'),
      },
    ],
    agencies: agencyRows.map((a) => ({
      orgId: a.id,
      prefix: a.shortName ?? '包',
      regionCode: a.divisionCode ?? '150200',
      // The city's agency also gets about 2.5 a day from the hall's legal-aid window (TICKET_TO_MATTER_SHARE).
      mattersPerDay: a.divisionCode === '150200' ? 1.5 : 0.6,
      personIds,
    })),
    lawyers: teamLawyers,
    consultationUserIds: dutyUserIds,
    settleAll: true,
    openDays: DEMO_OPEN_DAYS,
    ...(featured ? { featuredLawyerId: featured.id } : {}),
    ...(options.cipher ? { encryptIncome: (plain: string) => options.cipher!.encrypt(plain) } : {}),
  })) {
    tickets += day.tickets.length;
    matters += day.matters.length;
    await insertActivity(executor, day);
  }
  // Today's applications at the city's agency (demo-today.ts: a five-same-day one, one awaiting the director…).
  const aidCenter = agencyRows.find((a) => a.id === options.orgIds.get('aid-center'));
  const todayLawyer = featured ?? teamLawyers[0];
  const todayMatters = aidCenter
    ? await seedDemoToday(executor, {
        now: options.now,
        orgId: aidCenter.id,
        prefix: aidCenter.shortName ?? '包',
        regionCode: aidCenter.divisionCode ?? '150200',
        personIds,
        ...(todayLawyer ? { lawyer: todayLawyer } : {}),
        ...(options.cipher ? { encryptIncome: (plain: string) => options.cipher!.encrypt(plain) } : {}),
      })
    : 0;
  await syncMatterCounters(executor);

  const random = seededRandom('lawhall-demo-lectures');
  const lecturerRows = await executor
    .insert(lecturers)
    .values(
      LECTURERS.map(([name, affiliation]) => ({ orgId: cityId, name, affiliation, topics: ['civil-code'] })),
    )
    .returning({ id: lecturers.id });
  const types = Object.keys(VENUES);
  const lectureRows = Array.from({ length: DEMO_CIVIL_CODE_LECTURES }, (_, i) => {
    const venueType = types[i % types.length]!;
    const heldOn = addCalendarDays(today, -Math.floor(((i + 1) * 360) / DEMO_CIVIL_CODE_LECTURES));
    return {
      orgId: cityId,
      status: 'held',
      plannedOn: heldOn,
      heldOn,
      lectureOn: heldOn,
      venueType,
      venue: VENUES[venueType]![i % 4]!,
      topic: 'civil-code',
      title: TITLES[i % TITLES.length]!,
      audienceSize: 30 + Math.floor(random() * 170),
      lecturerIds: [lecturerRows[i % lecturerRows.length]!.id],
    };
  });
  const plans = [7, 14, 21].map((days, i) => {
    const venueType = types[(i + 2) % types.length]!;
    const plannedOn = addCalendarDays(today, days);
    return {
      orgId: cityId,
      status: 'planned',
      plannedOn,
      lectureOn: plannedOn,
      venueType,
      venue: VENUES[venueType]![i]!,
      topic: 'civil-code',
      title: TITLES[i]!,
      lecturerIds: [lecturerRows[i]!.id],
    };
  });
  await executor.insert(lectures).values([...lectureRows, ...plans]);
  return {
    tickets,
    matters: matters + todayMatters,
    todayMatters,
    lectures: lectureRows.length + plans.length,
  };
}
