import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Services } from '../context';
import { requestMeta, requireActor, requirePermission } from '../plugins/auth';
import { createOrganisation, createOrganisationBody } from '../use-cases/organisations/create-organisation';
import {
  listOrganisations,
  listOrganisationsQuery,
  organisationListItem,
} from '../use-cases/organisations/list-organisations';
import { organisationItem } from '../use-cases/organisations/organisation-item';
import { updateOrganisation, updateOrganisationBody } from '../use-cases/organisations/update-organisation';

const tags = ['organisations'];
const idParams = z.object({ id: z.uuid({ error: '机构编号格式不正确' }) });
const saved = z.object({ item: organisationItem, warnings: z.array(z.string()) });

/** `/api/organisations`: the organisation tree (list in scope, create, update). */
export function organisationRoutes(app: FastifyInstance, services: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/organisations',
    {
      schema: {
        tags,
        summary: '机构列表（按机构树排序，仅本人管辖范围）',
        querystring: listOrganisationsQuery,
        response: { 200: z.object({ items: z.array(organisationListItem), total: z.number().int() }) },
      },
      preHandler: requirePermission('org.read'),
    },
    (request) =>
      listOrganisations(services, {
        actor: requireActor(request),
        input: request.query,
        meta: requestMeta(request),
      }),
  );
  r.post(
    '/api/organisations',
    {
      schema: { tags, summary: '新建机构', body: createOrganisationBody, response: { 201: saved } },
      preHandler: requirePermission('org.manage'),
    },
    async (request, reply) => {
      const result = await createOrganisation(services, {
        actor: requireActor(request),
        input: request.body,
        meta: requestMeta(request),
      });
      return reply.status(201).send(result);
    },
  );
  r.patch(
    '/api/organisations/:id',
    {
      schema: {
        tags,
        summary: '修改机构',
        params: idParams,
        body: updateOrganisationBody,
        response: { 200: saved },
      },
      preHandler: requirePermission('org.manage'),
    },
    (request) =>
      updateOrganisation(services, {
        actor: requireActor(request),
        input: { ...request.body, id: request.params.id },
        meta: requestMeta(request),
      }),
  );
}
