import type { FastifyInstance } from 'fastify';
import type client from 'prom-client';
import type { Services } from '../context';
import { authRoutes } from './auth';
import { healthRoutes } from './health';

/** Every HTTP route of the API, by feature. Each feature file keeps its routes thin (ARCHITECTURE.md). */
export function registerRoutes(app: FastifyInstance, services: Services, registry: client.Registry): void {
  healthRoutes(app, services, registry);
  authRoutes(app, services);
}
