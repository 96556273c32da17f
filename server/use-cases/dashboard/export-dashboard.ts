import {
  DEADLINE_NOT_APPLICABLE_REASONS,
  DEADLINE_RESULT_LABELS,
  FIVE_RESULT_LABELS,
  MATTER_OUTCOME_LABELS,
  zhLabel,
} from '@core/dashboard';
import { badInput } from '@core/errors';
import { EVALUATION_LEVEL_LABELS, RECTIFICATION_STATUS_LABELS } from '@core/evaluation';
import { LECTURE_TOPICS } from '@core/procedures/publicity';
import { VENUE_TYPE_LABELS } from '@core/publicity';
import { isPriorityGroup, priorityGroupLabel } from '@core/queue/priority';
import { findService } from '@core/queue/services';
import { ticketStatusLabels } from '@core/queue/ticket-status';
import type { z } from 'zod';
import type { Services, UseCaseCall } from '../../context';
import { buildXlsx, type PreparedSheet, sheet } from '../../export/xlsx';
import {
  type evaluationListFilters,
  type lectureListFilters,
  listDashboardEvaluations,
  listDashboardLectures,
  listDashboardMatters,
  listDashboardTickets,
  type matterListFilters,
  type ticketListFilters,
} from './dashboard-lists';

/** The most rows one list export writes; more is refused (narrow the period or the filters). */
export const MAX_EXPORT_ROWS = 100_000;

const tooLarge = () =>
  badInput('DASHBOARD.EXPORT_TOO_LARGE', `导出最多 ${MAX_EXPORT_ROWS} 行，请缩短统计区间或增加筛选条件`);

/** Seconds as minutes with one decimal (null stays null). */
export const minutes = (s: number | null) => (s === null ? null : Math.round(s / 6) / 10);
/** The label of `key` in `table`, else the key itself. */
export const label = (table: Record<string, string>, key: string) => table[key] ?? key;
/** 按期/超期/未到期, or 不适用 with its reason (core/dashboard DEADLINE_NOT_APPLICABLE_REASONS). */
const deadline = (code: string, which: keyof typeof DEADLINE_NOT_APPLICABLE_REASONS) =>
  code === 'n/a'
    ? `${zhLabel(DEADLINE_RESULT_LABELS, code)}（${DEADLINE_NOT_APPLICABLE_REASONS[which][0]}）`
    : zhLabel(DEADLINE_RESULT_LABELS, code);
const TOPIC_LABELS: Record<string, string> = Object.fromEntries(
  Object.entries(LECTURE_TOPICS).map(([code, t]) => [code, t.label]),
);

export type ExportKind = 'tickets' | 'legal-aid' | 'evaluations' | 'lectures';
export interface ExportFile {
  fileName: string;
  buffer: Buffer;
}

const page = { page: 1, pageSize: MAX_EXPORT_ROWS + 1 };

/**
 * What an export's file name says of its rows: the unit they were narrowed to (else the scope's root, e.g.
 * 包头市司法局) and the period, `2026-03-01至2026-03-17`, so two exports of different units or periods never
 * share a name.
 */
function describeExport(
  scope: {
    root: { name: string };
    units: { id: string; name: string }[];
    period: { from: string; to: string };
  },
  unitId: string | undefined,
): [period: string, unit: string] {
  const unit = (unitId && scope.units.find((u) => u.id === unitId)?.name) || scope.root.name;
  return [`${scope.period.from}至${scope.period.to}`, unit];
}

/**
 * One list behind a chart as .xlsx (dashboard.read): the same scope, filters and stable order as the
 * paged list, every row (at most MAX_EXPORT_ROWS, else 400 DASHBOARD.EXPORT_TOO_LARGE). ID numbers stay
 * masked, as in the list; numbers and identifiers are text cells (server/export/xlsx.ts).
 */
export async function exportDashboardList(
  services: Services,
  {
    actor,
    input,
  }: UseCaseCall<
    | ({ kind: 'tickets' } & z.infer<typeof ticketListFilters>)
    | ({ kind: 'legal-aid' } & z.infer<typeof matterListFilters>)
    | ({ kind: 'evaluations' } & z.infer<typeof evaluationListFilters>)
    | ({ kind: 'lectures' } & z.infer<typeof lectureListFilters>)
  >,
): Promise<ExportFile> {
  let prepared: PreparedSheet;
  let period: string;
  let unit: string;
  let what: string;
  if (input.kind === 'tickets') {
    const { items, scope } = await listDashboardTickets(services, actor, input, page);
    if (items.length > MAX_EXPORT_ROWS) throw tooLarge();
    [period, unit] = describeExport(scope, input.unitId);
    what = '取号办件明细';
    prepared = sheet({
      name: what,
      rows: items,
      columns: [
        { header: '业务日期', kind: 'text', value: (r) => r.businessDate },
        { header: '号码', kind: 'text', value: (r) => r.number },
        { header: '服务中心', value: (r) => r.centerName },
        { header: '单位', value: (r) => r.unitName },
        { header: '事项', value: (r) => findService(r.serviceCode)?.nameZh ?? r.serviceCode },
        { header: '窗口', kind: 'number', value: (r) => r.windowNumber },
        { header: '状态', value: (r) => label(ticketStatusLabels, r.status) },
        { header: '取号时间', kind: 'date', value: (r) => new Date(r.issuedAt) },
        { header: '等候（分钟）', kind: 'number', value: (r) => minutes(r.waitSeconds) },
        { header: '办理（分钟）', kind: 'number', value: (r) => minutes(r.serviceSeconds) },
        { header: '身份证号（脱敏）', kind: 'text', value: (r) => r.idNumberMasked },
      ],
    });
  } else if (input.kind === 'legal-aid') {
    const { items, scope } = await listDashboardMatters(services, actor, input, page);
    if (items.length > MAX_EXPORT_ROWS) throw tooLarge();
    [period, unit] = describeExport(scope, input.unitId);
    what = '法律援助事项明细';
    prepared = sheet({
      name: what,
      rows: items,
      columns: [
        { header: '案号', kind: 'text', value: (r) => r.number },
        { header: '单位', value: (r) => r.unitName },
        { header: '申请时间', kind: 'date', value: (r) => new Date(r.appliedAt) },
        { header: '事项', value: (r) => r.matterLabel },
        {
          header: '重点群体',
          value: (r) =>
            r.priorityGroups.map((g) => (isPriorityGroup(g) ? priorityGroupLabel(g) : g)).join('、'),
        },
        { header: '决定', value: (r) => zhLabel(MATTER_OUTCOME_LABELS, r.outcome) },
        { header: '五个当天', value: (r) => zhLabel(FIVE_RESULT_LABELS, r.five) },
        { header: '审批期限（7日）', value: (r) => deadline(r.decision, 'decision') },
        { header: '指派期限（3日）', value: (r) => deadline(r.assignment, 'assignment') },
        { header: '承办律师', value: (r) => r.lawyerName },
      ],
    });
  } else if (input.kind === 'lectures') {
    const { items, scope } = await listDashboardLectures(services, actor, input, page);
    if (items.length > MAX_EXPORT_ROWS) throw tooLarge();
    [period, unit] = describeExport(scope, input.unitId);
    what = '普法讲座明细';
    prepared = sheet({
      name: what,
      rows: items,
      columns: [
        { header: '日期', kind: 'text', value: (r) => r.lectureOn },
        { header: '单位', value: (r) => r.unitName },
        { header: '状态', value: (r) => (r.status === 'held' ? '已开展' : '计划') },
        { header: '场所类型', value: (r) => label(VENUE_TYPE_LABELS, r.venueType) },
        { header: '地点', value: (r) => r.venue },
        { header: '主题', value: (r) => label(TOPIC_LABELS, r.topic) },
        { header: '题目', value: (r) => r.title },
        { header: '受众人数', kind: 'number', value: (r) => r.audienceSize },
      ],
    });
  } else {
    const { items, scope } = await listDashboardEvaluations(services, actor, input, page);
    if (items.length > MAX_EXPORT_ROWS) throw tooLarge();
    [period, unit] = describeExport(scope, input.unitId);
    what = '好差评明细';
    prepared = sheet({
      name: what,
      rows: items,
      columns: [
        { header: '业务日期', kind: 'text', value: (r) => r.businessDate },
        { header: '单位', value: (r) => r.unitName },
        { header: '号码/案号', kind: 'text', value: (r) => r.subjectNumber },
        { header: '评价等级', value: (r) => label(EVALUATION_LEVEL_LABELS, String(r.level)) },
        { header: '意见', value: (r) => r.comment },
        { header: '工作人员', value: (r) => r.staffName },
        { header: '律师', value: (r) => r.lawyerName },
        {
          header: '整改状态',
          value: (r) =>
            r.rectificationStatus ? label(RECTIFICATION_STATUS_LABELS, r.rectificationStatus) : null,
        },
        { header: '整改超期', value: (r) => (r.overdue === null ? null : r.overdue ? '是' : '否') },
      ],
    });
  }
  return { fileName: `数据看板-${what}-${unit}-${period}.xlsx`, buffer: await buildXlsx([prepared]) };
}
