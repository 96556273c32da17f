import { estimateWait } from '@core/queue/call-order';
import { getService } from '@core/queue/services';
import { and, asc, count, eq, isNotNull, sql } from 'drizzle-orm';
import type { Database } from '../../context';
import { tickets, windows } from '../../db/schema/index';
import { windowsGeneration } from '../../realtime/queue-events';

/** Finished tickets of a service today needed before its own average replaces the default (whole number). */
export const MIN_SERVICE_SAMPLES = 5;

/** How long the measured service times of a center and day are reused (milliseconds): estimates only. */
export const SERVICE_TIMES_TTL_MS = 30_000;

export interface HallLoad {
  windows: (typeof windows.$inferSelect)[];
  /** Waiting tickets per service code (empty when not asked for). */
  waiting: Map<string, number>;
  /** Average minutes per citizen per service: today's (≥ MIN_SERVICE_SAMPLES finished) or core's default. */
  avgServiceMinutes(serviceCode: string): number;
}

type ServiceTimes = Map<string, number>;
const serviceTimes = new WeakMap<object, Map<string, { at: number; value: Promise<ServiceTimes> }>>();

/**
 * Today's average minutes per citizen of each service with at least MIN_SERVICE_SAMPLES finished tickets,
 * cached per database handle for SERVICE_TIMES_TTL_MS.
 */
function measuredServiceMinutes(db: Database, centerId: string, businessDate: string): Promise<ServiceTimes> {
  const key = `${centerId} ${businessDate}`;
  const perDb = serviceTimes.get(db) ?? new Map<string, { at: number; value: Promise<ServiceTimes> }>();
  serviceTimes.set(db, perDb);
  const cached = perDb.get(key);
  if (cached && performance.now() - cached.at < SERVICE_TIMES_TTL_MS) return cached.value;
  const value = db
    .select({
      serviceCode: tickets.serviceCode,
      n: count(),
      avgSeconds: sql<number>`extract(epoch from avg(${tickets.finishedAt} - ${tickets.startedAt}))::float8`,
    })
    .from(tickets)
    .where(
      and(
        eq(tickets.orgId, centerId),
        eq(tickets.businessDate, businessDate),
        isNotNull(tickets.finishedAt),
        isNotNull(tickets.startedAt),
      ),
    )
    .groupBy(tickets.serviceCode)
    .then(
      (rows): ServiceTimes =>
        new Map(
          rows
            .filter((r) => r.n >= MIN_SERVICE_SAMPLES && r.avgSeconds > 0)
            .map((r) => [r.serviceCode, r.avgSeconds / 60]),
        ),
    );
  void value.catch(() => perDb.delete(key));
  perDb.set(key, { at: performance.now(), value });
  return value;
}

/** How long the windows of a center are reused at most (milliseconds) when no window event intervenes. */
export const WINDOWS_TTL_MS = 2_000;

type WindowRow = typeof windows.$inferSelect;
interface CachedWindows {
  at: number;
  generation: number;
  rows: Promise<WindowRow[]>;
}
const centerWindows = new WeakMap<object, Map<string, CachedWindows>>();

/**
 * The windows of a center by number, shared by concurrent requests until the center's next window event
 * (opening, pausing, creating or editing a window publishes one with `windows: true`: set-window-status.ts,
 * windows use cases) or WINDOWS_TTL_MS, whichever comes first. Ticket events do not touch windows rows.
 */
function loadWindows(db: Database, centerId: string): Promise<WindowRow[]> {
  const perDb = centerWindows.get(db) ?? new Map<string, CachedWindows>();
  centerWindows.set(db, perDb);
  const generation = windowsGeneration(centerId);
  const cached = perDb.get(centerId);
  if (cached && cached.generation === generation && performance.now() - cached.at < WINDOWS_TTL_MS)
    return cached.rows;
  const rows = Promise.resolve(
    db.select().from(windows).where(eq(windows.orgId, centerId)).orderBy(asc(windows.number)),
  );
  void rows.catch(() => perDb.delete(centerId));
  perDb.set(centerId, { at: performance.now(), generation, rows });
  return rows;
}

/**
 * The windows and service times of a center on a Beijing business date, and (unless `waiting: false`)
 * its waiting tickets per service.
 */
export async function loadHallLoad(
  db: Database,
  centerId: string,
  businessDate: string,
  options: { waiting?: boolean } = {},
): Promise<HallLoad> {
  const [windowRows, waitingRows, measured] = await Promise.all([
    loadWindows(db, centerId),
    options.waiting === false
      ? []
      : db
          .select({ serviceCode: tickets.serviceCode, n: count() })
          .from(tickets)
          .where(
            and(
              eq(tickets.orgId, centerId),
              eq(tickets.businessDate, businessDate),
              eq(tickets.status, 'waiting'),
            ),
          )
          .groupBy(tickets.serviceCode),
    measuredServiceMinutes(db, centerId, businessDate),
  ]);
  return {
    windows: windowRows,
    waiting: new Map(waitingRows.map((r) => [r.serviceCode, r.n])),
    avgServiceMinutes: (code) => measured.get(code) ?? getService(code).defaultAvgServiceMinutes,
  };
}

/** Windows of the center that list `serviceCode` (any status), and those of them open now. */
export function windowsServing(load: HallLoad, serviceCode: string): { all: number; open: number } {
  const serving = load.windows.filter((w) => w.services.includes(serviceCode));
  return { all: serving.length, open: serving.filter((w) => w.status === 'open').length };
}

/** Estimated minutes until a ticket with `peopleAhead` before it is called (null: no open window). */
export function estimatedWaitMinutes(
  load: HallLoad,
  serviceCode: string,
  peopleAhead: number,
): number | null {
  return estimateWait({
    peopleAhead,
    openWindows: windowsServing(load, serviceCode).open,
    avgServiceMinutes: load.avgServiceMinutes(serviceCode),
  }).minutes;
}
