/**
 * Helpers of the browser tests that need the hall open (not a test file): the tests may run at night or on
 * a weekend, Beijing time. Also the window a journey's ticket is called to, and the call itself.
 */
import type { Page } from 'playwright-core';
import { baseUrl, loginAs, type Session, session } from './browser';
import { beijingToday } from './legal-aid-kit';

/** A window of the hall as GET /api/windows lists it. */
export interface HallWindow {
  id: string;
  number: number;
  name: string;
  services: string[];
  status: string;
  location: string | null;
  version: number;
}

/**
 * As admin, open the hall all day (queue settings) and, when today is a rest day, make it a working day (a
 * calendar override, `note` saying which journey asked), so the kiosk issues tickets at any hour.
 */
export async function openHallAllDay(admin: Session, note: string): Promise<void> {
  const settings = await admin.get<Record<string, unknown> & { version: number }>('/api/queue/settings');
  await admin.put('/api/queue/settings', {
    version: settings.version,
    agingLimitMinutes: settings.agingLimitMinutes,
    maxRecalls: settings.maxRecalls,
    elderlyAge: settings.elderlyAge,
    recentCallsShown: settings.recentCallsShown,
    openingHours: [{ from: '00:00', to: '23:59' }],
  });
  const today = beijingToday();
  const days = await admin.get<{
    items: { date: string; working: boolean; override?: { id: string; version: number } }[];
  }>(`/api/calendar/days?from=${today}&to=${today}`);
  const day = days.items[0];
  if (day && !day.working) {
    if (day.override) {
      await admin.patch(`/api/calendar/overrides/${day.override.id}`, {
        version: day.override.version,
        kind: 'workday',
        note,
      });
    } else {
      await admin.post('/api/calendar/overrides', { date: today, kind: 'workday', note });
    }
  }
}

/** The hall's window `number` (2 法律援助窗口, 3 人民调解窗口, …), opened if needed. */
export async function openWindow(admin: Session, number: number): Promise<HallWindow> {
  const { items } = await admin.get<{ items: HallWindow[] }>('/api/windows?pageSize=100');
  const w = items.find((x) => x.number === number);
  if (!w) throw new Error(`window ${number} missing from the demo data`);
  if (w.status !== 'open') {
    await admin.patch(`/api/windows/${w.id}`, {
      version: w.version,
      name: w.name,
      services: w.services,
      status: 'open',
      location: w.location,
    });
  }
  return w;
}

/** Settles whatever ticket is current at the window (another test's), so the next call reaches ours. */
export async function settleCurrent(clerk: Session, windowId: string): Promise<void> {
  const state = await clerk.get<{ current: { id: string; status: string } | null }>(
    `/api/queue/console?windowId=${windowId}`,
  );
  const current = state.current;
  if (!current) return;
  if (current.status === 'called') await clerk.post(`/api/queue/tickets/${current.id}/start`, { windowId });
  await clerk.post(`/api/queue/tickets/${current.id}/finish`, { windowId, outcome: 'resolved' });
}

/**
 * The demo clerk, logged in on `desk`, picks the window (its console button, e.g. `/2号\s*法律援助窗口/`)
 * and calls until `ticketNumber` is the current number: another test's ticket current at the window, or
 * called ahead of ours, is settled first (up to nine calls). Returns the clerk's API session, for checks
 * beside the UI.
 */
export async function callToWindow(
  desk: Page,
  window: { id: string; button: RegExp },
  ticketNumber: string,
): Promise<Session> {
  const clerkApi = await session('clerk');
  await settleCurrent(clerkApi, window.id);
  await loginAs(desk, 'clerk');
  await desk.goto(`${baseUrl()}/queue/console`);
  await desk.getByRole('button', { name: window.button }).click();
  for (let attempt = 0; ; attempt += 1) {
    await desk.getByRole('button', { name: /叫\s*号/ }).click();
    const current = desk.getByTestId('console-current-number');
    await current.waitFor();
    if (((await current.textContent()) ?? '').trim() === ticketNumber) break;
    if (attempt >= 8) throw new Error(`ticket ${ticketNumber} was never called`);
    await settleCurrent(clerkApi, window.id);
    await desk.reload();
  }
  return clerkApi;
}
