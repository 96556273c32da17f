import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Services } from '../context';
import { requestMeta } from '../plugins/auth';
import type { QueueEventHub } from '../realtime/queue-events';
import { evaluationCodeOf, ticketToken } from '../use-cases/citizen/ticket-token';
import { displayBoard, displayQuery, getDisplay } from '../use-cases/queue/get-display';
import { issueTicket } from '../use-cases/queue/issue-ticket';
import { kioskServices, listServices, listServicesQuery } from '../use-cases/queue/list-services';
import { resolveCenter } from '../use-cases/queue/queue-center';
import type { PublicRateLimits } from './queue-rate-limit';

const tags = ['queue'];

const kioskTicketBody = z.object({
  serviceCode: z.string({ error: '请选择服务事项' }).min(1, '请选择服务事项'),
  idNumber: z.string().max(40, '公民身份号码格式不正确').optional(),
  centerId: z.uuid({ error: '服务中心编号格式不正确' }).optional(),
});

/** The kiosk's ticket: no personal data (ID number, name) ever comes back. */
const publicTicket = z.object({
  id: z.string(),
  number: z.string(),
  serviceCode: z.string(),
  serviceName: z.string(),
  priority: z.boolean(),
  priorityGroups: z.array(z.string()),
  peopleAhead: z.number().int(),
  estimatedWaitMinutes: z.number().int().nullable(),
  issuedAt: z.string(),
  businessDate: z.string(),
  /** The slip's 评价码 (with the number it opens the rating from the display board's QR code). */
  evaluationCode: z.string(),
  /** The ticket's bearer token: the slip's QR code opens /m/t/<token> (status, then 好差评). */
  citizenToken: z.string(),
});

/**
 * The public queue endpoints (kiosk, display board, events): no login, rate-limited per address
 * (queue-rate-limit.ts), never personal data. Registered inside the encapsulated scope that holds the limiter.
 */
export function queuePublicRoutes(
  app: FastifyInstance,
  services: Services,
  limits: PublicRateLimits,
  hub: QueueEventHub,
): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const reads = { rateLimit: { max: limits.readsPerMinute } };
  r.get(
    '/api/queue/services',
    {
      schema: {
        tags,
        summary: '取号机：可办理的服务事项、等候人数和预计等候时间（公开）',
        querystring: listServicesQuery,
        response: { 200: kioskServices },
      },
      config: reads,
    },
    (request) => listServices(services, request.query),
  );
  r.post(
    '/api/queue/tickets',
    {
      schema: {
        tags,
        summary: '自助取号（公开，可刷身份证自动识别优先群体）',
        body: kioskTicketBody,
        response: { 201: publicTicket },
      },
      config: { rateLimit: { max: limits.ticketsPerMinute } },
    },
    async (request, reply) => {
      const { ticket, peopleAhead, estimatedWaitMinutes } = await issueTicket(services, {
        actor: null,
        input: { ...request.body, channel: 'kiosk' },
        meta: requestMeta(request),
      });
      const { id, number, serviceCode, serviceName, priority, priorityGroups, issuedAt, businessDate } =
        ticket;
      return reply.status(201).send({
        id,
        number,
        serviceCode,
        serviceName,
        priority,
        priorityGroups,
        peopleAhead,
        estimatedWaitMinutes,
        issuedAt,
        businessDate,
        evaluationCode: evaluationCodeOf(services, id),
        citizenToken: ticketToken(services, id),
      });
    },
  );
  r.get(
    '/api/queue/display',
    {
      schema: {
        tags,
        summary: '叫号大屏：各窗口当前号、最近叫号、等候人数（公开）',
        querystring: displayQuery,
        response: { 200: displayBoard },
      },
      config: reads,
    },
    (request) => getDisplay(services, request.query),
  );
  r.get(
    '/api/queue/events',
    {
      schema: {
        tags,
        summary: '叫号事件流（Server-Sent Events：call、board，每 15 秒 ping；公开）',
        querystring: displayQuery,
      },
      config: { rateLimit: { max: limits.eventsPerMinute } },
    },
    async (request, reply) => {
      const center = await resolveCenter(services.db, request.query.centerId);
      reply.hijack();
      const res = reply.raw;
      res.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache, no-transform',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
      });
      res.write('retry: 3000\n: connected\n\n');
      const unsubscribe = hub.subscribe({
        orgId: center.id,
        write: (frame) => res.write(frame),
        end: () => res.end(),
        buffered: () => res.writableLength,
      });
      res.on('close', unsubscribe);
    },
  );
}
