import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import cookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, {
  type FastifyBaseLogger,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
  LogController,
} from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import client from 'prom-client';
import { z } from 'zod';
import type { Services } from './context';
import { registerAuth } from './plugins/auth';
import { registerErrorHandler } from './plugins/errors';
import { registerRealtimeHub } from './realtime/realtime-hub';
import { registerRoutes } from './routes/index';

z.config(z.locales.zhCN());

export interface BuildAppOptions {
  services: Services;
  /** Serve the built web app (web/dist) with an SPA fallback. Default: when web/dist exists. */
  serveWeb?: boolean;
  /** A pino logger; none in tests. */
  loggerInstance?: FastifyBaseLogger;
}

const webDist = fileURLToPath(new URL('../web/dist', import.meta.url));

/** One registered route: HTTP method and URL pattern (`/api/windows/:id`). */
export interface RouteSummary {
  method: string;
  url: string;
}

const routeLists = new WeakMap<FastifyInstance, RouteSummary[]>();

/**
 * Every route registered on an app built by `buildApp` (HEAD twins of GET routes left out). The access-matrix
 * test (server/routes/access-matrix.test.ts) uses it to demand a permission entry for each route.
 */
export function registeredRoutes(app: FastifyInstance): readonly RouteSummary[] {
  return routeLists.get(app) ?? [];
}

/**
 * One access-log line per request, when it is answered ("request completed", with the method, URL, client
 * address, status and response time), instead of Fastify's two (also "incoming request"): half the log's
 * volume. A V8 profile of the paced kiosk row put the two lines at about 7 % of the server's samples; the
 * CPU per request measured before and after did not differ beyond the runs' noise (docs/queue-api.md,
 * session 14). Errors are logged as before.
 */
class AccessLogController extends LogController {
  override incomingRequest(): void {}

  override requestCompleted(
    error: Error | null | undefined,
    request: FastifyRequest,
    reply: FastifyReply,
  ): void {
    // Fastify's serializers: req → method, url, host, remoteAddress…; res → statusCode.
    const line = { req: request, res: reply, responseTime: reply.elapsedTime };
    if (error) reply.log.error({ ...line, err: error }, 'request errored');
    else reply.log.info(line, 'request completed');
  }
}

/** Builds the Fastify app: plugins, then routes. Used by server/main.ts and by tests (app.inject). */
export async function buildApp(options: BuildAppOptions): Promise<FastifyInstance> {
  const { services } = options;
  const app = Fastify({
    ...(options.loggerInstance
      ? { loggerInstance: options.loggerInstance, logController: new AccessLogController() }
      : { logger: false }),
    trustProxy: true,
    bodyLimit: 10 * 1024 * 1024,
    genReqId: () => crypto.randomUUID(),
  });
  const routes: RouteSummary[] = [];
  routeLists.set(app, routes);
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat())
      if (method !== 'HEAD') routes.push({ method, url: route.url });
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  const serveWeb = options.serveWeb ?? existsSync(webDist);
  registerErrorHandler(app, { spaFallback: serveWeb });

  const registry = new client.Registry();
  client.collectDefaultMetrics({ register: registry });
  const httpDuration = new client.Histogram({
    name: 'lawhall_http_request_duration_seconds',
    help: 'HTTP request latency',
    labelNames: ['method', 'route', 'status'],
    buckets: [0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  });
  app.addHook('onResponse', async (request, reply) => {
    httpDuration.observe(
      {
        method: request.method,
        route: request.routeOptions.url ?? 'unknown',
        status: String(reply.statusCode),
      },
      reply.elapsedTime / 1000,
    );
  });

  await app.register(cookie);
  await app.register(swagger, {
    openapi: {
      info: { title: 'lawhall API', description: '公共法律服务中心 一厅通办 系统接口', version: '0.1.0' },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'lawhall_session' },
          csrf: { type: 'apiKey', in: 'header', name: 'x-csrf-token' },
        },
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  registerRealtimeHub(app, services);
  registerAuth(app, services);
  registerRoutes(app, services, registry);

  if (serveWeb) {
    await app.register(fastifyStatic, { root: webDist, wildcard: false, index: 'index.html' });
  }
  return app;
}
