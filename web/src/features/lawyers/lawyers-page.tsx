import {
  EditOutlined,
  ExclamationCircleOutlined,
  LogoutOutlined,
  PlusOutlined,
  UsergroupAddOutlined,
  WarningOutlined,
} from '@ant-design/icons';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  App as AntApp,
  Button,
  Card,
  Input,
  Select,
  Space,
  Switch,
  Table,
  type TableProps,
  Tag,
  Tooltip,
} from 'antd';
import { useState } from 'react';
import { useCan } from '../../app/auth';
import { useI18n } from '../../app/i18n';
import { PageHeader } from '../../app/page-header';
import { actionsWidth, RowAction, RowActions, tableWidth } from '../../app/table-kit';
import { useSaveError } from '../../app/use-save-error';
import { ApiError, api, type Page } from '../../lib/api';
import { todayIso } from '../../lib/dates';
import { serverPagination } from '../../lib/paging';
import { useOrganisations } from '../../lib/queries';
import type { Lawyer, TeamReason } from '../../lib/types';
import { LawyerDetailRow } from './lawyer-detail-row';
import { LawyerFormModal } from './lawyer-form-modal';
import { LeaveTeamModal } from './leave-team-modal';
import { LAWYERS_KEY } from './queries';
import { SanctionModal } from './sanction-modal';
import { specialtyName } from './specialties';
import { ReasonList, TeamBadge } from './team-bits';

interface Filters {
  q?: string;
  team?: 'true';
  firmId?: string;
  page: number;
  pageSize: number;
}

/** 律师名册: lawyers, the public legal service lawyer team (join/leave with the rule's reasons), sanctions. */
export default function LawyersPage() {
  const { t, locale } = useI18n();
  const { message, modal } = AntApp.useApp();
  const queryClient = useQueryClient();
  const canManage = useCan('lawyer.manage');
  const canSanction = useCan('lawyer.sanction');
  const showSaveError = useSaveError();
  const [filters, setFilters] = useState<Filters>({ page: 1, pageSize: 20 });
  const [editing, setEditing] = useState<Lawyer | 'new' | null>(null);
  const [leaving, setLeaving] = useState<Lawyer | null>(null);
  const [sanctioning, setSanctioning] = useState<Lawyer | null>(null);
  const thisYear = Number(todayIso().slice(0, 4));

  const orgs = useOrganisations();
  const firms = (orgs.data?.items ?? []).filter((o) => o.kind === 'law-firm');
  const firmOptions = firms.map((f) => ({ value: f.id, label: f.name }));

  const list = useQuery({
    queryKey: [...LAWYERS_KEY, filters],
    queryFn: () => api.get<Page<Lawyer>>('/api/lawyers', { ...filters }),
    placeholderData: keepPreviousData,
  });
  const refetch = () => void queryClient.invalidateQueries({ queryKey: LAWYERS_KEY });
  const onStale = () => refetch();

  const join = useMutation({
    mutationFn: (lawyer: Lawyer) =>
      api.post<{ item: Lawyer }>(`/api/lawyers/${lawyer.id}/team`, { version: lawyer.version }),
    onSuccess: () => {
      void message.success(t('lawyer.joined'));
      refetch();
    },
    onError: (error) => {
      if (error instanceof ApiError && error.code === 'LAWYER.TEAM_INELIGIBLE') {
        const reasons = (error.details as { reasons?: TeamReason[] } | undefined)?.reasons ?? [];
        modal.error({
          title: t('lawyer.joinRefused'),
          content: reasons.length ? <ReasonList reasons={reasons} /> : error.message,
        });
        return;
      }
      showSaveError(error, { onStale });
    },
  });

  const columns: TableProps<Lawyer>['columns'] = [
    {
      title: t('lawyer.name'),
      dataIndex: 'name',
      width: 170,
      render: (name: string, record) => (
        <Space size={[6, 4]} wrap>
          <span className="lh-nowrap" style={{ fontWeight: 500 }}>
            {name}
          </span>
          {record.teamMember ? <TeamBadge t={t} /> : null}
          {record.active ? null : <Tag style={{ marginInlineEnd: 0 }}>{t('lawyer.inactive')}</Tag>}
          {record.sanctionCount > 0 ? (
            <Tooltip title={t('lawyer.sanctionCount', { n: record.sanctionCount })}>
              <WarningOutlined
                style={{ color: '#c8102e' }}
                aria-label={t('lawyer.sanctionCount', { n: record.sanctionCount })}
              />
            </Tooltip>
          ) : null}
        </Space>
      ),
    },
    {
      title: t('lawyer.firm'),
      dataIndex: 'firmName',
      width: 170,
      ellipsis: true,
      render: (v: string | null) => v ?? t('common.none'),
    },
    {
      title: t('lawyer.licenceNo'),
      dataIndex: 'licenceNo',
      width: 170,
      render: (v: string) => (
        <span className="lh-nowrap" style={{ fontFamily: 'monospace', fontSize: 13 }}>
          {v}
        </span>
      ),
    },
    {
      title: t('lawyer.years'),
      dataIndex: 'firstPracticeYear',
      width: 90,
      align: 'right',
      render: (year: number) => (
        <Tooltip title={`${t('lawyer.firstPracticeYear')}：${year}`}>
          {t('lawyer.yearsValue', { n: Math.max(0, thisYear - year) })}
        </Tooltip>
      ),
    },
    {
      title: t('lawyer.specialties'),
      dataIndex: 'specialties',
      width: 160,
      render: (specialties: string[]) => (
        <Space size={[4, 4]} wrap>
          {specialties.map((s) => (
            // A long English name ("Administrative litigation") wraps inside its tag, within the column.
            <Tag key={s} style={{ marginInlineEnd: 0, maxWidth: '100%', whiteSpace: 'normal' }}>
              {specialtyName(locale, s)}
            </Tag>
          ))}
        </Space>
      ),
    },
    {
      title: t('lawyer.phone'),
      dataIndex: 'phoneMasked',
      width: 120,
      render: (v: string | null) => <span className="lh-nowrap">{v ?? t('common.none')}</span>,
    },
  ];
  if (canManage || canSanction) {
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      width: actionsWidth((canManage ? 2 : 0) + (canSanction ? 1 : 0)),
      fixed: 'right',
      render: (_, record) => (
        <RowActions>
          {canManage ? (
            <RowAction label={t('common.edit')} icon={<EditOutlined />} onClick={() => setEditing(record)} />
          ) : null}
          {canManage && !record.teamMember ? (
            <RowAction
              label={t('lawyer.joinTeam')}
              icon={<UsergroupAddOutlined />}
              disabled={!record.active}
              confirm={`${t('lawyer.joinTeam')}：${record.name}？`}
              onClick={() => join.mutate(record)}
            />
          ) : null}
          {canManage && record.teamMember ? (
            <RowAction
              label={t('lawyer.leaveTeam')}
              icon={<LogoutOutlined />}
              onClick={() => setLeaving(record)}
            />
          ) : null}
          {canSanction ? (
            <RowAction
              label={t('lawyer.sanction')}
              icon={<ExclamationCircleOutlined />}
              danger
              onClick={() => setSanctioning(record)}
            />
          ) : null}
        </RowActions>
      ),
    });
  }

  return (
    <div>
      <PageHeader
        title={t('lawyer.title')}
        subtitle={t('lawyer.subtitle')}
        extra={
          canManage ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
              {t('lawyer.create')}
            </Button>
          ) : null
        }
      />
      <Card variant="borderless">
        <Space wrap style={{ marginBottom: 16 }} size={16}>
          <Input.Search
            allowClear
            placeholder={t('lawyer.searchPlaceholder')}
            style={{ width: 280 }}
            onSearch={(value) => setFilters((f) => ({ ...f, q: value.trim() || undefined, page: 1 }))}
          />
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            placeholder={t('lawyer.firm')}
            style={{ width: 260 }}
            options={firmOptions}
            value={filters.firmId}
            onChange={(firmId?: string) => setFilters((f) => ({ ...f, firmId, page: 1 }))}
          />
          <Space>
            <Switch
              checked={filters.team === 'true'}
              onChange={(on) => setFilters((f) => ({ ...f, team: on ? 'true' : undefined, page: 1 }))}
            />
            <span>{t('lawyer.teamOnly')}</span>
          </Space>
        </Space>
        <Table<Lawyer>
          rowKey="id"
          columns={columns}
          dataSource={list.data?.items}
          loading={list.isFetching}
          // The columns' widths and the expand column's 48 px: fits the 1052 px a table has at 1366×768.
          scroll={{ x: tableWidth(columns) + 48 }}
          expandable={{ expandedRowRender: (record) => <LawyerDetailRow id={record.id} /> }}
          pagination={serverPagination(filters, setFilters, list.data?.total, (total) =>
            t('common.total', { total }),
          )}
        />
      </Card>

      <LawyerFormModal
        editing={editing}
        firmOptions={firmOptions}
        onClose={() => setEditing(null)}
        onSaved={refetch}
      />
      <LeaveTeamModal leaving={leaving} onClose={() => setLeaving(null)} onLeft={refetch} />
      <SanctionModal sanctioning={sanctioning} onClose={() => setSanctioning(null)} onRecorded={refetch} />
    </div>
  );
}
