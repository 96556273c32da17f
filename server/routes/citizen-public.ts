import type { FastifyInstance, FastifyPluginAsync, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Services } from '../context';
import { requestMeta } from '../plugins/auth';
import {
  availabilityQuery,
  availabilityReply,
  bookAppointment,
  bookBody,
  bookingReply,
  cancelAppointment,
  cancelBody,
  listAvailability,
} from '../use-cases/appointments/book-appointment';
import { CITIZEN_TOKEN_HEADER, matterOfToken } from '../use-cases/citizen/citizen-access';
import { citizenErrors } from '../use-cases/citizen/citizen-errors';
import { citizenMatter, readCitizenMatter } from '../use-cases/citizen/citizen-matter';
import { codeSentReply } from '../use-cases/citizen/code-sent';
import {
  guideApplication,
  guideBody,
  guideReply,
  onlineApplicationBody,
  onlineApplicationReply,
  submitOnlineApplication,
} from '../use-cases/citizen/online-application';
import {
  citizenTicket,
  issueRemoteTicket,
  lookupTicket,
  readCitizenTicket,
  remoteTicketBody,
  ticketLookupBody,
} from '../use-cases/citizen/remote-ticket';
import { checkCodeBody, checkCodeReply, checkCodeRequest, requestCode } from '../use-cases/citizen/sms-codes';
import { ticketOfToken } from '../use-cases/citizen/ticket-token';
import {
  requestTrackCode,
  trackCodeBody,
  trackVerifyBody,
  verifyTrackCode,
} from '../use-cases/citizen/track-matter';
import {
  evaluationBody,
  followUpBody,
  submitEvaluation,
  submitFollowUp,
} from '../use-cases/evaluations/submit-evaluation';
import { renderMatterDocument } from '../use-cases/legal-aid/generate-document';
import { DOCUMENT_KINDS } from '../use-cases/legal-aid/matter-shapes';
import { loadMatter } from '../use-cases/legal-aid/matter-store';
import { type PublicRateLimits, publicRateLimitsFromEnv, registerPublicRateLimit } from './queue-rate-limit';

const tags = ['citizen'];
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const tokenParams = z.object({ token: z.string().min(10).max(120) });
const evaluationReply = z.object({
  id: z.string(),
  bad: z.boolean(),
  rectificationId: z.string().nullable(),
});

/** Per address and minute: code requests and submissions are tight, reads loose (README: rate limits). */
function limitsOf(base: PublicRateLimits) {
  return {
    codes: { rateLimit: { max: Math.min(10, base.ticketsPerMinute) } },
    writes: { rateLimit: { max: Math.min(20, base.ticketsPerMinute) } },
    reads: { rateLimit: { max: Math.min(120, base.readsPerMinute) } },
  };
}

const matterOf = (services: Services, request: FastifyRequest) =>
  matterOfToken(services, request.headers[CITIZEN_TOKEN_HEADER]);

function ticketIdOf(services: Services, token: string): string {
  const id = ticketOfToken(services, token);
  if (!id) throw citizenErrors.ticketNotFound();
  return id;
}

/**
 * `/api/public/*`: the citizens' phone pages (docs/citizen-api.md). No login; rate-limited per address in
 * PostgreSQL (queue-rate-limit.ts); never another person's data: tracking needs number + phone + SMS code,
 * tickets need their token, answers to identity questions are identical whether found or not.
 */
export function citizenPublicRoutes(app: FastifyInstance, services: Services): void {
  const limits = limitsOf(publicRateLimitsFromEnv());
  const scope: FastifyPluginAsync = async (s) => {
    await registerPublicRateLimit(s, services.db, publicRateLimitsFromEnv());
    routes(s, services, limits);
  };
  void app.register(scope);
}

function routes(app: FastifyInstance, services: Services, limits: ReturnType<typeof limitsOf>): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.post(
    '/api/public/sms-codes',
    {
      schema: {
        tags,
        summary: '获取短信验证码（网上申请、预约、远程取号）',
        body: z.object({
          phone: z.string({ error: '请输入手机号码' }).max(40),
          purpose: z.enum(['apply', 'book', 'ticket'], { error: '未知的验证码用途' }),
        }),
        response: { 200: codeSentReply },
      },
      config: limits.codes,
    },
    (request) => requestCode(services, request.body, requestMeta(request), request.log),
  );
  r.post(
    '/api/public/sms-codes/check',
    {
      schema: {
        tags,
        summary: '校验短信验证码（不消耗；错误计入 5 次尝试）',
        body: checkCodeBody,
        response: { 200: checkCodeReply },
      },
      config: limits.writes,
    },
    (request) => checkCodeRequest(services, request.body),
  );
  r.post(
    '/api/public/track/code',
    {
      schema: {
        tags,
        summary: '进度查询：凭事项编号和手机号获取验证码（无论是否匹配，答复相同）',
        body: trackCodeBody,
        response: { 200: codeSentReply },
      },
      config: limits.codes,
    },
    (request) => requestTrackCode(services, request.body, requestMeta(request), request.log),
  );
  r.post(
    '/api/public/track/verify',
    {
      schema: { tags, summary: '进度查询：校验验证码，取得 30 分钟查询凭证', body: trackVerifyBody },
      config: limits.writes,
    },
    (request) => verifyTrackCode(services, request.body, requestMeta(request)),
  );
  r.get(
    '/api/public/track/matter',
    {
      schema: {
        tags,
        summary: '本人事项的办理进度（须带 x-citizen-token）',
        response: { 200: citizenMatter },
      },
      config: limits.reads,
    },
    async (request) => readCitizenMatter(services, await matterOf(services, request)),
  );
  r.get(
    '/api/public/track/documents/:kind',
    {
      schema: {
        tags,
        summary: '下载本人事项的文书（.docx，须带 x-citizen-token）',
        params: z.object({ kind: z.enum(DOCUMENT_KINDS, { error: '未知的文书种类' }) }),
      },
      config: limits.reads,
    },
    async (request, reply) => {
      const matterId = await matterOf(services, request);
      const doc = await services.db.transaction(async (tx) =>
        renderMatterDocument(tx, services, await loadMatter(tx, matterId), request.params.kind, {
          actor: null,
          meta: requestMeta(request),
        }),
      );
      return reply
        .header('content-type', DOCX)
        .header(
          'content-disposition',
          `attachment; filename="legal-aid-${request.params.kind}.docx"; filename*=UTF-8''${encodeURIComponent(doc.fileName)}`,
        )
        .header('cache-control', 'no-store')
        .send(doc.buffer);
    },
  );
  r.post(
    '/api/public/track/evaluation',
    {
      schema: {
        tags,
        summary: '评价本人的法律援助事项（好差评）',
        body: evaluationBody,
        response: { 201: evaluationReply },
      },
      config: limits.writes,
    },
    async (request, reply) => {
      const matterId = await matterOf(services, request);
      const result = await submitEvaluation(
        services,
        { kind: 'legal-aid-matter', matterId },
        request.body,
        requestMeta(request),
      );
      return reply.status(201).send(result);
    },
  );
  r.post(
    '/api/public/track/evaluation/follow-up',
    {
      schema: { tags, summary: '差评整改后复评', body: followUpBody },
      config: limits.writes,
    },
    async (request) =>
      submitFollowUp(
        services,
        { kind: 'legal-aid-matter', matterId: await matterOf(services, request) },
        request.body,
        requestMeta(request),
      ),
  );
  r.post(
    '/api/public/legal-aid/guide',
    {
      schema: {
        tags,
        summary: '网上申请引导：下一问题与可能结果（不保存）',
        body: guideBody,
        response: { 200: guideReply },
      },
      config: limits.reads,
    },
    (request) => guideApplication(services, request.body),
  );
  r.post(
    '/api/public/legal-aid/applications',
    {
      schema: {
        tags,
        summary: '网上申请法律援助（短信验证 + 屏幕签署个人诚信承诺）',
        body: onlineApplicationBody,
        response: { 201: onlineApplicationReply },
      },
      config: limits.writes,
    },
    async (request, reply) =>
      reply.status(201).send(await submitOnlineApplication(services, request.body, requestMeta(request))),
  );
  r.post(
    '/api/public/queue/remote-tickets',
    {
      schema: {
        tags,
        summary: '远程取号（短信验证）',
        body: remoteTicketBody,
        response: { 201: citizenTicket },
      },
      config: limits.writes,
    },
    async (request, reply) =>
      reply.status(201).send(await issueRemoteTicket(services, request.body, requestMeta(request))),
  );
  r.post(
    '/api/public/tickets/lookup',
    {
      schema: {
        tags,
        summary: '凭票号和评价码找到今天的号票（大屏二维码评价）',
        body: ticketLookupBody,
        response: { 200: z.object({ token: z.string() }) },
      },
      config: limits.codes,
    },
    (request) => lookupTicket(services, request.body),
  );
  r.get(
    '/api/public/tickets/:token',
    {
      schema: {
        tags,
        summary: '号票状态（凭号票凭证）',
        params: tokenParams,
        response: { 200: citizenTicket },
      },
      config: limits.reads,
    },
    (request) => readCitizenTicket(services, request.params.token),
  );
  r.post(
    '/api/public/tickets/:token/evaluation',
    {
      schema: {
        tags,
        summary: '评价已办结的号票（好差评）',
        params: tokenParams,
        body: evaluationBody,
        response: { 201: evaluationReply },
      },
      config: limits.writes,
    },
    async (request, reply) => {
      const ticketId = ticketIdOf(services, request.params.token);
      const result = await submitEvaluation(
        services,
        { kind: 'ticket', ticketId },
        request.body,
        requestMeta(request),
      );
      return reply.status(201).send(result);
    },
  );
  r.post(
    '/api/public/tickets/:token/evaluation/follow-up',
    {
      schema: { tags, summary: '差评整改后复评', params: tokenParams, body: followUpBody },
      config: limits.writes,
    },
    (request) =>
      submitFollowUp(
        services,
        { kind: 'ticket', ticketId: ticketIdOf(services, request.params.token) },
        request.body,
        requestMeta(request),
      ),
  );
  r.get(
    '/api/public/appointments/availability',
    {
      schema: {
        tags,
        summary: '可预约的工作日和时段（余量）',
        querystring: availabilityQuery,
        response: { 200: availabilityReply },
      },
      config: limits.reads,
    },
    (request) => listAvailability(services, request.query),
  );
  r.post(
    '/api/public/appointments',
    {
      schema: {
        tags,
        summary: '预约（短信验证；每个时段限额）',
        body: bookBody,
        response: { 201: bookingReply },
      },
      config: limits.writes,
    },
    async (request, reply) =>
      reply.status(201).send(await bookAppointment(services, request.body, requestMeta(request))),
  );
  r.post(
    '/api/public/appointments/cancel',
    {
      schema: { tags, summary: '取消预约（凭预约时发给手机页面的取消凭证）', body: cancelBody },
      config: limits.writes,
    },
    (request) => cancelAppointment(services, request.body, requestMeta(request)),
  );
}
