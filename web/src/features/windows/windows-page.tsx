import { EditOutlined, PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { findService, services } from '@core/queue/services';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  App as AntApp,
  Button,
  Card,
  Form,
  Input,
  InputNumber,
  Radio,
  Select,
  Space,
  Table,
  type TableProps,
  Tag,
} from 'antd';
import { type HTMLAttributes, useMemo, useState } from 'react';
import { useCan } from '../../app/auth';
import { FormModal } from '../../app/form-modal';
import { requiredChoice, requiredNumber, requiredText } from '../../app/form-rules';
import { pick, useI18n } from '../../app/i18n';
import { PageHeader } from '../../app/page-header';
import { api, type Page } from '../../lib/api';
import { serverPagination } from '../../lib/paging';
import { useOrganisations } from '../../lib/queries';
import { type HallWindow, WINDOW_STATUSES, type WindowStatus } from '../../lib/types';

const WINDOWS_KEY = ['windows'] as const;
const STATUS_COLORS: Record<WindowStatus, string> = { open: 'success', paused: 'warning', closed: 'default' };
const HALL_KINDS = new Set(['service-center', 'city-bureau', 'county-bureau']);

interface WindowForm {
  orgId?: string;
  number?: number;
  name: string;
  services: string[];
  status: WindowStatus;
  location?: string | null;
}

/** 窗口管理: the hall's windows, their services and status; edit with optimistic concurrency. */
export default function WindowsPage() {
  const { t, locale } = useI18n();
  const { message } = AntApp.useApp();
  const queryClient = useQueryClient();
  const canManage = useCan('window.manage');
  const [filters, setFilters] = useState<{
    orgId?: string;
    status?: WindowStatus;
    page: number;
    pageSize: number;
  }>({
    page: 1,
    pageSize: 20,
  });
  const [editing, setEditing] = useState<HallWindow | 'new' | null>(null);

  const orgs = useOrganisations();
  const orgName = useMemo(() => new Map(orgs.data?.items.map((o) => [o.id, o.name])), [orgs.data]);
  const hallOrgs = (orgs.data?.items ?? []).filter((o) => HALL_KINDS.has(o.kind));

  const list = useQuery({
    queryKey: [...WINDOWS_KEY, filters],
    queryFn: () => api.get<Page<HallWindow>>('/api/windows', filters),
    placeholderData: (previous) => previous,
  });

  const close = () => setEditing(null);
  const refetch = () => void queryClient.invalidateQueries({ queryKey: WINDOWS_KEY });
  const save = useMutation({
    mutationFn: async (values: WindowForm) => {
      if (editing === 'new') return api.post<HallWindow>('/api/windows', values);
      if (!editing) throw new Error('nothing to save');
      const { name, services: codes, status, location } = values;
      return api.patch<HallWindow>(`/api/windows/${editing.id}`, {
        version: editing.version,
        name,
        services: codes,
        status,
        location: location ?? null,
      });
    },
    onSuccess: () => {
      void message.success(t('common.saved'));
      refetch();
    },
  });

  const serviceOptions = services.map((s) => ({ value: s.code, label: pick(locale, s.nameZh, s.nameEn) }));
  const statusLabel = (status: WindowStatus) => t(`window.status.${status}`);

  const columns: TableProps<HallWindow>['columns'] = [
    {
      title: t('window.number'),
      dataIndex: 'number',
      width: 110,
      render: (n: number) => <span className="lh-window-number">{t('window.numberLabel', { n })}</span>,
    },
    { title: t('window.name'), dataIndex: 'name', width: 220 },
    {
      title: t('window.services'),
      dataIndex: 'services',
      render: (codes: string[]) => (
        <Space size={[4, 4]} wrap>
          {codes.map((code) => {
            const s = findService(code);
            return (
              <Tag key={code} color="blue" variant="outlined">
                {s ? pick(locale, s.nameZh, s.nameEn) : code}
              </Tag>
            );
          })}
        </Space>
      ),
    },
    {
      title: t('window.status'),
      dataIndex: 'status',
      width: 90,
      render: (status: WindowStatus) => <Tag color={STATUS_COLORS[status]}>{statusLabel(status)}</Tag>,
    },
    {
      title: t('window.location'),
      dataIndex: 'location',
      width: 140,
      render: (v: string | null) => v ?? t('common.none'),
    },
    {
      title: t('common.org'),
      dataIndex: 'orgId',
      width: 200,
      ellipsis: true,
      render: (id: string) => orgName.get(id) ?? t('common.none'),
    },
  ];
  if (canManage) {
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      width: 90,
      fixed: 'right',
      render: (_, record) => (
        <Button
          type="link"
          size="small"
          icon={<EditOutlined />}
          onClick={() => setEditing(record)}
          aria-label={`${t('common.edit')} ${t('window.numberLabel', { n: record.number })}`}
        >
          {t('common.edit')}
        </Button>
      ),
    });
  }

  const initialValues: WindowForm =
    editing && editing !== 'new'
      ? {
          name: editing.name,
          services: editing.services,
          status: editing.status,
          location: editing.location,
        }
      : {
          orgId: hallOrgs.find((o) => o.kind === 'service-center')?.id,
          name: '',
          services: [],
          status: 'open',
        };

  return (
    <div>
      <PageHeader
        title={t('window.title')}
        subtitle={t('window.subtitle')}
        extra={
          <>
            <Button icon={<ReloadOutlined />} onClick={() => void list.refetch()}>
              {t('common.refresh')}
            </Button>
            {canManage ? (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
                {t('window.create')}
              </Button>
            ) : null}
          </>
        }
      />
      <Card variant="borderless">
        <Space wrap style={{ marginBottom: 16 }}>
          <Select
            allowClear
            style={{ width: 260 }}
            placeholder={t('window.filterOrg')}
            value={filters.orgId}
            options={hallOrgs.map((o) => ({ value: o.id, label: o.name }))}
            onChange={(orgId?: string) => setFilters((f) => ({ ...f, orgId, page: 1 }))}
          />
          <Select
            allowClear
            style={{ width: 140 }}
            placeholder={t('window.status')}
            value={filters.status}
            options={WINDOW_STATUSES.map((s) => ({ value: s, label: statusLabel(s) }))}
            onChange={(status?: WindowStatus) => setFilters((f) => ({ ...f, status, page: 1 }))}
          />
        </Space>
        <Table<HallWindow>
          rowKey="id"
          columns={columns}
          dataSource={list.data?.items}
          loading={list.isFetching}
          scroll={{ x: 1000 }}
          onRow={(record) => ({ 'data-window-number': record.number }) as HTMLAttributes<HTMLElement>}
          pagination={serverPagination(filters, setFilters, list.data?.total, (total) =>
            t('common.total', { total }),
          )}
        />
      </Card>

      <FormModal<WindowForm>
        open={editing !== null}
        title={
          editing === 'new'
            ? t('window.create')
            : editing
              ? `${t('window.edit')} · ${t('window.numberLabel', { n: editing.number })}`
              : ''
        }
        okText={t('common.save')}
        width={560}
        initialValues={initialValues}
        onSubmit={save.mutateAsync}
        onClose={close}
        onStale={() => {
          close();
          refetch();
        }}
      >
        {editing === 'new' ? (
          <>
            <Form.Item label={t('common.org')} name="orgId" rules={requiredChoice(t, t('common.org'))}>
              <Select options={hallOrgs.map((o) => ({ value: o.id, label: o.name }))} />
            </Form.Item>
            <Form.Item
              label={t('window.number')}
              name="number"
              rules={requiredNumber(t, t('window.numberInSentence'))}
            >
              <InputNumber min={1} max={999} precision={0} style={{ width: 160 }} />
            </Form.Item>
          </>
        ) : null}
        <Form.Item
          label={t('window.name')}
          name="name"
          rules={[...requiredText(t, t('window.name')), { min: 2, max: 50 }]}
        >
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item
          label={t('window.services')}
          name="services"
          rules={requiredChoice(t, t('window.services'), { multiple: true })}
        >
          <Select mode="multiple" options={serviceOptions} optionFilterProp="label" />
        </Form.Item>
        <Form.Item label={t('window.status')} name="status" rules={[{ required: true }]}>
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            options={WINDOW_STATUSES.map((s) => ({ value: s, label: statusLabel(s) }))}
          />
        </Form.Item>
        <Form.Item label={t('window.location')} name="location" rules={[{ max: 100 }]}>
          <Input placeholder={t('window.locationPlaceholder')} maxLength={100} />
        </Form.Item>
      </FormModal>
    </div>
  );
}
