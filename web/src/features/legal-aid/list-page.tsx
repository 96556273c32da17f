import { PlusOutlined, SearchOutlined } from '@ant-design/icons';
import { LEGAL_AID_STATUS_LABELS, LEGAL_AID_STATUSES } from '@core/procedures/legal-aid-vocabulary';
import { Button, Card, Input, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useCan } from '../../app/auth';
import { PageHeader } from '../../app/page-header';
import { formatInstant } from '../../lib/dates';
import { LightDot, MilestoneTicks, shownLight } from './five-same-day';
import { CASE_KIND_LABELS, matterLabel, STATUS_COLORS } from './labels';
import { type ListFilters, useMatters } from './queries';
import type { MatterListItem } from './types';
import './legal-aid.css';

/** 案件列表: every application in scope, server-paged; masked personal data only. */
export default function ListPage() {
  const navigate = useNavigate();
  const canIntake = useCan('legal-aid.intake');
  const [filters, setFilters] = useState<ListFilters>({ page: 1, pageSize: 20 });
  const [text, setText] = useState('');
  const list = useMatters(filters);

  return (
    <div className="la-page">
      <PageHeader
        title="法律援助案件"
        subtitle="按状态筛选，按编号、申请人姓名搜索；身份证号已脱敏"
        extra={
          canIntake ? (
            <Link to="/legal-aid/new">
              <Button type="primary" icon={<PlusOutlined />}>
                受理新申请
              </Button>
            </Link>
          ) : null
        }
      />
      <Card className="la-card">
        <Space wrap className="la-filters">
          <Select
            allowClear
            placeholder="全部状态"
            style={{ width: 200 }}
            value={filters.status}
            onChange={(status?: string) => setFilters((f) => ({ ...f, status, page: 1 }))}
            options={LEGAL_AID_STATUSES.map((s) => ({ value: s, label: LEGAL_AID_STATUS_LABELS[s] }))}
          />
          <Input.Search
            allowClear
            placeholder="案件编号或申请人姓名"
            style={{ width: 280 }}
            value={text}
            onChange={(e) => setText(e.target.value)}
            onSearch={(q) => setFilters((f) => ({ ...f, q: q.trim() || undefined, page: 1 }))}
            enterButton={<SearchOutlined />}
          />
        </Space>
        <Table<MatterListItem>
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
            showTotal: (total) => `共 ${total} 件`,
            onChange: (page, pageSize) => setFilters((f) => ({ ...f, page, pageSize })),
          }}
          columns={[
            {
              title: '案件编号',
              dataIndex: 'number',
              render: (n: string | null, row) => <Link to={`/legal-aid/${row.id}`}>{n ?? '（待受理）'}</Link>,
            },
            { title: '申请人', dataIndex: 'applicantName' },
            {
              title: '身份证号',
              dataIndex: 'idNumberMasked',
              render: (v: string | null) => <span className="la-mono">{v ?? '—'}</span>,
            },
            {
              title: '类别 / 事项',
              render: (_v, row) => (
                <div>
                  <div>{row.caseKind ? CASE_KIND_LABELS[row.caseKind] : '—'}</div>
                  {row.matter ? (
                    <div className="la-muted la-small la-ellipsis">{matterLabel(row.matter)}</div>
                  ) : null}
                </div>
              ),
            },
            {
              title: '状态',
              dataIndex: 'status',
              render: (s: MatterListItem['status'], row) => (
                <Tag color={STATUS_COLORS[s]}>{row.statusLabel}</Tag>
              ),
            },
            {
              title: '五个当天',
              render: (_v, row) => (
                <Space size={6}>
                  <LightDot light={shownLight(row.fiveSameDay)} />
                  <MilestoneTicks five={row.fiveSameDay} />
                </Space>
              ),
            },
            { title: '承办人', dataIndex: 'assignedProviderName', render: (v?: string | null) => v ?? '—' },
            {
              title: '申请时间',
              render: (_v, row) => formatInstant(row.appliedAt),
            },
          ]}
        />
      </Card>
    </div>
  );
}
