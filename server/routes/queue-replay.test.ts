import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEFAULT_EXTRA_WINDOWS,
  DEFAULT_FIXTURE,
  type HallDay,
  replayHallDay,
} from '../../scripts/replay-hall-day';
import { TEST_ADMIN_PASSWORD } from '../test/global-setup';
import { buildQueueTestApp, type QueueTestApp } from './queue-test-kit';

let t: QueueTestApp;
let baseUrl: string;

beforeAll(async () => {
  t = await buildQueueTestApp();
  t.services.clock.set(undefined); // the replay's instants are in the past of the real clock
  baseUrl = await t.app.listen({ port: 0, host: '127.0.0.1' });
});
afterAll(async () => {
  await t?.close();
});

describe('scripts/replay-hall-day.ts', () => {
  it('replays the 186 visitors of 2026-03-16 and leaves realistic statistics', async () => {
    const fixture = JSON.parse(readFileSync(DEFAULT_FIXTURE, 'utf8')) as HallDay;
    const options = {
      fixture,
      baseUrl,
      username: 'admin',
      password: TEST_ADMIN_PASSWORD,
      seed: 20260316,
      keepWindows: false,
      force: false,
      extraWindows: DEFAULT_EXTRA_WINDOWS,
    };
    const report = await replayHallDay(options);
    expect(report).toMatchObject({ date: '2026-03-16', visitors: 186, issued: 186, finished: 186 });
    const byCode = Object.fromEntries(report.services.map((s) => [s.code, s]));
    expect(byCode.consultation?.visitors).toBe(73);
    expect(byCode.lawyer?.visitors).toBe(8);
    expect(byCode.appraisal?.visitors).toBe(5);
    // A busy Monday: waits of tens of minutes on average, the morning peak longer.
    expect(report.overall.avgWaitMinutes).toBeGreaterThan(5);
    expect(report.overall.avgWaitMinutes).toBeLessThan(40);
    expect(report.lastFinish < '20:00').toBe(true);

    const admin = await t.login({ username: 'admin', password: TEST_ADMIN_PASSWORD });
    const stats = (await admin.get('/api/queue/stats?date=2026-03-16')).json();
    expect(stats.overall).toMatchObject({ tickets: 186, finished: 186, waiting: 0 });
    expect(stats.hourly.find((h: { hour: number }) => h.hour === 9).issued).toBe(66);
    const elderly = (await admin.get('/api/queue/tickets?date=2026-03-16&pageSize=500')).json();
    expect(
      elderly.items.filter((x: { priorityGroups: string[] }) => x.priorityGroups.includes('elderly')).length,
    ).toBeGreaterThanOrEqual(54);
    expect(
      elderly.items.some((x: { prioritySources: string[] }) => x.prioritySources.includes('staff-claim')),
    ).toBe(true);
    // The hall's windows are restored after the day, the temporary ones closed.
    const windows: { name: string; services: string[]; status: string }[] = (
      await admin.get('/api/windows')
    ).json().items;
    const temporary = windows.filter((w) => w.name.endsWith('（回放）'));
    expect(temporary).toHaveLength(DEFAULT_EXTRA_WINDOWS);
    expect(temporary.every((w) => w.status === 'closed')).toBe(true);
    expect(windows.filter((w) => !temporary.includes(w)).every((w) => w.services.length === 1)).toBe(true);
    // A second run is refused.
    await expect(replayHallDay(options)).rejects.toThrow(/已有 186 张号票/);
  }, 120_000);
});
