import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Services } from '../context';
import { getLibraryStatus, libraryStatus } from '../laws/library-status';
import { requirePermission } from '../plugins/auth';
import { articleDetail, getArticle, getInstrument, instrumentDetail } from '../use-cases/laws/get-instrument';
import { instrumentList, listInstruments, listInstrumentsQuery } from '../use-cases/laws/list-instruments';
import {
  resolveCitationBatch,
  resolveCitationBatchBody,
  resolveCitations,
  resolveCitationsQuery,
  resolvedCitationBatch,
  resolvedCitations,
} from '../use-cases/laws/resolve-citations';
import { searchArticles, searchArticlesQuery, searchResult } from '../use-cases/laws/search-articles';

const tags = ['laws'];
const codeParams = z.object({ code: z.string().regex(/^[0-9a-f]{12}$/, '法律法规编号格式不正确') });
const articleParams = codeParams.extend({
  key: z.string().regex(/^(\d{1,5}(-\d{1,2})?|p\d{1,6})$/, '条文编号格式不正确'),
});
/** Every staff role holds `law.read` (reference data, no organisation scope). */
const loggedIn = requirePermission('law.read');

/** `/api/laws`: the law library (法律法规库): instruments, articles, full-text search, citation links. */
export function lawRoutes(app: FastifyInstance, services: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/laws/status',
    {
      schema: { tags, summary: '法律法规库导入状态', response: { 200: libraryStatus } },
      preHandler: loggedIn,
    },
    () => getLibraryStatus(services.db),
  );
  r.get(
    '/api/laws/instruments',
    {
      schema: {
        tags,
        summary: '法律法规列表（按效力层级排序，可按标题、类别、效力状态筛选）',
        querystring: listInstrumentsQuery,
        response: { 200: instrumentList },
      },
      preHandler: loggedIn,
    },
    (request) => listInstruments(services, { input: request.query }),
  );
  r.get(
    '/api/laws/instruments/:code',
    {
      schema: {
        tags,
        summary: '法律法规全文（沿革、章节、条文）',
        params: codeParams,
        response: { 200: instrumentDetail },
      },
      preHandler: loggedIn,
    },
    (request) => getInstrument(services, { input: { code: request.params.code } }),
  );
  r.get(
    '/api/laws/instruments/:code/articles/:key',
    {
      schema: {
        tags,
        summary: '单条条文（43、120-1 即第一百二十条之一，p7 为无条号段落）',
        params: articleParams,
        response: { 200: articleDetail },
      },
      preHandler: loggedIn,
    },
    (request) => getArticle(services, { input: request.params }),
  );
  r.get(
    '/api/laws/search',
    {
      schema: {
        tags,
        summary: '条文全文检索（多个词须同时出现，结果按相关度排序并高亮）',
        querystring: searchArticlesQuery,
        response: { 200: searchResult },
      },
      preHandler: loggedIn,
    },
    (request) => searchArticles(services, { input: request.query }),
  );
  r.get(
    '/api/laws/citations',
    {
      schema: {
        tags,
        summary: '解析引用（如“法律援助法 第四十三条”）并链接到条文',
        querystring: resolveCitationsQuery,
        response: { 200: resolvedCitations },
      },
      preHandler: loggedIn,
    },
    (request) => resolveCitations(services, { input: request.query }),
  );
  r.post(
    '/api/laws/citations/resolve',
    {
      schema: {
        tags,
        summary: '批量解析引用（一页上的多条引用一次请求）',
        body: resolveCitationBatchBody,
        response: { 200: resolvedCitationBatch },
      },
      preHandler: loggedIn,
    },
    (request) => resolveCitationBatch(services, { input: request.body }),
  );
}
