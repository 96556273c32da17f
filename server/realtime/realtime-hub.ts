import type { FastifyInstance } from 'fastify';
import type { Services } from '../context';
import { flushQueueEvents, QueueEventHub } from './queue-events';

declare module 'fastify' {
  interface FastifyInstance {
    /** This instance's LISTEN connection and event streams (server/realtime/queue-events.ts). */
    queueEvents: QueueEventHub;
  }
}

/**
 * The app's real-time hub, tied to its lifecycle: one LISTEN connection (queue events for the display
 * boards and consoles; auth change notices for the session cache, server/use-cases/auth/session-cache.ts)
 * starts when the app is ready; event streams end before the server closes (so `close()` does not wait on
 * them); pending queue events are flushed and LISTEN stops on close. Decorates `app.queueEvents`.
 */
export function registerRealtimeHub(app: FastifyInstance, services: Services): QueueEventHub {
  const hub = new QueueEventHub(services.db.$client.options, app.log, { sessionCacheOf: services.db });
  app.decorate('queueEvents', hub);
  app.addHook('onReady', () => hub.start());
  app.addHook('preClose', async () => hub.endStreams());
  app.addHook('onClose', async () => {
    await flushQueueEvents(services.db);
    await hub.stop();
  });
  return hub;
}
