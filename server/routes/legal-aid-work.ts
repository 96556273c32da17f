import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Services } from '../context';
import { requirePermission } from '../plugins/auth';
import { decideVerification, decideVerificationBody } from '../use-cases/legal-aid/decide-verification';
import { generateDocument } from '../use-cases/legal-aid/generate-document';
import { listVerifications, listVerificationsQuery } from '../use-cases/legal-aid/list-verifications';
import { DOCUMENT_KINDS, matterDetail } from '../use-cases/legal-aid/matter-shapes';
import { recordCommitment, recordCommitmentBody } from '../use-cases/legal-aid/record-commitment';
import { sampleBody, sampleVerifications } from '../use-cases/legal-aid/sample-verifications';
import { providerSuggestion, suggestProviders } from '../use-cases/legal-aid/suggest-providers';
import { verificationItem } from '../use-cases/legal-aid/verification-item';
import { sensitiveReply, viewSensitive, viewSensitiveQuery } from '../use-cases/legal-aid/view-sensitive';
import { callOf, idParams } from './legal-aid';

const tags = ['legal-aid'];
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** `/api/legal-aid` documents, commitments, provider suggestions, verifications and the audited sensitive view. */
export function legalAidWorkRoutes(app: FastifyInstance, services: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/legal-aid/applications/:id/sensitive',
    {
      schema: {
        tags,
        summary: '查看家庭收入和完整身份证号码（须说明目的，记入审计日志）',
        params: idParams,
        querystring: viewSensitiveQuery,
        response: { 200: sensitiveReply },
      },
      preHandler: requirePermission('legal-aid.view-sensitive'),
    },
    async (request, reply) => {
      const result = await viewSensitive(
        services,
        callOf(request, { ...request.query, id: request.params.id }),
      );
      reply.header('cache-control', 'no-store');
      return result;
    },
  );
  r.post(
    '/api/legal-aid/applications/:id/commitment',
    {
      schema: {
        tags,
        summary: '上传签署的经济困难状况告知承诺书（签名 PNG 或扫描件，≤ 5 MB）',
        params: idParams,
        body: recordCommitmentBody,
        response: { 200: matterDetail },
      },
      preHandler: requirePermission('legal-aid.intake'),
    },
    (request) => recordCommitment(services, callOf(request, { ...request.body, id: request.params.id })),
  );
  r.get(
    '/api/legal-aid/applications/:id/documents/:kind',
    {
      schema: {
        tags,
        summary: '下载文书（.docx）',
        params: idParams.extend({ kind: z.enum(DOCUMENT_KINDS, { error: '未知的文书种类' }) }),
      },
      preHandler: requirePermission('legal-aid.read'),
    },
    async (request, reply) => {
      const doc = await generateDocument(services, callOf(request, request.params));
      // RFC 5987/6266: an ASCII fallback, then the Chinese name percent-encoded in UTF-8.
      reply
        .header('content-type', DOCX)
        .header(
          'content-disposition',
          `attachment; filename="legal-aid-${request.params.kind}.docx"; filename*=UTF-8''${encodeURIComponent(doc.fileName)}`,
        )
        .header('cache-control', 'no-store');
      return reply.send(doc.buffer);
    },
  );
  r.get(
    '/api/legal-aid/applications/:id/provider-suggestions',
    {
      schema: {
        tags,
        summary: '推荐法律援助人员（专业、区域、负荷、利益冲突）',
        params: idParams,
        response: { 200: z.array(providerSuggestion) },
      },
      preHandler: requirePermission('legal-aid.assign'),
    },
    (request) => suggestProviders(services, callOf(request, { id: request.params.id })),
  );
  r.get(
    '/api/legal-aid/verifications',
    {
      schema: {
        tags,
        summary: '告知承诺核查任务',
        querystring: listVerificationsQuery,
        response: { 200: z.object({ items: z.array(verificationItem), total: z.number().int() }) },
      },
      preHandler: requirePermission('legal-aid.review'),
    },
    (request) => listVerifications(services, callOf(request, request.query)),
  );
  r.post(
    '/api/legal-aid/verifications/sample',
    {
      schema: {
        tags,
        summary: '按比例抽取告知承诺核查任务（可复现的随机抽样）',
        body: sampleBody,
        response: {
          200: z.object({ items: z.array(verificationItem), candidates: z.number().int(), seed: z.string() }),
        },
      },
      preHandler: requirePermission('legal-aid.review'),
    },
    (request) => sampleVerifications(services, callOf(request, request.body)),
  );
  r.patch(
    '/api/legal-aid/verifications/:id',
    {
      schema: {
        tags,
        summary: '登记核查结论（虚假承诺：提示终止并登记追偿）',
        params: z.object({ id: z.uuid({ error: '核查任务编号格式不正确' }) }),
        body: decideVerificationBody,
        response: { 200: verificationItem },
      },
      preHandler: requirePermission('legal-aid.review'),
    },
    (request) => decideVerification(services, callOf(request, { ...request.body, id: request.params.id })),
  );
}
