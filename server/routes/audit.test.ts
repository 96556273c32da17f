import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../db/schema/index';
import { buildTestApp, type TestApp, type TestClient } from '../test/app';

let t: TestApp;
let cityAuditor: TestClient;
let countyAuditor: TestClient;
let cityId: string;
let countyId: string;
const actorId = crypto.randomUUID();
const at = (iso: string) => new Date(iso);

type Item = { id: number; at: string; action: string; orgId: string | null; entityId: string | null };

beforeAll(async () => {
  t = await buildTestApp();
  cityAuditor = await t.login({ roles: ['auditor'], orgName: '包头市司法局' });
  countyAuditor = await t.login({ roles: ['auditor'], orgName: '东河区司法局' });
  cityId = await t.orgId('包头市司法局');
  countyId = await t.orgId('东河区司法局');
  const sameInstant = at('2026-03-02T09:00:00+08:00');
  await t.services.db.insert(auditLog).values([
    {
      action: 'test.alpha',
      entityType: 'thing',
      entityId: 'a1',
      orgId: cityId,
      actorId,
      at: at('2026-03-01T09:00:00+08:00'),
      before: { n: 1 },
      after: { n: 2 },
    },
    {
      action: 'test.alpha',
      entityType: 'thing',
      entityId: 'a2',
      orgId: countyId,
      at: at('2026-03-01T10:00:00+08:00'),
    },
    {
      action: 'test.beta',
      entityType: 'other',
      entityId: 'b1',
      orgId: cityId,
      at: at('2026-03-03T09:00:00+08:00'),
    },
    {
      action: 'test.gamma',
      entityType: 'thing',
      entityId: 'nobody',
      orgId: null,
      at: at('2026-03-04T09:00:00+08:00'),
    },
    ...['t1', 't2', 't3', 't4', 't5'].map((entityId) => ({
      action: 'test.tie',
      entityType: 'thing',
      entityId,
      orgId: cityId,
      at: sameInstant,
    })),
  ]);
});
afterAll(async () => {
  await t?.close();
});

const search = async (client: TestClient, query: string) => {
  const r = await client.get(`/api/audit?${query}`);
  expect(r.statusCode, r.body).toBe(200);
  return r.json() as { items: Item[]; total: number };
};

describe('GET /api/audit', () => {
  it('lists newest first with id as tie-breaker, and pages without gaps or repeats', async () => {
    const all = await search(cityAuditor, 'action=test.*&pageSize=200');
    expect(all.items.map((item) => item.entityId)).toEqual([
      'nobody',
      'b1',
      't5',
      't4',
      't3',
      't2',
      't1',
      'a2',
      'a1',
    ]);
    const paged: Item[] = [];
    for (let page = 1; page <= 5; page++)
      paged.push(...(await search(cityAuditor, `action=test.*&pageSize=2&page=${page}`)).items);
    expect(paged.map((item) => item.id)).toEqual(all.items.map((item) => item.id));
    expect(all.total).toBe(9);
  });

  it('filters by action, actor, entity and time range', async () => {
    expect((await search(cityAuditor, 'action=test.alpha')).items.map((i) => i.entityId)).toEqual([
      'a2',
      'a1',
    ]);
    const byActor = await search(cityAuditor, `actorId=${actorId}`);
    expect(byActor.items).toHaveLength(1);
    expect(byActor.items[0]).toMatchObject({
      entityId: 'a1',
      before: { n: 1 },
      after: { n: 2 },
      at: '2026-03-01T01:00:00.000Z',
    });
    expect((await search(cityAuditor, 'entityType=other&entityId=b1')).total).toBe(1);
    const range = await search(
      cityAuditor,
      `action=test.*&from=${encodeURIComponent('2026-03-01T10:00:00+08:00')}&to=${encodeURIComponent('2026-03-03T09:00:00+08:00')}`,
    );
    // from is inclusive, to exclusive
    expect(range.items.map((i) => i.entityId)).toEqual(['t5', 't4', 't3', 't2', 't1', 'a2']);
  });

  it('shows a county auditor only the county rows, and no rows without an organisation', async () => {
    const county = await search(countyAuditor, 'action=test.*');
    expect(county.items.map((i) => i.entityId)).toEqual(['a2']);
    const city = await search(cityAuditor, 'action=test.gamma');
    expect(city.items.map((i) => i.orgId)).toEqual([null]);
  });

  it('sees real entries written by the use cases', async () => {
    const admin = await t.login({ roles: ['admin'], orgName: '包头市司法局' });
    const created = await admin.post('/api/windows', {
      orgId: await t.orgId('包头市公共法律服务中心'),
      number: 12,
      name: '审计测试窗口',
      services: ['publicity'],
    });
    const found = await search(cityAuditor, `entityType=window&entityId=${created.json().id}`);
    expect(found.items).toEqual([
      expect.objectContaining({ action: 'window.create', actorName: expect.any(String) }),
    ]);
  });

  it('validates the range and instants in Chinese', async () => {
    const reversed = await cityAuditor.get(
      `/api/audit?from=${encodeURIComponent('2026-03-02T00:00:00Z')}&to=${encodeURIComponent('2026-03-01T00:00:00Z')}`,
    );
    expect(reversed.statusCode).toBe(400);
    expect(reversed.json()).toMatchObject({
      code: 'AUDIT.INVALID_RANGE',
      field: 'to',
      message: '开始时间不能晚于结束时间',
    });
    const local = await cityAuditor.get('/api/audit?from=2026-03-01T09:00:00');
    expect(local.statusCode).toBe(400);
    expect(local.json()).toMatchObject({ code: 'COMMON.INVALID_INPUT', field: 'from' });
    expect(local.json().message).toContain('开始时间应为带时区的 ISO 时间');
  });

  it('is for auditors only (admins do not read the audit log)', async () => {
    const admin = await t.login({ roles: ['admin'] });
    expect((await admin.get('/api/audit')).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/audit' })).statusCode).toBe(401);
  });
});
