import { notFound } from '@core/errors';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Database, Executor } from '../../context';
import { organisations } from '../../db/schema/index';

/** Organisation kinds that run a hall with windows (as in server/use-cases/windows/create-window.ts). */
const HALL_KINDS = ['service-center', 'city-bureau', 'county-bureau'];

export interface QueueCenter {
  id: string;
  name: string;
}

/** How long this process reuses the default center's id (milliseconds). */
const DEFAULT_CENTER_TTL_MS = 60_000;
const defaultCenters = new WeakMap<object, { at: number; center: QueueCenter }>();

/** QUEUE.CENTER_NOT_FOUND (404). */
export const centerNotFound = () => notFound('QUEUE.CENTER_NOT_FOUND', '服务中心不存在');

/**
 * The hall a public request or a staff list is about: `centerId` when given (an active organisation that
 * runs a hall), else the default hall, the first active service center (the city's 公共法律服务中心).
 * The default is cached per database for a minute.
 */
export async function resolveCenter(db: Database | Executor, centerId?: string): Promise<QueueCenter> {
  if (centerId) {
    const [row] = await db
      .select({ id: organisations.id, name: organisations.name })
      .from(organisations)
      .where(
        and(
          eq(organisations.id, centerId),
          inArray(organisations.kind, HALL_KINDS),
          eq(organisations.active, true),
        ),
      );
    if (!row) throw centerNotFound();
    return row;
  }
  const cached = defaultCenters.get(db);
  if (cached && performance.now() - cached.at < DEFAULT_CENTER_TTL_MS) return cached.center;
  const [row] = await db
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(and(eq(organisations.kind, 'service-center'), eq(organisations.active, true)))
    .orderBy(asc(organisations.createdAt), asc(organisations.id))
    .limit(1);
  if (!row) throw centerNotFound();
  defaultCenters.set(db, { at: performance.now(), center: row });
  return row;
}

/**
 * The hall whose queue an actor's console works (排队统计, 取号): the default hall when it is in their
 * organisation scope, else the first active service center in their scope (a county's own hall), else
 * null (their scope runs no hall, so the console offers no queue page; GET /api/auth/me).
 */
export async function actorHall(
  db: Database | Executor,
  scopeOrgIds: readonly string[],
): Promise<QueueCenter | null> {
  const fallback = await resolveCenter(db).catch(() => null);
  if (fallback && scopeOrgIds.includes(fallback.id)) return fallback;
  if (scopeOrgIds.length === 0) return null;
  const [row] = await db
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(
      and(
        eq(organisations.kind, 'service-center'),
        eq(organisations.active, true),
        inArray(organisations.id, [...scopeOrgIds]),
      ),
    )
    .orderBy(asc(organisations.createdAt), asc(organisations.id))
    .limit(1);
  return row ?? null;
}
