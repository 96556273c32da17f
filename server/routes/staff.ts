import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Services } from '../context';
import { requestMeta, requireActor, requirePermission } from '../plugins/auth';
import { createStaff, createStaffBody } from '../use-cases/staff/create-staff';
import { listStaff, listStaffQuery } from '../use-cases/staff/list-staff';
import { setStaffPassword, setStaffPasswordBody } from '../use-cases/staff/set-staff-password';
import { staffItem } from '../use-cases/staff/staff-item';
import { updateStaff, updateStaffBody } from '../use-cases/staff/update-staff';

const tags = ['staff'];
const idParams = z.object({ id: z.uuid({ error: '账号编号格式不正确' }) });

/** `/api/staff`: staff accounts (list in scope, create, update, set password). Never returns hashes. */
export function staffRoutes(app: FastifyInstance, services: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const call = <I>(request: Parameters<typeof requireActor>[0], input: I) => ({
    actor: requireActor(request),
    input,
    meta: requestMeta(request),
  });
  r.get(
    '/api/staff',
    {
      schema: {
        tags,
        summary: '工作人员账号列表（可按角色、机构、关键词筛选）',
        querystring: listStaffQuery,
        response: { 200: z.object({ items: z.array(staffItem), total: z.number().int() }) },
      },
      preHandler: requirePermission('staff.read'),
    },
    (request) => listStaff(services, call(request, request.query)),
  );
  r.post(
    '/api/staff',
    {
      schema: { tags, summary: '新建工作人员账号', body: createStaffBody, response: { 201: staffItem } },
      preHandler: requirePermission('staff.manage'),
    },
    async (request, reply) =>
      reply.status(201).send(await createStaff(services, call(request, request.body))),
  );
  r.patch(
    '/api/staff/:id',
    {
      schema: {
        tags,
        summary: '修改工作人员账号（姓名、角色、机构、启用、党员、职务）',
        params: idParams,
        body: updateStaffBody,
        response: { 200: staffItem },
      },
      preHandler: requirePermission('staff.manage'),
    },
    (request) => updateStaff(services, call(request, { ...request.body, id: request.params.id })),
  );
  r.post(
    '/api/staff/:id/password',
    {
      schema: {
        tags,
        summary: '重置工作人员密码',
        params: idParams,
        body: setStaffPasswordBody,
        response: { 200: z.object({ ok: z.literal(true) }) },
      },
      preHandler: requirePermission('staff.manage'),
    },
    (request) => setStaffPassword(services, call(request, { ...request.body, id: request.params.id })),
  );
}
