import { AppError } from '@core/errors';
import { verify } from '@node-rs/argon2';
import { and, count, eq, gt, sql } from 'drizzle-orm';
import { recordAudit } from '../../audit/record-audit';
import type { RequestMeta, Services } from '../../context';
import { loginAttempts, users } from '../../db/schema/index';
import { createSession } from './sessions';

/** Failed attempts from one client address within the window before further attempts get HTTP 429. */
export const LOGIN_IP_LIMIT = 20;
export const LOGIN_IP_WINDOW_MINUTES = 15;

// A real argon2id hash of a random string: verified against when the user does not exist, so the
// answer takes as long either way and reveals nothing about which usernames exist.
const DUMMY_HASH =
  '$argon2id$v=19$m=19456,t=2,p=1$mw55t/abspg9mtvDPo0AZQ$1qAl9DRmRSjYMwFEvqMLOssK1QVzbOZKMvwUvuObK4s';

const invalid = () =>
  new AppError(
    'unauthenticated',
    'AUTH.INVALID_CREDENTIALS',
    { zh: '用户名或密码错误', en: 'Wrong user name or password' },
    'password',
  );

/**
 * Checks a username and password (argon2id) and opens a session. Per account: after
 * `config.loginMaxFailures` consecutive failures the account is locked for `config.loginLockMinutes`.
 * Per client address: more than LOGIN_IP_LIMIT failures in LOGIN_IP_WINDOW_MINUTES → 429.
 * Throws AppError AUTH.INVALID_CREDENTIALS (401), AUTH.LOCKED (403), AUTH.RATE_LIMITED (429).
 */
export async function logIn(
  services: Services,
  input: { username: string; password: string },
  meta: RequestMeta,
): Promise<{ token: string; csrfToken: string; expiresAt: Date; userId: string }> {
  const { db, config } = services;
  const now = services.now();
  const ip = meta.ip ?? 'unknown';
  const since = new Date(now.getTime() - LOGIN_IP_WINDOW_MINUTES * 60_000);
  const [recent] = await db
    .select({ n: count() })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.ip, ip), eq(loginAttempts.succeeded, false), gt(loginAttempts.at, since)));
  if ((recent?.n ?? 0) >= LOGIN_IP_LIMIT) {
    throw new AppError('rate-limited', 'AUTH.RATE_LIMITED', {
      zh: `登录失败次数过多，请 ${LOGIN_IP_WINDOW_MINUTES} 分钟后再试`,
      en: `Too many failed logins; try again in ${LOGIN_IP_WINDOW_MINUTES} minutes`,
    });
  }

  const username = input.username.trim();
  const [user] = await db
    .select()
    .from(users)
    .where(sql`lower(${users.username}) = lower(${username})`)
    .limit(1);
  const passwordOk = await verify(user?.passwordHash ?? DUMMY_HASH, input.password).catch(() => false);

  // Failures are committed before the error is thrown: a rollback would forget them.
  const outcome = await db.transaction(async (tx) => {
    if (!user?.active) {
      await tx.insert(loginAttempts).values({ ip, username, succeeded: false, at: now });
      await recordAudit(tx, null, meta, {
        action: 'auth.login-failed',
        entityType: 'user',
        entityId: null,
        reason: username,
      });
      return invalid();
    }
    if (user.lockedUntil && user.lockedUntil > now) {
      await tx.insert(loginAttempts).values({ ip, username, succeeded: false, at: now });
      return new AppError(
        'forbidden',
        'AUTH.LOCKED',
        {
          zh: '账号因多次登录失败已被临时锁定，请稍后再试或联系管理员',
          en: 'The account is locked for a while after repeated failed logins; try again later or ask an administrator',
        },
        undefined,
        {
          lockedUntil: user.lockedUntil.toISOString(),
        },
      );
    }
    if (!passwordOk) {
      const failures = user.failedLogins + 1;
      const lock = failures >= config.loginMaxFailures;
      await tx
        .update(users)
        .set({
          failedLogins: lock ? 0 : failures,
          lockedUntil: lock ? new Date(now.getTime() + config.loginLockMinutes * 60_000) : user.lockedUntil,
        })
        .where(eq(users.id, user.id));
      await tx.insert(loginAttempts).values({ ip, username, succeeded: false, at: now });
      const actor = { userId: user.id, displayName: user.displayName, orgId: user.orgId };
      await recordAudit(tx, actor, meta, {
        action: lock ? 'auth.locked' : 'auth.login-failed',
        entityType: 'user',
        entityId: user.id,
      });
      return invalid();
    }
    await tx
      .update(users)
      .set({ failedLogins: 0, lockedUntil: null, lastLoginAt: now })
      .where(eq(users.id, user.id));
    await tx.insert(loginAttempts).values({ ip, username, succeeded: true, at: now });
    const session = await createSession(tx, user.id, config.sessionHours, meta, now);
    await recordAudit(tx, { userId: user.id, displayName: user.displayName, orgId: user.orgId }, meta, {
      action: 'auth.login',
      entityType: 'user',
      entityId: user.id,
    });
    return { ...session, userId: user.id };
  });
  if (outcome instanceof AppError) throw outcome;
  return outcome;
}
