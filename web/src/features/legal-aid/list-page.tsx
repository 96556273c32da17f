import { PlusOutlined, SearchOutlined } from '@ant-design/icons';
import { LEGAL_AID_STATUS_LABELS, LEGAL_AID_STATUSES } from '@core/procedures/legal-aid-vocabulary';
import { Button, Card, Input, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useCan } from '../../app/auth';
import { useCodeLabel, useI18n } from '../../app/i18n';
import { PageHeader } from '../../app/page-header';
import { formatInstant } from '../../lib/dates';
import { LightDot, MilestoneTicks, shownLight } from './five-same-day';
import { CASE_KIND, CASE_KIND_LABELS, matterLabel, STATUS_COLORS } from './labels';
import { STATUS, useLegalAidMessages } from './messages';
import { type ListFilters, useMatters } from './queries';
import type { MatterListItem } from './types';
import './legal-aid.css';

/** 案件列表: every application in scope, server-paged; masked personal data only. */
export default function ListPage() {
  const navigate = useNavigate();
  const canIntake = useCan('legal-aid.intake');
  const t = useLegalAidMessages();
  const statusLabel = useCodeLabel(STATUS);
  const caseKindLabel = useCodeLabel(CASE_KIND);
  const { locale } = useI18n();
  const [filters, setFilters] = useState<ListFilters>({ page: 1, pageSize: 20 });
  const [text, setText] = useState('');
  const list = useMatters(filters);

  return (
    <div className="la-page">
      <PageHeader
        title={t('listTitle')}
        subtitle={t('listSubtitle')}
        extra={
          canIntake ? (
            <Link to="/legal-aid/new">
              <Button type="primary" icon={<PlusOutlined />}>
                {t('newApplication')}
              </Button>
            </Link>
          ) : null
        }
      />
      <Card className="la-card">
        <Space wrap className="la-filters">
          <Select
            allowClear
            placeholder={t('allStatuses')}
            style={{ width: 200 }}
            value={filters.status}
            onChange={(status?: string) => setFilters((f) => ({ ...f, status, page: 1 }))}
            options={LEGAL_AID_STATUSES.map((s) => ({
              value: s,
              label: statusLabel(s, LEGAL_AID_STATUS_LABELS[s]),
            }))}
          />
          <Input.Search
            allowClear
            placeholder={t('searchPlaceholder')}
            style={{ width: 280 }}
            value={text}
            onChange={(e) => setText(e.target.value)}
            onSearch={(q) => setFilters((f) => ({ ...f, q: q.trim() || undefined, page: 1 }))}
            enterButton={<SearchOutlined />}
          />
        </Space>
        <Table<MatterListItem>
          // Sized to the 1052 px a table has at 1366×768 (the left menu beside it): 承办人 and 申请时间 show
          // without scrolling sideways; a narrower screen scrolls.
          scroll={{ x: 1045 }}
          tableLayout="fixed"
          rowKey="id"
          loading={list.isFetching}
          dataSource={list.data?.items ?? []}
          onRow={(row) => ({
            onClick: () => void navigate(`/legal-aid/${row.id}`),
            className: 'la-row-link',
          })}
          pagination={{
            current: filters.page,
            pageSize: filters.pageSize,
            total: list.data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (total) => t('totalCases', { total }),
            onChange: (page, pageSize) => setFilters((f) => ({ ...f, page, pageSize })),
          }}
          columns={[
            {
              title: t('colNumber'),
              dataIndex: 'number',
              width: 200,
              className: 'la-nowrap',
              render: (n: string | null, row) => (
                <Link to={`/legal-aid/${row.id}`}>{n ?? t('toBeAcceptedParen')}</Link>
              ),
            },
            { title: t('colApplicant'), dataIndex: 'applicantName', width: 95, className: 'la-nowrap' },
            {
              title: t('colIdNumber'),
              dataIndex: 'idNumberMasked',
              width: 165,
              className: 'la-nowrap',
              render: (v: string | null) => <span className="la-mono la-mono-tight">{v ?? '—'}</span>,
            },
            {
              title: t('colKindMatter'),
              width: 110,
              className: 'la-kind-cell',
              render: (_v, row) => (
                <div>
                  <div>
                    {row.caseKind ? caseKindLabel(row.caseKind, CASE_KIND_LABELS[row.caseKind]) : '—'}
                  </div>
                  {row.matter ? (
                    <div
                      className="la-muted la-small la-ellipsis"
                      title={matterLabel(row.matter, locale, row.matterLabel)}
                    >
                      {matterLabel(row.matter, locale, row.matterLabel)}
                    </div>
                  ) : null}
                </div>
              ),
            },
            {
              title: t('colStatus'),
              dataIndex: 'status',
              width: 95,
              className: 'la-status-cell',
              render: (s: MatterListItem['status'], row) => (
                <Tag color={STATUS_COLORS[s]}>{statusLabel(s, row.statusLabel)}</Tag>
              ),
            },
            {
              // Three ticks a line (two lines, not three).
              title: t('fiveSameDay'),
              width: 160,
              className: 'la-five-cell',
              render: (_v, row) => (
                <Space size={6} align="start">
                  <LightDot light={shownLight(row.fiveSameDay)} />
                  <MilestoneTicks five={row.fiveSameDay} />
                </Space>
              ),
            },
            {
              title: t('colProvider'),
              dataIndex: 'assignedLawyerName',
              width: 80,
              className: 'la-nowrap',
              render: (v: string | null) => v ?? '—',
            },
            {
              title: t('colAppliedAt'),
              width: 140,
              className: 'la-nowrap',
              render: (_v, row) => formatInstant(row.appliedAt),
            },
          ]}
        />
      </Card>
    </div>
  );
}
