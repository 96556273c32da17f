import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, lawyerSanctions, lawyers } from '../db/schema/index';
import { buildTestApp, type TestApp, type TestClient } from '../test/app';

let t: TestApp;
let cityAdmin: TestClient;
let countyAdmin: TestClient;
let receptionist: TestClient;
let director: TestClient;
let firmId: string;
let otherFirmId: string;

/** Business date of the fixed clock: 2026-06-15 (Beijing). */
const NOW = new Date('2026-06-15T10:00:00+08:00');
let serial = 0;
const licence = () => `11502${String(2000 + (serial % 20))}1${String(++serial).padStart(7, '0')}`;

async function create(client: TestClient, body: Record<string, unknown> = {}) {
  const r = await client.post('/api/lawyers', {
    name: '周志远',
    licenceNo: licence(),
    firstPracticeYear: 2008,
    firmId,
    specialties: ['婚姻家事'],
    areas: ['150203'],
    ...body,
  });
  expect(r.statusCode, r.body).toBe(201);
  return r.json().item as {
    id: string;
    version: number;
    teamMember: boolean;
    orgId: string;
    licenceNo: string;
  };
}

const audits = (entityId: string, action?: string) =>
  t.services.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityId, entityId), action ? eq(auditLog.action, action) : undefined));

const lawyerCount = async () => (await t.services.db.select({ n: count() }).from(lawyers))[0]!.n;

beforeAll(async () => {
  t = await buildTestApp();
  t.services.clock.set(NOW);
  cityAdmin = await t.login({ roles: ['admin'], orgName: '包头市司法局' });
  countyAdmin = await t.login({ roles: ['admin'], orgName: '东河区司法局' });
  receptionist = await t.login({ roles: ['receptionist'] });
  director = await t.login({ roles: ['legal-aid-director'], orgName: '包头市法律援助中心' });
  firmId = await t.orgId('内蒙古北疆明正律师事务所');
  otherFirmId = await t.orgId('内蒙古鹿城信达律师事务所');
});
afterAll(async () => {
  await t?.close();
});

describe('create and update lawyers', () => {
  it('creates a lawyer on the actor’s bureau roster, phone encrypted and masked, audited', async () => {
    const r = await cityAdmin.post('/api/lawyers', {
      name: ' 阿依古丽 • 买买提 ',
      licenceNo: '11502200810012345',
      firstPracticeYear: 2008,
      firmId,
      sex: 'female',
      specialties: ['劳动争议'],
      areas: ['150202', '150203'],
      phone: '138 1234 5678',
    });
    expect(r.statusCode, r.body).toBe(201);
    const item = r.json().item;
    expect(item).toMatchObject({
      name: '阿依古丽·买买提',
      namePinyinInitials: 'ayglmmt',
      orgId: await t.orgId('包头市司法局'),
      firmName: '内蒙古北疆明正律师事务所',
      phoneMasked: '138****5678',
      teamMember: false,
      sanctionCount: 0,
      version: 1,
    });
    expect(r.body).not.toContain('13812345678');
    const [row] = await t.services.db.select().from(lawyers).where(eq(lawyers.id, item.id));
    expect(row!.phoneEnc).not.toContain('1381234');
    expect(t.services.cipher.decrypt(row!.phoneEnc!)).toBe('13812345678');
    const [audit] = await audits(item.id, 'lawyer.create');
    expect(audit).toMatchObject({ actorId: cityAdmin.userId, entityType: 'lawyer' });
    expect(JSON.stringify(audit!.after)).not.toContain('13812345678');
  });

  it.each([
    [{ licenceNo: '1150220081001234' }, 'licenceNo', 'COMMON.INVALID_INPUT'],
    [{ licenceNo: '1150220081001234X' }, 'licenceNo', 'COMMON.INVALID_INPUT'],
    [{ firstPracticeYear: 2027 }, 'firstPracticeYear', 'LAWYER.PRACTICE_YEAR_IN_FUTURE'],
    [{ firstPracticeYear: 1970 }, 'firstPracticeYear', 'COMMON.INVALID_INPUT'],
    [{ phone: '12345' }, 'phone', 'LAWYER.INVALID_PHONE'],
    [{ name: '   ' }, 'name', 'LAWYER.INVALID_NAME'],
    [{ areas: ['1502'] }, 'areas.0', 'COMMON.INVALID_INPUT'],
    [{ firmId: '00000000-0000-4000-8000-000000000000' }, 'firmId', 'LAWYER.INVALID_FIRM'],
  ])('refuses %j with a field error and writes nothing', async (patch, field, code) => {
    const before = await lawyerCount();
    const r = await cityAdmin.post('/api/lawyers', {
      name: '钱多多',
      licenceNo: licence(),
      firstPracticeYear: 2010,
      ...patch,
    });
    expect(r.statusCode, r.body).toBe(400);
    expect(r.json()).toMatchObject({ code, field });
    expect(r.json().message).toMatch(/[\u4e00-\u9fff]/);
    expect(await lawyerCount()).toBe(before);
  });

  it('refuses a firm that is not a law firm', async () => {
    const r = await cityAdmin.post('/api/lawyers', {
      name: '钱多多',
      licenceNo: licence(),
      firstPracticeYear: 2010,
      firmId: await t.orgId('包头市鹿城公证处'),
    });
    expect(r.statusCode).toBe(400);
    expect(r.json()).toMatchObject({ code: 'LAWYER.INVALID_FIRM', field: 'firmId' });
  });

  it('refuses a duplicate licence number (409)', async () => {
    const first = await create(cityAdmin);
    const r = await cityAdmin.post('/api/lawyers', {
      name: '李四',
      licenceNo: first.licenceNo,
      firstPracticeYear: 2012,
    });
    expect(r.statusCode).toBe(409);
    expect(r.json()).toMatchObject({ code: 'LAWYER.DUPLICATE_LICENCE', field: 'licenceNo' });
  });

  it('updates with the version, bumps it, audits before/after, and refuses a stale version', async () => {
    const lawyer = await create(cityAdmin);
    const r = await cityAdmin.patch(`/api/lawyers/${lawyer.id}`, {
      version: 1,
      name: '曾小贤',
      firmId: otherFirmId,
      specialties: ['合同纠纷', '交通事故'],
      phone: '0472-1234567',
    });
    expect(r.statusCode, r.body).toBe(200);
    // The new name's pinyin is stored with it (曾 as a surname reads zēng).
    const found = (await cityAdmin.get('/api/lawyers?q=zengxiaoxian')).json().items as { id: string }[];
    expect(found.map((i) => i.id)).toEqual([lawyer.id]);
    expect(r.json().item).toMatchObject({
      version: 2,
      firmName: '内蒙古鹿城信达律师事务所',
      specialties: ['合同纠纷', '交通事故'],
      phoneMasked: '0472***4567',
    });
    const [audit] = await audits(lawyer.id, 'lawyer.update');
    expect(audit!.before).toMatchObject({ version: 1, firmId });
    expect(audit!.after).toMatchObject({ version: 2, firmId: otherFirmId });

    const stale = await cityAdmin.patch(`/api/lawyers/${lawyer.id}`, { version: 1, name: '王五' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('COMMON.STALE_VERSION');
    expect((await audits(lawyer.id, 'lawyer.update')).length).toBe(1);
  });

  it('changes nothing and writes nothing for an identical update', async () => {
    const lawyer = await create(cityAdmin);
    const r = await cityAdmin.patch(`/api/lawyers/${lawyer.id}`, {
      version: 1,
      name: '周志远',
      specialties: ['婚姻家事'],
    });
    expect(r.statusCode).toBe(200);
    expect(r.json().item.version).toBe(1);
    expect(await audits(lawyer.id, 'lawyer.update')).toHaveLength(0);
  });
});

describe('scope and permissions', () => {
  it('a county admin registers lawyers on its own roster and cannot touch the city’s', async () => {
    const own = await create(countyAdmin, { name: '包海军' });
    expect(own.orgId).toBe(await t.orgId('东河区司法局'));
    const city = await create(cityAdmin, { name: '城区律师' });
    const r = await countyAdmin.patch(`/api/lawyers/${city.id}`, { version: 1, name: '改名' });
    expect(r.statusCode).toBe(403);
    expect((await countyAdmin.post(`/api/lawyers/${city.id}/team`, { version: 1 })).statusCode).toBe(403);
    expect((await countyAdmin.get(`/api/lawyers/${city.id}`)).statusCode).toBe(403);
    const cityRoster = await countyAdmin.post('/api/lawyers', {
      orgId: await t.orgId('包头市司法局'),
      name: '越权',
      licenceNo: licence(),
      firstPracticeYear: 2010,
    });
    expect(cityRoster.statusCode).toBe(403);

    const list = (await countyAdmin.get('/api/lawyers?pageSize=200')).json();
    expect(list.items.map((l: { id: string }) => l.id)).toContain(own.id);
    expect(list.items.map((l: { id: string }) => l.id)).not.toContain(city.id);
    // The city sees the county's roster too.
    const cityList = (await cityAdmin.get('/api/lawyers?pageSize=200')).json();
    expect(cityList.items.map((l: { id: string }) => l.id)).toContain(own.id);
  });

  it('a receptionist may read the roster but not change it; sanctions need lawyer.sanction', async () => {
    const lawyer = await create(cityAdmin);
    expect((await receptionist.get('/api/lawyers')).statusCode).toBe(200);
    expect(
      (await receptionist.post('/api/lawyers', { name: '某', licenceNo: licence(), firstPracticeYear: 2010 }))
        .statusCode,
    ).toBe(403);
    expect(
      (await receptionist.patch(`/api/lawyers/${lawyer.id}`, { version: 1, name: '某' })).statusCode,
    ).toBe(403);
    const sanction = {
      kind: 'industry-sanction',
      decidedOn: '2025-01-01',
      authority: '包头市律师协会',
      description: '通报批评',
    };
    expect((await receptionist.post(`/api/lawyers/${lawyer.id}/sanctions`, sanction)).statusCode).toBe(403);
    expect((await director.post(`/api/lawyers/${lawyer.id}/sanctions`, sanction)).statusCode).toBe(201);
  });

  it('answers 401 without a session', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/lawyers' })).statusCode).toBe(401);
  });
});

describe('the 公共法律服务律师团', () => {
  it('admits a lawyer with ≥ 10 years and no sanctions, audited', async () => {
    const lawyer = await create(cityAdmin, { firstPracticeYear: 2016 });
    const r = await cityAdmin.post(`/api/lawyers/${lawyer.id}/team`, { version: 1 });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json().item).toMatchObject({ teamMember: true, teamJoinedOn: '2026-06-15', version: 2 });
    const [audit] = await audits(lawyer.id, 'lawyer.team-join');
    expect(audit!.after).toMatchObject({ teamMember: true, practiceYears: 10 });
    const again = await cityAdmin.post(`/api/lawyers/${lawyer.id}/team`, { version: 2 });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('LAWYER.ALREADY_IN_TEAM');
  });

  it('refuses a lawyer with 9 years, with the rule’s reasons, and changes nothing', async () => {
    const lawyer = await create(cityAdmin, { firstPracticeYear: 2017 });
    const r = await cityAdmin.post(`/api/lawyers/${lawyer.id}/team`, { version: 1 });
    expect(r.statusCode).toBe(409);
    expect(r.json()).toMatchObject({
      code: 'LAWYER.TEAM_INELIGIBLE',
      details: {
        reasons: [
          { code: 'INSUFFICIENT_PRACTICE_YEARS', message: '执业年限不足10年（2017年起执业，至2026年为9年）' },
        ],
      },
    });
    expect(r.json().message).toContain('执业年限不足10年');
    const [row] = await t.services.db.select().from(lawyers).where(eq(lawyers.id, lawyer.id));
    expect(row).toMatchObject({ teamMember: false, version: 1 });
    expect(await audits(lawyer.id, 'lawyer.team-join')).toHaveLength(0);
  });

  it('refuses a stale version on joining', async () => {
    const lawyer = await create(cityAdmin);
    const r = await cityAdmin.post(`/api/lawyers/${lawyer.id}/team`, { version: 7 });
    expect(r.statusCode).toBe(409);
    expect(r.json().code).toBe('COMMON.STALE_VERSION');
  });

  it('lets a member leave with a reason (required), audited', async () => {
    const lawyer = await create(cityAdmin);
    await cityAdmin.post(`/api/lawyers/${lawyer.id}/team`, { version: 1 });
    const noReason = await cityAdmin.delete(`/api/lawyers/${lawyer.id}/team`, { version: 2 });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().field).toBe('reason');
    const r = await cityAdmin.delete(`/api/lawyers/${lawyer.id}/team`, {
      version: 2,
      reason: '本人申请退出',
    });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json().item).toMatchObject({ teamMember: false, teamRemovedReason: '本人申请退出', version: 3 });
    const [audit] = await audits(lawyer.id, 'lawyer.team-leave');
    expect(audit!.reason).toBe('本人申请退出');
    const notMember = await cityAdmin.delete(`/api/lawyers/${lawyer.id}/team`, {
      version: 3,
      reason: '再次退出',
    });
    expect(notMember.json().code).toBe('LAWYER.NOT_IN_TEAM');
  });

  it('a sanction removes a team member in the same transaction, with an audit entry naming the reason', async () => {
    const lawyer = await create(cityAdmin, { firstPracticeYear: 2001 });
    await cityAdmin.post(`/api/lawyers/${lawyer.id}/team`, { version: 1 });
    const r = await director.post(`/api/lawyers/${lawyer.id}/sanctions`, {
      kind: 'administrative-penalty',
      decidedOn: '2026-05-20',
      authority: '包头市司法局',
      description: '违反执业规范，警告',
    });
    expect(r.statusCode, r.body).toBe(201);
    const body = r.json();
    expect(body.removedFromTeam).toBe(true);
    expect(body.reasons).toEqual([
      { code: 'ADMINISTRATIVE_PENALTY', message: '有行政处罚记录1条（最近一次：2026-05-20）' },
    ]);
    expect(body.item).toMatchObject({ teamMember: false, sanctionCount: 1, version: 3 });
    expect(body.item.teamRemovedReason).toContain('行政处罚');

    const recorded = await audits(lawyer.id, 'lawyer.sanction-record');
    expect(recorded).toHaveLength(1);
    expect(recorded[0]!.actorId).toBe(director.userId);
    const [removal] = await audits(lawyer.id, 'lawyer.team-remove');
    expect(removal!.reason).toContain('有行政处罚记录1条');

    // And cannot re-join.
    const rejoin = await cityAdmin.post(`/api/lawyers/${lawyer.id}/team`, { version: 3 });
    expect(rejoin.statusCode).toBe(409);
    expect(rejoin.json().details.reasons[0].code).toBe('ADMINISTRATIVE_PENALTY');

    const detail = (await cityAdmin.get(`/api/lawyers/${lawyer.id}`)).json();
    expect(detail.sanctions).toHaveLength(1);
    expect(detail.teamEligibility).toMatchObject({ eligible: false, practiceYears: 25 });
  });

  it('a sanction on a non-member is recorded without a removal', async () => {
    const lawyer = await create(cityAdmin);
    const r = await cityAdmin.post(`/api/lawyers/${lawyer.id}/sanctions`, {
      kind: 'industry-sanction',
      decidedOn: '2024-03-01',
      authority: '包头市律师协会',
      description: '训诫',
    });
    expect(r.json()).toMatchObject({ removedFromTeam: false, item: { version: 1, sanctionCount: 1 } });
    expect(await audits(lawyer.id, 'lawyer.team-remove')).toHaveLength(0);
  });

  it('refuses a sanction decided in the future and writes nothing', async () => {
    const lawyer = await create(cityAdmin);
    const r = await cityAdmin.post(`/api/lawyers/${lawyer.id}/sanctions`, {
      kind: 'industry-sanction',
      decidedOn: '2026-06-16',
      authority: '包头市律师协会',
      description: '训诫',
    });
    expect(r.statusCode).toBe(400);
    expect(r.json()).toMatchObject({ code: 'LAWYER.SANCTION_DATE_IN_FUTURE', field: 'decidedOn' });
    const bad = await cityAdmin.post(`/api/lawyers/${lawyer.id}/sanctions`, {
      kind: 'warning',
      decidedOn: '2026-01-01',
      authority: 'xx',
      description: 'yy',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().field).toBe('kind');
    const rows = await t.services.db
      .select()
      .from(lawyerSanctions)
      .where(eq(lawyerSanctions.lawyerId, lawyer.id));
    expect(rows).toHaveLength(0);
  });

  it('correcting the first practice year of a member re-checks the rule', async () => {
    const lawyer = await create(cityAdmin, { firstPracticeYear: 2010 });
    await cityAdmin.post(`/api/lawyers/${lawyer.id}/team`, { version: 1 });
    const r = await cityAdmin.patch(`/api/lawyers/${lawyer.id}`, {
      version: 2,
      firstPracticeYear: 2019,
      reason: '更正执业年份',
    });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toMatchObject({ removedFromTeam: true, item: { teamMember: false, version: 4 } });
    const [removal] = await audits(lawyer.id, 'lawyer.team-remove');
    expect(removal!.reason).toContain('执业年限不足10年');
  });

  it('deactivating a member takes them off the team', async () => {
    const lawyer = await create(cityAdmin);
    await cityAdmin.post(`/api/lawyers/${lawyer.id}/team`, { version: 1 });
    const r = await cityAdmin.patch(`/api/lawyers/${lawyer.id}`, { version: 2, active: false });
    expect(r.json()).toMatchObject({ removedFromTeam: true, item: { teamMember: false, active: false } });
    expect(await audits(lawyer.id, 'lawyer.team-remove')).toHaveLength(1);
    const join = await cityAdmin.post(`/api/lawyers/${lawyer.id}/team`, { version: 3 });
    expect(join.json().code).toBe('LAWYER.INACTIVE');
  });
});

describe('listing and searching', () => {
  let percent: { id: string };
  let underscore: { id: string };
  let plain: { id: string };
  let member: { id: string };

  beforeAll(async () => {
    percent = await create(cityAdmin, { name: '百分%律师', specialties: ['行政诉讼'], firmId: otherFirmId });
    underscore = await create(cityAdmin, { name: '下划_线', specialties: ['行政诉讼'] });
    plain = await create(cityAdmin, { name: '百分比律师', specialties: ['刑事辩护'] });
    member = await create(cityAdmin, {
      name: '单田芳',
      firstPracticeYear: 1999,
      licenceNo: '11502199910099999',
    });
    await cityAdmin.post(`/api/lawyers/${member.id}/team`, { version: 1 });
  });

  const ids = async (query: string) => {
    const r = await cityAdmin.get(`/api/lawyers?pageSize=200&${query}`);
    expect(r.statusCode, r.body).toBe(200);
    return (r.json().items as { id: string }[]).map((i) => i.id);
  };

  it('treats % and _ typed by the user literally', async () => {
    expect(await ids(`q=${encodeURIComponent('%')}`)).toEqual([percent.id]);
    expect(await ids(`q=${encodeURIComponent('_')}`)).toEqual([underscore.id]);
    expect(await ids(`q=${encodeURIComponent('百分')}`)).toEqual(
      expect.arrayContaining([percent.id, plain.id]),
    );
  });

  it('finds by pinyin (initials, full or mixed, from any syllable; surname reading) and by licence number', async () => {
    for (const q of ['stf', 'STF', 'shantianfang', 'Shan%20Tian%20Fang', 'shantf', 'tianfang', 'tf', 'tianf'])
      expect(await ids(`q=${q}`), q).toContain(member.id);
    for (const q of ['dantianfang', 'shanfang', 'ianfang'])
      expect(await ids(`q=${q}`), q).not.toContain(member.id);
    expect(await ids('q=199910099999')).toEqual([member.id]);
  });

  it('filters by team, firm and specialty', async () => {
    const team = await ids('team=true');
    expect(team).toContain(member.id);
    expect(team).not.toContain(plain.id);
    expect(await ids('team=false')).not.toContain(member.id);
    expect(await ids(`firmId=${otherFirmId}&specialty=${encodeURIComponent('行政诉讼')}`)).toEqual([
      percent.id,
    ]);
    expect(await ids(`specialty=${encodeURIComponent('刑事辩护')}`)).toEqual([plain.id]);
  });

  it('pages in a stable order without duplicates or gaps, masked phones only', async () => {
    const all = await ids('');
    const seen: string[] = [];
    for (let page = 1; page <= Math.ceil(all.length / 3); page++) {
      const r = (await cityAdmin.get(`/api/lawyers?pageSize=3&page=${page}`)).json();
      expect(r.total).toBe(all.length);
      seen.push(...r.items.map((i: { id: string }) => i.id));
      for (const item of r.items) expect(item).not.toHaveProperty('phoneEnc');
    }
    expect(seen).toEqual(all);
  });

  it('orders by full pinyin syllable by syllable (surname readings), not by initials', async () => {
    // By initials 林安 (la) would come before 李云 (ly) and 张三 (zs) before 曾小贤 (zxx); by letters without the
    // syllables' spaces 'linan' before 'liyun'. By pinyin: li yun, lin an, zeng xiao xian, zhang san.
    const zhang = await create(cityAdmin, { name: '张三' });
    const zeng = await create(cityAdmin, { name: '曾小贤' });
    const lin = await create(cityAdmin, { name: '林安' });
    const li = await create(cityAdmin, { name: '李云' });
    const ours = [zhang.id, zeng.id, lin.id, li.id];
    expect((await ids('')).filter((id) => ours.includes(id))).toEqual([li.id, lin.id, zeng.id, zhang.id]);
  });

  it('refuses a bad filter with a field error', async () => {
    const r = await cityAdmin.get('/api/lawyers?team=yes');
    expect(r.statusCode).toBe(400);
    expect(r.json().field).toBe('team');
  });
});
