import { DeleteOutlined, LeftOutlined, PlusOutlined, RightOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App as AntApp,
  Button,
  Card,
  DatePicker,
  Form,
  Input,
  Popconfirm,
  Radio,
  Space,
  Spin,
  Table,
  type TableProps,
  Tag,
  Tooltip,
} from 'antd';
import { useMemo, useState } from 'react';
import { useCan } from '../../app/auth';
import { FormModal } from '../../app/form-modal';
import { requiredChoice } from '../../app/form-rules';
import { type Translate, useI18n } from '../../app/i18n';
import { PageHeader } from '../../app/page-header';
import { useSaveError } from '../../app/use-save-error';
import { api, type Page } from '../../lib/api';
import { type Dayjs, toDayjs, todayIso, toIsoDate } from '../../lib/dates';
import type { CalendarDay, HolidayOverride } from '../../lib/types';

const CALENDAR_KEY = ['calendar'] as const;

interface OverrideForm {
  date: Dayjs;
  kind: 'holiday' | 'workday';
  source?: string;
  note?: string;
}

function dayClass(day: CalendarDay, today: string): string {
  const classes = ['lh-day'];
  if (day.reason === 'official-holiday' || day.reason === 'override-holiday') classes.push('lh-day-holiday');
  else if (day.reason === 'make-up-workday' || day.reason === 'override-workday')
    classes.push('lh-day-makeup');
  else if (!day.working) classes.push('lh-day-rest');
  if (day.override) classes.push('lh-day-override');
  if (day.provisional) classes.push('lh-day-provisional');
  if (day.date === today) classes.push('lh-day-today');
  return classes.join(' ');
}

function MonthGrid({
  month,
  days,
  t,
  today,
  onPick,
}: {
  month: number;
  days: CalendarDay[];
  t: Translate;
  today: string;
  onPick?: (day: CalendarDay) => void;
}) {
  const first = days[0];
  if (!first) return null;
  // Monday-first grid: blanks before the 1st.
  const weekday = (new Date(`${first.date}T00:00:00Z`).getUTCDay() + 6) % 7;
  const weekdays = t('calendar.weekdays').split(',');
  return (
    <div className="lh-month">
      <div className="lh-month-title">{t('calendar.monthTitle', { m: month })}</div>
      <div className="lh-month-grid">
        {weekdays.map((w) => (
          <div key={w} className="lh-month-weekday">
            {w}
          </div>
        ))}
        {Array.from({ length: weekday }, (_, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: fixed blank cells
          <div key={`blank-${i}`} />
        ))}
        {days.map((day) => {
          const tip = [
            day.date,
            t(`calendar.reason.${day.reason}`),
            day.name,
            day.provisional ? t('calendar.provisional') : undefined,
          ]
            .filter(Boolean)
            .join(' · ');
          return (
            <Tooltip key={day.date} title={tip} mouseEnterDelay={0.3}>
              <div
                className={dayClass(day, today)}
                data-date={day.date}
                data-working={day.working}
                onClick={onPick ? () => onPick(day) : undefined}
                style={onPick ? { cursor: 'pointer' } : undefined}
              >
                {Number(day.date.slice(8))}
              </div>
            </Tooltip>
          );
        })}
      </div>
    </div>
  );
}

/** 节假日调整 (工作日历 when read only): a year of working and rest days, and the overrides of the data. */
export default function CalendarPage() {
  const { t } = useI18n();
  const { message } = AntApp.useApp();
  const queryClient = useQueryClient();
  const canManage = useCan('calendar.manage');
  const showSaveError = useSaveError();
  const today = todayIso();
  const [year, setYear] = useState(Number(today.slice(0, 4)));
  const [adding, setAdding] = useState<Partial<OverrideForm> | null>(null);

  const days = useQuery({
    queryKey: [...CALENDAR_KEY, 'days', year],
    queryFn: () =>
      api.get<{ items: CalendarDay[]; coveredYears: number[] }>('/api/calendar/days', {
        from: `${year}-01-01`,
        to: `${year}-12-31`,
      }),
  });
  const overrides = useQuery({
    queryKey: [...CALENDAR_KEY, 'overrides'],
    queryFn: () => api.get<Page<HolidayOverride>>('/api/calendar/overrides'),
  });
  const refetch = () => void queryClient.invalidateQueries({ queryKey: CALENDAR_KEY });

  const months = useMemo(() => {
    const byMonth = new Map<number, CalendarDay[]>();
    for (const day of days.data?.items ?? []) {
      const m = Number(day.date.slice(5, 7));
      const list = byMonth.get(m) ?? [];
      list.push(day);
      byMonth.set(m, list);
    }
    return [...byMonth.entries()];
  }, [days.data]);
  const workingCount = days.data?.items.filter((d) => d.working).length ?? 0;
  const provisional = days.data ? !days.data.coveredYears.includes(year) : false;

  const create = useMutation({
    mutationFn: (values: OverrideForm) =>
      api.post<{ item: HolidayOverride }>('/api/calendar/overrides', {
        ...values,
        date: toIsoDate(values.date),
      }),
    onSuccess: () => {
      void message.success(t('common.saved'));
      refetch();
    },
  });
  const remove = useMutation({
    mutationFn: (o: HolidayOverride) =>
      api.delete<{ ok: true }>(`/api/calendar/overrides/${o.id}`, { version: o.version }),
    onSuccess: () => {
      void message.success(t('common.deleted'));
      refetch();
    },
    onError: (error) => showSaveError(error, { onStale: refetch }),
  });

  const onPick = (day: CalendarDay) => {
    if (day.override) {
      void message.info(t('calendar.overrideExists'));
      return;
    }
    setAdding({ date: toDayjs(day.date), kind: day.working ? 'holiday' : 'workday' });
  };

  const columns: TableProps<HolidayOverride>['columns'] = [
    { title: t('calendar.date'), dataIndex: 'date', width: 130 },
    {
      title: t('calendar.kind'),
      dataIndex: 'kind',
      width: 110,
      render: (kind: HolidayOverride['kind']) => (
        <Tag color={kind === 'holiday' ? 'red' : 'orange'}>{t(`calendar.kind.${kind}`)}</Tag>
      ),
    },
    {
      title: t('calendar.source'),
      dataIndex: 'source',
      ellipsis: true,
      render: (v: string | null) => v ?? t('common.none'),
    },
    {
      title: t('calendar.note'),
      dataIndex: 'note',
      ellipsis: true,
      render: (v: string | null) => v ?? t('common.none'),
    },
  ];
  if (canManage) {
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      width: 90,
      render: (_, record) => (
        <Popconfirm title={t('common.confirmDelete')} onConfirm={() => remove.mutate(record)}>
          <Button type="link" size="small" danger icon={<DeleteOutlined />}>
            {t('common.delete')}
          </Button>
        </Popconfirm>
      ),
    });
  }

  return (
    <div>
      <PageHeader
        title={canManage ? t('calendar.title') : t('calendar.viewTitle')}
        subtitle={t('calendar.subtitle')}
        extra={
          canManage ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding({ kind: 'holiday' })}>
              {t('calendar.addOverride')}
            </Button>
          ) : null
        }
      />
      <Card
        variant="borderless"
        title={
          <Space>
            <Button
              type="text"
              icon={<LeftOutlined />}
              aria-label={t('calendar.prevYear')}
              onClick={() => setYear((y) => y - 1)}
            />
            <span style={{ fontSize: 18 }}>{year}</span>
            <Button
              type="text"
              icon={<RightOutlined />}
              aria-label={t('calendar.nextYear')}
              onClick={() => setYear((y) => y + 1)}
            />
            {provisional ? <Tag color="warning">{t('calendar.provisional')}</Tag> : null}
            <span style={{ fontWeight: 400, color: 'var(--lh-text-2)', fontSize: 13 }}>
              {t('calendar.workingCount', { n: workingCount })}
            </span>
          </Space>
        }
        extra={
          <div className="lh-legend">
            <span>
              <span className="lh-legend-swatch" style={{ background: '#fff' }} />
              {t('calendar.working')}
            </span>
            <span>
              <span className="lh-legend-swatch" style={{ background: '#f5f5f5' }} />
              {t('calendar.rest')}
            </span>
            <span>
              <span className="lh-legend-swatch" style={{ background: '#c8102e' }} />
              {t('calendar.holiday')}
            </span>
            <span>
              <span className="lh-legend-swatch" style={{ background: '#d46b08' }} />
              {t('calendar.makeup')}
            </span>
            <span>
              <span
                className="lh-legend-swatch"
                style={{ outline: '2px solid #1a4fa3', outlineOffset: -2 }}
              />
              {t('calendar.override')}
            </span>
          </div>
        }
      >
        {provisional ? (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 16 }}
            title={t('calendar.provisionalHint', { year })}
          />
        ) : null}
        {canManage ? (
          <div style={{ color: 'var(--lh-text-2)', fontSize: 12, marginBottom: 8 }}>
            {t('calendar.clickHint')}
          </div>
        ) : null}
        {days.isPending ? (
          <div style={{ padding: 48, textAlign: 'center' }}>
            <Spin />
          </div>
        ) : (
          <div className="lh-year">
            {months.map(([m, list]) => (
              <MonthGrid
                key={m}
                month={m}
                days={list}
                t={t}
                today={today}
                onPick={canManage ? onPick : undefined}
              />
            ))}
          </div>
        )}
      </Card>

      <Card variant="borderless" title={t('calendar.overrides')} style={{ marginTop: 16 }}>
        <Table<HolidayOverride>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={overrides.data?.items}
          loading={overrides.isFetching}
          pagination={{
            pageSize: 20,
            hideOnSinglePage: true,
            showTotal: (total) => t('common.total', { total }),
          }}
        />
      </Card>

      <FormModal<OverrideForm>
        open={adding !== null}
        title={t('calendar.addOverride')}
        okText={t('common.save')}
        initialValues={adding ?? undefined}
        onSubmit={create.mutateAsync}
        onClose={() => setAdding(null)}
      >
        <Form.Item label={t('calendar.date')} name="date" rules={requiredChoice(t, t('calendar.date'))}>
          <DatePicker />
        </Form.Item>
        <Form.Item label={t('calendar.kind')} name="kind" rules={[{ required: true }]}>
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            options={[
              { value: 'holiday', label: t('calendar.kind.holiday') },
              { value: 'workday', label: t('calendar.kind.workday') },
            ]}
          />
        </Form.Item>
        <Form.Item label={t('calendar.source')} name="source">
          <Input maxLength={200} placeholder={t('calendar.sourcePlaceholder')} />
        </Form.Item>
        <Form.Item label={t('calendar.note')} name="note">
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </FormModal>
    </div>
  );
}
