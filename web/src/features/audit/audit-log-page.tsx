import { SearchOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import {
  Button,
  Card,
  DatePicker,
  Descriptions,
  Input,
  Select,
  Space,
  Table,
  type TableProps,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useCan } from '../../app/auth';
import { pick, useI18n } from '../../app/i18n';
import { PageHeader } from '../../app/page-header';
import { api, type Page } from '../../lib/api';
import { addDays, type Dayjs, formatInstant, toIsoDate } from '../../lib/dates';
import { serverPagination } from '../../lib/paging';
import type { AuditEntry, StaffMember } from '../../lib/types';
import { anonymousActor, entityCaption } from './audit-entry-text';
import { AUDIT_ACTION_GROUPS, AUDIT_ACTIONS, AUDIT_ENTITY_TYPES } from './audit-labels';

interface Filters {
  action?: string;
  actorId?: string;
  entityType?: string;
  entityId?: string;
  from?: string;
  to?: string;
  page: number;
  pageSize: number;
}

function show(value: unknown): string {
  if (value === undefined) return '';
  if (value === null) return '—';
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

/** Before and after of an entry, field by field; changed fields first and highlighted. */
function Changes({ entry }: { entry: AuditEntry }) {
  const { t } = useI18n();
  const before = (entry.before ?? {}) as Record<string, unknown>;
  const after = (entry.after ?? {}) as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  const rows = keys
    .map((key) => ({ key, before: show(before[key]), after: show(after[key]) }))
    .map((row) => ({ ...row, changed: row.before !== row.after }))
    .sort((a, b) => Number(b.changed) - Number(a.changed));
  return (
    <div style={{ padding: '4px 8px' }}>
      <Descriptions
        size="small"
        column={3}
        items={[
          { key: 'request', label: t('audit.requestId'), children: entry.requestId ?? '—' },
          { key: 'ip', label: t('audit.ip'), children: entry.ip ?? '—' },
          { key: 'entity', label: t('audit.entityId'), children: entry.entityId ?? '—' },
        ]}
      />
      {rows.length ? (
        <Table
          size="small"
          rowKey="key"
          pagination={false}
          style={{ marginTop: 8 }}
          dataSource={rows}
          rowClassName={(row) => (row.changed && entry.before ? 'lh-audit-changed' : '')}
          columns={[
            { title: t('audit.field'), dataIndex: 'key', width: 180 },
            { title: t('audit.before'), dataIndex: 'before', render: (v: string) => <code>{v}</code> },
            { title: t('audit.after'), dataIndex: 'after', render: (v: string) => <code>{v}</code> },
          ]}
        />
      ) : (
        <div style={{ color: 'var(--lh-text-2)' }}>{t('audit.noChanges')}</div>
      )}
    </div>
  );
}

/** 审计日志: the audit log, newest first, filtered by action, actor, entity and period; read only. */
export default function AuditLogPage() {
  const { t, locale } = useI18n();
  const canReadStaff = useCan('staff.read');
  const [filters, setFilters] = useState<Filters>({ page: 1, pageSize: 50 });
  const [draft, setDraft] = useState<
    Omit<Filters, 'page' | 'pageSize'> & { range?: [Dayjs | null, Dayjs | null] | null }
  >({});

  const list = useQuery({
    queryKey: ['audit', filters],
    queryFn: () => api.get<Page<AuditEntry>>('/api/audit', { ...filters }),
    placeholderData: keepPreviousData,
  });
  const staff = useQuery({
    queryKey: ['staff', { pageSize: 100, page: 1 }],
    queryFn: () => api.get<Page<StaffMember>>('/api/staff', { page: 1, pageSize: 100 }),
    enabled: canReadStaff,
  });

  const label = (map: Record<string, { zh: string; en: string }>, key: string) => {
    const entry = map[key];
    return entry ? pick(locale, entry.zh, entry.en) : key;
  };

  const search = () => {
    const { range, ...rest } = draft;
    const from = range?.[0] ? `${toIsoDate(range[0])}T00:00:00+08:00` : undefined;
    // `to` is exclusive on the server: the day after the last day picked.
    const to = range?.[1] ? `${addDays(toIsoDate(range[1])!, 1)}T00:00:00+08:00` : undefined;
    setFilters((f) => ({
      ...rest,
      entityId: rest.entityId?.trim() || undefined,
      from,
      to,
      page: 1,
      pageSize: f.pageSize,
    }));
  };

  const columns: TableProps<AuditEntry>['columns'] = [
    { title: t('audit.at'), dataIndex: 'at', width: 170, render: (v: string) => formatInstant(v, true) },
    {
      title: t('audit.actor'),
      dataIndex: 'actorName',
      width: 130,
      render: (v: string | null, entry) =>
        v ?? <span style={{ color: 'var(--lh-text-2)' }}>{t(anonymousActor(entry))}</span>,
    },
    {
      title: t('audit.action'),
      dataIndex: 'action',
      width: 190,
      render: (action: string) => (
        <Space size={4} orientation="vertical" style={{ rowGap: 0 }}>
          <span>{label(AUDIT_ACTIONS, action)}</span>
          <span style={{ color: 'var(--lh-text-2)', fontSize: 12, fontFamily: 'monospace' }}>{action}</span>
        </Space>
      ),
    },
    {
      title: t('audit.entity'),
      dataIndex: 'entityType',
      width: 190,
      render: (type: string, entry) => {
        const caption = entityCaption(entry);
        return (
          <Space size={4} orientation="vertical" style={{ rowGap: 0, maxWidth: '100%' }}>
            <Tag>{label(AUDIT_ENTITY_TYPES, type)}</Tag>
            {caption ? (
              <Typography.Text ellipsis={{ tooltip: caption }} style={{ fontSize: 12, maxWidth: 150 }}>
                {caption}
              </Typography.Text>
            ) : null}
          </Space>
        );
      },
    },
    { title: t('audit.reason'), dataIndex: 'reason', ellipsis: true, render: (v: string | null) => v ?? '' },
    { title: t('audit.ip'), dataIndex: 'ip', width: 140, render: (v: string | null) => v ?? '—' },
  ];

  const actionOptions = [
    ...AUDIT_ACTION_GROUPS.map((g) => ({ value: g.value, label: pick(locale, g.zh, g.en) })),
    ...Object.entries(AUDIT_ACTIONS).map(([value, l]) => ({
      value,
      label: `${pick(locale, l.zh, l.en)}（${value}）`,
    })),
  ];

  return (
    <div>
      <PageHeader title={t('audit.title')} subtitle={t('audit.subtitle')} />
      <Card variant="borderless">
        <Space wrap style={{ marginBottom: 16 }}>
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            placeholder={t('audit.actionPlaceholder')}
            style={{ width: 260 }}
            options={actionOptions}
            value={draft.action}
            onChange={(action?: string) => setDraft((d) => ({ ...d, action }))}
          />
          {canReadStaff ? (
            <Select
              allowClear
              showSearch
              optionFilterProp="label"
              placeholder={t('audit.actorPlaceholder')}
              style={{ width: 180 }}
              options={(staff.data?.items ?? []).map((s) => ({
                value: s.id,
                label: `${s.displayName}（${s.username}）`,
              }))}
              value={draft.actorId}
              onChange={(actorId?: string) => setDraft((d) => ({ ...d, actorId }))}
            />
          ) : null}
          <Select
            allowClear
            placeholder={t('audit.entityPlaceholder')}
            style={{ width: 150 }}
            options={Object.entries(AUDIT_ENTITY_TYPES).map(([value, l]) => ({
              value,
              label: pick(locale, l.zh, l.en),
            }))}
            value={draft.entityType}
            onChange={(entityType?: string) => setDraft((d) => ({ ...d, entityType }))}
          />
          <Input
            allowClear
            placeholder={t('audit.entityIdPlaceholder')}
            style={{ width: 200 }}
            value={draft.entityId}
            onChange={(e) => setDraft((d) => ({ ...d, entityId: e.target.value }))}
          />
          <DatePicker.RangePicker
            value={draft.range ?? null}
            onChange={(range) => setDraft((d) => ({ ...d, range }))}
            placeholder={[t('audit.from'), t('audit.to')]}
          />
          <Button type="primary" icon={<SearchOutlined />} onClick={search}>
            {t('common.search')}
          </Button>
          <Button
            onClick={() => {
              setDraft({});
              setFilters((f) => ({ page: 1, pageSize: f.pageSize }));
            }}
          >
            {t('common.reset')}
          </Button>
        </Space>
        <Table<AuditEntry>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={list.data?.items}
          loading={list.isFetching}
          scroll={{ x: 1000 }}
          expandable={{ expandedRowRender: (entry) => <Changes entry={entry} /> }}
          pagination={serverPagination(
            filters,
            setFilters,
            list.data?.total,
            (total) => t('common.total', { total }),
            { pageSizeOptions: [20, 50, 100, 200] },
          )}
        />
      </Card>
    </div>
  );
}
