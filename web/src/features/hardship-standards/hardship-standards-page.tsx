import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App as AntApp,
  AutoComplete,
  Button,
  Card,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Select,
  Space,
  Switch,
  Table,
  type TableProps,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useCan } from '../../app/auth';
import { FormModal } from '../../app/form-modal';
import { requiredChoice, requiredNumber, requiredText } from '../../app/form-rules';
import { useI18n } from '../../app/i18n';
import { PageHeader } from '../../app/page-header';
import { actionsWidth, RowAction, RowActions, tableWidth } from '../../app/table-kit';
import { api, type Page } from '../../lib/api';
import { type Dayjs, toDayjs, todayIso, toIsoDate } from '../../lib/dates';
import { serverPagination } from '../../lib/paging';
import { useOrganisations } from '../../lib/queries';
import {
  HARDSHIP_AREAS,
  HARDSHIP_BASES,
  type HardshipArea,
  type HardshipBasis,
  type HardshipStandard,
} from '../../lib/types';

const HARDSHIP_KEY = ['hardship-standards'] as const;

interface Filters {
  regionCode?: string;
  basis?: HardshipBasis;
  onDate?: string;
  page: number;
  pageSize: number;
}

interface StandardForm {
  regionCode: string;
  basis: HardshipBasis;
  area: HardshipArea;
  monthlyPerCapitaYuan: string;
  effectiveFrom: Dayjs;
  effectiveTo?: Dayjs | null;
  source: string;
  isSample: boolean;
}

function inForce(s: HardshipStandard, today: string): boolean {
  return s.effectiveFrom <= today && (s.effectiveTo === null || s.effectiveTo >= today);
}

/** 困难标准: economic-hardship standards per region with effective dates; sample figures flagged 示例. */
export default function HardshipStandardsPage() {
  const { t } = useI18n();
  const { message } = AntApp.useApp();
  const queryClient = useQueryClient();
  const canManage = useCan('hardship-standard.manage');
  const today = todayIso();
  const [filters, setFilters] = useState<Filters>({ page: 1, pageSize: 20 });
  const [editing, setEditing] = useState<HardshipStandard | 'new' | null>(null);

  const orgs = useOrganisations();
  const regionOptions = [
    ...new Map(
      (orgs.data?.items ?? [])
        .filter((o) => (o.kind === 'city-bureau' || o.kind === 'county-bureau') && o.divisionCode)
        .map((o) => [
          o.divisionCode!,
          { value: o.divisionCode!, label: `${o.divisionCode} ${o.name.replace(/司法局$/, '')}` },
        ]),
    ).values(),
  ];

  const list = useQuery({
    queryKey: [...HARDSHIP_KEY, filters],
    queryFn: () => api.get<Page<HardshipStandard>>('/api/hardship-standards', { ...filters }),
    placeholderData: keepPreviousData,
  });
  const refetch = () => void queryClient.invalidateQueries({ queryKey: HARDSHIP_KEY });
  const hasSample = list.data?.items.some((s) => s.isSample) ?? false;

  const save = useMutation({
    mutationFn: (values: StandardForm) => {
      const body = {
        ...values,
        monthlyPerCapitaYuan: String(values.monthlyPerCapitaYuan),
        effectiveFrom: toIsoDate(values.effectiveFrom),
        effectiveTo: toIsoDate(values.effectiveTo) ?? null,
      };
      if (editing === 'new') return api.post<{ item: HardshipStandard }>('/api/hardship-standards', body);
      const current = editing as HardshipStandard;
      return api.patch<{ item: HardshipStandard }>(`/api/hardship-standards/${current.id}`, {
        ...body,
        version: current.version,
      });
    },
    onSuccess: () => {
      void message.success(t('common.saved'));
      refetch();
    },
  });

  const columns: TableProps<HardshipStandard>['columns'] = [
    {
      title: t('hardship.region'),
      dataIndex: 'regionCode',
      width: 150,
      render: (code: string, record) => (
        <Space size={6}>
          <span style={{ fontWeight: 500 }}>{record.regionName ?? code}</span>
          <span style={{ color: 'var(--lh-text-2)', fontSize: 12 }}>{code}</span>
        </Space>
      ),
    },
    {
      title: t('hardship.basis'),
      dataIndex: 'basis',
      width: 150,
      render: (basis: HardshipBasis) => t(`hardship.basis.${basis}`),
    },
    {
      title: t('hardship.area'),
      dataIndex: 'area',
      width: 90,
      render: (area: HardshipArea) => t(`hardship.area.${area}`),
    },
    {
      title: t('hardship.amount'),
      dataIndex: 'monthlyPerCapitaYuan',
      width: 120,
      align: 'right',
      render: (v: string) => <span style={{ fontVariantNumeric: 'tabular-nums', fontWeight: 600 }}>{v}</span>,
    },
    {
      title: t('hardship.effectiveFrom'),
      dataIndex: 'effectiveFrom',
      width: 112,
      render: (v: string) => <span className="lh-nowrap">{v}</span>,
    },
    {
      title: t('hardship.effectiveTo'),
      dataIndex: 'effectiveTo',
      width: 112,
      render: (v: string | null) =>
        v ? (
          <span className="lh-nowrap">{v}</span>
        ) : (
          <span style={{ color: 'var(--lh-text-2)' }}>{t('hardship.openEnded')}</span>
        ),
    },
    {
      title: t('common.status'),
      key: 'flags',
      width: 120,
      render: (_, record) => (
        <Space size={4} wrap>
          {inForce(record, today) ? <Tag color="success">{t('hardship.current')}</Tag> : null}
          {record.isSample ? (
            <Tooltip title={t('hardship.sampleHint')}>
              <Tag color="orange">{t('hardship.sample')}</Tag>
            </Tooltip>
          ) : null}
        </Space>
      ),
    },
    // Shortened in its cell, the whole in a tooltip; the header wraps ("Source document" needs 130 px).
    {
      title: t('hardship.source'),
      dataIndex: 'source',
      width: 110,
      render: (v: string) => <Typography.Text ellipsis={{ tooltip: v }}>{v}</Typography.Text>,
    },
  ];
  if (canManage) {
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      width: actionsWidth(1),
      fixed: 'right',
      render: (_, record) => (
        <RowActions>
          <RowAction label={t('common.edit')} icon={<EditOutlined />} onClick={() => setEditing(record)} />
        </RowActions>
      ),
    });
  }

  const current = editing && editing !== 'new' ? editing : undefined;
  const initialValues: Partial<StandardForm> = current
    ? {
        regionCode: current.regionCode,
        basis: current.basis,
        area: current.area,
        monthlyPerCapitaYuan: current.monthlyPerCapitaYuan,
        effectiveFrom: toDayjs(current.effectiveFrom),
        effectiveTo: toDayjs(current.effectiveTo) ?? null,
        source: current.source,
        isSample: current.isSample,
      }
    : { regionCode: '150200', basis: 'dibao', area: 'urban', isSample: false };

  return (
    <div>
      <PageHeader
        title={t('hardship.title')}
        subtitle={t('hardship.subtitle')}
        extra={
          canManage ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
              {t('hardship.create')}
            </Button>
          ) : null
        }
      />
      {hasSample ? (
        <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('hardship.sampleHint')} />
      ) : null}
      <Card variant="borderless">
        <Space wrap style={{ marginBottom: 16 }} size={16}>
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            placeholder={t('hardship.region')}
            style={{ width: 240 }}
            options={regionOptions}
            value={filters.regionCode}
            onChange={(regionCode?: string) => setFilters((f) => ({ ...f, regionCode, page: 1 }))}
          />
          <Select
            allowClear
            placeholder={t('hardship.basis')}
            style={{ width: 200 }}
            options={HARDSHIP_BASES.map((b) => ({ value: b, label: t(`hardship.basis.${b}`) }))}
            value={filters.basis}
            onChange={(basis?: HardshipBasis) => setFilters((f) => ({ ...f, basis, page: 1 }))}
          />
          <Space>
            <Switch
              checked={Boolean(filters.onDate)}
              onChange={(on) => setFilters((f) => ({ ...f, onDate: on ? today : undefined, page: 1 }))}
            />
            <span>{t('hardship.currentOnly')}</span>
          </Space>
        </Space>
        <Table<HardshipStandard>
          rowKey="id"
          columns={columns}
          dataSource={list.data?.items}
          loading={list.isFetching}
          scroll={{ x: tableWidth(columns) }}
          pagination={serverPagination(filters, setFilters, list.data?.total, (total) =>
            t('common.total', { total }),
          )}
        />
      </Card>

      <FormModal<StandardForm>
        open={editing !== null}
        title={current ? t('hardship.edit') : t('hardship.create')}
        okText={t('common.save')}
        width={620}
        initialValues={initialValues}
        onSubmit={save.mutateAsync}
        onClose={() => setEditing(null)}
        onStale={() => {
          setEditing(null);
          refetch();
        }}
      >
        <Form.Item
          className="lh-hint-until-error"
          label={t('hardship.region')}
          name="regionCode"
          extra={t('hardship.regionHelp')}
          rules={[{ required: true, pattern: /^\d{6}$/, message: t('hardship.regionHelp') }]}
        >
          <AutoComplete options={regionOptions} style={{ width: 280 }} />
        </Form.Item>
        <Space size={16} style={{ display: 'flex' }} align="start">
          <Form.Item label={t('hardship.basis')} name="basis" rules={[{ required: true }]}>
            <Select
              style={{ width: 220 }}
              options={HARDSHIP_BASES.map((b) => ({ value: b, label: t(`hardship.basis.${b}`) }))}
            />
          </Form.Item>
          <Form.Item label={t('hardship.area')} name="area" rules={[{ required: true }]}>
            <Select
              style={{ width: 160 }}
              options={HARDSHIP_AREAS.map((a) => ({ value: a, label: t(`hardship.area.${a}`) }))}
            />
          </Form.Item>
        </Space>
        <Form.Item
          label={t('hardship.amount')}
          name="monthlyPerCapitaYuan"
          rules={requiredNumber(t, t('hardship.amountInSentence'))}
        >
          <InputNumber<string>
            stringMode
            min="0.01"
            precision={2}
            style={{ width: 200 }}
            suffix={t('hardship.perMonth')}
          />
        </Form.Item>
        <Space size={16} style={{ display: 'flex' }} align="start">
          <Form.Item
            label={t('hardship.effectiveFrom')}
            name="effectiveFrom"
            rules={requiredChoice(t, t('hardship.effectiveFromInSentence'))}
          >
            <DatePicker />
          </Form.Item>
          <Form.Item label={t('hardship.effectiveTo')} name="effectiveTo">
            <DatePicker placeholder={t('hardship.openEnded')} />
          </Form.Item>
        </Space>
        <Form.Item
          label={t('hardship.source')}
          name="source"
          rules={requiredText(t, t('hardship.source'), { min: 2 })}
        >
          <Input.TextArea rows={2} maxLength={500} placeholder={t('hardship.sourcePlaceholder')} />
        </Form.Item>
        <Form.Item label={t('hardship.isSample')} name="isSample" valuePropName="checked">
          <Switch checkedChildren={t('common.yes')} unCheckedChildren={t('common.no')} />
        </Form.Item>
      </FormModal>
    </div>
  );
}
