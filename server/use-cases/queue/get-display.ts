import { businessDateOf } from '@core/calendar';
import { getService } from '@core/queue/services';
import { and, desc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Services } from '../../context';
import { ticketActions, tickets, users, windows } from '../../db/schema/index';
import { queueGeneration } from '../../realtime/queue-events';
import { WINDOW_STATUSES, type WindowStatus } from '../windows/window-item';
import { loadHallLoad } from './hall-load';
import { resolveCenter } from './queue-center';
import { loadQueueSettings } from './queue-settings';

export const displayQuery = z.object({
  centerId: z.uuid({ error: '服务中心编号格式不正确' }).optional(),
});

export const displayBoard = z.object({
  businessDate: z.string(),
  windows: z.array(
    z.object({
      id: z.string(),
      number: z.number().int(),
      name: z.string(),
      status: z.enum(WINDOW_STATUSES),
      /** The staff member who last called at this window today (display badge), if any. */
      staffName: z.string().optional(),
      /** 党员示范岗: the staff member is a Party member. */
      partyMember: z.boolean(),
      current: z
        .object({
          ticketNumber: z.string(),
          serviceCode: z.string(),
          status: z.string(),
          calledAt: z.string(),
        })
        .nullable(),
    }),
  ),
  recentCalls: z.array(
    z.object({
      ticketNumber: z.string(),
      windowNumber: z.number().int(),
      windowName: z.string(),
      calledAt: z.string(),
    }),
  ),
  waiting: z.array(z.object({ serviceCode: z.string(), name: z.string(), count: z.number().int() })),
});
export type DisplayBoard = z.infer<typeof displayBoard>;

/**
 * The display board (叫号大屏; public, only ticket numbers, windows and staff names on duty): each window
 * with its current ticket (called or serving, latest call) and who is on duty there, the most recent
 * calls (settings `recentCallsShown`), and the waiting count per offered service. Today = the Beijing
 * business date of `services.now()`. Shared by all viewers until the center's next queue event (DISPLAY_TTL_MS).
 */
export async function getDisplay(
  services: Services,
  input: { centerId?: string | undefined },
): Promise<DisplayBoard> {
  const center = await resolveCenter(services.db, input.centerId);
  const businessDate = businessDateOf(services.now());
  const key = `${center.id} ${businessDate}`;
  const perDb = boards.get(services.db) ?? new Map<string, CachedBoard>();
  boards.set(services.db, perDb);
  const cached = perDb.get(key);
  const generation = queueGeneration(center.id);
  if (cached && cached.generation === generation && performance.now() - cached.at < DISPLAY_TTL_MS) {
    return cached.board;
  }
  const board = readDisplay(services, center.id, businessDate);
  perDb.set(key, { generation, at: performance.now(), board });
  board.catch(() => perDb.delete(key));
  return board;
}

/**
 * How long a display board is reused at most (milliseconds). Every queue event of its center (published here
 * or heard over LISTEN from another instance) drops it at once, so boards, which refetch on each event, see
 * every change; the limit only bounds staleness while the LISTEN connection is down.
 */
export const DISPLAY_TTL_MS = 2_000;

interface CachedBoard {
  generation: number;
  at: number;
  board: Promise<DisplayBoard>;
}
const boards = new WeakMap<object, Map<string, CachedBoard>>();

async function readDisplay(
  services: Services,
  centerId: string,
  businessDate: string,
): Promise<DisplayBoard> {
  const center = { id: centerId };
  const dayStart = new Date(`${businessDate}T00:00:00+08:00`);
  const [settings, load, current, staff] = await Promise.all([
    loadQueueSettings(services.db, center.id),
    loadHallLoad(services.db, center.id, businessDate),
    services.db
      .selectDistinctOn([tickets.windowId], {
        windowId: tickets.windowId,
        number: tickets.number,
        serviceCode: tickets.serviceCode,
        status: tickets.status,
        calledAt: tickets.calledAt,
      })
      .from(tickets)
      .where(
        and(
          eq(tickets.orgId, center.id),
          eq(tickets.businessDate, businessDate),
          inArray(tickets.status, ['called', 'serving']),
        ),
      )
      .orderBy(tickets.windowId, desc(tickets.calledAt), desc(tickets.id)),
    // Each staff member's latest ticket action today, at the window it was taken at: someone who moved
    // to another window is shown there only, not also at the one they left.
    services.db
      .selectDistinctOn([ticketActions.actorId], {
        windowId: ticketActions.windowId,
        at: ticketActions.at,
        name: users.displayName,
        partyMember: users.partyMember,
      })
      .from(ticketActions)
      .innerJoin(users, eq(users.id, ticketActions.actorId))
      .where(
        and(
          eq(ticketActions.orgId, center.id),
          isNotNull(ticketActions.windowId),
          sql`${ticketActions.at} >= ${dayStart.toISOString()}::timestamptz`,
        ),
      )
      .orderBy(ticketActions.actorId, desc(ticketActions.at), desc(ticketActions.id)),
  ]);
  const recent = await services.db
    .select({
      ticketNumber: tickets.number,
      windowNumber: windows.number,
      windowName: windows.name,
      calledAt: ticketActions.at,
    })
    .from(ticketActions)
    .innerJoin(tickets, eq(tickets.id, ticketActions.ticketId))
    .innerJoin(windows, eq(windows.id, ticketActions.windowId))
    .where(
      and(
        eq(ticketActions.orgId, center.id),
        inArray(ticketActions.action, ['call', 'recall', 'announce']),
        sql`${ticketActions.at} >= ${dayStart.toISOString()}::timestamptz`,
      ),
    )
    .orderBy(desc(ticketActions.at), desc(ticketActions.id))
    .limit(settings.recentCallsShown);
  const currentByWindow = new Map(current.map((c) => [c.windowId, c]));
  // The window's latest staff member among those whose latest action was there.
  const staffByWindow = new Map<string | null, (typeof staff)[number]>();
  for (const s of staff) {
    const shown = staffByWindow.get(s.windowId);
    if (!shown || shown.at < s.at) staffByWindow.set(s.windowId, s);
  }
  const offered = new Set(load.windows.flatMap((w) => w.services));
  return {
    businessDate,
    windows: load.windows.map((w) => {
      const now = currentByWindow.get(w.id);
      const onDuty = staffByWindow.get(w.id);
      return {
        id: w.id,
        number: w.number,
        name: w.name,
        status: w.status as WindowStatus,
        ...(onDuty ? { staffName: onDuty.name } : {}),
        partyMember: onDuty?.partyMember ?? false,
        current: now?.calledAt
          ? {
              ticketNumber: now.number,
              serviceCode: now.serviceCode,
              status: now.status,
              calledAt: now.calledAt.toISOString(),
            }
          : null,
      };
    }),
    recentCalls: recent.map((r) => ({ ...r, calledAt: r.calledAt.toISOString() })),
    waiting: [...offered]
      .map((code) => ({
        serviceCode: code,
        name: getService(code).nameZh,
        count: load.waiting.get(code) ?? 0,
      }))
      .sort((a, b) =>
        getService(a.serviceCode).ticketPrefix.localeCompare(getService(b.serviceCode).ticketPrefix),
      ),
  };
}
