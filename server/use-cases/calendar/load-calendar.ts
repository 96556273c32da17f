import { type Calendar, createCalendar } from '@core/calendar';
import { asc } from 'drizzle-orm';
import type { Executor } from '../../context';
import { holidayOverrides } from '../../db/schema/index';
import { type OverrideItem, toOverrideItem } from './override-item';

/**
 * How long a loaded calendar is reused. Overrides change a few times a year; this instance drops its copy
 * at once when it changes one (`invalidateCalendarCache`), and other server instances on the same
 * database see the change within this many milliseconds. Kept short and simple on purpose: no
 * cross-instance notification is needed for data this rare.
 */
export const CALENDAR_CACHE_TTL_MS = 30_000;

export interface LoadedCalendar {
  calendar: Calendar;
  overrides: readonly OverrideItem[];
  overrideByDate: ReadonlyMap<string, OverrideItem>;
}

let generation = 0;
let cached: { generation: number; loadedAt: number; value: LoadedCalendar } | undefined;
let inFlight: { generation: number; promise: Promise<LoadedCalendar> } | undefined;

/**
 * Drops the cached calendar of this process. Call it after the transaction that changed an override has
 * committed; a load that started before is then not kept either.
 */
export function invalidateCalendarCache(): void {
  generation += 1;
  cached = undefined;
  inFlight = undefined;
}

async function readCalendar(executor: Executor): Promise<LoadedCalendar> {
  const rows = await executor.select().from(holidayOverrides).orderBy(asc(holidayOverrides.date));
  const overrides = rows.map(toOverrideItem);
  const calendar = createCalendar(
    overrides.map((o) => ({ date: o.date, kind: o.kind, ...(o.source ? { source: o.source } : {}) })),
  );
  return { calendar, overrides, overrideByDate: new Map(overrides.map((o) => [o.date, o])) };
}

/**
 * The hall's calendar (core/calendar `createCalendar`) with the administrators' overrides from the
 * database, and the override rows. Cached per process for CALENDAR_CACHE_TTL_MS (see above); assumes one
 * database per process. Pass a transaction to read inside it: a transaction bypasses the cache so that
 * it sees its own uncommitted changes.
 */
export async function loadCalendarData(
  executor: Executor,
  options: { fresh?: boolean } = {},
): Promise<LoadedCalendar> {
  const now = performance.now();
  const isTransaction = !('$client' in executor);
  if (options.fresh || isTransaction) return readCalendar(executor);
  if (cached && cached.generation === generation && now - cached.loadedAt < CALENDAR_CACHE_TTL_MS)
    return cached.value;
  if (inFlight && inFlight.generation === generation) return inFlight.promise;
  const started = generation;
  const promise = readCalendar(executor).then(
    (value) => {
      if (started === generation) cached = { generation: started, loadedAt: now, value };
      if (inFlight?.promise === promise) inFlight = undefined;
      return value;
    },
    (error: unknown) => {
      if (inFlight?.promise === promise) inFlight = undefined;
      throw error;
    },
  );
  inFlight = { generation: started, promise };
  return promise;
}

/**
 * The hall's calendar with the database overrides, for deadline computations
 * (`calendar.addPeriod(start, n, unit)`; check `provisional` before setting a legal deadline).
 */
export async function loadCalendar(executor: Executor): Promise<Calendar> {
  return (await loadCalendarData(executor)).calendar;
}
