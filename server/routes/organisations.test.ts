import { usccCheckChar } from '@core/identity';
import { and, count, eq } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, organisations } from '../db/schema/index';
import { buildTestApp, type TestApp, type TestClient } from '../test/app';

let t: TestApp;
let admin: TestClient;
let countyAdmin: TestClient;
let cityId: string;
let countyId: string;

const rowCount = async (table: PgTable) => (await t.services.db.select({ n: count() }).from(table))[0]!.n;
const audits = (action: string, entityId: string) =>
  t.services.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, action), eq(auditLog.entityId, entityId)));
const validUscc = (body17: string) => body17 + usccCheckChar(body17);

beforeAll(async () => {
  t = await buildTestApp();
  admin = await t.login({ roles: ['admin'], orgName: '包头市司法局' });
  countyAdmin = await t.login({ roles: ['admin'], orgName: '东河区司法局' });
  cityId = await t.orgId('包头市司法局');
  countyId = await t.orgId('东河区司法局');
});
afterAll(async () => {
  await t?.close();
});

describe('GET /api/organisations', () => {
  it('lists the city tree depth first, every child right after its parent', async () => {
    const clerk = await t.login({ roles: ['window-clerk'] });
    const r = await clerk.get('/api/organisations');
    expect(r.statusCode).toBe(200);
    const { items, total } = r.json() as {
      items: { id: string; parentId: string | null; name: string; depth: number; version: number }[];
      total: number;
    };
    expect(total).toBe(items.length);
    expect(items[0]).toMatchObject({ name: '包头市司法局', depth: 0, parentId: null, version: 1 });
    const index = new Map(items.map((item, i) => [item.id, i]));
    for (const item of items.slice(1)) {
      expect(index.get(item.parentId!)).toBeLessThan(index.get(item.id)!);
      expect(item.depth).toBeGreaterThan(0);
    }
    const county = items.findIndex((item) => item.name === '东河区司法局');
    expect(items[county + 1]).toMatchObject({ name: '东河区法律援助中心', depth: 2 });
  });

  it('shows a county only its own subtree, and filters by kind', async () => {
    const leader = await t.login({ roles: ['bureau-leader'], orgName: '东河区司法局' });
    const r = await leader.get('/api/organisations');
    expect(r.json().items.map((item: { name: string; depth: number }) => [item.name, item.depth])).toEqual([
      ['东河区司法局', 0],
      ['东河区法律援助中心', 1],
    ]);
    const firms = await admin.get('/api/organisations?kind=law-firm');
    expect(firms.json().items).toHaveLength(3);
    expect(firms.json().items.every((item: { kind: string }) => item.kind === 'law-firm')).toBe(true);
  });

  it('refuses anonymous requests', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/organisations' })).statusCode).toBe(401);
  });
});

describe('POST /api/organisations', () => {
  it('creates a law firm with a checked USCC and audits it', async () => {
    const uscc = validUscc('31150000MA0Q12345');
    const r = await admin.post('/api/organisations', {
      parentId: cityId,
      kind: 'law-firm',
      name: '内蒙古青城明德律师事务所',
      divisionCode: '150200',
      uscc: uscc.toLowerCase(),
      address: '包头市昆都仑区钢铁大街 1 号',
      phone: '0472-5123456',
    });
    expect(r.statusCode).toBe(201);
    const { item, warnings } = r.json();
    expect(item).toMatchObject({
      kind: 'law-firm',
      uscc,
      parentId: cityId,
      active: true,
      version: 1,
      shortName: null,
    });
    expect(warnings).toEqual([]);
    const [entry] = await audits('org.create', item.id);
    expect(entry).toMatchObject({ orgId: item.id, before: null, after: item });
  });

  it('rejects bad input field by field in Chinese and writes nothing', async () => {
    const before = [await rowCount(organisations), await rowCount(auditLog)];
    const cases: [Record<string, unknown>, string, string][] = [
      [{ divisionCode: '15020' }, 'divisionCode', '行政区划代码应为 6 位数字'],
      [{ kind: 'court' }, 'kind', '请选择有效的机构类型'],
      [{ name: '' }, 'name', '机构名称至少 2 个字'],
      [{ phone: 'call me' }, 'phone', '电话号码格式不正确'],
      [{ parentId: 'nope' }, 'parentId', '请选择上级机构'],
    ];
    for (const [patch, field, message] of cases) {
      const r = await admin.post('/api/organisations', {
        parentId: cityId,
        kind: 'law-firm',
        name: '某律师事务所',
        ...patch,
      });
      expect(r.statusCode, field).toBe(400);
      expect(r.json()).toMatchObject({ code: 'COMMON.INVALID_INPUT', field });
      expect(r.json().message).toContain(message);
    }
    const badCheck =
      validUscc('31150000MA0Q12345').slice(0, 17) +
      (validUscc('31150000MA0Q12345').endsWith('0') ? '1' : '0');
    const uscc = await admin.post('/api/organisations', {
      parentId: cityId,
      kind: 'law-firm',
      name: '某律师事务所',
      uscc: badCheck,
    });
    expect(uscc.statusCode).toBe(400);
    expect(uscc.json()).toMatchObject({
      code: 'ORG.INVALID_USCC',
      field: 'uscc',
      message: '校验码错误，请核对代码',
    });
    const root = await admin.post('/api/organisations', {
      parentId: cityId,
      kind: 'city-bureau',
      name: '第二个市司法局',
    });
    expect(root.json()).toMatchObject({ code: 'ORG.KIND_NOT_ALLOWED', field: 'kind' });
    const nested = await admin.post('/api/organisations', {
      parentId: countyId,
      kind: 'county-bureau',
      name: '某司法所',
    });
    expect(nested.json()).toMatchObject({ code: 'ORG.KIND_NOT_ALLOWED', field: 'kind' });
    expect([await rowCount(organisations), await rowCount(auditLog)]).toEqual(before);
  });

  it('refuses a duplicate name under one parent with 409', async () => {
    const r = await admin.post('/api/organisations', {
      parentId: cityId,
      kind: 'law-firm',
      name: '内蒙古北疆明正律师事务所',
    });
    expect(r.statusCode).toBe(409);
    expect(r.json()).toMatchObject({ code: 'ORG.NAME_TAKEN', field: 'name' });
    expect(r.json().message).toContain('内蒙古北疆明正律师事务所');
  });

  it('lets a county admin create only inside the county', async () => {
    const before = await rowCount(organisations);
    const outside = await countyAdmin.post('/api/organisations', {
      parentId: cityId,
      kind: 'law-firm',
      name: '越权律师事务所',
    });
    expect(outside.statusCode).toBe(403);
    expect(outside.json()).toMatchObject({ code: 'ORG.OUT_OF_SCOPE', field: 'parentId' });
    expect(await rowCount(organisations)).toBe(before);
    const inside = await countyAdmin.post('/api/organisations', {
      parentId: countyId,
      kind: 'mediation-committee',
      name: '东河区河东街道人民调解委员会',
      divisionCode: '150202',
    });
    expect(inside.statusCode).toBe(201);
  });

  it('gives a new organisation its parent’s division code when none is entered, but not a county bureau', async () => {
    const countyCode = (await admin.get('/api/organisations'))
      .json()
      .items.find((o: { id: string }) => o.id === countyId).divisionCode as string;
    expect(countyCode).toMatch(/^\d{6}$/);
    const center = await admin.post('/api/organisations', {
      parentId: countyId,
      kind: 'service-center',
      name: '沿用区划测试公共法律服务中心',
      divisionCode: '',
    });
    expect(center.statusCode, center.body).toBe(201);
    expect(center.json().item.divisionCode).toBe(countyCode);
    expect(center.json().warnings.join()).toContain(`已沿用上级机构`);
    const own = await admin.post('/api/organisations', {
      parentId: countyId,
      kind: 'law-firm',
      name: '自有区划测试律师事务所',
      divisionCode: '150203',
    });
    expect(own.json().item.divisionCode).toBe('150203');
    expect(own.json().warnings).toEqual([]);
    const bureau = await admin.post('/api/organisations', {
      parentId: cityId,
      kind: 'county-bureau',
      name: '沿用区划测试旗司法局',
    });
    expect(bureau.statusCode, bureau.body).toBe(201);
    expect(bureau.json().item.divisionCode).toBeNull();
  });

  it('refuses roles without org.manage', async () => {
    const leader = await t.login({ roles: ['bureau-leader'] });
    const r = await leader.post('/api/organisations', { parentId: cityId, kind: 'other', name: '某机构' });
    expect(r.statusCode).toBe(403);
    expect(r.json().code).toBe('AUTH.FORBIDDEN');
  });
});

describe('PATCH /api/organisations/:id', () => {
  const create = async (name: string, parentId = cityId) => {
    const r = await admin.post('/api/organisations', { parentId, kind: 'notary-office', name });
    expect(r.statusCode).toBe(201);
    return r.json().item as { id: string; version: number };
  };

  it('updates, bumps the version and audits before and after with the reason', async () => {
    const org = await create('包头市青山公证处');
    const r = await admin.patch(`/api/organisations/${org.id}`, {
      version: 1,
      name: '包头市青山区公证处',
      phone: '0472-3111111',
      reason: '更名',
    });
    expect(r.statusCode).toBe(200);
    expect(r.json().item).toMatchObject({ name: '包头市青山区公证处', phone: '0472-3111111', version: 2 });
    const [entry] = await audits('org.update', org.id);
    expect(entry).toMatchObject({
      reason: '更名',
      before: { name: '包头市青山公证处', phone: null, version: 1 },
      after: { name: '包头市青山区公证处', phone: '0472-3111111', version: 2 },
    });
    const cleared = await admin.patch(`/api/organisations/${org.id}`, { version: 2, phone: '' });
    expect(cleared.json().item).toMatchObject({ phone: null, version: 3 });
  });

  it('answers a stale version with 409 and writes nothing', async () => {
    const org = await create('包头市九原公证处');
    expect(
      (await admin.patch(`/api/organisations/${org.id}`, { version: 1, address: '一' })).statusCode,
    ).toBe(200);
    const auditsBefore = await rowCount(auditLog);
    const stale = await admin.patch(`/api/organisations/${org.id}`, { version: 1, address: '二' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({
      code: 'COMMON.STALE_VERSION',
      message: '机构已被他人修改，请刷新后重试',
    });
    expect(await rowCount(auditLog)).toBe(auditsBefore);
    const [row] = await t.services.db.select().from(organisations).where(eq(organisations.id, org.id));
    expect(row).toMatchObject({ address: '一', version: 2 });
  });

  it('keeps the tree sound: no cycles, no bureau kind changes, parent in scope', async () => {
    const aid = await t.orgId('东河区法律援助中心');
    const cycle = await admin.patch(`/api/organisations/${countyId}`, { version: 1, parentId: aid });
    expect(cycle.json()).toMatchObject({ code: 'ORG.PARENT_CYCLE', field: 'parentId' });
    const kind = await admin.patch(`/api/organisations/${countyId}`, { version: 1, kind: 'other' });
    expect(kind.json()).toMatchObject({ code: 'ORG.KIND_LOCKED', field: 'kind' });
    const root = await admin.patch(`/api/organisations/${cityId}`, { version: 1, parentId: countyId });
    expect(root.json()).toMatchObject({ code: 'ORG.PARENT_LOCKED' });
    const self = await countyAdmin.patch(`/api/organisations/${countyId}`, { version: 1, active: false });
    expect(self.json()).toMatchObject({ code: 'ORG.SELF_DEACTIVATION', field: 'active' });
    const moved = await create('包头市石拐公证处');
    const away = await countyAdmin.patch(`/api/organisations/${aid}`, { version: 1, parentId: cityId });
    expect(away.statusCode).toBe(403);
    expect(away.json()).toMatchObject({ code: 'ORG.OUT_OF_SCOPE', field: 'parentId' });
    const ok = await admin.patch(`/api/organisations/${moved.id}`, { version: 1, parentId: countyId });
    expect(ok.json().item).toMatchObject({ parentId: countyId, version: 2 });
  });

  it('refuses a county admin editing a city organisation, and 404s an unknown id', async () => {
    const r = await countyAdmin.patch(`/api/organisations/${cityId}`, { version: 1, phone: '0472-1234567' });
    expect(r.statusCode).toBe(403);
    expect(r.json().code).toBe('ORG.OUT_OF_SCOPE');
    const missing = await admin.patch(`/api/organisations/${crypto.randomUUID()}`, {
      version: 1,
      phone: '0472-1234567',
    });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().code).toBe('ORG.NOT_FOUND');
  });

  it('refuses a rename onto a sibling name', async () => {
    const org = await create('包头市固阳公证处');
    const r = await admin.patch(`/api/organisations/${org.id}`, { version: 1, name: '包头市鹿城公证处' });
    expect(r.statusCode).toBe(409);
    expect(r.json().code).toBe('ORG.NAME_TAKEN');
  });
});
