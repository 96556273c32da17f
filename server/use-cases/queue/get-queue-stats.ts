import { assertCan } from '@core/access';
import { businessDateOf, startOfBusinessDate } from '@core/calendar';
import { findService } from '@core/queue/services';
import { computeQueueStats, type QueueStatsRow } from '@core/queue/stats';
import type { TicketStatus } from '@core/queue/ticket-status';
import { and, asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Services, UseCaseCall } from '../../context';
import { tickets, windows } from '../../db/schema/index';
import { beijingHour } from './hall-hours';
import { businessDateField } from './list-tickets';
import { resolveCenter } from './queue-center';
import { loadQueueSettings } from './queue-settings';

export const statsQuery = z.object({
  centerId: z.uuid({ error: '服务中心编号格式不正确' }).optional(),
  date: businessDateField.optional(),
});

const seconds = z.number().int().nullable();
const statsRow = z.object({
  tickets: z.number().int(),
  waiting: z.number().int(),
  finished: z.number().int(),
  noShows: z.number().int(),
  cancelled: z.number().int(),
  avgWaitSeconds: seconds,
  p90WaitSeconds: seconds,
  avgServiceSeconds: seconds,
  p90ServiceSeconds: seconds,
  longestCurrentWaitSeconds: seconds,
});

export const queueStats = z.object({
  date: z.string(),
  overall: statsRow,
  services: z.array(statsRow.extend({ code: z.string(), name: z.string() })),
  windows: z.array(statsRow.extend({ id: z.string(), number: z.number().int(), name: z.string() })),
  /** Per Beijing hour (0–23) of the opening day: tickets issued and first calls. */
  hourly: z.array(z.object({ hour: z.number().int(), issued: z.number().int(), called: z.number().int() })),
  excludedDurations: z.number().int(),
});
export type QueueStatsReply = z.infer<typeof queueStats>;

function shape(row: QueueStatsRow): z.infer<typeof statsRow> {
  return {
    tickets: row.tickets,
    waiting: row.waiting,
    finished: row.finished,
    noShows: row.noShows,
    cancelled: row.cancelled,
    avgWaitSeconds: row.wait.averageSeconds,
    p90WaitSeconds: row.wait.p90Seconds,
    avgServiceSeconds: row.service.averageSeconds,
    p90ServiceSeconds: row.service.p90Seconds,
    longestCurrentWaitSeconds: row.longestCurrentWaitSeconds,
  };
}

/**
 * Queue statistics of a center on a Beijing business date (default today), computed by core/queue/stats
 * from the day's tickets: per service (kiosk order), per window (number order), hourly. Waits are issue →
 * first call, service times start → finish, whole seconds; the current wait of a past day is measured to
 * its end. Needs queue.read on the center.
 */
export async function getQueueStats(
  services: Services,
  { actor, input }: UseCaseCall<z.infer<typeof statsQuery>>,
): Promise<QueueStatsReply> {
  const center = await resolveCenter(services.db, input.centerId);
  assertCan(actor, 'queue.read', { orgId: center.id });
  const now = services.now();
  const date = input.date ?? businessDateOf(now);
  const endOfDay = new Date(startOfBusinessDate(date).getTime() + 86_400_000 - 1);
  const [rows, windowRows, settings] = await Promise.all([
    services.db
      .select()
      .from(tickets)
      .where(and(eq(tickets.orgId, center.id), eq(tickets.businessDate, date))),
    services.db.select().from(windows).where(eq(windows.orgId, center.id)).orderBy(asc(windows.number)),
    loadQueueSettings(services.db, center.id),
  ]);
  const stats = computeQueueStats(
    rows.map((r) => ({
      serviceCode: r.serviceCode,
      windowId: r.windowId,
      status: r.status as TicketStatus,
      issuedAt: r.issuedAt,
      calledAt: r.firstCalledAt,
      startedAt: r.startedAt,
      finishedAt: r.finishedAt,
    })),
    now < endOfDay ? now : endOfDay,
  );
  const windowById = new Map(windowRows.map((w) => [w.id, w]));
  const hours = new Map<number, { issued: number; called: number }>();
  const bump = (hour: number, key: 'issued' | 'called') => {
    const entry = hours.get(hour) ?? { issued: 0, called: 0 };
    entry[key] += 1;
    hours.set(hour, entry);
  };
  for (const r of rows) {
    bump(beijingHour(r.issuedAt), 'issued');
    if (r.firstCalledAt) bump(beijingHour(r.firstCalledAt), 'called');
  }
  const openHours = settings.openingHours.flatMap((s) => [
    Number(s.from.slice(0, 2)),
    Number(s.to.slice(0, 2)),
  ]);
  const span = [...hours.keys(), ...openHours];
  const hourly = [];
  for (let hour = Math.min(...span); hour <= Math.max(...span); hour++) {
    hourly.push({ hour, ...(hours.get(hour) ?? { issued: 0, called: 0 }) });
  }
  return {
    date,
    overall: shape(stats.overall),
    services: stats.byService.map((s) => ({
      code: s.serviceCode,
      name: findService(s.serviceCode)?.nameZh ?? s.serviceCode,
      ...shape(s),
    })),
    windows: stats.byWindow
      .map((w) => {
        const window = windowById.get(w.windowId);
        return { id: w.windowId, number: window?.number ?? 0, name: window?.name ?? '', ...shape(w) };
      })
      .sort((a, b) => a.number - b.number),
    hourly,
    excludedDurations: stats.excludedDurations,
  };
}
