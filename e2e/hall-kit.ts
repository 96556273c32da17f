/**
 * Helpers of the browser tests that need the hall open (not a test file): the tests may run at night or on
 * a weekend, Beijing time.
 */
import type { Session } from './browser';
import { beijingToday } from './legal-aid-kit';

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
