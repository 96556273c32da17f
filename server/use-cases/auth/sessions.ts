import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { isRole, type Role } from '@core/access';
import type { Database, Executor, StaffActor } from '../../context';
import { sessions } from '../../db/schema/index';
import { cachedSession } from './session-cache';

export const SESSION_COOKIE = 'lawhall_session';

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

/** Creates a session row; returns the cookie token (never stored) and the CSRF token. */
export async function createSession(
  executor: Executor,
  userId: string,
  hours: number,
  meta: { ip?: string | undefined; userAgent?: string | undefined },
  now: Date,
): Promise<{ token: string; csrfToken: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const expiresAt = new Date(now.getTime() + hours * 3600_000);
  await executor.insert(sessions).values({
    tokenHash: hashToken(token),
    userId,
    csrfToken,
    expiresAt,
    ip: meta.ip ?? null,
    userAgent: meta.userAgent?.slice(0, 300) ?? null,
  });
  return { token, csrfToken, expiresAt };
}

export interface LoadedSession {
  actor: StaffActor;
  csrfToken: string;
  tokenHash: string;
  locale: string;
  partyMember: boolean;
}

/**
 * One round trip per authenticated request that misses this process's session cache (session-cache.ts): the session, its user and the user's organisation scope
 * (same rule as `loadScopeOrgIds`: the subtree of the nearest bureau), as a named prepared statement.
 */
const FIND_SESSION_SQL = `
  with recursive s as (
    select s.csrf_token, s.expires_at, u.id as user_id, u.org_id, u.roles, u.username, u.display_name, u.active, u.locale,
           u.party_member
      from sessions s join users u on u.id = s.user_id
     where s.token_hash = $1 and s.expires_at > $2
     limit 1
  ),
  up as (
    select o.id, o.parent_id, o.kind, 0 as depth from organisations o where o.id = (select org_id from s)
    union all
    select o.id, o.parent_id, o.kind, up.depth + 1 from organisations o join up on o.id = up.parent_id
  ),
  root as (
    select coalesce(
      (select id from up where kind in ('city-bureau', 'county-bureau') order by depth limit 1),
      (select org_id from s)
    ) as id
  ),
  down as (
    select o.id from organisations o where o.id = (select id from root)
    union all
    select o.id from organisations o join down on o.parent_id = down.id
  )
  select s.*, (select array_agg(id::text) from down) as scope from s`;

interface SessionRow {
  csrf_token: string;
  expires_at: Date;
  user_id: string;
  org_id: string;
  roles: string[];
  username: string;
  display_name: string;
  active: boolean;
  locale: string;
  party_member: boolean;
  scope: string[] | null;
}

/**
 * Resolves a cookie token to its live session and actor (with organisation scope) at `now`, or undefined.
 * Through this process's session cache (session-cache.ts: used while the database's change notices are heard,
 * emptied by every change to sessions, accounts or organisations); the value is frozen.
 */
export async function findSession(
  db: Database,
  token: string,
  now: Date,
): Promise<LoadedSession | undefined> {
  const tokenHash = hashToken(token);
  return cachedSession(db, tokenHash, now, () => readSession(db, tokenHash, now));
}

async function readSession(
  db: Database,
  tokenHash: string,
  now: Date,
): Promise<{ value: LoadedSession; expiresAt: Date } | undefined> {
  const result = await db.$client.query<SessionRow>({
    name: 'lawhall-find-session',
    text: FIND_SESSION_SQL,
    values: [tokenHash, now],
  });
  const row = result.rows[0];
  if (!row?.active) return undefined;
  const value: LoadedSession = {
    tokenHash,
    csrfToken: row.csrf_token,
    locale: row.locale,
    partyMember: row.party_member,
    actor: {
      userId: row.user_id,
      orgId: row.org_id,
      roles: row.roles.filter(isRole) as Role[],
      scopeOrgIds: row.scope ?? [row.org_id],
      username: row.username,
      displayName: row.display_name,
    },
  };
  return { value, expiresAt: row.expires_at };
}

export function csrfMatches(expected: string, given: string | undefined): boolean {
  if (!given) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}
