import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Services } from '../context';
import { requestMeta, requireActor, requirePermission } from '../plugins/auth';
import { auditItem, searchAudit, searchAuditQuery } from '../use-cases/audit/search-audit';

/** `GET /api/audit`: search the audit log within the auditor's scope, newest first. */
export function auditRoutes(app: FastifyInstance, services: Services): void {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/audit',
    {
      schema: {
        tags: ['audit'],
        summary: '审计日志查询（按操作、操作人、对象、时间筛选，最新在前）',
        querystring: searchAuditQuery,
        response: { 200: z.object({ items: z.array(auditItem), total: z.number().int() }) },
      },
      preHandler: requirePermission('audit.read'),
    },
    (request) =>
      searchAudit(services, {
        actor: requireActor(request),
        input: request.query,
        meta: requestMeta(request),
      }),
  );
}
