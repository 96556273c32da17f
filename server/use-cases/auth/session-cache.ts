/**
 * This process's cache of resolved sessions (cookie token hash → session, user and organisation scope), so a
 * staff request does not pay a database round trip to learn who sent it. It is only used while the database
 * can tell this process about changes, and it forgets everything at once when told:
 *
 * - Caching is on for a database only while a LISTEN connection on AUTH_CHANNEL is up for it
 *   (`sessionCacheListening`, driven by server/realtime/queue-events.ts QueueEventHub). Without one every
 *   lookup goes to the database, as before.
 * - Migration 0018's triggers NOTIFY on AUTH_CHANNEL when a statement changes sessions (logout, revocation),
 *   the user columns a session carries (active, roles, org_id, names, locale, party_member) or the
 *   organisation tree the scope is computed from, whatever code or SQL made it; every instance then calls
 *   `forgetCachedSessions`. The use cases of this process that make such changes also call it right after
 *   their commit, so their own next request never sees the old state (the NOTIFY arrives milliseconds later).
 * - A lookup that started before a forget is not stored (generation check), so a read racing a change cannot
 *   put the old state back.
 * - An entry is dropped when its session expires (`expires_at`, checked against the request's `now`) and
 *   after SESSION_CACHE_TTL_MS in any case; at most SESSION_CACHE_MAX_ENTRIES are kept (oldest dropped first).
 *
 * Cached values are frozen: request handlers share them.
 */
export const AUTH_CHANNEL = 'lawhall_auth';

/** Milliseconds (monotonic) a resolved session is reused at most, even without a change notice. */
export const SESSION_CACHE_TTL_MS = 60_000;

/** Entries kept per database at most. */
export const SESSION_CACHE_MAX_ENTRIES = 10_000;

interface Entry<T> {
  value: T;
  /** The session's own expiry, epoch milliseconds. */
  expiresAt: number;
  /** performance.now() when it was read. */
  loadedAt: number;
}

interface CacheState {
  /** LISTEN connections on AUTH_CHANNEL up for this database (in this process). */
  listening: number;
  /** Bumped by every forget: a lookup begun under an older generation is not stored. */
  generation: number;
  entries: Map<string, Entry<unknown>>;
}

const states = new WeakMap<object, CacheState>();

function stateOf(db: object): CacheState {
  let state = states.get(db);
  if (!state) {
    state = { listening: 0, generation: 0, entries: new Map() };
    states.set(db, state);
  }
  return state;
}

/**
 * Records that a LISTEN connection on AUTH_CHANNEL for `db` came up (`up` true) or went down (false). Either
 * way the cache is emptied: while nobody listened, a change may have been missed.
 */
export function sessionCacheListening(db: object, up: boolean): void {
  const state = stateOf(db);
  state.listening = Math.max(0, state.listening + (up ? 1 : -1));
  forgetCachedSessions(db);
}

/** Empties the cache of `db` (after a change to sessions, accounts or organisations has committed). */
export function forgetCachedSessions(db: object): void {
  const state = stateOf(db);
  state.generation += 1;
  state.entries.clear();
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/**
 * The session of `tokenHash`: from the cache when caching is on and the entry is fresh and unexpired at
 * `now`, else from `load` (which returns the session and its expiry, or undefined for no live session; an
 * absent session is not cached). The returned value is frozen.
 */
export async function cachedSession<T extends object>(
  db: object,
  tokenHash: string,
  now: Date,
  load: () => Promise<{ value: T; expiresAt: Date } | undefined>,
): Promise<T | undefined> {
  const state = stateOf(db);
  if (state.listening === 0) {
    const loaded = await load();
    return loaded && deepFreeze(loaded.value);
  }
  const hit = state.entries.get(tokenHash);
  if (hit) {
    if (hit.expiresAt > now.getTime() && performance.now() - hit.loadedAt < SESSION_CACHE_TTL_MS)
      return hit.value as T;
    state.entries.delete(tokenHash);
  }
  const generation = state.generation;
  const loaded = await load();
  if (!loaded) return undefined;
  const value = deepFreeze(loaded.value);
  if (state.generation === generation && state.listening > 0) {
    if (state.entries.size >= SESSION_CACHE_MAX_ENTRIES) {
      const oldest = state.entries.keys().next();
      if (!oldest.done) state.entries.delete(oldest.value);
    }
    state.entries.set(tokenHash, {
      value,
      expiresAt: loaded.expiresAt.getTime(),
      loadedAt: performance.now(),
    });
  }
  return value;
}

/**
 * Awaits `change` (a transaction that changes sessions, accounts or organisations), then empties the session
 * cache of `db`, also when it failed (nothing is lost by forgetting). This process's next request then reads
 * the committed state without waiting for migration 0018's NOTIFY.
 */
export async function forgettingSessions<T>(db: object, change: Promise<T>): Promise<T> {
  try {
    return await change;
  } finally {
    forgetCachedSessions(db);
  }
}
