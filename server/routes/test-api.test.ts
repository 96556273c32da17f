/**
 * The e2e test API (server/routes/test-api.ts) is off unless LAWHALL_TEST_API=1 (and never in production);
 * when on, it sets the server clock and reads the decrypted SMS outbox.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../test/app';
import { createAdjustableClock, registerTestApi, testApiEnabled } from './test-api';

describe('testApiEnabled', () => {
  it('is on only with LAWHALL_TEST_API=1 outside production', () => {
    expect(testApiEnabled({})).toBe(false);
    expect(testApiEnabled({ LAWHALL_TEST_API: '1' })).toBe(true);
    expect(testApiEnabled({ LAWHALL_TEST_API: 'true' })).toBe(false);
    expect(testApiEnabled({ LAWHALL_TEST_API: '1', NODE_ENV: 'production' })).toBe(false);
  });
});

describe('createAdjustableClock', () => {
  it('runs on from the instant it is set to, and back to the wall clock when cleared', () => {
    const clock = createAdjustableClock();
    clock.set(new Date('2030-01-01T00:00:00Z'));
    const moved = clock.now().getTime() - Date.parse('2030-01-01T00:00:00Z');
    expect(moved).toBeGreaterThanOrEqual(0);
    expect(moved).toBeLessThan(5_000);
    clock.set(undefined);
    expect(Math.abs(clock.now().getTime() - Date.now())).toBeLessThan(5_000);
  });
});

describe('the test routes', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('are absent from a normal app', async () => {
    const r = await t.app.inject({ method: 'PUT', url: '/api/test/clock', payload: { at: null } });
    expect(r.statusCode).toBe(404);
  });

  it('set the clock and read the outbox when registered', async () => {
    const { buildApp } = await import('../app');
    const clock = createAdjustableClock();
    const services = { ...t.services, now: clock.now };
    const app = await buildApp({ services, serveWeb: false });
    registerTestApi(app, services, clock);
    await app.ready();
    const set = await app.inject({
      method: 'PUT',
      url: '/api/test/clock',
      payload: { at: '2026-03-16T09:00:00+08:00' },
    });
    expect(set.statusCode).toBe(200);
    expect(Date.parse(set.json().now) - Date.parse('2026-03-16T01:00:00Z')).toBeLessThan(5_000);
    const sent = await app.inject({
      method: 'POST',
      url: '/api/public/sms-codes',
      payload: { phone: '13904726001', purpose: 'book' },
    });
    expect(sent.statusCode, sent.body).toBe(200);
    const outbox = await app.inject({ method: 'GET', url: '/api/test/outbox?phone=13904726001' });
    expect(outbox.json().items[0].text).toMatch(/验证码 \d{6}/);
    await app.close();
  });
});
