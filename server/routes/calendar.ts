import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Services } from '../context';
import { requestMeta, requireActor, requirePermission } from '../plugins/auth';
import { createOverride, createOverrideBody } from '../use-cases/calendar/create-override';
import { deleteOverride, deleteOverrideBody } from '../use-cases/calendar/delete-override';
import { dayItem, listDays, listDaysQuery } from '../use-cases/calendar/list-days';
import { listOverrides, listOverridesQuery } from '../use-cases/calendar/list-overrides';
import { overrideItem } from '../use-cases/calendar/override-item';
import { updateOverride, updateOverrideBody } from '../use-cases/calendar/update-override';

const tags = ['calendar'];
const idParams = z.object({ id: z.uuid({ error: '记录编号格式不正确' }) });
const saved = z.object({ item: overrideItem });

/** `/api/calendar`: working days (official data + overrides) and the overrides themselves. */
export function calendarRoutes(app: FastifyInstance, services: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const call = <I>(request: Parameters<typeof requestMeta>[0], input: I) => ({
    actor: requireActor(request),
    input,
    meta: requestMeta(request),
  });

  r.get(
    '/api/calendar/days',
    {
      schema: {
        tags,
        summary: '工作日历（每天是否工作日、是否为推定、调整记录；一次最多 400 天）',
        querystring: listDaysQuery,
        response: { 200: z.object({ items: z.array(dayItem), coveredYears: z.array(z.number().int()) }) },
      },
      preHandler: requirePermission('calendar.read'),
    },
    (request) => listDays(services, call(request, request.query)),
  );
  r.get(
    '/api/calendar/overrides',
    {
      schema: {
        tags,
        summary: '节假日调整记录',
        querystring: listOverridesQuery,
        response: { 200: z.object({ items: z.array(overrideItem), total: z.number().int() }) },
      },
      preHandler: requirePermission('calendar.read'),
    },
    (request) => listOverrides(services, call(request, request.query)),
  );
  r.post(
    '/api/calendar/overrides',
    {
      schema: {
        tags,
        summary: '新增节假日调整（仅市级）',
        body: createOverrideBody,
        response: { 201: saved },
      },
      preHandler: requirePermission('calendar.manage'),
    },
    async (request, reply) =>
      reply.status(201).send(await createOverride(services, call(request, request.body))),
  );
  r.patch(
    '/api/calendar/overrides/:id',
    {
      schema: {
        tags,
        summary: '修改节假日调整（仅市级）',
        params: idParams,
        body: updateOverrideBody,
        response: { 200: saved },
      },
      preHandler: requirePermission('calendar.manage'),
    },
    (request) => updateOverride(services, call(request, { ...request.body, id: request.params.id })),
  );
  r.delete(
    '/api/calendar/overrides/:id',
    {
      schema: {
        tags,
        summary: '删除节假日调整（仅市级）',
        params: idParams,
        body: deleteOverrideBody,
        response: { 200: z.object({ ok: z.literal(true) }) },
      },
      preHandler: requirePermission('calendar.manage'),
    },
    (request) => deleteOverride(services, call(request, { ...request.body, id: request.params.id })),
  );
}
