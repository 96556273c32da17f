import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Services, StaffActor, UseCaseCall } from '../context';
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
import { type DashboardQuery, dashboardQuery } from '../use-cases/dashboard/dashboard-scope';
import { type ExportFile, exportDashboardList } from '../use-cases/dashboard/export-dashboard';
import { exportDashboardFigures } from '../use-cases/dashboard/export-dashboard-figures';
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
 * (a county sees itself, the city its counties) is resolved and enforced by the use cases. The routes
 * come in three kinds, each registered by one helper: the figures of a chart group, the paged list behind
 * a chart (`lists/<kind>`) and its .xlsx export (`export/<kind>`), and the generated files.
 */
export function dashboardRoutes(app: FastifyInstance, services: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const call = <I>(request: FastifyRequest, input: I): UseCaseCall<I> => ({
    actor: requireActor(request),
    input,
    meta: requestMeta(request),
  });
  const preHandler = requirePermission('dashboard.read');

  // The helpers below register on `app` (generic schemas defeat the type provider's inference): the
  // app's zod validator and serializer still check the query and the reply against the same schemas, and
  // the spec's types tie each schema to its use case, so the casts only restate what the schema parsed.

  /** GET /api/dashboard/<path>: the figures of one chart group for the period and scope. */
  const figures = <R extends z.ZodType>(
    path: string,
    summary: string,
    reply: R,
    get: (services: Services, call: UseCaseCall<DashboardQuery>) => Promise<z.infer<R>>,
  ) =>
    app.get(
      `/api/dashboard/${path}`,
      {
        schema: { tags, summary, querystring: dashboardQuery, response: { 200: reply as z.ZodType } },
        preHandler,
      },
      (request) => get(services, call(request, request.query as DashboardQuery)),
    );

  /** GET /api/dashboard/lists/<kind> (a page, stable order) and /api/dashboard/export/<kind> (.xlsx). */
  const list = <F extends object, I extends z.ZodType>(spec: {
    kind: string;
    what: string;
    exportName: string;
    filters: z.ZodType<F>;
    query: z.ZodType<F & { page: number; pageSize: number }>;
    item: I;
    list: (
      services: Services,
      actor: StaffActor,
      filters: F,
      page: { page: number; pageSize: number },
    ) => Promise<{ items: z.infer<I>[]; total: number }>;
    exportFile: (call: UseCaseCall<F>) => Promise<ExportFile>;
  }) => {
    app.get(
      `/api/dashboard/lists/${spec.kind}`,
      {
        schema: {
          tags,
          summary: `图表明细：${spec.what}`,
          querystring: spec.query,
          response: { 200: page(spec.item) },
        },
        preHandler,
      },
      async (request) => {
        const { page: p, pageSize, ...filters } = request.query as F & { page: number; pageSize: number };
        const { items, total } = await spec.list(services, requireActor(request), filters as F, {
          page: p,
          pageSize,
        });
        return { items, total };
      },
    );
    app.get(
      `/api/dashboard/export/${spec.kind}`,
      { schema: { tags, summary: `导出 Excel：${spec.exportName}`, querystring: spec.filters }, preHandler },
      async (request, reply) =>
        sendFile(reply, XLSX_TYPE, await spec.exportFile(call(request, request.query as F))),
    );
  };

  figures('live', '今日实时：等候、叫号、各窗口', liveReply, getLiveFigures);
  figures('queue', '办件量与等候、办理时长（按事项、窗口、单位、日）', queueFiguresReply, getQueueFigures);
  figures(
    'legal-aid',
    '法律援助：给予/不予（按事项、重点群体）、五个当天、办理期限',
    legalAidFiguresReply,
    getLegalAidFigures,
  );
  figures('satisfaction', '好差评满意度与差评整改', satisfactionReply, getSatisfactionFigures);
  figures(
    'lawyer-team',
    '公共法律服务律师团：每名律师的咨询与法律援助',
    lawyerTeamReply,
    getLawyerTeamFigures,
  );
  figures('lectures', '普法讲师团：按场所类型、主题、单位的讲座与受众', lectureTotalsReply, getLectureTotals);

  list({
    kind: 'tickets',
    what: '取号办件',
    exportName: '取号办件明细',
    filters: ticketListFilters,
    query: ticketListQuery,
    item: ticketListItem,
    list: listDashboardTickets,
    exportFile: (c) => exportDashboardList(services, { ...c, input: { kind: 'tickets', ...c.input } }),
  });
  list({
    kind: 'legal-aid',
    what: '法律援助事项',
    exportName: '法律援助事项明细',
    filters: matterListFilters,
    query: matterListQuery,
    item: matterListItem,
    list: listDashboardMatters,
    exportFile: (c) => exportDashboardList(services, { ...c, input: { kind: 'legal-aid', ...c.input } }),
  });
  list({
    kind: 'evaluations',
    what: '好差评与整改',
    exportName: '好差评明细',
    filters: evaluationListFilters,
    query: evaluationListQuery,
    item: evaluationListItem,
    list: listDashboardEvaluations,
    exportFile: (c) => exportDashboardList(services, { ...c, input: { kind: 'evaluations', ...c.input } }),
  });
  list({
    kind: 'lectures',
    what: '普法讲座',
    exportName: '普法讲座明细',
    filters: lectureListFilters,
    query: lectureListQuery,
    item: lectureListItem,
    list: listDashboardLectures,
    exportFile: (c) => exportDashboardList(services, { ...c, input: { kind: 'lectures', ...c.input } }),
  });

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
}
