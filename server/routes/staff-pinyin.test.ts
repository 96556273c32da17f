import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../db/schema/index';
import { backfillNamePinyin } from '../search/backfill-name-pinyin';
import { buildTestApp, type TestApp, type TestClient } from '../test/app';

/**
 * The staff directory (GET /api/staff?q=) finds people by the pinyin of their name as persons and lawyers
 * are found: full, initials or a mixture, from any syllable, surnames in their surname reading
 * (users.name_pinyin, migration 0016), kept current on create and rename, and filled for older rows.
 */
let t: TestApp;
let admin: TestClient;
let centerId: string;
beforeAll(async () => {
  t = await buildTestApp();
  admin = await t.login({ roles: ['admin'], orgName: '包头市司法局' });
  centerId = await t.orgId('包头市公共法律服务中心');
});
afterAll(async () => {
  await t?.close();
});

let seq = 0;
async function createStaff(displayName: string): Promise<{ id: string; version: number }> {
  seq += 1;
  const r = await admin.post('/api/staff', {
    orgId: centerId,
    username: `pinyin.${seq}`,
    displayName,
    roles: ['window-clerk'],
    password: 'Initial-pw-1',
  });
  expect(r.statusCode, r.body).toBe(201);
  return r.json();
}

/** Display names the directory lists for `q`, sorted. */
async function names(q: string): Promise<string[]> {
  const r = await admin.get(`/api/staff?pageSize=100&q=${encodeURIComponent(q)}`);
  expect(r.statusCode, r.body).toBe(200);
  return (r.json().items as { displayName: string }[]).map((i) => i.displayName).sort();
}

describe('GET /api/staff?q= by pinyin', () => {
  beforeAll(async () => {
    await createStaff('周志远');
    await createStaff('单田芳');
    await createStaff('吕秀梅');
  });

  it('finds by initials, full pinyin or a mixture, any case, spaces allowed', async () => {
    for (const q of ['zzy', 'zhouzy', 'zhouzhiyuan', 'zhou zhi yuan', 'ZhouZhiYuan', 'zhouz']) {
      expect(await names(q), q).toEqual(['周志远']);
    }
    // ü is typed as v or u.
    expect(await names('lvxm')).toEqual(['吕秀梅']);
    expect(await names('luxiumei')).toEqual(['吕秀梅']);
  });

  it('reads the surname as a surname', async () => {
    expect(await names('stf')).toEqual(['单田芳']);
    expect(await names('shantianfang')).toEqual(['单田芳']);
    expect(await names('dantianfang')).toEqual([]);
  });

  it('finds by the given name alone: any syllable may begin the match, none may be skipped', async () => {
    for (const q of ['zhiyuan', 'zy', 'zhiy', 'Zhi Yuan']) expect(await names(q), q).toEqual(['周志远']);
    // The last syllable alone finds every name ending so: 周志远 and the seeded 系统管理员 (xi tong guan li yuan).
    expect(await names('yuan')).toEqual(expect.arrayContaining(['周志远', '系统管理员']));
    expect(await names('tianfang')).toEqual(['单田芳']);
    expect(await names('xiumei')).toEqual(['吕秀梅']);
    expect(await names('xm')).toEqual(['吕秀梅']);
    expect(await names('zhouyuan')).toEqual([]);
    expect(await names('hiyuan')).toEqual([]);
  });

  it('still finds by the Chinese name and the username', async () => {
    expect(await names('志远')).toEqual(['周志远']);
    const byUsername = await names('pinyin.');
    expect(byUsername).toEqual(['单田芳', '吕秀梅', '周志远']);
  });

  it('follows a rename', async () => {
    const staff = await createStaff('郝春燕');
    expect(await names('hcy')).toEqual(['郝春燕']);
    const r = await admin.patch(`/api/staff/${staff.id}`, { version: staff.version, displayName: '郝春艳' });
    expect(r.statusCode, r.body).toBe(200);
    const [row] = await t.services.db.select().from(users).where(eq(users.id, staff.id));
    expect(row?.namePinyin).toBe('hao chun yan');
    expect(await names('haochunyan')).toEqual(['郝春艳']);
  });
});

describe('accounts written before the pinyin was stored', () => {
  it('are filled once after the migrations; a name with no letter gets the empty key', async () => {
    const orgId = await t.orgId('包头市司法局');
    await t.services.db.insert(users).values([
      { orgId, username: 'old.one', displayName: '蔺晓东', passwordHash: '!', roles: ['auditor'] },
      { orgId, username: 'old.two', displayName: '𡒄', passwordHash: '!', roles: ['auditor'] },
    ]);
    expect(await names('lxd')).toEqual([]);
    expect(await backfillNamePinyin(t.services.db)).toBe(2);
    expect(await names('lxd')).toEqual(['蔺晓东']);
    expect(await names('linxiaodong')).toEqual(['蔺晓东']);
    const [blank] = await t.services.db.select().from(users).where(eq(users.username, 'old.two'));
    expect(blank?.namePinyin).toBe('');
    expect(await backfillNamePinyin(t.services.db)).toBe(0);
  });
});
