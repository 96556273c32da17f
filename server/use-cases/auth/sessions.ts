import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { isRole, type Role } from '@core/access';
import { and, eq, gt } from 'drizzle-orm';
import type { Executor, StaffActor } from '../../context';
import { sessions, users } from '../../db/schema/index';
import { loadScopeOrgIds } from '../access/org-scope';

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

/** Resolves a cookie token to its live session and actor (with organisation scope), or undefined. */
export async function findSession(
  executor: Executor,
  token: string,
  now: Date,
): Promise<LoadedSession | undefined> {
  const tokenHash = hashToken(token);
  const [row] = await executor
    .select({
      csrfToken: sessions.csrfToken,
      userId: users.id,
      orgId: users.orgId,
      roles: users.roles,
      username: users.username,
      displayName: users.displayName,
      active: users.active,
      locale: users.locale,
      partyMember: users.partyMember,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, now)))
    .limit(1);
  if (!row?.active) return undefined;
  const scopeOrgIds = await loadScopeOrgIds(executor, row.orgId);
  return {
    tokenHash,
    csrfToken: row.csrfToken,
    locale: row.locale,
    partyMember: row.partyMember,
    actor: {
      userId: row.userId,
      orgId: row.orgId,
      roles: row.roles.filter(isRole) as Role[],
      scopeOrgIds,
      username: row.username,
      displayName: row.displayName,
    },
  };
}

export function csrfMatches(expected: string, given: string | undefined): boolean {
  if (!given) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}
