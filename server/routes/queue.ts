import { businessDateOf } from '@core/calendar';
import { sql } from 'drizzle-orm';
import type { FastifyInstance, FastifyPluginAsync } from 'fastify';
import client from 'prom-client';
import type { Services } from '../context';
import type { QueueEventHub } from '../realtime/queue-events';
import { queueAdminRoutes } from './queue-admin';
import { queuePublicRoutes } from './queue-public';
import { publicRateLimitsFromEnv, registerPublicRateLimit } from './queue-rate-limit';
import { queueStaffRoutes } from './queue-staff';

/**
 * `/api/queue/*` (docs/queue-api.md): the public kiosk/display/events routes in their own scope with the
 * rate limiter, the staff routes and the admin routes. The real-time hub (`app.queueEvents`, LISTEN and event
 * streams) is the app's (server/realtime/realtime-hub.ts registerRealtimeHub).
 */
export function queueRoutes(app: FastifyInstance, services: Services, registry?: client.Registry): void {
  const hub = app.queueEvents;
  if (registry) registerQueueMetrics(registry, services, hub);
  const limits = publicRateLimitsFromEnv();
  const publicScope: FastifyPluginAsync = async (scope) => {
    await registerPublicRateLimit(scope, services.db, limits);
    queuePublicRoutes(scope, services, limits, hub);
  };
  void app.register(publicScope);
  queueStaffRoutes(app, services);
  queueAdminRoutes(app, services);
}

/** Prometheus gauges read at scrape time: today's waiting tickets per center and service, open event streams. */
function registerQueueMetrics(registry: client.Registry, services: Services, hub: QueueEventHub): void {
  new client.Gauge({
    name: 'lawhall_queue_waiting_tickets',
    help: 'Tickets waiting now, per service center and service (Beijing business day)',
    labelNames: ['center', 'service'],
    registers: [registry],
    async collect() {
      const result = await services.db.execute<{ org_id: string; service_code: string; n: number }>(sql`
        select org_id, service_code, count(*)::int as n from tickets
        where status = 'waiting' and business_date = ${businessDateOf(services.now())}::date
        group by org_id, service_code`);
      this.reset();
      for (const row of result.rows) this.set({ center: row.org_id, service: row.service_code }, row.n);
    },
  });
  new client.Gauge({
    name: 'lawhall_queue_event_streams',
    help: 'Open GET /api/queue/events streams on this instance',
    registers: [registry],
    collect() {
      this.set(hub.streamCount);
    },
  });
}
