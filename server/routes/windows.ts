import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Services } from '../context';
import { requestMeta, requireActor, requirePermission } from '../plugins/auth';
import { createWindow, createWindowBody } from '../use-cases/windows/create-window';
import { listWindows, listWindowsQuery } from '../use-cases/windows/list-windows';
import { updateWindow, updateWindowBody } from '../use-cases/windows/update-window';
import { windowItem } from '../use-cases/windows/window-item';

const tags = ['windows'];
const idParams = z.object({ id: z.uuid({ error: '窗口编号格式不正确' }) });

/** `/api/windows`: the service counters of a hall (list in scope, create, update). */
export function windowRoutes(app: FastifyInstance, services: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/windows',
    {
      schema: {
        tags,
        summary: '窗口列表（可按机构、状态、服务事项筛选）',
        querystring: listWindowsQuery,
        response: { 200: z.object({ items: z.array(windowItem), total: z.number().int() }) },
      },
      preHandler: requirePermission('window.read'),
    },
    (request) =>
      listWindows(services, {
        actor: requireActor(request),
        input: request.query,
        meta: requestMeta(request),
      }),
  );
  r.post(
    '/api/windows',
    {
      schema: { tags, summary: '新建窗口', body: createWindowBody, response: { 201: windowItem } },
      preHandler: requirePermission('window.manage'),
    },
    async (request, reply) => {
      const item = await createWindow(services, {
        actor: requireActor(request),
        input: request.body,
        meta: requestMeta(request),
      });
      return reply.status(201).send(item);
    },
  );
  r.patch(
    '/api/windows/:id',
    {
      schema: {
        tags,
        summary: '修改窗口（名称、服务事项、状态、位置）',
        params: idParams,
        body: updateWindowBody,
        response: { 200: windowItem },
      },
      preHandler: requirePermission('window.manage'),
    },
    (request) =>
      updateWindow(services, {
        actor: requireActor(request),
        input: { ...request.body, id: request.params.id },
        meta: requestMeta(request),
      }),
  );
}
