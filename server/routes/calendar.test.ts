import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, holidayOverrides } from '../db/schema/index';
import { buildTestApp, type TestApp, type TestClient } from '../test/app';
import { invalidateCalendarCache, loadCalendar, loadCalendarData } from '../use-cases/calendar/load-calendar';

let t: TestApp;
let cityAdmin: TestClient;
let centerAdmin: TestClient;
let countyAdmin: TestClient;
let clerk: TestClient;
let lawyer: TestClient;

beforeAll(async () => {
  t = await buildTestApp();
  cityAdmin = await t.login({ roles: ['admin'], orgName: '包头市司法局' });
  centerAdmin = await t.login({ roles: ['admin'], orgName: '包头市公共法律服务中心' });
  countyAdmin = await t.login({ roles: ['admin'], orgName: '东河区司法局' });
  clerk = await t.login({ roles: ['window-clerk'] });
  lawyer = await t.login({ roles: ['lawyer'], orgName: '内蒙古北疆明正律师事务所' });
});
afterAll(async () => {
  await t?.close();
});

const audits = (entityId: string) =>
  t.services.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityType, 'holiday-override'), eq(auditLog.entityId, entityId)));

describe('GET /api/calendar/days', () => {
  it('answers each day with working, provisional and why', async () => {
    const r = await clerk.get('/api/calendar/days?from=2025-09-28&to=2025-10-09');
    expect(r.statusCode, r.body).toBe(200);
    const days = r.json().items as {
      date: string;
      working: boolean;
      provisional: boolean;
      reason: string;
      name?: string;
    }[];
    expect(days).toHaveLength(12);
    const byDate = new Map(days.map((d) => [d.date, d]));
    // 2025: 国庆节/中秋节 10-01…10-08 off; Sunday 09-28 and Saturday 10-11 are make-up working days.
    expect(byDate.get('2025-09-28')).toMatchObject({
      working: true,
      reason: 'make-up-workday',
      provisional: false,
    });
    expect(byDate.get('2025-10-01')).toMatchObject({ working: false, reason: 'official-holiday' });
    expect(byDate.get('2025-10-09')).toMatchObject({ working: true, reason: 'weekday' });
    expect(r.json().coveredYears).toContain(2026);
  });

  it('marks days of a year without holiday data as provisional', async () => {
    const r = await lawyer.get('/api/calendar/days?from=2027-01-01&to=2027-01-03');
    expect(r.statusCode).toBe(200);
    expect(r.json().items.every((d: { provisional: boolean }) => d.provisional)).toBe(true);
  });

  it('refuses a reversed range or more than 400 days', async () => {
    const reversed = await clerk.get('/api/calendar/days?from=2026-02-01&to=2026-01-01');
    expect(reversed.statusCode).toBe(400);
    expect(reversed.json()).toMatchObject({ code: 'CALENDAR.INVALID_RANGE', field: 'to' });
    const long = await clerk.get('/api/calendar/days?from=2026-01-01&to=2027-02-05');
    expect(long.statusCode).toBe(400);
    expect(long.json().code).toBe('CALENDAR.INVALID_RANGE');
    expect((await clerk.get('/api/calendar/days?from=2026-01-01&to=2027-02-04')).statusCode).toBe(200);
    const bad = await clerk.get('/api/calendar/days?from=2026-02-30&to=2026-03-01');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().field).toBe('from');
  });
});

describe('holiday overrides', () => {
  it('a city admin adds, changes and deletes an override; days follow at once; each step audited', async () => {
    const created = await cityAdmin.post('/api/calendar/overrides', {
      date: '2027-01-01',
      kind: 'holiday',
      source: '国办发明电〔2026〕示例号',
      note: '元旦',
    });
    expect(created.statusCode, created.body).toBe(201);
    const item = created.json().item;
    expect(item).toMatchObject({ date: '2027-01-01', kind: 'holiday', version: 1 });

    const day = (await clerk.get('/api/calendar/days?from=2027-01-01&to=2027-01-01')).json().items[0];
    expect(day).toMatchObject({
      working: false,
      provisional: false,
      reason: 'override-holiday',
      override: { id: item.id },
    });

    const listed = (await clerk.get('/api/calendar/overrides?from=2027-01-01&to=2027-12-31')).json();
    expect(listed.items.map((o: { id: string }) => o.id)).toEqual([item.id]);

    const updated = await cityAdmin.patch(`/api/calendar/overrides/${item.id}`, {
      version: 1,
      kind: 'workday',
      reason: '更正',
    });
    expect(updated.statusCode, updated.body).toBe(200);
    expect(updated.json().item).toMatchObject({ kind: 'workday', version: 2 });
    expect(
      (await clerk.get('/api/calendar/days?from=2027-01-01&to=2027-01-01')).json().items[0].working,
    ).toBe(true);

    const stale = await cityAdmin.delete(`/api/calendar/overrides/${item.id}`, { version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('COMMON.STALE_VERSION');
    const deleted = await cityAdmin.delete(`/api/calendar/overrides/${item.id}`, {
      version: 2,
      reason: '通知已收录',
    });
    expect(deleted.statusCode, deleted.body).toBe(200);
    expect(
      (await clerk.get('/api/calendar/days?from=2027-01-01&to=2027-01-01')).json().items[0],
    ).toMatchObject({
      provisional: true,
    });

    const trail = (await audits(item.id)).map((a) => a.action).sort();
    expect(trail).toEqual([
      'calendar.override-create',
      'calendar.override-delete',
      'calendar.override-update',
    ]);
    const deletion = (await audits(item.id)).find((a) => a.action === 'calendar.override-delete');
    expect(deletion!.before).toMatchObject({ date: '2027-01-01', kind: 'workday' });
    expect(deletion!.reason).toBe('通知已收录');
    const gone = await cityAdmin.delete(`/api/calendar/overrides/${item.id}`, { version: 2 });
    expect(gone.statusCode).toBe(404);
  });

  it('staff of a city-level unit (the service center) count as city level', async () => {
    const r = await centerAdmin.post('/api/calendar/overrides', { date: '2027-02-01', kind: 'holiday' });
    expect(r.statusCode, r.body).toBe(201);
  });

  it('refuses a second override for the same date (409, field date)', async () => {
    await cityAdmin.post('/api/calendar/overrides', { date: '2027-03-01', kind: 'holiday' });
    const r = await cityAdmin.post('/api/calendar/overrides', { date: '2027-03-01', kind: 'workday' });
    expect(r.statusCode).toBe(409);
    expect(r.json()).toMatchObject({ code: 'CALENDAR.OVERRIDE_EXISTS', field: 'date' });
  });

  it('a county admin gets 403 and nothing is written', async () => {
    const r = await countyAdmin.post('/api/calendar/overrides', { date: '2027-04-01', kind: 'holiday' });
    expect(r.statusCode).toBe(403);
    expect(r.json().code).toBe('AUTH.CITY_LEVEL_ONLY');
    const rows = await t.services.db
      .select()
      .from(holidayOverrides)
      .where(eq(holidayOverrides.date, '2027-04-01'));
    expect(rows).toHaveLength(0);
    const [existing] = (await clerk.get('/api/calendar/overrides?from=2027-02-01&to=2027-02-01')).json()
      .items;
    expect(
      (await countyAdmin.patch(`/api/calendar/overrides/${existing.id}`, { version: 1, note: 'x' }))
        .statusCode,
    ).toBe(403);
    expect(
      (await countyAdmin.delete(`/api/calendar/overrides/${existing.id}`, { version: 1 })).statusCode,
    ).toBe(403);
  });

  it('a clerk (calendar.read only) cannot write', async () => {
    expect(
      (await clerk.post('/api/calendar/overrides', { date: '2027-05-03', kind: 'holiday' })).statusCode,
    ).toBe(403);
  });

  it('validates the body with field errors', async () => {
    const r = await cityAdmin.post('/api/calendar/overrides', { date: '2027-13-01', kind: 'holiday' });
    expect(r.statusCode).toBe(400);
    expect(r.json()).toMatchObject({ code: 'COMMON.INVALID_INPUT', field: 'date' });
    const kind = await cityAdmin.post('/api/calendar/overrides', { date: '2027-06-01', kind: 'rest' });
    expect(kind.json().field).toBe('kind');
  });
});

describe('loadCalendar', () => {
  it('computes deadlines with the overrides and caches until an override changes', async () => {
    invalidateCalendarCache();
    const first = await loadCalendarData(t.services.db);
    expect(await loadCalendarData(t.services.db)).toBe(first);
    // A direct insert (another instance) is not seen until the TTL runs out or the cache is dropped ...
    await t.services.db.insert(holidayOverrides).values({ date: '2027-07-05', kind: 'holiday' });
    expect((await loadCalendar(t.services.db)).isWorkingDay('2027-07-05').working).toBe(true);
    // ... but a transaction reads fresh, and so does everyone after an invalidation.
    await t.services.db.transaction(async (tx) => {
      expect((await loadCalendar(tx)).isWorkingDay('2027-07-05')).toEqual({
        working: false,
        provisional: false,
      });
    });
    invalidateCalendarCache();
    const calendar = await loadCalendar(t.services.db);
    expect(calendar.isWorkingDay('2027-07-05').working).toBe(false);
    // 2027-07-02 (Fri) + 1 working day skips the weekend and the override day.
    expect(calendar.addPeriod('2027-07-02', 1, 'working-day')).toMatchObject({
      due: '2027-07-06',
      provisional: true,
    });
    // Changing an override through the API drops the cache of this instance.
    const r = await cityAdmin.post('/api/calendar/overrides', { date: '2027-07-06', kind: 'holiday' });
    expect(r.statusCode).toBe(201);
    expect((await loadCalendar(t.services.db)).isWorkingDay('2027-07-06').working).toBe(false);
  });
});
