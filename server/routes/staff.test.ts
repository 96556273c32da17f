import { and, count, eq } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, sessions, users } from '../db/schema/index';
import { buildTestApp, type TestApp, type TestClient } from '../test/app';

let t: TestApp;
let admin: TestClient;
let countyAdmin: TestClient;
let centerId: string;
let countyId: string;

const rowCount = async (table: PgTable) => (await t.services.db.select({ n: count() }).from(table))[0]!.n;
const userRow = async (id: string) => (await t.services.db.select().from(users).where(eq(users.id, id)))[0]!;
const auditFor = (action: string, entityId: string) =>
  t.services.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, action), eq(auditLog.entityId, entityId)));
const logIn = (username: string, password: string) =>
  t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });

let seq = 0;
const newStaff = async (overrides: Record<string, unknown> = {}) => {
  seq += 1;
  const r = await admin.post('/api/staff', {
    orgId: centerId,
    username: `staff.${seq}`,
    displayName: `测试人员${seq}`,
    roles: ['window-clerk'],
    password: 'Initial-pw-1',
    ...overrides,
  });
  expect(r.statusCode, r.body).toBe(201);
  return r.json() as { id: string; username: string; version: number };
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

describe('POST /api/staff', () => {
  it('creates an account that can log in; no hash in the reply or the audit log', async () => {
    const r = await admin.post('/api/staff', {
      orgId: centerId,
      username: 'Zhang.Wei',
      displayName: '张伟',
      roles: ['window-clerk', 'receptionist'],
      password: 'Zhangwei-2026',
      title: '科员',
      partyMember: true,
    });
    expect(r.statusCode).toBe(201);
    expect(r.body).not.toMatch(/argon2|passwordHash/);
    const item = r.json();
    expect(item).toMatchObject({
      username: 'Zhang.Wei',
      roles: ['window-clerk', 'receptionist'],
      roleLabels: ['窗口工作人员', '导服台'],
      title: '科员',
      partyMember: true,
      active: true,
      version: 1,
      lastLoginAt: null,
    });
    expect((await userRow(item.id)).passwordHash).toMatch(/^\$argon2id\$/);
    expect((await logIn('zhang.wei', 'Zhangwei-2026')).statusCode).toBe(200);
    const [entry] = await auditFor('staff.create', item.id);
    expect(entry).toMatchObject({
      entityType: 'user',
      orgId: centerId,
      after: { username: 'Zhang.Wei', roles: ['window-clerk', 'receptionist'] },
    });
    expect(JSON.stringify(entry)).not.toMatch(/argon2|passwordHash/);
  });

  it('refuses a username taken in any letter case with 409', async () => {
    await newStaff({ username: 'li.na' });
    const before = await rowCount(users);
    const r = await admin.post('/api/staff', {
      orgId: centerId,
      username: 'LI.NA',
      displayName: '李娜',
      roles: ['notary'],
      password: 'Lina-pw-2026',
    });
    expect(r.statusCode).toBe(409);
    expect(r.json()).toEqual({
      code: 'STAFF.USERNAME_TAKEN',
      message: '用户名“LI.NA”已被使用',
      field: 'username',
    });
    expect(await rowCount(users)).toBe(before);
  });

  it('rejects bad input field by field and writes nothing', async () => {
    const before = [await rowCount(users), await rowCount(auditLog)];
    const base = {
      orgId: centerId,
      username: 'valid.user',
      displayName: '某人',
      roles: ['mediator'],
      password: 'Long-enough-1',
    };
    const cases: [Record<string, unknown>, string, string][] = [
      [{ password: 'short' }, 'password', '密码至少 8 位'],
      [{ roles: [] }, 'roles', '请至少选择一个角色'],
      [{ roles: ['mediator', 'king'] }, 'roles.1', '请选择有效的角色'],
      [{ username: '张三' }, 'username', '用户名须为'],
      [{ displayName: ' ' }, 'displayName', '请输入姓名'],
      [{ orgId: 'x' }, 'orgId', '请选择所属机构'],
    ];
    for (const [patch, field, message] of cases) {
      const r = await admin.post('/api/staff', { ...base, ...patch });
      expect(r.statusCode, field).toBe(400);
      expect(r.json()).toMatchObject({ code: 'COMMON.INVALID_INPUT', field });
      expect(r.json().message).toContain(message);
    }
    const same = await admin.post('/api/staff', { ...base, password: 'VALID.USER' });
    expect(same.json()).toMatchObject({
      code: 'STAFF.WEAK_PASSWORD',
      field: 'password',
      message: '密码不能与用户名相同',
    });
    expect([await rowCount(users), await rowCount(auditLog)]).toEqual(before);
  });

  it('keeps a county admin inside the county', async () => {
    const before = await rowCount(users);
    const r = await countyAdmin.post('/api/staff', {
      orgId: centerId,
      username: 'intruder',
      displayName: '越权',
      roles: ['admin'],
      password: 'Intruder-2026',
    });
    expect(r.statusCode).toBe(403);
    expect(r.json()).toMatchObject({ code: 'ORG.OUT_OF_SCOPE', field: 'orgId' });
    expect(await rowCount(users)).toBe(before);
    const own = await countyAdmin.post('/api/staff', {
      orgId: countyId,
      username: 'dh.clerk',
      displayName: '东河窗口',
      roles: ['window-clerk'],
      password: 'Donghe-2026',
    });
    expect(own.statusCode).toBe(201);
  });

  it('refuses a staff.read role', async () => {
    const leader = await t.login({ roles: ['bureau-leader'] });
    const r = await leader.post('/api/staff', {
      orgId: centerId,
      username: 'x.y',
      displayName: '某',
      roles: ['admin'],
      password: 'Password-2026',
    });
    expect(r.statusCode).toBe(403);
    expect(r.json().code).toBe('AUTH.FORBIDDEN');
  });
});

describe('GET /api/staff', () => {
  it('filters by role, organisation and q, pages stably and never shows hashes', async () => {
    for (let i = 0; i < 5; i++) await newStaff({ roles: ['notary'], displayName: `公证员${i}` });
    const leader = await t.login({ roles: ['bureau-leader'] });
    const all = await leader.get('/api/staff?role=notary&pageSize=100');
    expect(all.statusCode).toBe(200);
    expect(all.body).not.toMatch(/argon2|passwordHash/);
    const total = all.json().total as number;
    expect(total).toBeGreaterThanOrEqual(5);
    const seen: string[] = [];
    for (let page = 1; page <= Math.ceil(total / 2); page++) {
      const r = (await leader.get(`/api/staff?role=notary&pageSize=2&page=${page}`)).json();
      expect(r.total).toBe(total);
      seen.push(...r.items.map((item: { id: string }) => item.id));
    }
    expect(seen).toEqual(all.json().items.map((item: { id: string }) => item.id));
    const q = (await leader.get(`/api/staff?q=${encodeURIComponent('公证员3')}`)).json();
    expect(q.items.map((item: { displayName: string }) => item.displayName)).toEqual(['公证员3']);
    const org = (await leader.get(`/api/staff?orgId=${countyId}`)).json();
    expect(org.items.every((item: { orgId: string }) => item.orgId === countyId)).toBe(true);
  });

  it('shows a county only its own staff', async () => {
    const countyLeader = await t.login({ roles: ['bureau-leader'], orgName: '东河区司法局' });
    const r = (await countyLeader.get('/api/staff?pageSize=100')).json();
    expect(r.items.length).toBeGreaterThan(0);
    expect(r.items.every((item: { orgId: string }) => item.orgId === countyId)).toBe(true);
    const city = await countyLeader.get(`/api/staff?orgId=${centerId}`);
    expect(city.statusCode).toBe(403);
  });
});

describe('PATCH /api/staff/:id', () => {
  it('changes roles (effective at once) and audits before and after', async () => {
    const staff = await newStaff({ username: 'role.change', password: 'Rolechange-1' });
    const login = await t.login({ username: 'role.change', password: 'Rolechange-1' });
    expect((await login.get('/api/staff')).statusCode).toBe(403);
    const r = await admin.patch(`/api/staff/${staff.id}`, {
      version: 1,
      roles: ['window-clerk', 'bureau-leader'],
      title: '副主任',
      reason: '岗位调整',
    });
    expect(r.statusCode).toBe(200);
    expect(r.json()).toMatchObject({ roles: ['window-clerk', 'bureau-leader'], title: '副主任', version: 2 });
    expect((await login.get('/api/staff')).statusCode).toBe(200);
    const [entry] = await auditFor('staff.update', staff.id);
    expect(entry).toMatchObject({
      reason: '岗位调整',
      before: { roles: ['window-clerk'], title: null, version: 1 },
      after: { roles: ['window-clerk', 'bureau-leader'], title: '副主任', version: 2 },
    });
  });

  it('deactivating ends the sessions of the account', async () => {
    const staff = await newStaff({ username: 'leaving', password: 'Leaving-2026' });
    const login = await t.login({ username: 'leaving', password: 'Leaving-2026' });
    expect((await login.get('/api/auth/me')).statusCode).toBe(200);
    const r = await admin.patch(`/api/staff/${staff.id}`, { version: 1, active: false, reason: '离职' });
    expect(r.json()).toMatchObject({ active: false, version: 2 });
    expect((await login.get('/api/auth/me')).json()).toEqual({ user: null });
    const [left] = await t.services.db
      .select({ n: count() })
      .from(sessions)
      .where(eq(sessions.userId, staff.id));
    expect(left!.n).toBe(0);
    const [entry] = await auditFor('staff.deactivate', staff.id);
    expect(entry).toMatchObject({ before: { active: true }, after: { active: false, sessionsRevoked: 1 } });
    expect((await logIn('leaving', 'Leaving-2026')).statusCode).toBe(401);
  });

  it('answers a stale version with 409 and writes nothing', async () => {
    const staff = await newStaff();
    expect(
      (await admin.patch(`/api/staff/${staff.id}`, { version: 1, displayName: '新名字' })).statusCode,
    ).toBe(200);
    const audits = await rowCount(auditLog);
    const stale = await admin.patch(`/api/staff/${staff.id}`, { version: 1, displayName: '旧表单' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({
      code: 'COMMON.STALE_VERSION',
      message: '账号已被他人修改，请刷新后重试',
    });
    expect(await rowCount(auditLog)).toBe(audits);
    expect((await userRow(staff.id)).displayName).toBe('新名字');
  });

  it('stops an admin from dropping their own admin role or deactivating themselves', async () => {
    const me = await t.createStaff({ roles: ['admin'], orgName: '包头市司法局', username: 'self.admin' });
    const self = await t.login({ username: 'self.admin' });
    const roles = await self.patch(`/api/staff/${me.id}`, { version: 1, roles: ['bureau-leader'] });
    expect(roles.statusCode).toBe(400);
    expect(roles.json()).toMatchObject({ code: 'STAFF.SELF_ADMIN_ROLE', field: 'roles' });
    expect(roles.json().message).toContain('不能移除您自己的系统管理员角色');
    const off = await self.patch(`/api/staff/${me.id}`, { version: 1, active: false });
    expect(off.json()).toMatchObject({
      code: 'STAFF.SELF_DEACTIVATION',
      field: 'active',
      message: '不能停用您自己的账号，请由其他管理员操作',
    });
    const ok = await self.patch(`/api/staff/${me.id}`, { version: 1, roles: ['admin', 'auditor'] });
    expect(ok.statusCode).toBe(200);
    expect((await userRow(me.id)).active).toBe(true);
  });

  it('refuses a county admin editing, or moving someone to, an organisation outside the county', async () => {
    const cityStaff = await newStaff();
    const edit = await countyAdmin.patch(`/api/staff/${cityStaff.id}`, { version: 1, roles: ['admin'] });
    expect(edit.statusCode).toBe(403);
    expect(edit.json().code).toBe('ORG.OUT_OF_SCOPE');
    expect((await userRow(cityStaff.id)).roles).toEqual(['window-clerk']);
    const own = await countyAdmin.post('/api/staff', {
      orgId: countyId,
      username: 'dh.mover',
      displayName: '东河',
      roles: ['mediator'],
      password: 'Dhmover-2026',
    });
    const move = await countyAdmin.patch(`/api/staff/${own.json().id}`, { version: 1, orgId: centerId });
    expect(move.statusCode).toBe(403);
    expect(move.json()).toMatchObject({ code: 'ORG.OUT_OF_SCOPE', field: 'orgId' });
  });
});

describe('POST /api/staff/:id/password', () => {
  it('sets a new password, unlocks, ends sessions and audits without secrets', async () => {
    const staff = await newStaff({ username: 'forgetful', password: 'Old-password-1' });
    const login = await t.login({ username: 'forgetful', password: 'Old-password-1' });
    await t.services.db
      .update(users)
      .set({ lockedUntil: new Date(Date.now() + 3600_000) })
      .where(eq(users.id, staff.id));
    const r = await admin.post(`/api/staff/${staff.id}/password`, {
      password: 'New-password-2',
      reason: '本人申请重置',
    });
    expect(r.statusCode).toBe(200);
    expect(r.json()).toEqual({ ok: true });
    expect((await login.get('/api/auth/me')).json()).toEqual({ user: null });
    expect((await logIn('forgetful', 'Old-password-1')).statusCode).toBe(401);
    expect((await logIn('forgetful', 'New-password-2')).statusCode).toBe(200);
    const [entry] = await auditFor('staff.set-password', staff.id);
    expect(entry).toMatchObject({
      reason: '本人申请重置',
      before: { locked: true },
      after: { locked: false, sessionsRevoked: 1 },
    });
    expect(JSON.stringify(entry)).not.toMatch(/password-|argon2/i);
  });

  it('validates the password and the scope', async () => {
    const staff = await newStaff();
    const short = await admin.post(`/api/staff/${staff.id}/password`, { password: '1234567' });
    expect(short.statusCode).toBe(400);
    expect(short.json()).toMatchObject({ field: 'password', message: '输入有误：密码至少 8 位' });
    const county = await countyAdmin.post(`/api/staff/${staff.id}/password`, { password: 'Takeover-2026' });
    expect(county.statusCode).toBe(403);
    const missing = await admin.post(`/api/staff/${crypto.randomUUID()}/password`, {
      password: 'Whatever-2026',
    });
    expect(missing.statusCode).toBe(404);
    expect(await auditFor('staff.set-password', staff.id)).toHaveLength(0);
  });
});
