import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../test/app';
import { beijing } from './queue-test-kit';

let t: TestApp;
const saved = { ...process.env };

beforeAll(async () => {
  process.env.LAWHALL_RATE_LIMIT = '';
  process.env.LAWHALL_QUEUE_TICKETS_PER_MINUTE = '2';
  t = await buildTestApp();
  process.env = { ...saved };
  t.services.clock.set(beijing('2026-03-16T09:00'));
});
afterAll(async () => {
  await t?.close();
});

const kiosk = (remoteAddress: string) =>
  t.app.inject({
    method: 'POST',
    url: '/api/queue/tickets',
    payload: { serviceCode: 'consultation' },
    remoteAddress,
  });

describe('public rate limits', () => {
  it('limits kiosk tickets per address and minute, with a Chinese 429', async () => {
    // Six requests span at most two one-minute windows, so one window sees three or more: one is refused.
    const replies = [];
    for (let i = 0; i < 6; i++) replies.push(await kiosk('10.1.1.1'));
    const refused = replies.filter((r) => r.statusCode === 429);
    expect(refused.length).toBeGreaterThanOrEqual(1);
    expect(refused[0]!.json()).toMatchObject({
      code: 'COMMON.RATE_LIMITED',
      message: expect.stringMatching(/^请求过于频繁/),
    });
    expect(refused[0]!.headers['retry-after']).toBeDefined();
    expect((await kiosk('10.2.2.2')).statusCode).toBe(201);
  });

  it('does not limit staff routes, and keeps the counters in PostgreSQL', async () => {
    const clerk = await t.login({ roles: ['window-clerk'] });
    for (let i = 0; i < 5; i++) expect((await clerk.get('/api/queue/tickets')).statusCode).toBe(200);
    const rows = await t.services.db.$client.query<{ key: string; hits: number }>(
      'select key, hits from rate_limit_hits',
    );
    expect(rows.rows.some((r) => r.key === 'POST /api/queue/tickets 10.1.1.1')).toBe(true);
    expect(rows.rows.some((r) => r.key.includes('/api/queue/tickets?') || r.key.startsWith('GET'))).toBe(
      false,
    );
  });
});
