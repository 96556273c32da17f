import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Services } from '../context';
import { sweepRectifications } from '../jobs/rectification-sweep';
import { readOutbox } from '../notifications/outbox';

/** A clock that can be set (and then runs on from there), for end-to-end tests that pass time. */
export interface AdjustableClock {
  now(): Date;
  set(at: Date | undefined): void;
}

export function createAdjustableClock(): AdjustableClock {
  let offset = 0;
  return {
    now: () => new Date(Date.now() + offset),
    set(at) {
      offset = at ? at.getTime() - Date.now() : 0;
    },
  };
}

/** Whether the test API is switched on: LAWHALL_TEST_API=1, and never with NODE_ENV=production. */
export function testApiEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.LAWHALL_TEST_API === '1' && env.NODE_ENV !== 'production';
}

/**
 * `/api/test/*`, registered ONLY when `testApiEnabled()` (the e2e server; never a deployment): set the
 * server clock, read the SMS outbox of a phone (decrypted), run the rectification sweep now. The e2e
 * browser tests use it to read the code a citizen would get on the phone and to let time pass.
 */
export function registerTestApi(app: FastifyInstance, services: Services, clock: AdjustableClock): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.put(
    '/api/test/clock',
    { schema: { hide: true, body: z.object({ at: z.iso.datetime({ offset: true }).nullable() }) } },
    (request) => {
      clock.set(request.body.at ? new Date(request.body.at) : undefined);
      return { now: services.now().toISOString() };
    },
  );
  r.get(
    '/api/test/outbox',
    { schema: { hide: true, querystring: z.object({ phone: z.string().regex(/^\d{11}$/) }) } },
    async (request) => ({ items: await readOutbox(services, request.query.phone) }),
  );
  r.post('/api/test/sweeps', { schema: { hide: true } }, async () =>
    sweepRectifications(services, services.now()),
  );
}
