import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Services } from '../context';
import { requirePermission } from '../plugins/auth';
import {
  attemptView,
  getAttempt,
  saveAnswers,
  saveAnswersBody,
  startAttempt,
  submitAttempt,
  submitAttemptBody,
} from '../use-cases/staff-programme/attempts';
import { bankCategories, bankCategoriesReply } from '../use-cases/staff-programme/bank-categories';
import {
  compareQuery,
  compareReply,
  compareRoundsOf,
  paperResults,
  paperResultsReply,
} from '../use-cases/staff-programme/paper-results';
import { paperItem } from '../use-cases/staff-programme/paper-store';
import {
  createPaper,
  createPaperBody,
  deletePaper,
  getPaper,
  listPapers,
  listPapersQuery,
  myPaperItem,
  paperStatusBody,
  setPaperStatus,
} from '../use-cases/staff-programme/papers';
import {
  createQuestion,
  createQuestionBody,
  importQuestions,
  importQuestionsBody,
  importReply,
  listQuestions,
  listQuestionsQuery,
  questionItem,
  questionTemplate,
  updateQuestion,
  updateQuestionBody,
} from '../use-cases/staff-programme/question-bank';
import { callOf } from './legal-aid';

const tags = ['study-tests'];
const idParams = z.object({ id: z.uuid({ error: '编号格式不正确' }) });
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * `/api/study`: knowledge tests (应知应会) — the question bank (with .xlsx import), papers, attempts,
 * results. Takers never receive the right answers before grading: the attempt schema has no field for
 * them (server/use-cases/staff-programme/attempts.ts).
 */
export function studyTestRoutes(app: FastifyInstance, services: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/study/questions',
    {
      schema: {
        tags,
        summary: '题库（含正确答案，仅教育培训专员）',
        querystring: listQuestionsQuery,
        response: { 200: z.object({ items: z.array(questionItem) }) },
      },
      preHandler: requirePermission('study.manage'),
    },
    (request) => listQuestions(services, callOf(request, request.query)),
  );
  r.get(
    '/api/study/questions/categories',
    {
      schema: {
        tags,
        summary: '题库分类（新建试卷可限定的分类及各题型题量）',
        response: { 200: bankCategoriesReply },
      },
      preHandler: requirePermission('study.manage'),
    },
    (request) => bankCategories(services, callOf(request, {})),
  );
  r.post(
    '/api/study/questions',
    {
      schema: { tags, summary: '新增试题', body: createQuestionBody, response: { 201: questionItem } },
      preHandler: requirePermission('study.manage'),
    },
    async (request, reply) =>
      reply.status(201).send(await createQuestion(services, callOf(request, request.body))),
  );
  r.patch(
    '/api/study/questions/:id',
    {
      schema: {
        tags,
        summary: '停用或恢复试题',
        params: idParams,
        body: updateQuestionBody,
        response: { 200: questionItem },
      },
      preHandler: requirePermission('study.manage'),
    },
    (request) => updateQuestion(services, callOf(request, { ...request.body, id: request.params.id })),
  );
  r.post(
    '/api/study/questions/import',
    {
      schema: {
        tags,
        summary: '从 .xlsx 模板导入试题（有错误则全部不导入并列出错误）',
        body: importQuestionsBody,
        response: { 200: importReply },
      },
      preHandler: requirePermission('study.manage'),
    },
    (request) => importQuestions(services, callOf(request, request.body)),
  );
  r.get(
    '/api/study/questions/template',
    { schema: { tags, summary: '下载题库导入模板（.xlsx）' }, preHandler: requirePermission('study.manage') },
    async (_request, reply) => {
      reply
        .header('content-type', XLSX)
        .header(
          'content-disposition',
          `attachment; filename="question-template.xlsx"; filename*=UTF-8''${encodeURIComponent('题库导入模板.xlsx')}`,
        );
      return reply.send(await questionTemplate());
    },
  );
  r.get(
    '/api/study/papers',
    {
      schema: {
        tags,
        summary: '试卷（mine：我可参加的及本人成绩；managed：辖区内全部）',
        querystring: listPapersQuery,
        response: { 200: z.object({ items: z.array(z.union([myPaperItem, paperItem])) }) },
      },
      preHandler: requirePermission('study.participate'),
    },
    (request) => listPapers(services, callOf(request, request.query)),
  );
  r.post(
    '/api/study/papers',
    {
      schema: {
        tags,
        summary: '新建试卷（按规则抽题，草稿）',
        body: createPaperBody,
        response: { 201: paperItem },
      },
      preHandler: requirePermission('study.manage'),
    },
    async (request, reply) =>
      reply.status(201).send(await createPaper(services, callOf(request, request.body))),
  );
  r.get(
    '/api/study/papers/compare',
    {
      schema: { tags, summary: '两轮测试对比', querystring: compareQuery, response: { 200: compareReply } },
      preHandler: requirePermission('study.supervise'),
    },
    (request) => compareRoundsOf(services, callOf(request, request.query)),
  );
  r.get(
    '/api/study/papers/:id',
    {
      schema: { tags, summary: '试卷设置', params: idParams, response: { 200: paperItem } },
      preHandler: requirePermission('study.supervise'),
    },
    (request) => getPaper(services, callOf(request, request.params)),
  );
  r.post(
    '/api/study/papers/:id/status',
    {
      schema: {
        tags,
        summary: '发布试卷（此时按规则抽题）或结束考试',
        params: idParams,
        body: paperStatusBody,
        response: { 200: paperItem },
      },
      preHandler: requirePermission('study.manage'),
    },
    (request) => setPaperStatus(services, callOf(request, { ...request.body, id: request.params.id })),
  );
  r.delete(
    '/api/study/papers/:id',
    {
      schema: {
        tags,
        summary: '删除试卷草稿',
        params: idParams,
        body: z.object({ version: z.number().int().min(1) }),
        response: { 200: z.object({ ok: z.literal(true) }) },
      },
      preHandler: requirePermission('study.manage'),
    },
    async (request) => {
      await deletePaper(services, callOf(request, { ...request.body, id: request.params.id }));
      return { ok: true as const };
    },
  );
  r.get(
    '/api/study/papers/:id/results',
    {
      schema: { tags, summary: '成绩与试题分析', params: idParams, response: { 200: paperResultsReply } },
      preHandler: requirePermission('study.supervise'),
    },
    (request) => paperResults(services, callOf(request, request.params)),
  );
  r.post(
    '/api/study/papers/:id/attempts',
    {
      schema: {
        tags,
        summary: '开始（或继续）答题：题目和选项按人打乱，不含答案',
        params: idParams,
        response: { 200: attemptView },
      },
      preHandler: requirePermission('study.participate'),
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return startAttempt(services, callOf(request, request.params));
    },
  );
  r.get(
    '/api/study/attempts/:id',
    {
      schema: { tags, summary: '本人答卷', params: idParams, response: { 200: attemptView } },
      preHandler: requirePermission('study.participate'),
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return getAttempt(services, callOf(request, request.params));
    },
  );
  r.put(
    '/api/study/attempts/:id/answers',
    {
      schema: {
        tags,
        summary: '暂存答案',
        params: idParams,
        body: saveAnswersBody,
        response: { 200: z.object({ saved: z.number().int() }) },
      },
      preHandler: requirePermission('study.participate'),
    },
    (request) => saveAnswers(services, callOf(request, { ...request.body, id: request.params.id })),
  );
  r.post(
    '/api/study/attempts/:id/submit',
    {
      schema: {
        tags,
        summary: '交卷并评分',
        params: idParams,
        body: submitAttemptBody,
        response: { 200: attemptView },
      },
      preHandler: requirePermission('study.participate'),
    },
    (request) => submitAttempt(services, callOf(request, { ...request.body, id: request.params.id })),
  );
}
