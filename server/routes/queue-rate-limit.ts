import { AppError } from '@core/errors';
import rateLimit, { type FastifyRateLimitStore } from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Database } from '../context';

/**
 * Rate limits of the public queue endpoints (kiosk, display board, events), per client address and minute,
 * counted in PostgreSQL (`rate_limit_hits`) so that every server instance behind a load balancer shares
 * them. Read once from the environment when the routes are built:
 * - LAWHALL_QUEUE_TICKETS_PER_MINUTE (default 60): POST /api/queue/tickets per address;
 * - LAWHALL_QUEUE_READS_PER_MINUTE (default 600): GET /api/queue/services and /api/queue/display;
 * - LAWHALL_QUEUE_EVENTS_PER_MINUTE (default 60): opening GET /api/queue/events;
 * - LAWHALL_RATE_LIMIT=off: requests from the loopback address (127.0.0.1, ::1) are not limited
 *   (benchmarks, the replay script and end-to-end tests on one machine); others still are.
 */
export const publicRateLimitsSchema = z.object({
  ticketsPerMinute: z.coerce.number().int().min(1).default(60),
  readsPerMinute: z.coerce.number().int().min(1).default(600),
  eventsPerMinute: z.coerce.number().int().min(1).default(60),
  loopbackExempt: z.boolean().default(false),
});
export type PublicRateLimits = z.infer<typeof publicRateLimitsSchema>;

export function publicRateLimitsFromEnv(env: NodeJS.ProcessEnv = process.env): PublicRateLimits {
  return publicRateLimitsSchema.parse({
    ticketsPerMinute: env.LAWHALL_QUEUE_TICKETS_PER_MINUTE || undefined,
    readsPerMinute: env.LAWHALL_QUEUE_READS_PER_MINUTE || undefined,
    eventsPerMinute: env.LAWHALL_QUEUE_EVENTS_PER_MINUTE || undefined,
    loopbackExempt: ['off', '0', 'false', 'no'].includes((env.LAWHALL_RATE_LIMIT ?? '').toLowerCase()),
  });
}

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/** Deletes counters older than this (milliseconds) now and then. */
const KEEP_MS = 86_400_000;

/**
 * A @fastify/rate-limit store on PostgreSQL: one row per key (route + address) and fixed time window,
 * incremented with an upsert. Old rows are swept on roughly one call in a thousand.
 */
function postgresStore(db: Database, prefix = '') {
  return class PostgresRateLimitStore implements FastifyRateLimitStore {
    incr(
      key: string,
      callback: (error: Error | null, result?: { current: number; ttl: number }) => void,
      timeWindow: number,
    ): void {
      const now = Date.now();
      const windowStart = now - (now % timeWindow);
      db.$client
        .query<{ hits: number }>(
          `insert into rate_limit_hits (key, window_start, hits) values ($1, $2, 1)
           on conflict (key, window_start) do update set hits = rate_limit_hits.hits + 1 returning hits`,
          [prefix + key, new Date(windowStart)],
        )
        .then((result) => {
          callback(null, { current: result.rows[0]?.hits ?? 1, ttl: windowStart + timeWindow - now });
          if (Math.random() < 0.001) {
            db.$client
              .query('delete from rate_limit_hits where window_start < $1', [new Date(now - KEEP_MS)])
              .catch(() => undefined);
          }
        })
        .catch((error: Error) => callback(error));
    }

    child(routeOptions: Parameters<FastifyRateLimitStore['child']>[0]): FastifyRateLimitStore {
      // At run time the plugin passes the route's merged limit options, which carry the route as `routeInfo`.
      const route = (routeOptions as unknown as { routeInfo?: { method?: string | string[]; url?: string } })
        .routeInfo;
      const Child = postgresStore(db, `${[route?.method ?? ''].flat().join(',')} ${route?.url ?? ''} `);
      return new Child();
    }
  };
}

/**
 * Registers @fastify/rate-limit in `scope` (an encapsulated plugin holding the public routes) without a
 * global limit: routes opt in with `config: { rateLimit: { max } }`. A database failure lets requests
 * through (skipOnError). Refusals are 429 COMMON.RATE_LIMITED with a Chinese message.
 */
export async function registerPublicRateLimit(
  scope: FastifyInstance,
  db: Database,
  limits: PublicRateLimits,
): Promise<void> {
  await scope.register(rateLimit, {
    global: false,
    timeWindow: 60_000,
    skipOnError: true,
    store: postgresStore(db),
    keyGenerator: (request: FastifyRequest) => request.ip,
    ...(limits.loopbackExempt ? { allowList: (request: FastifyRequest) => LOOPBACK.has(request.ip) } : {}),
    errorResponseBuilder: (_request, context) =>
      new AppError(
        'rate-limited',
        'COMMON.RATE_LIMITED',
        `请求过于频繁，请 ${Math.ceil(context.ttl / 1000)} 秒后再试`,
        undefined,
        {
          retryAfterSeconds: Math.ceil(context.ttl / 1000),
        },
      ),
  });
}
