import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Services } from '../context';
import { contentDisposition, XLSX_TYPE } from '../export/xlsx';
import { requestMeta, requireActor, requirePermission } from '../plugins/auth';
import {
  evaluationListFilters,
  evaluationListItem,
  evaluationListQuery,
  lectureListFilters,
  lectureListItem,
  lectureListQuery,
  listDashboardEvaluations,
  listDashboardLectures,
  listDashboardMatters,
  listDashboardTickets,
  matterListFilters,
  matterListItem,
  matterListQuery,
  ticketListFilters,
  ticketListItem,
  ticketListQuery,
} from '../use-cases/dashboard/dashboard-lists';
import { dashboardQuery } from '../use-cases/dashboard/dashboard-scope';
import { exportDashboardFigures, exportDashboardList } from '../use-cases/dashboard/export-dashboard';
import { getLawyerTeamFigures, lawyerTeamReply } from '../use-cases/dashboard/lawyer-team-figures';
import { getLegalAidFigures, legalAidFiguresReply } from '../use-cases/dashboard/legal-aid-figures';
import { getLiveFigures, liveReply } from '../use-cases/dashboard/live-figures';
import { buildMonthlyReport, monthlyReportQuery } from '../use-cases/dashboard/monthly-report';
import { getQueueFigures, queueFiguresReply } from '../use-cases/dashboard/queue-figures';
import { getSatisfactionFigures, satisfactionReply } from '../use-cases/dashboard/satisfaction-figures';
import { getLectureTotals, lectureTotalsReply } from '../use-cases/publicity/lecture-totals';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Sends a generated file with its Chinese name (RFC 6266/5987), never cached. */
function sendFile(reply: FastifyReply, type: string, file: { fileName: string; buffer: Buffer }) {
  return reply
    .header('content-type', type)
    .header('content-disposition', contentDisposition(file.fileName))
    .header('cache-control', 'no-store')
    .send(file.buffer);
}

const tags = ['dashboard'];
const page = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), total: z.number().int() });

/**
 * `/api/dashboard/*`: the leadership dashboard (数据看板). Every route needs dashboard.read; the scope
 * (a county sees itself, the city its counties) is resolved and enforced by the use cases.
 */
export function dashboardRoutes(app: FastifyInstance, services: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const call = <I>(request: Parameters<typeof requestMeta>[0], input: I) => ({
    actor: requireActor(request),
    input,
    meta: requestMeta(request),
  });
  const preHandler = requirePermission('dashboard.read');

  r.get(
    '/api/dashboard/live',
    {
      schema: {
        tags,
        summary: '今日实时：等候、叫号、各窗口',
        querystring: dashboardQuery,
        response: { 200: liveReply },
      },
      preHandler,
    },
    (request) => getLiveFigures(services, call(request, request.query)),
  );
  r.get(
    '/api/dashboard/queue',
    {
      schema: {
        tags,
        summary: '办件量与等候、办理时长（按事项、窗口、单位、日）',
        querystring: dashboardQuery,
        response: { 200: queueFiguresReply },
      },
      preHandler,
    },
    (request) => getQueueFigures(services, call(request, request.query)),
  );
  r.get(
    '/api/dashboard/legal-aid',
    {
      schema: {
        tags,
        summary: '法律援助：给予/不予（按事项、重点群体）、五个当天、办理期限',
        querystring: dashboardQuery,
        response: { 200: legalAidFiguresReply },
      },
      preHandler,
    },
    (request) => getLegalAidFigures(services, call(request, request.query)),
  );
  r.get(
    '/api/dashboard/satisfaction',
    {
      schema: {
        tags,
        summary: '好差评满意度与差评整改',
        querystring: dashboardQuery,
        response: { 200: satisfactionReply },
      },
      preHandler,
    },
    (request) => getSatisfactionFigures(services, call(request, request.query)),
  );
  r.get(
    '/api/dashboard/lawyer-team',
    {
      schema: {
        tags,
        summary: '公共法律服务律师团：每名律师的咨询与法律援助',
        querystring: dashboardQuery,
        response: { 200: lawyerTeamReply },
      },
      preHandler,
    },
    (request) => getLawyerTeamFigures(services, call(request, request.query)),
  );
  r.get(
    '/api/dashboard/lists/tickets',
    {
      schema: {
        tags,
        summary: '图表明细：取号办件',
        querystring: ticketListQuery,
        response: { 200: page(ticketListItem) },
      },
      preHandler,
    },
    async (request) => {
      const { page: p, pageSize, ...filters } = request.query;
      const { items, total } = await listDashboardTickets(services, requireActor(request), filters, {
        page: p,
        pageSize,
      });
      return { items, total };
    },
  );
  r.get(
    '/api/dashboard/lists/legal-aid',
    {
      schema: {
        tags,
        summary: '图表明细：法律援助事项',
        querystring: matterListQuery,
        response: { 200: page(matterListItem) },
      },
      preHandler,
    },
    async (request) => {
      const { page: p, pageSize, ...filters } = request.query;
      const { items, total } = await listDashboardMatters(services, requireActor(request), filters, {
        page: p,
        pageSize,
      });
      return { items, total };
    },
  );
  r.get(
    '/api/dashboard/lists/evaluations',
    {
      schema: {
        tags,
        summary: '图表明细：好差评与整改',
        querystring: evaluationListQuery,
        response: { 200: page(evaluationListItem) },
      },
      preHandler,
    },
    async (request) => {
      const { page: p, pageSize, ...filters } = request.query;
      const { items, total } = await listDashboardEvaluations(services, requireActor(request), filters, {
        page: p,
        pageSize,
      });
      return { items, total };
    },
  );
  r.get(
    '/api/dashboard/export/tickets',
    {
      schema: { tags, summary: '导出 Excel：取号办件明细', querystring: ticketListFilters },
      preHandler,
    },
    async (request, reply) =>
      sendFile(
        reply,
        XLSX_TYPE,
        await exportDashboardList(services, call(request, { kind: 'tickets' as const, ...request.query })),
      ),
  );
  r.get(
    '/api/dashboard/export/legal-aid',
    {
      schema: { tags, summary: '导出 Excel：法律援助事项明细', querystring: matterListFilters },
      preHandler,
    },
    async (request, reply) =>
      sendFile(
        reply,
        XLSX_TYPE,
        await exportDashboardList(services, call(request, { kind: 'legal-aid' as const, ...request.query })),
      ),
  );
  r.get(
    '/api/dashboard/export/evaluations',
    {
      schema: { tags, summary: '导出 Excel：好差评明细', querystring: evaluationListFilters },
      preHandler,
    },
    async (request, reply) =>
      sendFile(
        reply,
        XLSX_TYPE,
        await exportDashboardList(
          services,
          call(request, { kind: 'evaluations' as const, ...request.query }),
        ),
      ),
  );
  r.get(
    '/api/dashboard/export/figures',
    {
      schema: { tags, summary: '导出 Excel：看板全部图表数据（每图一表）', querystring: dashboardQuery },
      preHandler,
    },
    async (request, reply) =>
      sendFile(reply, XLSX_TYPE, await exportDashboardFigures(services, call(request, request.query))),
  );
  r.get(
    '/api/dashboard/report.docx',
    {
      schema: { tags, summary: '月度工作报告（.docx）', querystring: monthlyReportQuery },
      preHandler,
    },
    async (request, reply) =>
      sendFile(reply, DOCX, await buildMonthlyReport(services, call(request, request.query))),
  );
  r.get(
    '/api/dashboard/lectures',
    {
      schema: {
        tags,
        summary: '普法讲师团：按场所类型、主题、单位的讲座与受众',
        querystring: dashboardQuery,
        response: { 200: lectureTotalsReply },
      },
      preHandler,
    },
    (request) => getLectureTotals(services, call(request, request.query)),
  );
  r.get(
    '/api/dashboard/lists/lectures',
    {
      schema: {
        tags,
        summary: '图表明细：普法讲座',
        querystring: lectureListQuery,
        response: { 200: page(lectureListItem) },
      },
      preHandler,
    },
    async (request) => {
      const { page: p, pageSize, ...filters } = request.query;
      const { items, total } = await listDashboardLectures(services, requireActor(request), filters, {
        page: p,
        pageSize,
      });
      return { items, total };
    },
  );
  r.get(
    '/api/dashboard/export/lectures',
    {
      schema: { tags, summary: '导出 Excel：普法讲座明细', querystring: lectureListFilters },
      preHandler,
    },
    async (request, reply) =>
      sendFile(
        reply,
        XLSX_TYPE,
        await exportDashboardList(services, call(request, { kind: 'lectures' as const, ...request.query })),
      ),
  );
}
