import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../db/schema/index';
import { buildTestApp, type TestApp } from '../test/app';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => {
  await t?.close();
});

describe('auth', () => {
  it('logs in, reports abilities and scope, and logs out', async () => {
    const clerk = await t.login({ roles: ['window-clerk'] });
    const me = await clerk.get('/api/auth/me');
    expect(me.statusCode).toBe(200);
    const body = me.json();
    expect(body.user.roles).toEqual(['window-clerk']);
    expect(body.abilities).toContain('window.read');
    expect(body.abilities).not.toContain('window.manage');
    // The center belongs to the city bureau: its scope is the city subtree, counties included.
    expect(body.scopeOrgIds).toContain(await t.orgId('东河区司法局'));
    expect((await clerk.post('/api/auth/logout')).statusCode).toBe(200);
    const after = await clerk.get('/api/auth/me');
    expect(after.statusCode).toBe(200);
    expect(after.json()).toEqual({ user: null });
    // Logged out, the staff routes still refuse.
    expect((await clerk.get('/api/windows')).statusCode).toBe(401);
  });

  it('answers an anonymous GET /api/auth/me with 200 and user null (no 401 on the login page)', async () => {
    const anonymous = await t.app.inject({ method: 'GET', url: '/api/auth/me' });
    expect(anonymous.statusCode).toBe(200);
    expect(anonymous.json()).toEqual({ user: null });
    // An unknown or expired cookie is nobody too, not an error.
    const stale = await t.app.inject({
      method: 'GET',
      url: '/api/auth/me',
      cookies: { lawhall_session: 'no-such-session' },
    });
    expect(stale.statusCode).toBe(200);
    expect(stale.json()).toEqual({ user: null });
    expect((await t.app.inject({ method: 'GET', url: '/api/windows' })).statusCode).toBe(401);
  });

  it('gives a county only its own subtree', async () => {
    const leader = await t.login({ roles: ['bureau-leader'], orgName: '东河区司法局' });
    const scope: string[] = (await leader.get('/api/auth/me')).json().scopeOrgIds;
    expect(scope).toContain(await t.orgId('东河区司法局'));
    expect(scope).toContain(await t.orgId('东河区法律援助中心'));
    expect(scope).not.toContain(await t.orgId('包头市司法局'));
    expect(scope).not.toContain(await t.orgId('昆都仑区司法局'));
  });

  it('offers the queue pages only for a hall the user may read: the city hall, else their county hall', async () => {
    // A county administrator holds queue.read, but the only hall is the city's: no queue page, no 403.
    const countyAdmin = await t.login({ roles: ['admin'], orgName: '昆都仑区司法局' });
    const before = (await countyAdmin.get('/api/auth/me')).json();
    expect(before.hall).toBeNull();
    expect(before.abilities).not.toContain('queue.read');
    expect(before.abilities).not.toContain('queue.issue');
    expect(before.abilities).toContain('window.manage');
    expect((await countyAdmin.get('/api/queue/stats')).statusCode).toBe(403);
    // The city's staff work the city hall.
    const cityAdmin = await t.login({ roles: ['admin'] });
    const city = (await cityAdmin.get('/api/auth/me')).json();
    expect(city.hall).toEqual({
      id: await t.orgId('包头市公共法律服务中心'),
      name: '包头市公共法律服务中心',
    });
    expect(city.abilities).toContain('queue.read');
    // Once the county runs its own hall, its administrator sees that hall's statistics: at once on this
    // instance (the creation forgets the cached sessions at commit, server/use-cases/auth/session-cache.ts).
    const created = await cityAdmin.post('/api/organisations', {
      parentId: await t.orgId('昆都仑区司法局'),
      kind: 'service-center',
      name: '昆都仑区公共法律服务中心',
      divisionCode: '150203',
    });
    expect(created.statusCode, created.body).toBe(201);
    const hall = created.json().item as { id: string };
    const after = (await countyAdmin.get('/api/auth/me')).json();
    expect(after.hall).toEqual({ id: hall!.id, name: '昆都仑区公共法律服务中心' });
    expect(after.abilities).toContain('queue.read');
    const stats = await countyAdmin.get(`/api/queue/stats?centerId=${hall!.id}`);
    expect(stats.statusCode, stats.body).toBe(200);
  });

  it('rejects a wrong password with a Chinese message, audits it, and locks after 5 failures', async () => {
    const { username } = await t.createStaff({ roles: ['notary'] });
    for (let i = 0; i < 5; i++) {
      const r = await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username, password: 'wrong' },
      });
      expect(r.statusCode).toBe(401);
      expect(r.json()).toMatchObject({ code: 'AUTH.INVALID_CREDENTIALS', message: '用户名或密码错误' });
    }
    const locked = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username, password: 'Test-pw-2026' },
    });
    expect(locked.statusCode).toBe(403);
    expect(locked.json().code).toBe('AUTH.LOCKED');
    const rows = await t.services.db.select().from(auditLog);
    expect(rows.filter((r) => r.action === 'auth.locked')).toHaveLength(1);
  });

  it('answers an unknown user exactly like a wrong password', async () => {
    const r = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'nobody', password: 'x' },
    });
    expect(r.statusCode).toBe(401);
    expect(r.json().code).toBe('AUTH.INVALID_CREDENTIALS');
  });

  it('refuses a write without the CSRF token', async () => {
    const clerk = await t.login({ roles: ['window-clerk'] });
    const r = await clerk.request({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { 'x-csrf-token': 'forged' },
    });
    expect(r.statusCode).toBe(403);
    expect(r.json().code).toBe('AUTH.CSRF');
  });

  it('validates the body with field-level Chinese errors', async () => {
    const r = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: '' } });
    expect(r.statusCode).toBe(400);
    expect(r.json().code).toBe('COMMON.INVALID_INPUT');
    expect(r.json().field).toBeTypeOf('string');
  });

  it('answers health', async () => {
    const r = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(r.statusCode).toBe(200);
    expect(r.json()).toEqual({ status: 'ok' });
  });
});
