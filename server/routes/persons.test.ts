import { residentIdCheckChar } from '@core/identity';
import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, persons } from '../db/schema/index';
import { backfillNamePinyin } from '../search/backfill-name-pinyin';
import { buildTestApp, type TestApp, type TestClient } from '../test/app';

let t: TestApp;
let clerk: TestClient;
let receptionist: TestClient;
let countyClerk: TestClient;
let admin: TestClient;

/** A valid 18-character resident ID number from its first 17 digits. */
const idFor = (body: string) => body + residentIdCheckChar(body);
const NOW = new Date('2026-06-15T10:00:00+08:00');

const personCount = async () => (await t.services.db.select({ n: count() }).from(persons))[0]!.n;
const viewAudits = (personId: string) =>
  t.services.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, 'person.view-id-number'), eq(auditLog.entityId, personId)));

async function create(client: TestClient, body: Record<string, unknown>) {
  const r = await client.post('/api/persons', body);
  expect(r.statusCode, r.body).toBe(201);
  return r.json().item as { id: string; name: string };
}

beforeAll(async () => {
  t = await buildTestApp();
  t.services.clock.set(NOW);
  clerk = await t.login({ roles: ['window-clerk'] });
  receptionist = await t.login({ roles: ['receptionist'] });
  countyClerk = await t.login({ roles: ['window-clerk'], orgName: '东河区司法局' });
  admin = await t.login({ roles: ['admin'], orgName: '包头市司法局' });
});
afterAll(async () => {
  await t?.close();
});

describe('registering persons', () => {
  it('stores the ID number and phone encrypted, derives birth date and sex, returns masked values, audits', async () => {
    const idNumber = idFor('15020319850312004');
    const r = await clerk.post('/api/persons', {
      name: '𠮷振华',
      idNumber,
      phone: '+86 139-0472-1234',
      address: '昆都仑区钢铁大街 1 号',
    });
    expect(r.statusCode, r.body).toBe(201);
    const item = r.json().item;
    expect(item).toMatchObject({
      name: '𠮷振华',
      namePinyinInitials: 'jzh', // 𠮷 reads jí (server/search/name-pinyin.ts NAME_READINGS)
      idNumberMasked: `1502**********${idNumber.slice(-4)}`,
      birthDate: '1985-03-12',
      sex: 'female',
      phoneMasked: '139****1234',
      orgId: await t.orgId('包头市司法局'),
    });
    expect(r.body).not.toContain(idNumber);
    expect(r.body).not.toContain('13904721234');
    const [row] = await t.services.db.select().from(persons).where(eq(persons.id, item.id));
    expect(row!.idNumberEnc).not.toContain(idNumber);
    expect(t.services.cipher.decrypt(row!.idNumberEnc!)).toBe(idNumber);
    expect(row!.idNumberHash).toBe(t.services.cipher.lookupHash(idNumber));
    expect(row!.idNumberTail).toBe(idNumber.slice(-4));
    expect(row!.phoneTail).toBe('1234');
    expect(t.services.cipher.decrypt(row!.phoneEnc!)).toBe('13904721234');
    const [audit] = await t.services.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'person.create'), eq(auditLog.entityId, item.id)));
    expect(audit!.actorId).toBe(clerk.userId);
    expect(JSON.stringify(audit!.after)).not.toContain(idNumber);
  });

  it('keeps characters outside the BMP and middle-dot names intact through the round trip', async () => {
    const rare = await create(clerk, { name: '𠮷𡒄' });
    const dotted = await create(clerk, { name: '阿依古丽 ・ 买买提' });
    const fetched = (await clerk.get(`/api/persons/${rare.id}`)).json();
    expect(fetched.name).toBe('𠮷𡒄');
    expect([...fetched.name]).toHaveLength(2);
    expect((await clerk.get(`/api/persons/${dotted.id}`)).json().name).toBe('阿依古丽·买买提');
    const found = (await clerk.get(`/api/persons?q=${encodeURIComponent('𡒄')}`)).json();
    expect(found.items.map((p: { id: string }) => p.id)).toEqual([rare.id]);
  });

  it('upgrades a 15-digit number and says so', async () => {
    const old = '150202880101021';
    const r = await clerk.post('/api/persons', { name: '老号码', idNumber: old });
    expect(r.statusCode, r.body).toBe(201);
    expect(r.json().warnings).toContain('15位旧号码已升级为18位');
    expect(r.json().item).toMatchObject({ birthDate: '1988-01-01', sex: 'male' });
    expect(r.json().item.idNumberMasked).toHaveLength(18);
  });

  it.each([
    [
      idFor('15020319850312003').slice(0, 17) + (idFor('15020319850312003').endsWith('0') ? '1' : '0'),
      '校验码错误',
    ],
    ['15020320300101001X', '出生日期无效'],
    ['1502031985031200', '应为18位'],
    ['15020319850312003A', '只能由数字组成'],
  ])(
    'refuses the ID number %s with a field-level Chinese error and saves nothing',
    async (idNumber, message) => {
      const before = await personCount();
      const r = await clerk.post('/api/persons', { name: '张三', idNumber });
      expect(r.statusCode).toBe(400);
      expect(r.json()).toMatchObject({ code: 'PERSON.INVALID_ID_NUMBER', field: 'idNumber' });
      expect(r.json().message).toContain(message);
      expect(await personCount()).toBe(before);
    },
  );

  it('refuses a bad phone or an empty name with a field error', async () => {
    const phone = await clerk.post('/api/persons', { name: '张三', phone: '12348' });
    expect(phone.json()).toMatchObject({ code: 'PERSON.INVALID_PHONE', field: 'phone' });
    const name = await clerk.post('/api/persons', { name: ' \u200b ' });
    expect(name.json()).toMatchObject({ code: 'PERSON.INVALID_NAME', field: 'name' });
  });

  it('refuses the same ID number twice in one bureau', async () => {
    const idNumber = idFor('15020719700101002');
    const first = await create(clerk, { name: '重复甲', idNumber });
    const r = await clerk.post('/api/persons', { name: '重复乙', idNumber: idNumber.toLowerCase() });
    expect(r.statusCode).toBe(409);
    expect(r.json()).toMatchObject({ code: 'PERSON.DUPLICATE_ID_NUMBER', details: { personId: first.id } });
  });

  it('needs person.read (an admin has none) and an in-scope organisation', async () => {
    expect((await admin.post('/api/persons', { name: '张三' })).statusCode).toBe(403);
    expect((await admin.get('/api/persons')).statusCode).toBe(403);
    const r = await countyClerk.post('/api/persons', { name: '张三', orgId: await t.orgId('包头市司法局') });
    expect(r.statusCode).toBe(403);
  });
});

describe('searching persons', () => {
  const idNumber = idFor('15020419920704002');
  let target: { id: string };
  let percent: { id: string };
  let plain: { id: string };
  let county: { id: string };

  beforeAll(async () => {
    target = await create(clerk, { name: '乌云其木格', idNumber, phone: '15847201122' });
    percent = await create(clerk, { name: '百分%之百' });
    plain = await create(clerk, { name: '百分比' });
    county = await create(countyClerk, { name: '东河居民', idNumber: idFor('15020219800101001') });
  });

  const ids = async (client: TestClient, q: string) => {
    const r = await client.get(`/api/persons?pageSize=100&q=${encodeURIComponent(q)}`);
    expect(r.statusCode, r.body).toBe(200);
    expect(r.body).not.toContain(idNumber);
    return (r.json().items as { id: string }[]).map((p) => p.id);
  };

  it('by name substring and pinyin initials', async () => {
    expect(await ids(clerk, '其木')).toEqual([target.id]);
    expect(await ids(clerk, 'WYQ')).toContain(target.id);
  });

  it('by the last four of the ID number or the phone', async () => {
    expect(await ids(clerk, idNumber.slice(-4))).toContain(target.id);
    expect(await ids(clerk, '1122')).toContain(target.id);
  });

  it('by the exact ID number or phone (lookup hash), also through POST /api/persons/search', async () => {
    expect(await ids(clerk, idNumber)).toEqual([target.id]);
    expect(await ids(clerk, '158 4720 1122')).toEqual([target.id]);
    const r = await clerk.post('/api/persons/search', { q: idNumber });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toMatchObject({
      total: 1,
      items: [{ id: target.id, idNumberMasked: `1502**********${idNumber.slice(-4)}` }],
    });
    expect(r.body).not.toContain(idNumber);
  });

  it('treats % literally', async () => {
    expect(await ids(clerk, '%')).toEqual([percent.id]);
    expect(await ids(clerk, '百分')).toEqual(expect.arrayContaining([percent.id, plain.id]));
  });

  it('only within scope: a county sees its own, the city sees both', async () => {
    expect(await ids(countyClerk, '乌云')).toEqual([]);
    expect(await ids(countyClerk, '东河')).toEqual([county.id]);
    expect(await ids(clerk, '东河')).toEqual([county.id]);
    expect((await countyClerk.get(`/api/persons/${target.id}`)).statusCode).toBe(403);
  });
});

describe('searching persons by pinyin: full, initials or mixed, from any syllable', () => {
  const names = async (q: string) => {
    const r = await clerk.post('/api/persons/search', { q });
    expect(r.statusCode, r.body).toBe(200);
    return (r.json().items as { name: string }[]).map((p) => p.name);
  };

  beforeAll(async () => {
    for (const name of ['李四', '刘某', '张三', '张三丰', '单田芳']) await create(clerk, { name });
  });

  it('finds by the full pinyin of the surname or of the whole name, spaced or not, any case', async () => {
    expect(await names('liu')).toEqual(['刘某']);
    for (const q of ['lisi', 'li si', 'LiSi', 'LI SI']) expect(await names(q), q).toEqual(['李四']);
    expect((await names('zhangsan')).sort()).toEqual(['张三', '张三丰']);
    expect(await names('zhangsanfeng')).toEqual(['张三丰']);
  });

  it('finds by initials and by mixtures; 单 reads shàn as a surname', async () => {
    for (const q of ['ls', 'lis', 'lsi']) expect(await names(q), q).toEqual(['李四']);
    for (const q of ['zhangs', 'zs', 'zhs']) expect((await names(q)).sort(), q).toEqual(['张三', '张三丰']);
    expect(await names('zhangsf')).toEqual(['张三丰']);
    expect(await names('shantianfang')).toEqual(['单田芳']);
    expect(await names('stf')).toEqual(['单田芳']);
  });

  it('finds by the given name alone, from any syllable: full, initials or mixed', async () => {
    expect(await names('si')).toEqual(['李四']);
    for (const q of ['sanfeng', 'sf', 'sanf', 'San Feng']) expect(await names(q), q).toEqual(['张三丰']);
    for (const q of ['tianfang', 'tf']) expect(await names(q), q).toEqual(['单田芳']);
    expect(await names('mou')).toEqual(['刘某']);
  });

  it('does not skip a syllable, match inside one, nor a reading the name does not have', async () => {
    expect(await names('zhangfeng')).toEqual([]);
    expect(await names('anfeng')).toEqual([]);
    expect(await names('dantianfang')).toEqual([]);
    expect(await names('lisis')).toEqual([]);
  });

  it('fills the full pinyin of rows written before it was stored (after the migrations), once', async () => {
    const orgId = await t.orgId('包头市司法局');
    await t.services.db.insert(persons).values({ orgId, name: '王小五', namePinyinInitials: 'wxw' });
    expect(await names('wangxiaowu')).toEqual([]);
    expect(await backfillNamePinyin(t.services.db)).toBe(1);
    expect(await names('wangxiaowu')).toEqual(['王小五']);
    expect(await names('wangxw')).toEqual(['王小五']);
    expect(await backfillNamePinyin(t.services.db)).toBe(0);
  });
});

describe('viewing the full ID number', () => {
  const idNumber = idFor('15020519661231002');
  let person: { id: string };
  beforeAll(async () => {
    person = await create(clerk, { name: '查看号码', idNumber });
  });

  it('returns the full number and writes who, when, from where and why to the audit log', async () => {
    const r = await clerk.request({
      method: 'GET',
      url: `/api/persons/${person.id}/id-number?purpose=${encodeURIComponent('法律援助申请核对身份')}`,
      headers: { 'user-agent': 'vitest-agent' },
    });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toEqual({ id: person.id, idNumber });
    expect(r.headers['cache-control']).toBe('no-store');
    const [audit] = await viewAudits(person.id);
    expect(audit).toMatchObject({
      actorId: clerk.userId,
      entityType: 'person',
      reason: '法律援助申请核对身份',
      userAgent: 'vitest-agent',
      orgId: await t.orgId('包头市司法局'),
    });
    expect(audit!.ip).toBeTruthy();
    expect(audit!.at).toBeInstanceOf(Date);
    expect(JSON.stringify(audit)).not.toContain(idNumber);
  });

  it('requires a purpose; refuses roles without the permission and out-of-scope staff; none of these is logged as a view', async () => {
    const before = (await viewAudits(person.id)).length;
    const noPurpose = await clerk.get(`/api/persons/${person.id}/id-number`);
    expect(noPurpose.statusCode).toBe(400);
    expect(noPurpose.json().field).toBe('purpose');
    expect(
      (await receptionist.get(`/api/persons/${person.id}/id-number?purpose=${encodeURIComponent('核对')}`))
        .statusCode,
    ).toBe(403);
    expect(
      (await countyClerk.get(`/api/persons/${person.id}/id-number?purpose=${encodeURIComponent('核对')}`))
        .statusCode,
    ).toBe(403);
    expect((await viewAudits(person.id)).length).toBe(before);
  });

  it('answers 404 for a person without an ID number', async () => {
    const nameOnly = await create(clerk, { name: '无证件' });
    const r = await clerk.get(`/api/persons/${nameOnly.id}/id-number?purpose=${encodeURIComponent('核对')}`);
    expect(r.statusCode).toBe(404);
    expect(r.json().code).toBe('PERSON.NO_ID_NUMBER');
  });
});
