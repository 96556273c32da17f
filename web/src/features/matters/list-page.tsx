import { PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, Input, Space, Table, type TableProps, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useCan } from '../../app/auth';
import { useI18n, useParens } from '../../app/i18n';
import { PageHeader } from '../../app/page-header';
import { tableWidth } from '../../app/table-kit';
import { formatInstant } from '../../lib/dates';
import { ClockTag } from './clock-tag';
import { useMatterMessages, useRoleLabel } from './messages';
import {
  type MatterFilters,
  useMatterList,
  useMatterSummary,
  useMatterTitle,
  useProcedure,
  useServiceName,
  useStatusLabel,
  useWindowService,
} from './queries';
import type { MatterListItem } from './types';
import './matters.css';

/** /matters/w/:service — one window's matters: filters, stable pages, the nearest clock of each. */
export default function MatterListPage() {
  const service = useWindowService();
  const m = useMatterMessages();
  const parens = useParens();
  const { locale } = useI18n();
  const procedure = useProcedure(service);
  const statusLabel = useStatusLabel(service);
  const roleLabel = useRoleLabel();
  const serviceName = useServiceName();
  const summaryOf = useMatterSummary();
  const titleOf = useMatterTitle();
  const canManage = useCan('matter.manage');
  const [filters, setFilters] = useState<MatterFilters>({ page: 1, pageSize: 20, open: 'true' });
  const list = useMatterList({ ...filters, service });
  const toggle = (key: 'open' | 'mine' | 'breached') => (checked: boolean) =>
    setFilters((f) => ({ ...f, page: 1, [key]: checked ? 'true' : undefined }));
  // Fixed widths (table-kit.tsx): every column shows at 1366×768, the 事项 shortened, its whole in a tooltip.
  const columns: TableProps<MatterListItem>['columns'] = [
    {
      title: m('colNumber'),
      dataIndex: 'number',
      width: 190,
      render: (number: string, row) => <Link to={`/matters/${row.id}`}>{number}</Link>,
    },
    {
      title: m('colSummary'),
      dataIndex: 'title',
      ellipsis: true,
      width: 180,
      render: (_title: string, row) => (
        <span title={summaryOf(row.service, row.summary)} data-testid="matter-title">
          {titleOf(row)}
        </span>
      ),
    },
    {
      title: m('colParties'),
      dataIndex: 'parties',
      width: 210,
      // Lines break between the parties and their roles, never inside a name.
      render: (parties: MatterListItem['parties']) => (
        <span style={{ wordBreak: 'keep-all' }}>
          {parties.map((p) => `${p.name}${parens(roleLabel(p.role))}`).join(locale === 'zh-CN' ? '、' : ', ')}
        </span>
      ),
    },
    {
      title: m('colStatus'),
      dataIndex: 'statusLabel',
      width: 130,
      render: (label: string, row) => (
        <Space size={4} wrap>
          <Tag color={row.closed ? 'default' : 'processing'}>{statusLabel(row.status, label)}</Tag>
          {row.breached ? <Tag color="red">{m('breached')}</Tag> : null}
        </Space>
      ),
    },
    {
      title: m('colNextDue'),
      dataIndex: 'nextDue',
      width: 240,
      render: (clock: MatterListItem['nextDue']) =>
        clock ? <ClockTag service={service} clock={clock} wrap /> : null,
    },
    {
      title: m('colOpened'),
      dataIndex: 'openedAt',
      width: 150,
      className: 'matters-nowrap',
      render: (at: string) => formatInstant(at),
    },
  ];
  return (
    <div className="matters-page">
      <PageHeader
        title={procedure ? serviceName(service, procedure.nameZh) : service}
        subtitle={m('listSubtitle')}
        extra={
          canManage ? (
            <Link to={`/matters/w/${service}/new`}>
              <Button type="primary" icon={<PlusOutlined />}>
                {m('newMatter')}
              </Button>
            </Link>
          ) : null
        }
      />
      <Space wrap style={{ marginBottom: 16 }}>
        <Input.Search
          allowClear
          placeholder={m('search')}
          onSearch={(q) => setFilters((f) => ({ ...f, page: 1, q: q || undefined }))}
          style={{ width: 260 }}
        />
        <Checkbox checked={filters.open === 'true'} onChange={(e) => toggle('open')(e.target.checked)}>
          {m('onlyOpen')}
        </Checkbox>
        <Checkbox checked={filters.mine === 'true'} onChange={(e) => toggle('mine')(e.target.checked)}>
          {m('onlyMine')}
        </Checkbox>
        <Checkbox
          checked={filters.breached === 'true'}
          onChange={(e) => toggle('breached')(e.target.checked)}
        >
          {m('onlyBreached')}
        </Checkbox>
      </Space>
      <Table<MatterListItem>
        rowKey="id"
        className="matters-list"
        scroll={{ x: tableWidth(columns) }}
        loading={list.isLoading}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: m('empty') }}
        pagination={{
          current: filters.page,
          pageSize: filters.pageSize,
          total: list.data?.total ?? 0,
          onChange: (page, pageSize) => setFilters((f) => ({ ...f, page, pageSize })),
        }}
        columns={columns}
      />
    </div>
  );
}
