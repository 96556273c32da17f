import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, hardshipStandards } from '../db/schema/index';
import { buildTestApp, type TestApp, type TestClient } from '../test/app';
import { regionWithin } from '../use-cases/access/reference-scope';
import { findStandardInForce, regionChain } from '../use-cases/hardship-standards/find-standard-in-force';

let t: TestApp;
let cityAdmin: TestClient;
let countyAdmin: TestClient;
let reviewer: TestClient;

beforeAll(async () => {
  t = await buildTestApp();
  cityAdmin = await t.login({ roles: ['admin'], orgName: '包头市司法局' });
  countyAdmin = await t.login({ roles: ['admin'], orgName: '东河区司法局' });
  reviewer = await t.login({ roles: ['legal-aid-reviewer'], orgName: '包头市法律援助中心' });
});
afterAll(async () => {
  await t?.close();
});

const base = {
  regionCode: '150200',
  basis: 'low-income',
  area: 'all',
  monthlyPerCapitaYuan: '1130.5',
  effectiveFrom: '2024-01-01',
  effectiveTo: '2024-12-31',
  source: '包头市民政局 示例文件',
};
const standardCount = async () => (await t.services.db.select({ n: count() }).from(hardshipStandards))[0]!.n;

describe('hardship standards', () => {
  it('creates a standard: amount as a 2-decimal string, audited', async () => {
    const r = await cityAdmin.post('/api/hardship-standards', base);
    expect(r.statusCode, r.body).toBe(201);
    const item = r.json().item;
    expect(item).toMatchObject({
      regionCode: '150200',
      regionName: '内蒙古自治区包头市',
      monthlyPerCapitaYuan: '1130.50',
      isSample: false,
      version: 1,
    });
    const [audit] = await t.services.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'hardship-standard.create'), eq(auditLog.entityId, item.id)));
    expect(audit!.actorId).toBe(cityAdmin.userId);
    const number = await cityAdmin.post('/api/hardship-standards', {
      ...base,
      basis: 'dibao',
      monthlyPerCapitaYuan: 960,
    });
    expect(number.json().item.monthlyPerCapitaYuan).toBe('960.00');
  });

  it.each([
    [{ monthlyPerCapitaYuan: 0 }, 'monthlyPerCapitaYuan'],
    [{ monthlyPerCapitaYuan: '-5' }, 'monthlyPerCapitaYuan'],
    [{ monthlyPerCapitaYuan: '12.345' }, 'monthlyPerCapitaYuan'],
    [{ monthlyPerCapitaYuan: 0.1 + 0.2 }, 'monthlyPerCapitaYuan'],
    [{ monthlyPerCapitaYuan: '1e3' }, 'monthlyPerCapitaYuan'],
    [{ regionCode: '1502' }, 'regionCode'],
    [{ basis: 'income' }, 'basis'],
    [{ effectiveFrom: '2024-02-30' }, 'effectiveFrom'],
    [{ source: '' }, 'source'],
  ])('refuses %j with a field error and writes nothing', async (patch, field) => {
    const before = await standardCount();
    const r = await cityAdmin.post('/api/hardship-standards', { ...base, regionCode: '150207', ...patch });
    expect(r.statusCode, r.body).toBe(400);
    expect(r.json()).toMatchObject({ code: 'COMMON.INVALID_INPUT', field });
    expect(await standardCount()).toBe(before);
  });

  it('refuses a range ending before it starts', async () => {
    const r = await cityAdmin.post('/api/hardship-standards', {
      ...base,
      regionCode: '150207',
      effectiveTo: '2023-12-31',
    });
    expect(r.statusCode).toBe(400);
    expect(r.json()).toMatchObject({ code: 'HARDSHIP.INVALID_RANGE', field: 'effectiveTo' });
  });

  it('refuses overlapping ranges for the same region, basis and area (all overlaps urban)', async () => {
    const region = { ...base, regionCode: '150204' };
    expect(
      (await cityAdmin.post('/api/hardship-standards', { ...region, effectiveTo: null })).statusCode,
    ).toBe(201);
    const later = await cityAdmin.post('/api/hardship-standards', {
      ...region,
      effectiveFrom: '2025-06-01',
      effectiveTo: null,
    });
    expect(later.statusCode).toBe(409);
    expect(later.json()).toMatchObject({ code: 'HARDSHIP.OVERLAP', field: 'effectiveFrom' });
    expect(later.json().details.conflictingId).toBeTypeOf('string');
    const urban = await cityAdmin.post('/api/hardship-standards', {
      ...region,
      area: 'urban',
      effectiveFrom: '2030-01-01',
      effectiveTo: null,
    });
    expect(urban.json().code).toBe('HARDSHIP.OVERLAP');
    // A different basis, or an earlier range, is fine.
    expect((await cityAdmin.post('/api/hardship-standards', { ...region, basis: 'dibao' })).statusCode).toBe(
      201,
    );
    expect(
      (
        await cityAdmin.post('/api/hardship-standards', {
          ...region,
          effectiveFrom: '2023-01-01',
          effectiveTo: '2023-12-31',
        })
      ).statusCode,
    ).toBe(201);
  });

  it('updates with the version (close the old range, add the successor) and refuses a stale one', async () => {
    const region = { ...base, regionCode: '150205', effectiveTo: null };
    const old = (await cityAdmin.post('/api/hardship-standards', region)).json().item;
    const blocked = await cityAdmin.post('/api/hardship-standards', {
      ...region,
      effectiveFrom: '2025-01-01',
      monthlyPerCapitaYuan: '1200',
    });
    expect(blocked.statusCode).toBe(409);
    const closed = await cityAdmin.patch(`/api/hardship-standards/${old.id}`, {
      version: 1,
      effectiveTo: '2024-12-31',
      reason: '新标准发布',
    });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json().item).toMatchObject({ effectiveTo: '2024-12-31', version: 2 });
    const next = await cityAdmin.post('/api/hardship-standards', {
      ...region,
      effectiveFrom: '2025-01-01',
      monthlyPerCapitaYuan: '1200',
    });
    expect(next.statusCode).toBe(201);
    const stale = await cityAdmin.patch(`/api/hardship-standards/${old.id}`, {
      version: 1,
      source: '改正来源',
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('COMMON.STALE_VERSION');
    const reopen = await cityAdmin.patch(`/api/hardship-standards/${old.id}`, {
      version: 2,
      effectiveTo: null,
    });
    expect(reopen.json().code).toBe('HARDSHIP.OVERLAP');
    const [audit] = await t.services.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'hardship-standard.update'), eq(auditLog.entityId, old.id)));
    expect(audit).toMatchObject({
      reason: '新标准发布',
      before: { effectiveTo: null },
      after: { effectiveTo: '2024-12-31' },
    });
  });

  it('a county admin keeps only its own division code', async () => {
    const own = await countyAdmin.post('/api/hardship-standards', { ...base, regionCode: '150202' });
    expect(own.statusCode, own.body).toBe(201);
    const other = await countyAdmin.post('/api/hardship-standards', { ...base, regionCode: '150203' });
    expect(other.statusCode).toBe(403);
    expect(other.json()).toMatchObject({ code: 'HARDSHIP.REGION_OUT_OF_SCOPE', field: 'regionCode' });
    const city = await countyAdmin.post('/api/hardship-standards', {
      ...base,
      regionCode: '150200',
      basis: 'other',
    });
    expect(city.statusCode).toBe(403);
    const cityRow = (await cityAdmin.get('/api/hardship-standards?regionCode=150200')).json().items[0];
    expect(
      (
        await countyAdmin.patch(`/api/hardship-standards/${cityRow.id}`, {
          version: cityRow.version,
          source: '改改',
        })
      ).statusCode,
    ).toBe(403);
    // Moving its own standard to another county is refused too.
    const moved = await countyAdmin.patch(`/api/hardship-standards/${own.json().item.id}`, {
      version: 1,
      regionCode: '150203',
    });
    expect(moved.statusCode).toBe(403);
    // The city admin may keep any 1502xx, but not another city's.
    expect(
      (await cityAdmin.post('/api/hardship-standards', { ...base, regionCode: '150221' })).statusCode,
    ).toBe(201);
    expect(
      (await cityAdmin.post('/api/hardship-standards', { ...base, regionCode: '150100' })).statusCode,
    ).toBe(403);
  });

  it('readers list every region; writers need hardship-standard.manage', async () => {
    const list = await reviewer.get('/api/hardship-standards?pageSize=200');
    expect(list.statusCode).toBe(200);
    expect(list.json().total).toBe(list.json().items.length);
    const inForce = (
      await reviewer.get('/api/hardship-standards?regionCode=150205&onDate=2025-03-01')
    ).json();
    expect(inForce.items.map((i: { monthlyPerCapitaYuan: string }) => i.monthlyPerCapitaYuan)).toEqual([
      '1200.00',
    ]);
    expect(
      (await reviewer.post('/api/hardship-standards', { ...base, regionCode: '150206' })).statusCode,
    ).toBe(403);
  });
});

describe('findStandardInForce', () => {
  it('finds the version in force on the application date, most specific region first', async () => {
    const db = t.services.db;
    // 150205 (石拐区): 1130.50 until 2024-12-31, then 1200.00.
    expect(
      (await findStandardInForce(db, '150205', '2024-12-31', { basis: 'low-income' }))?.monthlyPerCapitaYuan,
    ).toBe('1130.50');
    expect(
      (await findStandardInForce(db, '150205', '2025-01-01', { basis: 'low-income' }))?.monthlyPerCapitaYuan,
    ).toBe('1200.00');
    // 150203 has none of its own: the city's (150200, 2024 only) applies.
    const city = await findStandardInForce(db, '150203', '2024-06-01', { basis: 'low-income' });
    expect(city?.regionCode).toBe('150200');
    expect(await findStandardInForce(db, '150203', '2025-06-01', { basis: 'low-income' })).toBeUndefined();
    // Without a basis, dibao comes before low-income.
    expect((await findStandardInForce(db, '150200', '2024-06-01'))?.basis).toBe('dibao');
    expect(await findStandardInForce(db, '150200', '2019-01-01')).toBeUndefined();
  });

  it('prefers the applicant’s own area over an all-area figure', async () => {
    const db = t.services.db;
    await cityAdmin.post('/api/hardship-standards', {
      ...base,
      regionCode: '150222',
      basis: 'dibao',
      area: 'urban',
      monthlyPerCapitaYuan: '900',
    });
    await cityAdmin.post('/api/hardship-standards', {
      ...base,
      regionCode: '150222',
      basis: 'dibao',
      area: 'rural',
      monthlyPerCapitaYuan: '700',
    });
    expect(
      (await findStandardInForce(db, '150222', '2024-05-01', { basis: 'dibao', area: 'rural' }))
        ?.monthlyPerCapitaYuan,
    ).toBe('700.00');
    expect(
      (await findStandardInForce(db, '150222', '2024-05-01', { basis: 'dibao', area: 'urban' }))
        ?.monthlyPerCapitaYuan,
    ).toBe('900.00');
  });

  it('walks the GB/T 2260 hierarchy', () => {
    expect(regionChain('150203')).toEqual(['150203', '150200', '150000']);
    expect(regionChain('150200')).toEqual(['150200', '150000']);
    expect(regionWithin('150203', '150200')).toBe(true);
    expect(regionWithin('150200', '150200')).toBe(true);
    expect(regionWithin('150203', '150202')).toBe(false);
    expect(regionWithin('150203', '150000')).toBe(true);
    expect(regionWithin('150103', '150200')).toBe(false);
  });
});
