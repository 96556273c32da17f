import { effectiveAbilities, ROLE_LABELS } from '@core/access';
import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { recordAudit } from '../audit/record-audit';
import type { Services } from '../context';
import { sessions } from '../db/schema/index';
import { requestMeta } from '../plugins/auth';
import { logIn } from '../use-cases/auth/log-in';
import { forgettingSessions } from '../use-cases/auth/session-cache';
import { SESSION_COOKIE } from '../use-cases/auth/sessions';
import { actorHall } from '../use-cases/queue/queue-center';

const meSchema = z.object({
  user: z.object({
    id: z.string(),
    username: z.string(),
    displayName: z.string(),
    orgId: z.string(),
    roles: z.array(z.string()),
    roleLabels: z.array(z.string()),
    locale: z.string(),
    partyMember: z.boolean(),
  }),
  /** The roles' permissions, less the hall (queue) ones the user cannot use on `hall`. */
  abilities: z.array(z.string()),
  /** The hall whose queue the console works for this user (null: none in their scope). */
  hall: z.object({ id: z.string(), name: z.string() }).nullable(),
  scopeOrgIds: z.array(z.string()),
  csrfToken: z.string(),
});
/** Nobody logged in (no session, or an expired or ended one): a plain answer, not an error. */
const anonymousSchema = z.object({ user: z.null() });

export function authRoutes(app: FastifyInstance, services: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/api/auth/login',
    {
      schema: {
        tags: ['auth'],
        summary: '登录',
        body: z.object({
          username: z.string().min(1, '请输入用户名').max(64),
          password: z.string().min(1, '请输入密码').max(256),
        }),
        response: { 200: z.object({ ok: z.literal(true), csrfToken: z.string() }) },
      },
    },
    async (request, reply) => {
      const session = await logIn(services, request.body, requestMeta(request));
      reply.setCookie(SESSION_COOKIE, session.token, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure: services.config.secureCookies,
        expires: session.expiresAt,
      });
      return { ok: true as const, csrfToken: session.csrfToken };
    },
  );

  r.post('/api/auth/logout', { schema: { tags: ['auth'], summary: '退出登录' } }, async (request, reply) => {
    const session = request.session;
    if (session) {
      await forgettingSessions(
        services.db,
        services.db.transaction(async (tx) => {
          await tx.delete(sessions).where(eq(sessions.tokenHash, session.tokenHash));
          await recordAudit(tx, session.actor, requestMeta(request), {
            action: 'auth.logout',
            entityType: 'user',
            entityId: session.actor.userId,
          });
        }),
      );
    }
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return { ok: true };
  });

  r.get(
    '/api/auth/me',
    {
      schema: {
        tags: ['auth'],
        summary: '当前用户、权限与机构范围（未登录时 user 为 null）',
        response: { 200: z.union([meSchema, anonymousSchema]) },
      },
    },
    async (request) => {
      // Asked by the login page before anyone logs in: "nobody" is an answer, not a 401 in the console.
      const session = request.session;
      if (!session) return { user: null };
      const actor = session.actor;
      const hall = await actorHall(services.db, actor.scopeOrgIds);
      return {
        user: {
          id: actor.userId,
          username: actor.username,
          displayName: actor.displayName,
          orgId: actor.orgId,
          roles: [...actor.roles],
          roleLabels: actor.roles.map((role) => ROLE_LABELS[role].zh),
          locale: session.locale,
          partyMember: session.partyMember,
        },
        abilities: effectiveAbilities(actor, hall?.id ?? null),
        hall,
        scopeOrgIds: [...actor.scopeOrgIds],
        csrfToken: session.csrfToken,
      };
    },
  );
}
