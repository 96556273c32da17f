import { assertCan } from '@core/access';
import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Services } from '../context';
import { tickets } from '../db/schema/index';
import { requestMeta, requireActor, requirePermission } from '../plugins/auth';
import {
  listAppointmentSettings,
  serviceParam,
  settingsBody,
  settingsItem,
  updateAppointmentSettings,
} from '../use-cases/appointments/appointment-settings';
import {
  appointmentList,
  appointmentsQuery,
  listAppointments,
} from '../use-cases/appointments/book-appointment';
import { citizenErrors } from '../use-cases/citizen/citizen-errors';
import { evaluationCodeOf, ticketToken } from '../use-cases/citizen/ticket-token';
import {
  evaluationPage,
  evaluationRankings,
  evaluationsQuery,
  listEvaluations,
  myEvaluations,
  rankingsQuery,
  rankingsReply,
} from '../use-cases/evaluations/list-evaluations';
import {
  advanceRectification,
  listRectifications,
  rectificationItem,
  rectificationStepBody,
  rectificationsQuery,
} from '../use-cases/evaluations/rectifications';

const tags = ['evaluation'];
const idParams = z.object({ id: z.uuid({ error: '编号格式不正确' }) });

const callOf = <I>(request: Parameters<typeof requireActor>[0], input: I) => ({
  actor: requireActor(request),
  input,
  meta: requestMeta(request),
});

/** Staff routes of 好差评 (ratings, rankings, rectification) and of appointments (docs/citizen-api.md). */
export function evaluationRoutes(app: FastifyInstance, services: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/evaluations/mine',
    {
      schema: {
        tags,
        summary: '我收到的评价',
        querystring: evaluationsQuery,
        response: { 200: evaluationPage },
      },
      preHandler: requirePermission('evaluation.read-own'),
    },
    (request) => myEvaluations(services, callOf(request, request.query)),
  );
  r.get(
    '/api/evaluations',
    {
      schema: {
        tags,
        summary: '评价列表（本级及下级）',
        querystring: evaluationsQuery,
        response: { 200: evaluationPage },
      },
      preHandler: requirePermission('evaluation.read'),
    },
    (request) => listEvaluations(services, callOf(request, request.query)),
  );
  r.get(
    '/api/evaluations/rankings',
    {
      schema: {
        tags,
        summary: '好差评排名（窗口、工作人员、律师）',
        querystring: rankingsQuery,
        response: { 200: rankingsReply },
      },
      preHandler: requirePermission('evaluation.read'),
    },
    (request) => evaluationRankings(services, callOf(request, request.query)),
  );
  r.get(
    '/api/evaluations/tickets/:id/link',
    {
      schema: {
        tags,
        summary: '窗口评价器：已办结号票的评价链接和评价码',
        params: idParams,
        response: { 200: z.object({ token: z.string(), code: z.string(), path: z.string() }) },
      },
      preHandler: requirePermission('queue.serve'),
    },
    async (request) => {
      const actor = requireActor(request);
      const [ticket] = await services.db
        .select({ id: tickets.id, orgId: tickets.orgId })
        .from(tickets)
        .where(eq(tickets.id, request.params.id));
      if (!ticket) throw citizenErrors.ticketNotFound();
      assertCan(actor, 'queue.serve', { orgId: ticket.orgId });
      const token = ticketToken(services, ticket.id);
      return { token, code: evaluationCodeOf(services, ticket.id), path: `/m/t/${token}` };
    },
  );
  r.get(
    '/api/rectifications',
    {
      schema: {
        tags,
        summary: '差评整改台账（含逾期状态）',
        querystring: rectificationsQuery,
        response: { 200: z.object({ items: z.array(rectificationItem) }) },
      },
      preHandler: requirePermission('rectification.handle'),
    },
    (request) => listRectifications(services, callOf(request, request.query)),
  );
  for (const step of ['callback', 'rectify'] as const) {
    r.post(
      `/api/rectifications/:id/${step}`,
      {
        schema: {
          tags,
          summary: step === 'callback' ? '登记回访（1 个工作日内）' : '登记整改情况（15 个工作日内）',
          params: idParams,
          body: rectificationStepBody,
          response: { 200: rectificationItem },
        },
        preHandler: requirePermission('rectification.handle'),
      },
      (request) =>
        advanceRectification(services, callOf(request, { ...request.body, id: request.params.id, step })),
    );
  }
  r.get(
    '/api/appointments',
    {
      schema: {
        tags: ['appointment'],
        summary: '预约名单',
        querystring: appointmentsQuery,
        response: { 200: appointmentList },
      },
      preHandler: requirePermission('appointment.read'),
    },
    (request) => listAppointments(services, callOf(request, request.query)),
  );
  r.get(
    '/api/appointments/settings',
    {
      schema: {
        tags: ['appointment'],
        summary: '预约时段和每时段人数',
        response: { 200: z.object({ items: z.array(settingsItem) }) },
      },
      preHandler: requirePermission('appointment.read'),
    },
    (request) => listAppointmentSettings(services, callOf(request, {})),
  );
  r.put(
    '/api/appointments/settings/:service',
    {
      schema: {
        tags: ['appointment'],
        summary: '设置预约时段和每时段人数',
        params: serviceParam,
        body: settingsBody,
        response: { 200: settingsItem },
      },
      preHandler: requirePermission('appointment.manage'),
    },
    (request) =>
      updateAppointmentSettings(
        services,
        callOf(request, { ...request.body, service: request.params.service }),
      ),
  );
}
