import { FIVE_RESULT_LABELS, zhLabel } from '@core/dashboard';
import { RECTIFICATION_STATUS_LABELS } from '@core/evaluation';
import type { Services, UseCaseCall } from '../../context';
import { buildXlsx, sheet, type XlsxColumn } from '../../export/xlsx';
import { getLectureTotals } from '../publicity/lecture-totals';
import type { DashboardQuery } from './dashboard-scope';
import { type ExportFile, label, minutes } from './export-dashboard';
import { getLawyerTeamFigures } from './lawyer-team-figures';
import { getLegalAidFigures } from './legal-aid-figures';
import { getQueueFigures } from './queue-figures';
import { getSatisfactionFigures } from './satisfaction-figures';

/** The counts and times of a row of the queue sheets (a service, window, unit or the whole). */
interface QueueRowLike {
  tickets: number;
  finished: number;
  matters: number;
  noShows: number;
  avgWaitSeconds: number | null;
  p90WaitSeconds: number | null;
  avgServiceSeconds: number | null;
  p90ServiceSeconds: number | null;
}
interface OutcomesLike {
  granted: number;
  refused: number;
  withdrawn: number;
  pending: number;
}

/** The label of the last row of a sheet whose rows split the whole (units, services, days, windows). */
const TOTAL = '合计';

/** The row of the tickets no window ever called (cancelled or closed while waiting, or still waiting). */
const NOT_AT_A_WINDOW = '未到窗口（等候中取消、关闭或仍在等候）';

/**
 * The part of the scope's tickets that no window's row holds: a ticket counts at the window that called it,
 * so the ones never called are the whole less the windows' sum. Counts only (no waits or service times:
 * they were never served).
 */
function notAtAWindow(overall: QueueRowLike, windows: readonly QueueRowLike[]): QueueRowLike {
  const rest = (field: 'tickets' | 'finished' | 'matters' | 'noShows') =>
    overall[field] - windows.reduce((sum, w) => sum + w[field], 0);
  return {
    tickets: rest('tickets'),
    finished: rest('finished'),
    matters: rest('matters'),
    noShows: rest('noShows'),
    avgWaitSeconds: null,
    p90WaitSeconds: null,
    avgServiceSeconds: null,
    p90ServiceSeconds: null,
  };
}

/**
 * Every chart of the dashboard as one workbook, a sheet per chart, with the figures exactly as the
 * charts show them (dashboard.read). The sheets by unit, by service, by window and by day end with a 合计
 * row: the scope's overall figures (its averages and 90th percentiles over all its tickets, its rates over
 * all its cases), not a sum of the rows above. The window sheet has a row before it for the tickets no window
 * called, so that its counts add up to the 合计.
 */
export async function exportDashboardFigures(
  services: Services,
  call: UseCaseCall<DashboardQuery>,
): Promise<ExportFile> {
  const [queue, legalAid, satisfaction, team, lectures] = await Promise.all([
    getQueueFigures(services, call),
    getLegalAidFigures(services, call),
    getSatisfactionFigures(services, call),
    getLawyerTeamFigures(services, call),
    getLectureTotals(services, call),
  ]);
  const q = <T extends QueueRowLike>(first: XlsxColumn<T>): XlsxColumn<T>[] => [
    first,
    { header: '取号', kind: 'number', value: (r) => r.tickets },
    { header: '办结', kind: 'number', value: (r) => r.finished },
    { header: '形成事项', kind: 'number', value: (r) => r.matters },
    { header: '过号', kind: 'number', value: (r) => r.noShows },
    { header: '平均等候（分钟）', kind: 'number', value: (r) => minutes(r.avgWaitSeconds) },
    { header: 'P90 等候（分钟）', kind: 'number', value: (r) => minutes(r.p90WaitSeconds) },
    { header: '平均办理（分钟）', kind: 'number', value: (r) => minutes(r.avgServiceSeconds) },
    { header: 'P90 办理（分钟）', kind: 'number', value: (r) => minutes(r.p90ServiceSeconds) },
  ];
  const outcomeColumns = <T extends OutcomesLike>(first: XlsxColumn<T>): XlsxColumn<T>[] => [
    first,
    { header: '给予', kind: 'number', value: (r) => r.granted },
    { header: '不予', kind: 'number', value: (r) => r.refused },
    { header: '视为撤回', kind: 'number', value: (r) => r.withdrawn },
    { header: '待决定', kind: 'number', value: (r) => r.pending },
  ];
  const period = `${queue.from}至${queue.to}`;
  const sheets = [
    sheet({
      name: '各事项办件',
      rows: [...queue.services, { ...queue.overall, code: '', name: TOTAL }],
      columns: q<(typeof queue.services)[number]>({ header: '事项', value: (r) => r.name }),
    }),
    sheet({
      name: '各窗口办件',
      rows: [
        ...queue.windows.map((r) => ({ ...r, label: `${r.centerName} ${r.number}号 ${r.name}` })),
        { ...notAtAWindow(queue.overall, queue.windows), label: NOT_AT_A_WINDOW },
        { ...queue.overall, label: TOTAL },
      ],
      columns: q<QueueRowLike & { label: string }>({ header: '窗口', value: (r) => r.label }),
    }),
    sheet({
      name: '各单位办件',
      rows: [...queue.byUnit, { ...queue.overall, id: '', name: TOTAL }],
      columns: q<(typeof queue.byUnit)[number]>({ header: '单位', value: (r) => r.name }),
    }),
    sheet({
      name: '每日办件',
      rows: [
        ...queue.daily,
        { date: TOTAL, tickets: queue.overall.tickets, finished: queue.overall.finished },
      ],
      columns: [
        { header: '日期', kind: 'text', value: (r) => r.date },
        { header: '取号', kind: 'number', value: (r) => r.tickets },
        { header: '办结', kind: 'number', value: (r) => r.finished },
      ],
    }),
    sheet({
      name: '法援按事项',
      rows: legalAid.byMatter,
      columns: outcomeColumns<(typeof legalAid.byMatter)[number]>({ header: '事项', value: (r) => r.label }),
    }),
    sheet({
      name: '法援按重点群体',
      rows: legalAid.byPriorityGroup,
      columns: outcomeColumns<(typeof legalAid.byPriorityGroup)[number]>({
        header: '重点群体',
        value: (r) => r.label,
      }),
    }),
    sheet({
      name: '五个当天',
      rows: [
        ['met', legalAid.fiveSameDay.met],
        ['missed', legalAid.fiveSameDay.missed],
        ['open', legalAid.fiveSameDay.open],
        ['n/a', legalAid.fiveSameDay.notApplicable],
      ] as const,
      columns: [
        { header: '结果', value: ([code]) => zhLabel(FIVE_RESULT_LABELS, code) },
        { header: '数量', kind: 'number', value: ([, n]) => n },
      ],
    }),
    sheet({
      name: '法援各单位',
      rows: [
        ...legalAid.byUnit,
        {
          id: '',
          name: TOTAL,
          applications: legalAid.applications,
          outcomes: legalAid.outcomes,
          fiveSameDay: legalAid.fiveSameDay,
          decision: legalAid.deadlines.decision,
          assignment: legalAid.deadlines.assignment,
        },
      ],
      columns: [
        { header: '单位', value: (r) => r.name },
        { header: '申请', kind: 'number', value: (r) => r.applications },
        { header: '给予', kind: 'number', value: (r) => r.outcomes.granted },
        { header: '不予', kind: 'number', value: (r) => r.outcomes.refused },
        { header: '五个当天达成', kind: 'number', value: (r) => r.fiveSameDay.met },
        { header: '五个当天未达成', kind: 'number', value: (r) => r.fiveSameDay.missed },
        { header: '五个当天达成率', kind: 'percent', value: (r) => r.fiveSameDay.rate },
        { header: '审批按期', kind: 'number', value: (r) => r.decision.met },
        { header: '审批超期', kind: 'number', value: (r) => r.decision.breached },
        { header: '审批未到期', kind: 'number', value: (r) => r.decision.pending },
        { header: '指派按期', kind: 'number', value: (r) => r.assignment.met },
        { header: '指派超期', kind: 'number', value: (r) => r.assignment.breached },
        { header: '指派未到期', kind: 'number', value: (r) => r.assignment.pending },
      ],
    }),
    sheet({
      name: '好差评各单位',
      rows: [...satisfaction.byUnit, { ...satisfaction.overall, id: '', name: TOTAL }],
      columns: [
        { header: '单位', value: (r) => r.name },
        { header: '评价数', kind: 'number', value: (r) => r.evaluations },
        { header: '满意率', kind: 'percent', value: (r) => r.satisfactionRate },
        { header: '差评', kind: 'number', value: (r) => r.badReviews },
        { header: '整改', kind: 'number', value: (r) => r.rectifications },
        { header: '已整改', kind: 'number', value: (r) => r.rectified },
        { header: '整改超期', kind: 'number', value: (r) => r.overdue },
      ],
    }),
    sheet({
      name: '评价等级',
      rows: satisfaction.levels,
      columns: [
        { header: '等级', value: (r) => r.label },
        { header: '数量', kind: 'number', value: (r) => r.count },
      ],
    }),
    sheet({
      name: '差评整改',
      rows: satisfaction.rectificationStatuses,
      columns: [
        { header: '整改状态', value: (r) => label(RECTIFICATION_STATUS_LABELS, r.status) },
        { header: '数量', kind: 'number', value: (r) => r.count },
      ],
    }),
    sheet({
      name: '律师团',
      rows: team.lawyers,
      columns: [
        { header: '律师', value: (r) => r.name },
        { header: '律师事务所', value: (r) => r.firmName },
        { header: '咨询（窗口办结）', kind: 'number', value: (r) => r.consultations },
        { header: '法律援助', kind: 'number', value: (r) => r.legalAid },
      ],
    }),
    sheet({
      name: '普法讲座按场所',
      rows: lectures.byVenueType,
      columns: [
        { header: '场所类型', value: (r) => r.label },
        { header: '已开展', kind: 'number', value: (r) => r.held },
        { header: '受众人数', kind: 'number', value: (r) => r.audience },
        { header: '计划中', kind: 'number', value: (r) => r.planned },
      ],
    }),
  ];
  return {
    fileName: `数据看板-${queue.root.name}-${period}.xlsx`,
    buffer: await buildXlsx(sheets),
  };
}
