/**
 * The lawyer roster over HTTP: creating and updating lawyers (field errors, duplicate licences, versions,
 * audits) and who may read and change which roster.
 */
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lawyers } from '../db/schema/index';
import type { TestClient } from '../test/app';
import { buildLawyersTestApp, type LawyersTestApp, lawyerCalls } from './lawyers-test-kit';

let t: LawyersTestApp;
let cityAdmin: TestClient;
let countyAdmin: TestClient;
let receptionist: TestClient;
let director: TestClient;
let firmId: string;
let otherFirmId: string;
const { licence, create, audits } = lawyerCalls(() => t);

const lawyerCount = async () => (await t.services.db.select({ n: count() }).from(lawyers))[0]!.n;

beforeAll(async () => {
  t = await buildLawyersTestApp();
  ({ cityAdmin, countyAdmin, receptionist, director, firmId, otherFirmId } = t);
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
