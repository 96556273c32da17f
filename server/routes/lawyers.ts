import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Services } from '../context';
import { requestMeta, requireActor, requirePermission } from '../plugins/auth';
import { createLawyer, createLawyerBody } from '../use-cases/lawyers/create-lawyer';
import { getLawyer, lawyerDetail } from '../use-cases/lawyers/get-lawyer';
import { joinTeam, joinTeamBody } from '../use-cases/lawyers/join-team';
import { lawyerItem } from '../use-cases/lawyers/lawyer-item';
import { leaveTeam, leaveTeamBody } from '../use-cases/lawyers/leave-team';
import { listLawyers, listLawyersQuery } from '../use-cases/lawyers/list-lawyers';
import { recordSanction, recordSanctionBody, sanctionItem } from '../use-cases/lawyers/record-sanction';
import { updateLawyer, updateLawyerBody } from '../use-cases/lawyers/update-lawyer';

const tags = ['lawyers'];
const idParams = z.object({ id: z.uuid({ error: '律师编号格式不正确' }) });
const saved = z.object({ item: lawyerItem });
const reasons = z.array(z.object({ code: z.string(), message: z.string() }));

/** `/api/lawyers`: the lawyer roster, the 公共法律服务律师团 and sanctions on record. */
export function lawyerRoutes(app: FastifyInstance, services: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const call = <I>(request: Parameters<typeof requestMeta>[0], input: I) => ({
    actor: requireActor(request),
    input,
    meta: requestMeta(request),
  });

  r.get(
    '/api/lawyers',
    {
      schema: {
        tags,
        summary: '律师名册（可按律师团、律所、专长、姓名/拼音首字母/执业证号查询）',
        querystring: listLawyersQuery,
        response: { 200: z.object({ items: z.array(lawyerItem), total: z.number().int() }) },
      },
      preHandler: requirePermission('lawyer.read'),
    },
    (request) => listLawyers(services, call(request, request.query)),
  );
  r.get(
    '/api/lawyers/:id',
    {
      schema: {
        tags,
        summary: '律师详情（含处分记录与入团条件）',
        params: idParams,
        response: { 200: lawyerDetail },
      },
      preHandler: requirePermission('lawyer.read'),
    },
    (request) => getLawyer(services, call(request, { id: request.params.id })),
  );
  r.post(
    '/api/lawyers',
    {
      schema: { tags, summary: '登记律师', body: createLawyerBody, response: { 201: saved } },
      preHandler: requirePermission('lawyer.manage'),
    },
    async (request, reply) =>
      reply.status(201).send(await createLawyer(services, call(request, request.body))),
  );
  r.patch(
    '/api/lawyers/:id',
    {
      schema: {
        tags,
        summary: '修改律师信息',
        params: idParams,
        body: updateLawyerBody,
        response: { 200: saved.extend({ removedFromTeam: z.boolean() }) },
      },
      preHandler: requirePermission('lawyer.manage'),
    },
    (request) => updateLawyer(services, call(request, { ...request.body, id: request.params.id })),
  );
  r.post(
    '/api/lawyers/:id/team',
    {
      schema: {
        tags,
        summary: '加入公共法律服务律师团',
        params: idParams,
        body: joinTeamBody,
        response: { 200: saved },
      },
      preHandler: requirePermission('lawyer.manage'),
    },
    (request) => joinTeam(services, call(request, { ...request.body, id: request.params.id })),
  );
  r.delete(
    '/api/lawyers/:id/team',
    {
      schema: {
        tags,
        summary: '退出公共法律服务律师团',
        params: idParams,
        body: leaveTeamBody,
        response: { 200: saved },
      },
      preHandler: requirePermission('lawyer.manage'),
    },
    (request) => leaveTeam(services, call(request, { ...request.body, id: request.params.id })),
  );
  r.post(
    '/api/lawyers/:id/sanctions',
    {
      schema: {
        tags,
        summary: '登记行政处罚或行业处分（同时复核律师团资格）',
        params: idParams,
        body: recordSanctionBody,
        response: {
          201: z.object({ sanction: sanctionItem, item: lawyerItem, removedFromTeam: z.boolean(), reasons }),
        },
      },
      preHandler: requirePermission('lawyer.sanction'),
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await recordSanction(services, call(request, { ...request.body, lawyerId: request.params.id })),
        ),
  );
}
