import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Services } from '../context';
import { requestMeta, requireActor, requirePermission } from '../plugins/auth';
import { addMatterParty, addPartyBody } from '../use-cases/matters/add-party';
import { checkOpening, checkOpeningBody } from '../use-cases/matters/check-opening';
import {
  checkConflicts,
  conflictCheckBody,
  conflictWarning,
  savedMatterConflicts,
} from '../use-cases/matters/conflict-check';
import {
  consultationTally,
  consultationTallyItem,
  consultationTallyQuery,
} from '../use-cases/matters/consultation-tally';
import { handlerItem, listHandlers, listHandlersQuery } from '../use-cases/matters/list-handlers';
import { getWindowMatter, listMattersQuery, listWindowMatters } from '../use-cases/matters/list-matters';
import { lateApplicationWarning, matterDetail, matterListItem } from '../use-cases/matters/matter-view';
import { mediationAgreementDocument } from '../use-cases/matters/mediation-agreement-document';
import { deadlineItem, myDeadlines } from '../use-cases/matters/my-deadlines';
import { openMatter, openMatterBody } from '../use-cases/matters/open-matter';
import { procedureCatalog, procedureCatalogItem } from '../use-cases/matters/procedure-catalog';
import { matterActionBody, takeMatterAction } from '../use-cases/matters/take-action';

const tags = ['matters'];
const idParams = z.object({ id: z.uuid({ error: '事项编号格式不正确' }) });
const link = z.object({ id: z.string(), number: z.string(), service: z.string() });

const callOf = <I>(request: FastifyRequest, input: I) => ({
  actor: requireActor(request),
  input,
  meta: requestMeta(request),
});

/**
 * `/api/matters` (docs/matters-api.md): the matters of the nine windows (consultation, mediation,
 * notarization, lawyer services, arbitration, appraisal, reconsideration, publicity, aid-provider
 * qualification), each run by its procedure definition (core/procedures/registry.ts). Thin: schema,
 * permission, use case.
 */
export function matterRoutes(app: FastifyInstance, services: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/matters/procedures',
    {
      schema: {
        tags,
        summary: '各窗口办理程序（状态、操作、法条依据、填写项）',
        response: { 200: z.object({ items: z.array(procedureCatalogItem) }) },
      },
      preHandler: requirePermission('matter.read'),
    },
    async () => ({ items: procedureCatalog() }),
  );
  r.get(
    '/api/matters/handlers',
    {
      schema: {
        tags,
        summary: '可选的承办人（按角色，本辖区在用账号，仅姓名）',
        querystring: listHandlersQuery,
        response: { 200: z.object({ items: z.array(handlerItem) }) },
      },
      preHandler: requirePermission('matter.read'),
    },
    (request) => listHandlers(services, callOf(request, request.query)),
  );
  r.get(
    '/api/matters',
    {
      schema: {
        tags,
        summary: '窗口事项列表（按服务、状态、办结与否、承办人、超期筛选；分页稳定）',
        querystring: listMattersQuery,
        response: { 200: z.object({ items: z.array(matterListItem), total: z.number().int() }) },
      },
      preHandler: requirePermission('matter.read'),
    },
    (request) => listWindowMatters(services, callOf(request, request.query)),
  );
  r.post(
    '/api/matters',
    {
      schema: {
        tags,
        summary: '登记窗口事项（返回利益冲突提示和超过申请期限的提示）',
        body: openMatterBody,
        response: {
          201: z.object({
            item: matterDetail,
            warnings: z.array(conflictWarning),
            lateWarnings: z.array(lateApplicationWarning),
          }),
        },
      },
      preHandler: requirePermission('matter.manage'),
    },
    async (request, reply) =>
      reply.status(201).send(await openMatter(services, callOf(request, request.body))),
  );
  r.post(
    '/api/matters/opening-check',
    {
      schema: {
        tags,
        summary: '登记前检查（申请是否已超过仲裁时效或行政复议申请期限；不保存）',
        body: checkOpeningBody,
        response: { 200: z.object({ warnings: z.array(lateApplicationWarning) }) },
      },
      preHandler: requirePermission('matter.manage'),
    },
    (request) => checkOpening(services, callOf(request, request.body)),
  );
  r.post(
    '/api/matters/conflict-check',
    {
      schema: {
        tags,
        summary: '利益冲突检查（按身份证号码和姓名比对各窗口未办结事项，含法律援助）',
        body: conflictCheckBody,
        response: { 200: z.object({ warnings: z.array(conflictWarning) }) },
      },
      preHandler: requirePermission('matter.read'),
    },
    (request) => checkConflicts(services, callOf(request, request.body)),
  );
  r.get(
    '/api/matters/my-deadlines',
    {
      schema: {
        tags,
        summary: '我的期限（本人承办事项的法定期限，按到期日排序）',
        response: { 200: z.object({ items: z.array(deadlineItem) }) },
      },
      preHandler: requirePermission('matter.read'),
    },
    (request) => myDeadlines(services, callOf(request, {})),
  );
  r.get(
    '/api/matters/consultation-tally',
    {
      schema: {
        tags,
        summary: '律师团值班律师免费法律咨询统计（按律师：件数、用时）',
        querystring: consultationTallyQuery,
        response: { 200: z.object({ items: z.array(consultationTallyItem) }) },
      },
      preHandler: requirePermission('matter.read'),
    },
    (request) => consultationTally(services, callOf(request, request.query)),
  );
  r.get(
    '/api/matters/:id',
    {
      schema: { tags, summary: '窗口事项详情', params: idParams, response: { 200: matterDetail } },
      preHandler: requirePermission('matter.read'),
    },
    (request) => getWindowMatter(services, callOf(request, { id: request.params.id })),
  );
  r.get(
    '/api/matters/:id/conflicts',
    {
      schema: {
        tags,
        summary: '已登记事项当事人的利益冲突检查（按当前各窗口未办结事项重新比对）',
        params: idParams,
        response: { 200: z.object({ warnings: z.array(conflictWarning) }) },
      },
      preHandler: requirePermission('matter.read'),
    },
    (request) => savedMatterConflicts(services, callOf(request, { id: request.params.id })),
  );
  r.post(
    '/api/matters/:id/parties',
    {
      schema: {
        tags,
        summary: '登记后添加当事人（含身份；返回全部当事人的利益冲突检查）',
        params: idParams,
        body: addPartyBody,
        response: { 200: z.object({ item: matterDetail, warnings: z.array(conflictWarning) }) },
      },
      preHandler: requirePermission('matter.manage'),
    },
    (request) => addMatterParty(services, callOf(request, { ...request.body, id: request.params.id })),
  );
  r.get(
    '/api/matters/:id/documents/mediation-agreement',
    {
      schema: { tags, summary: '下载人民调解协议书（.docx，人民调解法 第二十九条）', params: idParams },
      preHandler: requirePermission('matter.read'),
    },
    async (request, reply) => {
      const doc = await mediationAgreementDocument(services, callOf(request, { id: request.params.id }));
      // RFC 5987/6266: an ASCII fallback, then the Chinese name percent-encoded in UTF-8.
      reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')
        .header(
          'content-disposition',
          `attachment; filename="mediation-agreement.docx"; filename*=UTF-8''${encodeURIComponent(doc.fileName)}`,
        )
        .header('cache-control', 'no-store');
      return reply.send(doc.buffer);
    },
  );
  r.post(
    '/api/matters/:id/actions',
    {
      schema: {
        tags,
        summary: '办理操作（按程序定义校验；expectedVersion 防止并发修改）',
        params: idParams,
        body: matterActionBody,
        response: {
          200: z.object({
            item: matterDetail,
            referredMatter: link.nullable(),
            warnings: z.array(conflictWarning),
          }),
        },
      },
      preHandler: requirePermission('matter.manage'),
    },
    (request) => takeMatterAction(services, callOf(request, { ...request.body, id: request.params.id })),
  );
}
