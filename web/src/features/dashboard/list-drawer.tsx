import { DownloadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Drawer, Table, Tag, Tooltip } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { pick, useI18n } from '../../app/i18n';
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

function columnsOf(kind: ListRequest['kind'], en: boolean, labels: DashboardLabels): ColumnsType<Row> {
  const t = (zh: string, english: string) => (en ? english : zh);
  if (kind === 'tickets')
    return [
      { title: t('日期', 'Date'), dataIndex: 'businessDate' },
      { title: t('号码', 'Number'), dataIndex: 'number' },
      { title: t('单位', 'Unit'), dataIndex: 'unitName' },
      {
        title: t('事项', 'Service'),
        dataIndex: 'serviceCode',
        render: (code: string) => labels.service(code),
      },
      { title: t('窗口', 'Window'), dataIndex: 'windowNumber', render: (n: number | null) => n ?? '—' },
      { title: t('状态', 'Status'), dataIndex: 'status', render: (s: string) => labels.ticketStatus(s) },
      { title: t('等候（分）', 'Wait (min)'), dataIndex: 'waitSeconds', align: 'right', render: minutes },
      {
        title: t('办理（分）', 'Service (min)'),
        dataIndex: 'serviceSeconds',
        align: 'right',
        render: minutes,
      },
      {
        title: t('身份证号', 'ID number'),
        dataIndex: 'idNumberMasked',
        render: (v: string | null) => v ?? '—',
      },
    ];
  if (kind === 'legal-aid')
    return [
      { title: t('案号', 'Number'), dataIndex: 'number' },
      { title: t('单位', 'Unit'), dataIndex: 'unitName' },
      { title: t('申请时间', 'Applied'), dataIndex: 'appliedAt', render: (v: string) => formatInstant(v) },
      { title: t('事项', 'Matter'), dataIndex: 'matterLabel' },
      {
        title: t('重点群体', 'Priority groups'),
        dataIndex: 'priorityGroups',
        render: (groups: string[]) =>
          groups.length ? groups.map((g) => labels.priorityGroup(g)).join(t('、', ', ')) : '—',
      },
      { title: t('决定', 'Outcome'), dataIndex: 'outcome', render: (o: string) => labels.outcome(o) },
      { title: t('五个当天', 'Five same-day'), dataIndex: 'five', render: resultTag(labels.five) },
      {
        title: t('审批期限', 'Decision deadline'),
        dataIndex: 'decision',
        render: resultTag(labels.deadline, labels.notApplicable('decision')),
      },
      {
        title: t('指派期限', 'Assignment deadline'),
        dataIndex: 'assignment',
        render: resultTag(labels.deadline, labels.notApplicable('assignment')),
      },
      { title: t('承办律师', 'Lawyer'), dataIndex: 'lawyerName', render: (v: string | null) => v ?? '—' },
    ];
  if (kind === 'lectures')
    return [
      { title: t('日期', 'Date'), dataIndex: 'lectureOn' },
      { title: t('单位', 'Unit'), dataIndex: 'unitName' },
      {
        title: t('场所类型', 'Venue type'),
        dataIndex: 'venueType',
        render: (v: string) => labels.venueType(v),
      },
      { title: t('地点', 'Venue'), dataIndex: 'venue' },
      { title: t('题目', 'Title'), dataIndex: 'title' },
      { title: t('受众', 'Audience'), dataIndex: 'audienceSize', align: 'right' },
    ];
  return [
    { title: t('日期', 'Date'), dataIndex: 'businessDate' },
    { title: t('单位', 'Unit'), dataIndex: 'unitName' },
    { title: t('号码/案号', 'Ticket/matter'), dataIndex: 'subjectNumber' },
    { title: t('评价', 'Level'), dataIndex: 'level', render: (level: number) => labels.level(level) },
    { title: t('意见', 'Comment'), dataIndex: 'comment', render: (v: string | null) => v ?? '' },
    {
      title: t('整改', 'Rectification'),
      dataIndex: 'rectificationStatus',
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
      size={1000}
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
        columns={request ? columnsOf(request.kind, en, labels) : []}
        dataSource={list.data?.items ?? []}
        pagination={{
          current: page.page,
          pageSize: page.pageSize,
          total: list.data?.total ?? 0,
          showTotal: (total) => pick(locale, `共 ${total} 条`, `${total} rows`),
          onChange: (p, size) => setPage({ page: p, pageSize: size }),
        }}
        scroll={{ x: 'max-content' }}
      />
    </Drawer>
  );
}
