import { can, type Permission } from '@core/access';
import { AppError, forbidden } from '@core/errors';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { RequestMeta, Services, StaffActor } from '../context';
import { csrfMatches, findSession, type LoadedSession, SESSION_COOKIE } from '../use-cases/auth/sessions';

declare module 'fastify' {
  interface FastifyRequest {
    session: LoadedSession | null;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
export const CSRF_HEADER = 'x-csrf-token';

/** Request metadata for the audit log. */
export function requestMeta(request: FastifyRequest): RequestMeta {
  return { ip: request.ip, userAgent: request.headers['user-agent'], requestId: request.id };
}

/**
 * Sessions and CSRF. Every request with a session cookie gets `request.session`; every write with a
 * session must carry the session's CSRF token in the `x-csrf-token` header (synchronizer token), else 403.
 */
export function registerAuth(app: FastifyInstance, services: Services): void {
  app.decorateRequest('session', null);
  app.addHook('onRequest', async (request) => {
    const token = request.cookies[SESSION_COOKIE];
    if (!token) return;
    request.session = (await findSession(services.db, token, services.now())) ?? null;
    if (request.session && !SAFE_METHODS.has(request.method) && !request.url.startsWith('/api/auth/login')) {
      const given = request.headers[CSRF_HEADER];
      if (!csrfMatches(request.session.csrfToken, Array.isArray(given) ? given[0] : given)) {
        throw new AppError('forbidden', 'AUTH.CSRF', {
          zh: '安全校验失败，请刷新页面后重试',
          en: 'The security check failed; refresh the page and try again',
        });
      }
    }
  });
}

/** The logged-in actor, or AUTH.UNAUTHENTICATED (401). */
export function requireActor(request: FastifyRequest): StaffActor {
  if (!request.session)
    throw new AppError('unauthenticated', 'AUTH.UNAUTHENTICATED', {
      zh: '请先登录',
      en: 'Please log in first',
    });
  return request.session.actor;
}

/**
 * A preHandler that demands a login and a role granting `permission` (organisation scope is then checked
 * by the use case against the concrete resource with `assertCan`).
 */
export function requirePermission(permission: Permission) {
  return async (request: FastifyRequest, _reply: FastifyReply) => {
    const actor = requireActor(request);
    if (!can(actor, permission)) throw forbidden();
  };
}
