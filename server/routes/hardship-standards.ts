import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Services } from '../context';
import { requestMeta, requireActor, requirePermission } from '../plugins/auth';
import { createStandard, createStandardBody } from '../use-cases/hardship-standards/create-standard';
import { listStandards, listStandardsQuery } from '../use-cases/hardship-standards/list-standards';
import { standardItem } from '../use-cases/hardship-standards/standard-item';
import { updateStandard, updateStandardBody } from '../use-cases/hardship-standards/update-standard';

const tags = ['hardship-standards'];
const idParams = z.object({ id: z.uuid({ error: '记录编号格式不正确' }) });
const saved = z.object({ item: standardItem });

/** `/api/hardship-standards`: economic-hardship standards per region with effective dates. */
export function hardshipStandardRoutes(app: FastifyInstance, services: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const call = <I>(request: Parameters<typeof requestMeta>[0], input: I) => ({
    actor: requireActor(request),
    input,
    meta: requestMeta(request),
  });

  r.get(
    '/api/hardship-standards',
    {
      schema: {
        tags,
        summary: '经济困难标准（金额为两位小数的字符串，单位：元/人/月）',
        querystring: listStandardsQuery,
        response: { 200: z.object({ items: z.array(standardItem), total: z.number().int() }) },
      },
      preHandler: requirePermission('hardship-standard.read'),
    },
    (request) => listStandards(services, call(request, request.query)),
  );
  r.post(
    '/api/hardship-standards',
    {
      schema: { tags, summary: '新增经济困难标准', body: createStandardBody, response: { 201: saved } },
      preHandler: requirePermission('hardship-standard.manage'),
    },
    async (request, reply) =>
      reply.status(201).send(await createStandard(services, call(request, request.body))),
  );
  r.patch(
    '/api/hardship-standards/:id',
    {
      schema: {
        tags,
        summary: '修改经济困难标准',
        params: idParams,
        body: updateStandardBody,
        response: { 200: saved },
      },
      preHandler: requirePermission('hardship-standard.manage'),
    },
    (request) => updateStandard(services, call(request, { ...request.body, id: request.params.id })),
  );
}
