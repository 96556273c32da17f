import { describe, expect, it, vi } from 'vitest';
import {
  cachedSession,
  forgetCachedSessions,
  forgettingSessions,
  SESSION_CACHE_MAX_ENTRIES,
  SESSION_CACHE_TTL_MS,
  sessionCacheListening,
} from './session-cache';

const NOW = new Date('2026-03-16T01:00:00Z');
const LATER = new Date('2026-03-16T13:00:00Z');

/** A loader that counts its calls and returns a fresh session object expiring at 12:00Z. */
function loader(name = 'a', expiresAt = new Date('2026-03-16T12:00:00Z')) {
  const load = vi.fn(async () => ({ value: { name, roles: ['window-clerk'] }, expiresAt }));
  return load;
}

describe('cachedSession', () => {
  it('reads the database every time while no LISTEN connection is up, and freezes the value', async () => {
    const db = {};
    const load = loader();
    const first = await cachedSession(db, 'h', NOW, load);
    await cachedSession(db, 'h', NOW, load);
    expect(load).toHaveBeenCalledTimes(2);
    expect(Object.isFrozen(first)).toBe(true);
    expect(Object.isFrozen(first?.roles)).toBe(true);
  });

  it('reuses a session while listening, until it expires at the request instant', async () => {
    const db = {};
    sessionCacheListening(db, true);
    const load = loader();
    const first = await cachedSession(db, 'h', NOW, load);
    const second = await cachedSession(db, 'h', NOW, load);
    expect(second).toBe(first);
    expect(load).toHaveBeenCalledTimes(1);
    await cachedSession(db, 'h', LATER, load);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('does not cache an absent session', async () => {
    const db = {};
    sessionCacheListening(db, true);
    const load = vi.fn(async () => undefined);
    expect(await cachedSession(db, 'h', NOW, load)).toBeUndefined();
    expect(await cachedSession(db, 'h', NOW, load)).toBeUndefined();
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('forgets everything on a change notice, and on the connection going down or up', async () => {
    const db = {};
    sessionCacheListening(db, true);
    const load = loader();
    await cachedSession(db, 'h', NOW, load);
    forgetCachedSessions(db);
    await cachedSession(db, 'h', NOW, load);
    expect(load).toHaveBeenCalledTimes(2);
    sessionCacheListening(db, true); // a second connection (another app on the same handle)
    await cachedSession(db, 'h', NOW, load);
    expect(load).toHaveBeenCalledTimes(3);
    sessionCacheListening(db, false); // one of two down: still one listening, but emptied
    await cachedSession(db, 'h', NOW, load);
    await cachedSession(db, 'h', NOW, load);
    expect(load).toHaveBeenCalledTimes(4);
    sessionCacheListening(db, false); // none listening: no caching
    await cachedSession(db, 'h', NOW, load);
    await cachedSession(db, 'h', NOW, load);
    expect(load).toHaveBeenCalledTimes(6);
  });

  it('does not store a read that a change overtook', async () => {
    const db = {};
    sessionCacheListening(db, true);
    let release: () => void = () => undefined;
    const slow = vi.fn(
      () =>
        new Promise<{ value: { name: string }; expiresAt: Date }>((resolve) => {
          release = () => resolve({ value: { name: 'before the change' }, expiresAt: LATER });
        }),
    );
    const pending = cachedSession(db, 'h', NOW, slow);
    forgetCachedSessions(db); // the change commits while the read is on its way
    release();
    expect(await pending).toEqual({ name: 'before the change' });
    const load = loader('after the change');
    expect(await cachedSession(db, 'h', NOW, load)).toEqual({
      name: 'after the change',
      roles: ['window-clerk'],
    });
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('rereads after the time to live, whatever the session expiry', async () => {
    const db = {};
    sessionCacheListening(db, true);
    const load = loader();
    const clock = vi.spyOn(performance, 'now');
    try {
      clock.mockReturnValue(1_000);
      await cachedSession(db, 'h', NOW, load);
      clock.mockReturnValue(1_000 + SESSION_CACHE_TTL_MS - 1);
      await cachedSession(db, 'h', NOW, load);
      expect(load).toHaveBeenCalledTimes(1);
      clock.mockReturnValue(1_000 + SESSION_CACHE_TTL_MS);
      await cachedSession(db, 'h', NOW, load);
      expect(load).toHaveBeenCalledTimes(2);
    } finally {
      clock.mockRestore();
    }
  });

  it('keeps at most SESSION_CACHE_MAX_ENTRIES, dropping the oldest', async () => {
    const db = {};
    sessionCacheListening(db, true);
    const load = loader();
    for (let i = 0; i <= SESSION_CACHE_MAX_ENTRIES; i += 1) await cachedSession(db, `h${i}`, NOW, load);
    expect(load).toHaveBeenCalledTimes(SESSION_CACHE_MAX_ENTRIES + 1);
    await cachedSession(db, `h${SESSION_CACHE_MAX_ENTRIES}`, NOW, load); // the newest: kept
    await cachedSession(db, 'h1', NOW, load); // the second oldest: kept
    expect(load).toHaveBeenCalledTimes(SESSION_CACHE_MAX_ENTRIES + 1);
    await cachedSession(db, 'h0', NOW, load); // the oldest: dropped
    expect(load).toHaveBeenCalledTimes(SESSION_CACHE_MAX_ENTRIES + 2);
  });
});

describe('forgettingSessions', () => {
  it('empties the cache after the change, also when it failed', async () => {
    const db = {};
    sessionCacheListening(db, true);
    const load = loader();
    await cachedSession(db, 'h', NOW, load);
    expect(await forgettingSessions(db, Promise.resolve(7))).toBe(7);
    await cachedSession(db, 'h', NOW, load);
    expect(load).toHaveBeenCalledTimes(2);
    await expect(forgettingSessions(db, Promise.reject(new Error('rolled back')))).rejects.toThrow(
      'rolled back',
    );
    await cachedSession(db, 'h', NOW, load);
    expect(load).toHaveBeenCalledTimes(3);
  });
});
