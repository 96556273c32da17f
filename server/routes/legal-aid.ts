import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Services } from '../context';
import { requestMeta, requireActor, requirePermission } from '../plugins/auth';
import { getMatter } from '../use-cases/legal-aid/get-matter';
import { previewEligibilityBody, submitApplicationBody } from '../use-cases/legal-aid/intake-schema';
import { listMatters, listMattersQuery } from '../use-cases/legal-aid/list-matters';
import { matterDetail, matterListItem } from '../use-cases/legal-aid/matter-shapes';
import { myAssignments } from '../use-cases/legal-aid/my-assignments';
import { previewEligibility, previewReply } from '../use-cases/legal-aid/preview-eligibility';
import { submitApplication } from '../use-cases/legal-aid/submit-application';
import { actionBody, takeAction } from '../use-cases/legal-aid/take-action';
import { todayBoard, todayQuery, todayReply } from '../use-cases/legal-aid/today-board';
import { legalAidReminderRoutes } from './legal-aid-reminders';
import { legalAidWorkRoutes } from './legal-aid-work';

const tags = ['legal-aid'];
export const idParams = z.object({ id: z.uuid({ error: '法律援助事项编号格式不正确' }) });
const page = z.object({ items: z.array(matterListItem), total: z.number().int() });

export const callOf = <I>(request: FastifyRequest, input: I) => ({
  actor: requireActor(request),
  input,
  meta: requestMeta(request),
});

/**
 * `/api/legal-aid` (docs/legal-aid-api.md): intake, the matter's action log, the five same-day board.
 * Thin: schema, permission, use case. Documents, commitments, suggestions, verifications and the
 * sensitive view are in legal-aid-work.ts; deadline reminders in legal-aid-reminders.ts.
 */
export function legalAidRoutes(app: FastifyInstance, services: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.post(
    '/api/legal-aid/eligibility/preview',
    {
      schema: {
        tags,
        summary: '法律援助资格预审（实时面板，不保存）',
        body: previewEligibilityBody,
        response: { 200: previewReply },
      },
      preHandler: requirePermission('legal-aid.intake'),
    },
    (request) => previewEligibility(services, callOf(request, request.body)),
  );
  r.post(
    '/api/legal-aid/applications',
    {
      schema: {
        tags,
        summary: '登记法律援助申请',
        body: submitApplicationBody,
        response: { 201: matterDetail },
      },
      preHandler: requirePermission('legal-aid.intake'),
    },
    async (request, reply) =>
      reply.status(201).send(await submitApplication(services, callOf(request, request.body))),
  );
  r.get(
    '/api/legal-aid/applications',
    {
      schema: {
        tags,
        summary: '法律援助事项列表（脱敏）',
        querystring: listMattersQuery,
        response: { 200: page },
      },
      preHandler: requirePermission('legal-aid.read'),
    },
    (request) => listMatters(services, callOf(request, request.query)),
  );
  r.get(
    '/api/legal-aid/applications/:id',
    {
      schema: {
        tags,
        summary: '法律援助事项详情（脱敏）',
        params: idParams,
        response: { 200: matterDetail },
      },
      preHandler: requirePermission('legal-aid.read'),
    },
    (request) => getMatter(services, callOf(request, { id: request.params.id })),
  );
  r.post(
    '/api/legal-aid/applications/:id/actions',
    {
      schema: {
        tags,
        summary: '办理操作（受理、审查、审批、指派、接受指派、终止、异议等；须带 expectedVersion）',
        params: idParams,
        body: actionBody,
        response: { 200: matterDetail },
      },
      preHandler: requirePermission('legal-aid.read'),
    },
    (request) => takeAction(services, callOf(request, { ...request.body, id: request.params.id })),
  );
  r.get(
    '/api/legal-aid/today',
    {
      schema: { tags, summary: '“五个当天”看板', querystring: todayQuery, response: { 200: todayReply } },
      preHandler: requirePermission('legal-aid.read'),
    },
    (request) => todayBoard(services, callOf(request, request.query)),
  );
  r.get(
    '/api/legal-aid/my-assignments',
    {
      schema: { tags, summary: '我承办的法律援助事项（律师）', response: { 200: page } },
      preHandler: requirePermission('legal-aid.provide'),
    },
    (request) => myAssignments(services, callOf(request, {})),
  );
  legalAidWorkRoutes(app, services);
  legalAidReminderRoutes(app, services);
}
