import { and, count, eq } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, windows } from '../db/schema/index';
import { buildTestApp, type TestApp, type TestClient } from '../test/app';

let t: TestApp;
let admin: TestClient;
let countyAdmin: TestClient;
let centerId: string;
let countyId: string;

const rowCount = async (table: PgTable) => (await t.services.db.select({ n: count() }).from(table))[0]!.n;
const windowNo = async (number: number) => {
  const [row] = await t.services.db
    .select()
    .from(windows)
    .where(and(eq(windows.orgId, centerId), eq(windows.number, number)));
  return row!;
};

beforeAll(async () => {
  t = await buildTestApp();
  admin = await t.login({ roles: ['admin'], orgName: '包头市司法局' });
  countyAdmin = await t.login({ roles: ['admin'], orgName: '东河区司法局' });
  centerId = await t.orgId('包头市公共法律服务中心');
  countyId = await t.orgId('东河区司法局');
});
afterAll(async () => {
  await t?.close();
});

describe('GET /api/windows', () => {
  it('lists the hall windows by number, filtered by organisation and service', async () => {
    const clerk = await t.login({ roles: ['window-clerk'] });
    const r = await clerk.get(`/api/windows?orgId=${centerId}`);
    expect(r.statusCode).toBe(200);
    const body = r.json();
    expect(body.total).toBe(10);
    expect(body.items.map((w: { number: number }) => w.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(body.items[1]).toMatchObject({
      name: '法律援助窗口',
      services: ['legal-aid'],
      status: 'open',
      version: 1,
      location: null,
    });
    const aid = await clerk.get('/api/windows?service=legal-aid');
    expect(aid.json().items.map((w: { number: number }) => w.number)).toEqual([2]);
    const paged = await clerk.get(`/api/windows?orgId=${centerId}&page=2&pageSize=4`);
    expect(paged.json()).toMatchObject({
      total: 10,
      items: [{ number: 5 }, { number: 6 }, { number: 7 }, { number: 8 }],
    });
  });

  it('keeps a county to its own windows', async () => {
    const countyClerk = await t.login({ roles: ['window-clerk'], orgName: '东河区司法局' });
    const all = await countyClerk.get('/api/windows');
    expect(all.json().items.every((w: { orgId: string }) => w.orgId !== centerId)).toBe(true);
    const city = await countyClerk.get(`/api/windows?orgId=${centerId}`);
    expect(city.statusCode).toBe(403);
    expect(city.json()).toMatchObject({ code: 'ORG.OUT_OF_SCOPE', field: 'orgId' });
  });

  it('rejects an unknown service filter with a Chinese message', async () => {
    const r = await admin.get('/api/windows?service=tarot');
    expect(r.statusCode).toBe(400);
    expect(r.json()).toMatchObject({ field: 'service', message: '输入有误：请选择有效的服务事项' });
  });
});

describe('POST /api/windows', () => {
  it('creates a window and audits it', async () => {
    const r = await admin.post('/api/windows', {
      orgId: centerId,
      number: 11,
      name: '综合受理窗口',
      services: ['consultation', 'legal-aid'],
      location: '一楼东侧',
    });
    expect(r.statusCode).toBe(201);
    const item = r.json();
    expect(item).toMatchObject({
      number: 11,
      status: 'open',
      services: ['consultation', 'legal-aid'],
      version: 1,
    });
    const [entry] = await t.services.db.select().from(auditLog).where(eq(auditLog.entityId, item.id));
    expect(entry).toMatchObject({
      action: 'window.create',
      entityType: 'window',
      orgId: centerId,
      before: null,
      after: item,
    });
  });

  it('refuses a number already used in the center with 409, in Chinese', async () => {
    const before = [await rowCount(windows), await rowCount(auditLog)];
    const r = await admin.post('/api/windows', {
      orgId: centerId,
      number: 2,
      name: '第二个二号窗口',
      services: ['mediation'],
    });
    expect(r.statusCode).toBe(409);
    expect(r.json()).toEqual({
      code: 'WINDOW.NUMBER_TAKEN',
      message: '该服务中心已有 2号窗口，请换一个窗口号',
      field: 'number',
    });
    expect([await rowCount(windows), await rowCount(auditLog)]).toEqual(before);
  });

  it('rejects bad input field by field and writes nothing', async () => {
    const before = [await rowCount(windows), await rowCount(auditLog)];
    const base = { orgId: centerId, number: 20, name: '测试窗口', services: ['consultation'] };
    const cases: [Record<string, unknown>, string, string][] = [
      [{ services: [] }, 'services', '请至少选择一项服务'],
      [{ services: ['consultation', 'tarot'] }, 'services.1', '请选择有效的服务事项'],
      [{ services: ['mediation', 'mediation'] }, 'services', '服务事项不能重复'],
      [{ status: 'broken' }, 'status', '窗口状态应为开放、暂停或关闭'],
      [{ number: 0 }, 'number', '窗口号应在 1 到 999 之间'],
      [{ number: 2.5 }, 'number', '窗口号应为整数'],
      [{ name: undefined }, 'name', '请输入窗口名称'],
    ];
    for (const [patch, field, message] of cases) {
      const r = await admin.post('/api/windows', { ...base, ...patch });
      expect(r.statusCode, field).toBe(400);
      expect(r.json()).toMatchObject({
        code: 'COMMON.INVALID_INPUT',
        field,
        message: `输入有误：${message}`,
      });
    }
    const firm = await admin.post('/api/windows', {
      ...base,
      orgId: await t.orgId('内蒙古北疆明正律师事务所'),
    });
    expect(firm.json()).toMatchObject({ code: 'WINDOW.ORG_NOT_HALL', field: 'orgId' });
    expect([await rowCount(windows), await rowCount(auditLog)]).toEqual(before);
  });

  it('lets a county admin open windows in the county only; numbers are per center', async () => {
    const city = await countyAdmin.post('/api/windows', {
      orgId: centerId,
      number: 30,
      name: '越权窗口',
      services: ['lawyer'],
    });
    expect(city.statusCode).toBe(403);
    expect(city.json().code).toBe('ORG.OUT_OF_SCOPE');
    const own = await countyAdmin.post('/api/windows', {
      orgId: countyId,
      number: 1,
      name: '东河区法律援助窗口',
      services: ['legal-aid'],
    });
    expect(own.statusCode).toBe(201);
  });
});

describe('PATCH /api/windows/:id', () => {
  it('pauses a window, changes its services and audits before and after', async () => {
    const w = await windowNo(3);
    const r = await admin.patch(`/api/windows/${w.id}`, {
      version: w.version,
      status: 'paused',
      services: ['mediation', 'consultation'],
      reason: '调解员外出',
    });
    expect(r.statusCode).toBe(200);
    expect(r.json()).toMatchObject({
      status: 'paused',
      services: ['mediation', 'consultation'],
      version: w.version + 1,
    });
    const [entry] = await t.services.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'window.update'), eq(auditLog.entityId, w.id)));
    expect(entry).toMatchObject({
      reason: '调解员外出',
      before: { status: 'open', services: ['mediation'], version: w.version },
      after: { status: 'paused', services: ['mediation', 'consultation'], version: w.version + 1 },
    });
  });

  it('answers a stale version with 409 and writes nothing', async () => {
    const w = await windowNo(4);
    expect(
      (await admin.patch(`/api/windows/${w.id}`, { version: w.version, location: '二楼' })).statusCode,
    ).toBe(200);
    const audits = await rowCount(auditLog);
    const stale = await admin.patch(`/api/windows/${w.id}`, { version: w.version, status: 'closed' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({
      code: 'COMMON.STALE_VERSION',
      message: '窗口已被他人修改，请刷新后重试',
    });
    expect(await rowCount(auditLog)).toBe(audits);
    expect((await windowNo(4)).status).toBe('open');
  });

  it('refuses renumbering onto a taken number', async () => {
    const w = await windowNo(5);
    const r = await admin.patch(`/api/windows/${w.id}`, { version: w.version, number: 6 });
    expect(r.statusCode).toBe(409);
    expect(r.json().code).toBe('WINDOW.NUMBER_TAKEN');
  });

  it('refuses a county admin editing a city window, and 404s an unknown one', async () => {
    const w = await windowNo(1);
    const r = await countyAdmin.patch(`/api/windows/${w.id}`, { version: w.version, status: 'closed' });
    expect(r.statusCode).toBe(403);
    expect(r.json().code).toBe('ORG.OUT_OF_SCOPE');
    expect((await windowNo(1)).status).toBe('open');
    const missing = await admin.patch(`/api/windows/${crypto.randomUUID()}`, {
      version: 1,
      status: 'closed',
    });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().code).toBe('WINDOW.NOT_FOUND');
  });

  it('refuses a clerk (window.read only)', async () => {
    const clerk = await t.login({ roles: ['window-clerk'] });
    const w = await windowNo(1);
    const r = await clerk.patch(`/api/windows/${w.id}`, { version: w.version, status: 'closed' });
    expect(r.statusCode).toBe(403);
    expect(r.json().code).toBe('AUTH.FORBIDDEN');
  });
});
