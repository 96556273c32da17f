import type { FastifyInstance } from 'fastify';
import type client from 'prom-client';
import type { Services } from '../context';
import { citizenBaseUrl, lanIpv4Addresses } from '../public-url';

/**
 * `GET /api/health`: 200 `{ status: 'ok' }` once the database answers (readiness), else 503.
 * `GET /api/public-config`: `{ citizenBaseUrl: string | null }` for the QR codes of the kiosk and the board
 * (server/public-url.ts; null: the page's own origin).
 * `GET /api/metrics`: Prometheus text (prom-client): process metrics and request latency histogram.
 */
export function healthRoutes(app: FastifyInstance, services: Services, registry: client.Registry): void {
  app.get('/api/health', { schema: { tags: ['system'], summary: '健康检查' } }, async (_request, reply) => {
    try {
      await services.db.$client.query('select 1');
      return { status: 'ok' };
    } catch {
      return reply.status(503).send({ code: 'SYSTEM.DATABASE_UNAVAILABLE', message: '数据库暂不可用' });
    }
  });
  app.get(
    '/api/public-config',
    { schema: { tags: ['system'], summary: '公开配置：市民手机访问地址（二维码用）' } },
    async (request) => ({
      citizenBaseUrl: citizenBaseUrl({
        configured: services.config.publicUrl,
        requestHost: request.headers.host,
        protocol: request.protocol,
        lanAddresses: lanIpv4Addresses(),
      }),
    }),
  );
  app.get('/api/metrics', { schema: { hide: true } }, async (_request, reply) => {
    reply.header('content-type', registry.contentType);
    return registry.metrics();
  });
}
