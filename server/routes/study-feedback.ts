import type { FastifyInstance, FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Services } from '../context';
import { requestMeta, requirePermission } from '../plugins/auth';
import { bulletinItem } from '../use-cases/staff-programme/bulletin-views';
import {
  bulletinDocument,
  getBulletin,
  listBulletins,
  listBulletinsQuery,
  publishBulletin,
  publishBulletinBody,
  updateBulletin,
  updateBulletinBody,
} from '../use-cases/staff-programme/bulletins';
import { generateBulletin, generateBulletinBody } from '../use-cases/staff-programme/generate-bulletin';
import { replyBody, replyOpinion } from '../use-cases/staff-programme/opinion-reply';
import {
  assignBody,
  assignOpinion,
  closeBody,
  closeOpinion,
  createForm,
  createFormBody,
  formItem,
  formStatusBody,
  getPublicForm,
  listForms,
  listOpinions,
  listOpinionsQuery,
  opinionItem,
  publicForm,
  publicResponseBody,
  setFormStatus,
  submitPublicResponse,
} from '../use-cases/staff-programme/opinions';
import { callOf } from './legal-aid';
import { publicRateLimitsFromEnv, registerPublicRateLimit } from './queue-rate-limit';

const idParams = z.object({ id: z.uuid({ error: '编号格式不正确' }) });
const tokenParams = z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, '链接无效') });
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * Opinion responses per client address and minute (LAWHALL_OPINION_RESPONSES_PER_MINUTE, default 10):
 * a public form is a spam target.
 */
const responsesPerMinute = () => Number(process.env.LAWHALL_OPINION_RESPONSES_PER_MINUTE) || 10;

/** `/api/study/bulletins` (定期通报) and `/api/opinion*` (开门纳谏), with the public form endpoints. */
export function studyFeedbackRoutes(app: FastifyInstance, services: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['study-bulletins'];
  r.get(
    '/api/study/bulletins',
    {
      schema: {
        tags,
        summary: '通报（mine：已发布的；managed：辖区内全部含草稿）',
        querystring: listBulletinsQuery,
        response: { 200: z.object({ items: z.array(bulletinItem) }) },
      },
      preHandler: requirePermission('study.participate'),
    },
    (request) => listBulletins(services, callOf(request, request.query)),
  );
  r.post(
    '/api/study/bulletins',
    {
      schema: {
        tags,
        summary: '按期间生成通报草稿（考勤、测试、抽查数据）',
        body: generateBulletinBody,
        response: { 201: bulletinItem },
      },
      preHandler: requirePermission('study.manage'),
    },
    async (request, reply) =>
      reply.status(201).send(await generateBulletin(services, callOf(request, request.body))),
  );
  r.get(
    '/api/study/bulletins/:id',
    {
      schema: { tags, summary: '通报', params: idParams, response: { 200: bulletinItem } },
      preHandler: requirePermission('study.participate'),
    },
    (request) => getBulletin(services, callOf(request, request.params)),
  );
  r.patch(
    '/api/study/bulletins/:id',
    {
      schema: {
        tags,
        summary: '修改通报草稿',
        params: idParams,
        body: updateBulletinBody,
        response: { 200: bulletinItem },
      },
      preHandler: requirePermission('study.manage'),
    },
    (request) => updateBulletin(services, callOf(request, { ...request.body, id: request.params.id })),
  );
  r.post(
    '/api/study/bulletins/:id/publish',
    {
      schema: {
        tags,
        summary: '发布通报',
        params: idParams,
        body: publishBulletinBody,
        response: { 200: bulletinItem },
      },
      preHandler: requirePermission('study.manage'),
    },
    (request) => publishBulletin(services, callOf(request, { ...request.body, id: request.params.id })),
  );
  r.get(
    '/api/study/bulletins/:id/document',
    {
      schema: { tags, summary: '下载通报（.docx）', params: idParams },
      preHandler: requirePermission('study.participate'),
    },
    async (request, reply) => {
      const doc = await bulletinDocument(services, callOf(request, request.params));
      reply
        .header('content-type', DOCX)
        .header(
          'content-disposition',
          `attachment; filename="bulletin.docx"; filename*=UTF-8''${encodeURIComponent(doc.fileName)}`,
        )
        .header('cache-control', 'no-store');
      return reply.send(doc.buffer);
    },
  );

  const otags = ['opinions'];
  r.get(
    '/api/opinion-forms',
    {
      schema: {
        tags: otags,
        summary: '征求意见表',
        response: { 200: z.object({ items: z.array(formItem) }) },
      },
      preHandler: requirePermission('opinion.manage'),
    },
    (request) => listForms(services, callOf(request, {})),
  );
  r.post(
    '/api/opinion-forms',
    {
      schema: {
        tags: otags,
        summary: '新建征求意见表（生成公开链接和二维码）',
        body: createFormBody,
        response: { 201: formItem },
      },
      preHandler: requirePermission('opinion.manage'),
    },
    async (request, reply) =>
      reply.status(201).send(await createForm(services, callOf(request, request.body))),
  );
  r.post(
    '/api/opinion-forms/:id/status',
    {
      schema: {
        tags: otags,
        summary: '开放或关闭征求意见表',
        params: idParams,
        body: formStatusBody,
        response: { 200: formItem },
      },
      preHandler: requirePermission('opinion.manage'),
    },
    (request) => setFormStatus(services, callOf(request, { ...request.body, id: request.params.id })),
  );
  r.get(
    '/api/opinions',
    {
      schema: {
        tags: otags,
        summary: '收集到的意见（managed：辖区内；assigned：交我办理的）',
        querystring: listOpinionsQuery,
        response: { 200: z.object({ items: z.array(opinionItem) }) },
      },
      preHandler: requirePermission('study.participate'),
    },
    (request) => listOpinions(services, callOf(request, request.query)),
  );
  r.post(
    '/api/opinions/:id/assign',
    {
      schema: {
        tags: otags,
        summary: '分办意见',
        params: idParams,
        body: assignBody,
        response: { 200: opinionItem },
      },
      preHandler: requirePermission('opinion.manage'),
    },
    (request) => assignOpinion(services, callOf(request, { ...request.body, id: request.params.id })),
  );
  r.post(
    '/api/opinions/:id/reply',
    {
      schema: {
        tags: otags,
        summary: '办理并答复意见（承办人；留有手机号的以短信答复）',
        params: idParams,
        body: replyBody,
        response: { 200: opinionItem },
      },
      preHandler: requirePermission('study.participate'),
    },
    (request) =>
      replyOpinion(services, callOf(request, { ...request.body, id: request.params.id }), request.log),
  );
  r.post(
    '/api/opinions/:id/close',
    {
      schema: {
        tags: otags,
        summary: '办结意见',
        params: idParams,
        body: closeBody,
        response: { 200: opinionItem },
      },
      preHandler: requirePermission('opinion.manage'),
    },
    (request) => closeOpinion(services, callOf(request, { ...request.body, id: request.params.id })),
  );

  const limits = publicRateLimitsFromEnv();
  const publicScope: FastifyPluginAsync = async (scope) => {
    await registerPublicRateLimit(scope, services.db, limits);
    const p = scope.withTypeProvider<ZodTypeProvider>();
    p.get(
      '/api/public/opinion-forms/:token',
      {
        schema: {
          tags: otags,
          summary: '公开的征求意见表（无需登录，限流）',
          params: tokenParams,
          response: { 200: publicForm },
        },
        config: { rateLimit: { max: limits.readsPerMinute } },
      },
      (request) => getPublicForm(services, request.params.token),
    );
    p.post(
      '/api/public/opinion-forms/:token/responses',
      {
        schema: {
          tags: otags,
          summary: '提交意见（无需登录，限流；答复只表示已收到）',
          params: tokenParams,
          body: publicResponseBody,
          response: { 201: z.object({ received: z.literal(true) }) },
        },
        config: { rateLimit: { max: responsesPerMinute() } },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(
            await submitPublicResponse(services, request.params.token, request.body, requestMeta(request)),
          ),
    );
  };
  void app.register(publicScope);
}
