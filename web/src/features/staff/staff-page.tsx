import { EditOutlined, KeyOutlined, LockOutlined, PlusOutlined } from '@ant-design/icons';
import { isRole, ROLE_LABELS, ROLES, type Role } from '@core/access';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Input, Select, Space, Table, type TableProps, Tag, Tooltip } from 'antd';
import { useMemo, useState } from 'react';
import { useCan } from '../../app/auth';
import { pick, useI18n } from '../../app/i18n';
import { PageHeader } from '../../app/page-header';
import { actionsWidth, RowAction, RowActions, tableWidth } from '../../app/table-kit';
import { api, type Page } from '../../lib/api';
import { formatInstant } from '../../lib/dates';
import { serverPagination } from '../../lib/paging';
import { useOrganisations } from '../../lib/queries';
import type { StaffMember } from '../../lib/types';
import { ResetPasswordModal } from './reset-password-modal';
import { StaffFormModal } from './staff-form-modal';

const STAFF_KEY = ['staff'] as const;

interface Filters {
  q?: string;
  role?: Role;
  orgId?: string;
  page: number;
  pageSize: number;
}

/** 人员管理 (人员名录 when read only): staff accounts with role tags; create, edit, reset password. */
export default function StaffPage() {
  const { t, locale } = useI18n();
  const queryClient = useQueryClient();
  const canManage = useCan('staff.manage');
  const [filters, setFilters] = useState<Filters>({ page: 1, pageSize: 20 });
  const [editing, setEditing] = useState<StaffMember | 'new' | null>(null);
  const [resetting, setResetting] = useState<StaffMember | null>(null);

  const orgs = useOrganisations();
  const orgName = useMemo(() => new Map(orgs.data?.items.map((o) => [o.id, o.name])), [orgs.data]);
  const orgOptions = (orgs.data?.items ?? []).map((o) => ({
    value: o.id,
    label: o.name,
    title: o.name,
  }));
  const roleLabel = (role: string) =>
    isRole(role) ? pick(locale, ROLE_LABELS[role].zh, ROLE_LABELS[role].en) : role;
  const roleOptions = ROLES.map((role) => ({ value: role, label: roleLabel(role) }));

  const list = useQuery({
    queryKey: [...STAFF_KEY, filters],
    queryFn: () => api.get<Page<StaffMember>>('/api/staff', { ...filters }),
    placeholderData: keepPreviousData,
  });
  const refetch = () => void queryClient.invalidateQueries({ queryKey: STAFF_KEY });

  const columns: TableProps<StaffMember>['columns'] = [
    {
      title: t('staff.displayName'),
      dataIndex: 'displayName',
      width: 120,
      render: (name: string, record) => (
        <Space size={[4, 4]} wrap>
          <span className="lh-nowrap" style={{ fontWeight: 500 }}>
            {name}
          </span>
          {record.partyMember ? (
            <Tooltip title={t('staff.partyMember')}>
              <Tag color="red" style={{ marginInlineEnd: 0 }}>
                {t('staff.partyTag')}
              </Tag>
            </Tooltip>
          ) : null}
        </Space>
      ),
    },
    { title: t('staff.username'), dataIndex: 'username', width: 130, ellipsis: { showTitle: true } },
    {
      title: t('staff.roles'),
      dataIndex: 'roles',
      width: 180,
      render: (roles: string[]) => (
        <Space size={[4, 4]} wrap>
          {roles.map((role) => (
            <Tag key={role} color={role === 'admin' ? 'gold' : 'blue'}>
              {roleLabel(role)}
            </Tag>
          ))}
        </Space>
      ),
    },
    {
      title: t('staff.title2'),
      dataIndex: 'title',
      width: 100,
      render: (v: string | null) => v ?? t('common.none'),
    },
    {
      title: t('common.org'),
      dataIndex: 'orgId',
      width: 170,
      ellipsis: true,
      render: (id: string) => orgName.get(id) ?? t('common.none'),
    },
    {
      title: t('common.status'),
      key: 'status',
      width: 100,
      render: (_, record) =>
        record.lockedUntil && new Date(record.lockedUntil) > new Date() ? (
          <Tooltip title={formatInstant(record.lockedUntil)}>
            <Tag color="error" icon={<LockOutlined />}>
              {t('staff.locked')}
            </Tag>
          </Tooltip>
        ) : record.active ? (
          <Tag color="success">{t('common.active')}</Tag>
        ) : (
          <Tag>{t('common.inactive')}</Tag>
        ),
    },
    {
      title: t('staff.lastLogin'),
      dataIndex: 'lastLoginAt',
      width: 160,
      render: (v: string | null) => <span className="lh-nowrap">{formatInstant(v)}</span>,
    },
  ];
  if (canManage) {
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      width: actionsWidth(2),
      fixed: 'right',
      render: (_, record) => (
        <RowActions>
          <RowAction label={t('common.edit')} icon={<EditOutlined />} onClick={() => setEditing(record)} />
          <RowAction
            label={t('staff.resetPassword')}
            icon={<KeyOutlined />}
            onClick={() => setResetting(record)}
          />
        </RowActions>
      ),
    });
  }

  return (
    <div>
      <PageHeader
        title={canManage ? t('staff.title') : t('staff.directoryTitle')}
        subtitle={t('staff.subtitle')}
        extra={
          canManage ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
              {t('staff.create')}
            </Button>
          ) : null
        }
      />
      <Card variant="borderless">
        <Space wrap style={{ marginBottom: 16 }}>
          <Input.Search
            allowClear
            placeholder={t('staff.searchPlaceholder')}
            style={{ width: 220 }}
            onSearch={(value) => setFilters((f) => ({ ...f, q: value.trim() || undefined, page: 1 }))}
          />
          <Select
            allowClear
            placeholder={t('staff.roles')}
            style={{ width: 180 }}
            options={roleOptions}
            value={filters.role}
            onChange={(role?: Role) => setFilters((f) => ({ ...f, role, page: 1 }))}
          />
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            placeholder={t('common.org')}
            style={{ width: 260 }}
            options={orgOptions}
            value={filters.orgId}
            onChange={(orgId?: string) => setFilters((f) => ({ ...f, orgId, page: 1 }))}
          />
        </Space>
        <Table<StaffMember>
          rowKey="id"
          columns={columns}
          dataSource={list.data?.items}
          loading={list.isFetching}
          // Fits the 1052 px a table has at 1366×768 (the left menu beside it).
          scroll={{ x: tableWidth(columns) }}
          pagination={serverPagination(filters, setFilters, list.data?.total, (total) =>
            t('common.total', { total }),
          )}
        />
      </Card>

      <StaffFormModal
        editing={editing}
        orgOptions={orgOptions}
        roleOptions={roleOptions}
        onClose={() => setEditing(null)}
        onSaved={refetch}
      />
      <ResetPasswordModal resetting={resetting} onClose={() => setResetting(null)} onReset={refetch} />
    </div>
  );
}
