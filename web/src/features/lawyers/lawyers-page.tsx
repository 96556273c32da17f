import {
  CrownFilled,
  EditOutlined,
  ExclamationCircleOutlined,
  LogoutOutlined,
  PlusOutlined,
  UsergroupAddOutlined,
  WarningOutlined,
} from '@ant-design/icons';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App as AntApp,
  Button,
  Card,
  DatePicker,
  Empty,
  Form,
  Input,
  InputNumber,
  Modal,
  Popconfirm,
  Radio,
  Select,
  Space,
  Spin,
  Switch,
  Table,
  type TableProps,
  Tag,
  Timeline,
  Tooltip,
} from 'antd';
import { useState } from 'react';
import { useCan } from '../../app/auth';
import { type Translate, useI18n } from '../../app/i18n';
import { PageHeader } from '../../app/page-header';
import { useSaveError } from '../../app/use-save-error';
import { ApiError, api, type Page } from '../../lib/api';
import { type Dayjs, todayIso, toIsoDate } from '../../lib/dates';
import { serverPagination } from '../../lib/paging';
import { useOrganisations } from '../../lib/queries';
import {
  type Lawyer,
  type LawyerDetail,
  SANCTION_KINDS,
  type SanctionKind,
  type TeamReason,
} from '../../lib/types';

import { SPECIALTY_SUGGESTIONS } from './specialties';

const LAWYERS_KEY = ['lawyers'] as const;

interface Filters {
  q?: string;
  team?: 'true';
  firmId?: string;
  page: number;
  pageSize: number;
}

interface LawyerForm {
  name: string;
  sex?: 'male' | 'female' | null;
  licenceNo: string;
  firstPracticeYear: number;
  firmId?: string | null;
  specialties: string[];
  phone?: string;
  active?: boolean;
}

interface SanctionForm {
  kind: SanctionKind;
  decidedOn: Dayjs;
  authority: string;
  description: string;
}

function TeamBadge({ t }: { t: Translate }) {
  return (
    <Tag color="gold" icon={<CrownFilled />} style={{ marginInlineEnd: 0 }}>
      {t('lawyer.team')}
    </Tag>
  );
}

function ReasonList({ reasons }: { reasons: TeamReason[] }) {
  return (
    <ul style={{ margin: '8px 0 0', paddingInlineStart: 20 }}>
      {reasons.map((r) => (
        <li key={r.code}>{r.message}</li>
      ))}
    </ul>
  );
}

/** The expanded row: sanctions on record and today's standing against the team rule. */
function LawyerDetailRow({ id }: { id: string }) {
  const { t } = useI18n();
  const detail = useQuery({
    queryKey: [...LAWYERS_KEY, 'detail', id],
    queryFn: () => api.get<LawyerDetail>(`/api/lawyers/${id}`),
  });
  if (detail.isPending) return <Spin size="small" />;
  if (!detail.data) return null;
  const d = detail.data;
  return (
    <div
      style={{
        display: 'grid',
        gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)',
        gap: 24,
        padding: '4px 8px',
      }}
    >
      <div>
        <div style={{ fontWeight: 600, marginBottom: 8 }}>{t('lawyer.team')}</div>
        {d.teamEligibility.eligible ? (
          <Alert
            type="success"
            showIcon
            title={t('lawyer.eligible', { n: d.teamEligibility.practiceYears })}
          />
        ) : (
          <Alert
            type="warning"
            showIcon
            title={t('lawyer.ineligible')}
            description={<ReasonList reasons={d.teamEligibility.reasons} />}
          />
        )}
        {d.teamMember && d.teamJoinedOn ? (
          <div style={{ marginTop: 8, color: 'var(--lh-text-2)' }}>
            {t('lawyer.joinedOn', { date: d.teamJoinedOn })}
          </div>
        ) : null}
        {!d.teamMember && d.teamRemovedReason ? (
          <div style={{ marginTop: 8, color: 'var(--lh-text-2)' }}>
            {t('lawyer.leaveReason')}：{d.teamRemovedReason}
          </div>
        ) : null}
      </div>
      <div>
        <div style={{ fontWeight: 600, marginBottom: 8 }}>{t('lawyer.sanctions')}</div>
        {d.sanctions.length ? (
          <Timeline
            items={d.sanctions.map((s) => ({
              key: s.id,
              color: 'red',
              content: (
                <div>
                  <Space>
                    <Tag color="red">{t(`lawyer.sanctionKind.${s.kind}`)}</Tag>
                    <span>{s.decidedOn}</span>
                    <span style={{ color: 'var(--lh-text-2)' }}>{s.authority}</span>
                  </Space>
                  <div style={{ marginTop: 4 }}>{s.description}</div>
                </div>
              ),
            }))}
          />
        ) : (
          <Empty
            image={Empty.PRESENTED_IMAGE_SIMPLE}
            description={t('lawyer.noSanctions')}
            style={{ margin: 0 }}
          />
        )}
      </div>
    </div>
  );
}

/** 律师名册: lawyers, the public legal service lawyer team (join/leave with the rule's reasons), sanctions. */
export default function LawyersPage() {
  const { t } = useI18n();
  const { message, modal } = AntApp.useApp();
  const queryClient = useQueryClient();
  const canManage = useCan('lawyer.manage');
  const canSanction = useCan('lawyer.sanction');
  const showSaveError = useSaveError();
  const [filters, setFilters] = useState<Filters>({ page: 1, pageSize: 20 });
  const [editing, setEditing] = useState<Lawyer | 'new' | null>(null);
  const [leaving, setLeaving] = useState<Lawyer | null>(null);
  const [sanctioning, setSanctioning] = useState<Lawyer | null>(null);
  const [form] = Form.useForm<LawyerForm>();
  const [leaveForm] = Form.useForm<{ reason: string }>();
  const [sanctionForm] = Form.useForm<SanctionForm>();
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

  const save = useMutation({
    mutationFn: (values: LawyerForm) => {
      const { phone, ...rest } = values;
      const body = {
        ...rest,
        firmId: rest.firmId ?? null,
        sex: rest.sex ?? null,
        ...(phone?.trim() ? { phone } : {}),
      };
      if (editing === 'new') return api.post<{ item: Lawyer }>('/api/lawyers', body);
      const current = editing as Lawyer;
      return api.patch<{ item: Lawyer; removedFromTeam: boolean }>(`/api/lawyers/${current.id}`, {
        ...body,
        version: current.version,
      });
    },
    onSuccess: (reply) => {
      void message.success(t('common.saved'));
      if ('removedFromTeam' in reply && reply.removedFromTeam) void message.warning(t('lawyer.left'));
      setEditing(null);
      refetch();
    },
    onError: (error) =>
      showSaveError(error, {
        form,
        onStale: () => {
          setEditing(null);
          onStale();
        },
      }),
  });

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

  const leave = useMutation({
    mutationFn: ({ lawyer, reason }: { lawyer: Lawyer; reason: string }) =>
      api.delete<{ item: Lawyer }>(`/api/lawyers/${lawyer.id}/team`, { version: lawyer.version, reason }),
    onSuccess: () => {
      void message.success(t('lawyer.left'));
      setLeaving(null);
      refetch();
    },
    onError: (error) =>
      showSaveError(error, {
        form: leaveForm,
        onStale: () => {
          setLeaving(null);
          onStale();
        },
      }),
  });

  const sanction = useMutation({
    mutationFn: ({ lawyer, values }: { lawyer: Lawyer; values: SanctionForm }) =>
      api.post<{ removedFromTeam: boolean; reasons: TeamReason[] }>(`/api/lawyers/${lawyer.id}/sanctions`, {
        ...values,
        decidedOn: toIsoDate(values.decidedOn),
      }),
    onSuccess: (reply, { lawyer }) => {
      void message.success(t('lawyer.sanctionRecorded'));
      if (reply.removedFromTeam) {
        modal.warning({
          title: t('lawyer.removedFromTeam', { name: lawyer.name }),
          content: <ReasonList reasons={reply.reasons} />,
        });
      }
      setSanctioning(null);
      refetch();
    },
    onError: (error) => showSaveError(error, { form: sanctionForm }),
  });

  const columns: TableProps<Lawyer>['columns'] = [
    {
      title: t('lawyer.name'),
      dataIndex: 'name',
      width: 200,
      render: (name: string, record) => (
        <Space size={6} style={{ whiteSpace: 'nowrap' }}>
          <span style={{ fontWeight: 500 }}>{name}</span>
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
      width: 210,
      ellipsis: true,
      render: (v: string | null) => v ?? t('common.none'),
    },
    {
      title: t('lawyer.licenceNo'),
      dataIndex: 'licenceNo',
      width: 180,
      render: (v: string) => <span style={{ fontFamily: 'monospace', whiteSpace: 'nowrap' }}>{v}</span>,
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
      render: (specialties: string[]) => (
        <Space size={[4, 4]} wrap>
          {specialties.map((s) => (
            <Tag key={s} style={{ marginInlineEnd: 0 }}>
              {s}
            </Tag>
          ))}
        </Space>
      ),
    },
    {
      title: t('lawyer.phone'),
      dataIndex: 'phoneMasked',
      width: 130,
      render: (v: string | null) => v ?? t('common.none'),
    },
  ];
  if (canManage || canSanction) {
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      width: 290,
      fixed: 'right',
      render: (_, record) => (
        <Space size={0}>
          {canManage ? (
            <Button type="link" size="small" icon={<EditOutlined />} onClick={() => setEditing(record)}>
              {t('common.edit')}
            </Button>
          ) : null}
          {canManage && !record.teamMember ? (
            <Popconfirm
              title={`${t('lawyer.joinTeam')}：${record.name}？`}
              onConfirm={() => join.mutate(record)}
            >
              <Button type="link" size="small" icon={<UsergroupAddOutlined />} disabled={!record.active}>
                {t('lawyer.joinTeam')}
              </Button>
            </Popconfirm>
          ) : null}
          {canManage && record.teamMember ? (
            <Button type="link" size="small" icon={<LogoutOutlined />} onClick={() => setLeaving(record)}>
              {t('lawyer.leaveTeam')}
            </Button>
          ) : null}
          {canSanction ? (
            <Button
              type="link"
              size="small"
              danger
              icon={<ExclamationCircleOutlined />}
              onClick={() => setSanctioning(record)}
            >
              {t('lawyer.sanction')}
            </Button>
          ) : null}
        </Space>
      ),
    });
  }

  const current = editing && editing !== 'new' ? editing : undefined;
  const initialValues: LawyerForm = current
    ? {
        name: current.name,
        sex: current.sex,
        licenceNo: current.licenceNo,
        firstPracticeYear: current.firstPracticeYear,
        firmId: current.firmId,
        specialties: current.specialties,
        active: current.active,
      }
    : { name: '', licenceNo: '', firstPracticeYear: thisYear - 10, specialties: [] };

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
          scroll={{ x: 1250 }}
          expandable={{ expandedRowRender: (record) => <LawyerDetailRow id={record.id} /> }}
          pagination={serverPagination(filters, setFilters, list.data?.total, (total) =>
            t('common.total', { total }),
          )}
        />
      </Card>

      <Modal
        open={editing !== null}
        title={current ? `${t('lawyer.edit')} · ${current.name}` : t('lawyer.create')}
        okText={t('common.save')}
        cancelText={t('common.cancel')}
        confirmLoading={save.isPending}
        onOk={() => form.submit()}
        onCancel={() => setEditing(null)}
        destroyOnHidden
        width={620}
      >
        <Form<LawyerForm>
          form={form}
          layout="vertical"
          preserve={false}
          initialValues={initialValues}
          onFinish={(values) => save.mutate(values)}
          style={{ marginTop: 16 }}
        >
          <Space size={16} style={{ display: 'flex' }} align="start">
            <Form.Item
              label={t('lawyer.name')}
              name="name"
              rules={[
                {
                  required: true,
                  whitespace: true,
                  message: t('common.required', { label: t('lawyer.name') }),
                },
              ]}
            >
              <Input maxLength={100} style={{ width: 200 }} />
            </Form.Item>
            <Form.Item label={t('lawyer.sex')} name="sex">
              <Radio.Group
                options={[
                  { value: 'male', label: t('lawyer.sex.male') },
                  { value: 'female', label: t('lawyer.sex.female') },
                ]}
              />
            </Form.Item>
          </Space>
          <Space size={16} style={{ display: 'flex' }} align="start">
            <Form.Item
              label={t('lawyer.licenceNo')}
              name="licenceNo"
              rules={[{ required: true, pattern: /^\d{17}$/, message: t('lawyer.licenceInvalid') }]}
            >
              <Input maxLength={17} style={{ width: 240, fontFamily: 'monospace' }} />
            </Form.Item>
            <Form.Item
              label={t('lawyer.firstPracticeYear')}
              name="firstPracticeYear"
              rules={[
                { required: true, message: t('common.required', { label: t('lawyer.firstPracticeYear') }) },
              ]}
            >
              <InputNumber min={1979} max={thisYear} precision={0} style={{ width: 140 }} />
            </Form.Item>
          </Space>
          <Form.Item label={t('lawyer.firm')} name="firmId">
            <Select allowClear showSearch optionFilterProp="label" options={firmOptions} />
          </Form.Item>
          <Form.Item label={t('lawyer.specialties')} name="specialties">
            <Select
              mode="tags"
              options={SPECIALTY_SUGGESTIONS.map((s) => ({ value: s, label: s }))}
              maxCount={20}
            />
          </Form.Item>
          <Form.Item
            label={t('lawyer.phone')}
            name="phone"
            extra={current?.phoneMasked ? t('lawyer.phoneKeep', { phone: current.phoneMasked }) : undefined}
          >
            <Input maxLength={40} autoComplete="off" />
          </Form.Item>
          {current ? (
            <Form.Item label={t('common.status')} name="active" valuePropName="checked">
              <Switch checkedChildren={t('lawyer.active')} unCheckedChildren={t('lawyer.inactive')} />
            </Form.Item>
          ) : null}
        </Form>
      </Modal>

      <Modal
        open={leaving !== null}
        title={leaving ? `${t('lawyer.leaveTeam')} · ${leaving.name}` : ''}
        okText={t('lawyer.leaveTeam')}
        okButtonProps={{ danger: true }}
        cancelText={t('common.cancel')}
        confirmLoading={leave.isPending}
        onOk={() => leaveForm.submit()}
        onCancel={() => setLeaving(null)}
        destroyOnHidden
      >
        <Form<{ reason: string }>
          form={leaveForm}
          layout="vertical"
          preserve={false}
          onFinish={({ reason }) => leaving && leave.mutate({ lawyer: leaving, reason })}
          style={{ marginTop: 16 }}
        >
          <Form.Item
            label={t('lawyer.leaveReason')}
            name="reason"
            rules={[
              {
                required: true,
                whitespace: true,
                min: 2,
                message: t('common.required', { label: t('lawyer.leaveReason') }),
              },
            ]}
          >
            <Input.TextArea rows={3} maxLength={500} showCount />
          </Form.Item>
        </Form>
      </Modal>

      <Modal
        open={sanctioning !== null}
        title={sanctioning ? t('lawyer.sanctionTitle', { name: sanctioning.name }) : ''}
        okText={t('common.save')}
        cancelText={t('common.cancel')}
        confirmLoading={sanction.isPending}
        onOk={() => sanctionForm.submit()}
        onCancel={() => setSanctioning(null)}
        destroyOnHidden
        width={560}
      >
        {sanctioning?.teamMember ? (
          <Alert
            type="warning"
            showIcon
            style={{ marginTop: 12 }}
            title={t('lawyer.sanctionTeamWarning', { name: sanctioning.name })}
          />
        ) : null}
        <Form<SanctionForm>
          form={sanctionForm}
          layout="vertical"
          preserve={false}
          initialValues={{ kind: 'industry-sanction' }}
          onFinish={(values) => sanctioning && sanction.mutate({ lawyer: sanctioning, values })}
          style={{ marginTop: 16 }}
        >
          <Form.Item label={t('lawyer.sanctionKind')} name="kind" rules={[{ required: true }]}>
            <Radio.Group
              optionType="button"
              options={SANCTION_KINDS.map((k) => ({ value: k, label: t(`lawyer.sanctionKind.${k}`) }))}
            />
          </Form.Item>
          <Form.Item
            label={t('lawyer.decidedOn')}
            name="decidedOn"
            rules={[
              { required: true, message: t('common.selectRequired', { label: t('lawyer.decidedOn') }) },
            ]}
          >
            <DatePicker disabledDate={(d) => d.format('YYYY-MM-DD') > todayIso()} />
          </Form.Item>
          <Form.Item
            label={t('lawyer.authority')}
            name="authority"
            rules={[
              {
                required: true,
                whitespace: true,
                min: 2,
                message: t('common.required', { label: t('lawyer.authority') }),
              },
            ]}
          >
            <Input maxLength={100} placeholder={t('lawyer.authorityPlaceholder')} />
          </Form.Item>
          <Form.Item
            label={t('lawyer.description')}
            name="description"
            rules={[
              {
                required: true,
                whitespace: true,
                min: 2,
                message: t('common.required', { label: t('lawyer.description') }),
              },
            ]}
          >
            <Input.TextArea rows={3} maxLength={2000} showCount />
          </Form.Item>
        </Form>
      </Modal>
    </div>
  );
}
