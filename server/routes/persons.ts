import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Services } from '../context';
import { requestMeta, requireActor, requirePermission } from '../plugins/auth';
import { createPerson, createPersonBody } from '../use-cases/persons/create-person';
import { getPerson } from '../use-cases/persons/get-person';
import { listPersons, listPersonsQuery } from '../use-cases/persons/list-persons';
import { personItem } from '../use-cases/persons/person-item';
import { viewIdNumber, viewIdNumberQuery } from '../use-cases/persons/view-id-number';

const tags = ['persons'];
const idParams = z.object({ id: z.uuid({ error: '人员编号格式不正确' }) });
const page = z.object({ items: z.array(personItem), total: z.number().int() });

/**
 * `/api/persons`: parties shared across windows. Lists and details carry masked values only; the full
 * ID number has its own audited route. Registering a person needs `person.read` (the staff who receive
 * parties); the vocabulary has no separate write permission yet.
 */
export function personRoutes(app: FastifyInstance, services: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const call = <I>(request: Parameters<typeof requestMeta>[0], input: I) => ({
    actor: requireActor(request),
    input,
    meta: requestMeta(request),
  });

  r.get(
    '/api/persons',
    {
      schema: {
        tags,
        summary: '人员查询（姓名、拼音首字母、身份证或电话后四位；仅返回脱敏信息）',
        querystring: listPersonsQuery,
        response: { 200: page },
      },
      preHandler: requirePermission('person.read'),
    },
    (request) => listPersons(services, call(request, request.query)),
  );
  r.post(
    '/api/persons/search',
    {
      schema: {
        tags,
        summary: '人员查询（请求体传参，适用于完整身份证号码或电话号码，避免写入网址和日志）',
        body: listPersonsQuery,
        response: { 200: page },
      },
      preHandler: requirePermission('person.read'),
    },
    (request) => listPersons(services, call(request, request.body)),
  );
  r.post(
    '/api/persons',
    {
      schema: {
        tags,
        summary: '登记人员',
        body: createPersonBody,
        response: { 201: z.object({ item: personItem, warnings: z.array(z.string()) }) },
      },
      preHandler: requirePermission('person.read'),
    },
    async (request, reply) =>
      reply.status(201).send(await createPerson(services, call(request, request.body))),
  );
  r.get(
    '/api/persons/:id',
    {
      schema: { tags, summary: '人员详情（脱敏）', params: idParams, response: { 200: personItem } },
      preHandler: requirePermission('person.read'),
    },
    (request) => getPerson(services, call(request, { id: request.params.id })),
  );
  r.get(
    '/api/persons/:id/id-number',
    {
      schema: {
        tags,
        summary: '查看完整公民身份号码（须说明目的，记入审计日志）',
        params: idParams,
        querystring: viewIdNumberQuery,
        response: { 200: z.object({ id: z.string(), idNumber: z.string() }) },
      },
      preHandler: requirePermission('person.view-id-number'),
    },
    async (request, reply) => {
      const result = await viewIdNumber(services, call(request, { ...request.query, id: request.params.id }));
      reply.header('cache-control', 'no-store');
      return result;
    },
  );
}
