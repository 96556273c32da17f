import { DownloadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Drawer, Table, Tag, Tooltip } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { pick, useI18n } from '../../app/i18n';
import { tableWidth } from '../../app/table-kit';
import { api, type Page, withQuery } from '../../lib/api';
import { formatInstant } from '../../lib/dates';
import { type DashboardLabels, useDashboardLabels } from './labels';
import type { DashboardParams } from './queries';
import type { ListRequest } from './types';

type Row = Record<string, unknown> & { id: string };

const minutes = (s: unknown) => (typeof s === 'number' ? (s / 60).toFixed(1) : '—');
const RESULT_COLORS: Record<string, string> = {
  met: 'green',
  missed: 'red',
  breached: 'red',
  pending: 'gold',
};
/** A result as a coloured tag; 不适用 (`n/a`) carries its reason as a tooltip when one is given. */
const resultTag = (label: (code: string) => string, reason?: string) => (v: unknown) => {
  const tag = <Tag color={RESULT_COLORS[String(v)] ?? 'default'}>{label(String(v))}</Tag>;
  return v === 'n/a' && reason ? (
    <Tooltip title={reason}>
      <span data-testid="not-applicable">{tag}</span>
    </Tooltip>
  ) : (
    tag
  );
};

/** A value that never breaks inside (a date, a time, a number, an ID number). */
const whole = (v: unknown) => (
  <span className="lh-nowrap">{v === null || v === undefined ? '—' : String(v)}</span>
);

/**
 * The columns of a list, each of a fixed width (table-kit.tsx) so that a drawer of 1240 px shows every
 * column at 1366×768 in Chinese and in English: numbers, dates, times and ID numbers never break, long
 * headers wrap, the free texts (事项, 题目, 意见) are shortened with the whole in a tooltip.
 */
function columnsOf(kind: ListRequest['kind'], en: boolean, labels: DashboardLabels): ColumnsType<Row> {
  const t = (zh: string, english: string) => (en ? english : zh);
  if (kind === 'tickets')
    return [
      { title: t('日期', 'Date'), dataIndex: 'businessDate', width: 112, render: whole },
      { title: t('号码', 'Number'), dataIndex: 'number', width: 80, render: whole },
      { title: t('单位', 'Unit'), dataIndex: 'unitName', width: 150 },
      {
        title: t('事项', 'Service'),
        dataIndex: 'serviceCode',
        width: 150,
        render: (code: string) => labels.service(code),
      },
      {
        title: t('窗口', 'Window'),
        dataIndex: 'windowNumber',
        width: 80,
        render: (n: number | null) => n ?? '—',
      },
      {
        title: t('状态', 'Status'),
        dataIndex: 'status',
        width: 100,
        render: (s: string) => labels.ticketStatus(s),
      },
      {
        title: t('等候（分）', 'Wait (min)'),
        dataIndex: 'waitSeconds',
        width: 100,
        align: 'right',
        render: minutes,
      },
      {
        title: t('办理（分）', 'Service (min)'),
        dataIndex: 'serviceSeconds',
        width: 110,
        align: 'right',
        render: minutes,
      },
      { title: t('身份证号', 'ID number'), dataIndex: 'idNumberMasked', width: 190, render: whole },
    ];
  if (kind === 'legal-aid')
    return [
      { title: t('案号', 'Number'), dataIndex: 'number', width: 190, render: whole },
      { title: t('单位', 'Unit'), dataIndex: 'unitName', width: 110 },
      {
        title: t('申请时间', 'Applied'),
        dataIndex: 'appliedAt',
        width: 136,
        render: (v: string) => whole(formatInstant(v)),
      },
      { title: t('事项', 'Matter'), dataIndex: 'matterLabel', width: 150, ellipsis: true },
      {
        title: t('重点群体', 'Priority groups'),
        dataIndex: 'priorityGroups',
        width: 90,
        render: (groups: string[]) =>
          groups.length ? groups.map((g) => labels.priorityGroup(g)).join(t('、', ', ')) : '—',
      },
      {
        title: t('决定', 'Outcome'),
        dataIndex: 'outcome',
        width: 90,
        render: (o: string) => labels.outcome(o),
      },
      {
        title: t('五个当天', 'Five same-day'),
        dataIndex: 'five',
        width: 110,
        render: resultTag(labels.five),
      },
      {
        title: t('审批期限', 'Decision deadline'),
        dataIndex: 'decision',
        width: 110,
        render: resultTag(labels.deadline, labels.notApplicable('decision')),
      },
      {
        title: t('指派期限', 'Assignment deadline'),
        dataIndex: 'assignment',
        width: 120,
        render: resultTag(labels.deadline, labels.notApplicable('assignment')),
      },
      {
        title: t('承办律师', 'Lawyer'),
        dataIndex: 'lawyerName',
        width: 80,
        render: (v: string | null) => v ?? '—',
      },
    ];
  if (kind === 'lectures')
    return [
      { title: t('日期', 'Date'), dataIndex: 'lectureOn', width: 112, render: whole },
      { title: t('单位', 'Unit'), dataIndex: 'unitName', width: 150 },
      {
        title: t('场所类型', 'Venue type'),
        dataIndex: 'venueType',
        width: 110,
        render: (v: string) => labels.venueType(v),
      },
      { title: t('地点', 'Venue'), dataIndex: 'venue', width: 200 },
      { title: t('题目', 'Title'), dataIndex: 'title', width: 300, ellipsis: true },
      { title: t('受众', 'Audience'), dataIndex: 'audienceSize', width: 100, align: 'right' },
    ];
  return [
    { title: t('日期', 'Date'), dataIndex: 'businessDate', width: 112, render: whole },
    { title: t('单位', 'Unit'), dataIndex: 'unitName', width: 150 },
    { title: t('号码/案号', 'Ticket/matter'), dataIndex: 'subjectNumber', width: 200, render: whole },
    {
      title: t('评价', 'Level'),
      dataIndex: 'level',
      width: 110,
      render: (level: number) => labels.level(level),
    },
    {
      title: t('意见', 'Comment'),
      dataIndex: 'comment',
      width: 300,
      ellipsis: true,
      render: (v: string | null) => v ?? '',
    },
    {
      title: t('整改', 'Rectification'),
      dataIndex: 'rectificationStatus',
      width: 180,
      render: (v: string | null, row) =>
        v ? (
          <>
            {labels.rectification(v)} {row.overdue ? <Tag color="red">{t('超期', 'overdue')}</Tag> : null}
          </>
        ) : (
          '—'
        ),
    },
  ];
}

/**
 * The list behind a chart: server-paged (stable order, so no row repeats or goes missing between pages),
 * with an .xlsx export of every row under the same filters.
 */
export function ListDrawer({
  request,
  params,
  onClose,
}: {
  request: ListRequest | null;
  params: DashboardParams;
  onClose: () => void;
}) {
  const { locale } = useI18n();
  const en = locale === 'en-US';
  const labels = useDashboardLabels();
  const [page, setPage] = useState({ page: 1, pageSize: 20 });
  const query = { ...params, ...(request?.filters ?? {}) };
  const columns = request ? columnsOf(request.kind, en, labels) : [];
  const list = useQuery({
    queryKey: ['dashboard', 'list', request?.kind, query, page],
    queryFn: () => api.get<Page<Row>>(`/api/dashboard/lists/${request!.kind}`, { ...query, ...page }),
    enabled: request !== null,
  });
  return (
    <Drawer
      open={request !== null}
      onClose={() => {
        setPage({ page: 1, pageSize: 20 });
        onClose();
      }}
      size={1240}
      title={
        request ? (
          <span>
            {request.title}
            <span style={{ fontWeight: 'normal', color: 'rgba(0, 0, 0, 0.45)', marginLeft: 8 }}>
              {pick(locale, `${params.from} 至 ${params.to}`, `${params.from} to ${params.to}`)}
            </span>
          </span>
        ) : null
      }
      extra={
        request ? (
          <Button
            icon={<DownloadOutlined />}
            href={withQuery(`/api/dashboard/export/${request.kind}`, query)}
            data-testid="dashboard-export"
          >
            {pick(locale, '导出 Excel', 'Export to Excel')}
          </Button>
        ) : null
      }
    >
      <Table<Row>
        rowKey="id"
        size="small"
        loading={list.isLoading}
        columns={columns}
        dataSource={list.data?.items ?? []}
        pagination={{
          current: page.page,
          pageSize: page.pageSize,
          total: list.data?.total ?? 0,
          showTotal: (total) => pick(locale, `共 ${total} 条`, `${total} rows`),
          onChange: (p, size) => setPage({ page: p, pageSize: size }),
        }}
        scroll={{ x: tableWidth(columns) }}
      />
    </Drawer>
  );
}
