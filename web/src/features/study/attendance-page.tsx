import { useQuery } from '@tanstack/react-query';
import { Card, DatePicker, Select, Space, Statistic, Table, Tabs } from 'antd';
import { useState } from 'react';
import { useCan } from '../../app/auth';
import { PageHeader } from '../../app/page-header';
import { api } from '../../lib/api';
import { type Dayjs, toIsoDate } from '../../lib/dates';
import { Chart } from '../queue/chart';
import { percent } from './labels';
import { type StudyMessage, useStudyMessages } from './messages';
import type { AttendanceRates, PlanItem, RateRow, Tally } from './types';

type Level = 'counties' | 'departments' | 'persons';

/**
 * 出勤率: attendance rates per county, department and person over a period and/or a plan, as a table and
 * a bar chart. Staff see their own rate; supervisors their scope; the city each county (the server decides).
 */
export default function AttendancePage() {
  const m = useStudyMessages();
  const supervise = useCan('study.supervise');
  const [period, setPeriod] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const [planId, setPlanId] = useState<string>();
  const from = toIsoDate(period?.[0]);
  const to = toIsoDate(period?.[1]);
  const view = supervise ? 'managed' : 'mine';
  const plans = useQuery({
    queryKey: ['study', 'plans', view],
    queryFn: () => api.get<{ items: PlanItem[] }>('/api/study/plans', { view }),
  });
  const rates = useQuery({
    queryKey: ['study', 'attendance-rates', from, to, planId],
    queryFn: () =>
      api.get<AttendanceRates>('/api/study/attendance-rates', {
        ...(from ? { from } : {}),
        ...(to ? { to } : {}),
        ...(planId ? { planId } : {}),
      }),
  });
  const data = rates.data;
  const levels: Level[] =
    data?.view === 'scope'
      ? data.bureauKind === 'city-bureau'
        ? ['counties', 'departments', 'persons']
        : ['departments', 'persons']
      : ['persons'];
  return (
    <div>
      <PageHeader
        title={m('attendanceTitle')}
        subtitle={m(supervise ? 'attendanceSubtitle' : 'attendanceSubtitleOwn')}
        extra={
          <Space wrap>
            <Select
              allowClear
              style={{ minWidth: 220 }}
              placeholder={m('allPlans')}
              value={planId}
              onChange={setPlanId}
              loading={plans.isPending}
              options={(plans.data?.items ?? [])
                .filter((p) => p.parentPlanId === null || !supervise)
                .map((p) => ({ value: p.id, label: p.title }))}
              data-testid="attendance-plan"
            />
            <DatePicker.RangePicker
              value={period}
              onChange={(v) => setPeriod(v)}
              data-testid="attendance-period"
            />
          </Space>
        }
      />
      <Card loading={rates.isPending}>
        <Space size={48} style={{ marginBottom: 16 }} wrap>
          <Statistic
            title={m('rate')}
            value={percent(data?.total.rate, m('noData'))}
            data-testid="attendance-total-rate"
          />
          <Statistic title={m('sessionsHeld')} value={data?.sessionsHeld ?? 0} />
          <Statistic title={m('present')} value={data?.total.present ?? 0} />
          <Statistic title={m('late')} value={data?.total.late ?? 0} />
          <Statistic title={m('onLeave')} value={data?.total.leave ?? 0} />
          <Statistic title={m('absent')} value={data?.total.absent ?? 0} />
        </Space>
        {data ? (
          <Tabs
            key={levels.join()}
            items={levels.map((level) => ({
              key: level,
              label: m(LEVEL_LABELS[level]),
              children: <RateTable level={level} rows={data[level]} />,
            }))}
          />
        ) : null}
      </Card>
    </div>
  );
}

const LEVEL_LABELS: Record<Level, StudyMessage> = {
  counties: 'byCounty',
  departments: 'byDepartment',
  persons: 'byPerson',
};

/** A row of any level (department and county only on the levels that have them). */
type Row = RateRow & { department?: string; county?: string };

/** At most this many bars: a long list of persons stays readable (the table has them all). */
const MAX_BARS = 30;

function RateTable({ level, rows }: { level: Level; rows: readonly Row[] }) {
  const m = useStudyMessages();
  const count = (key: keyof Tally, title: StudyMessage) => ({
    title: m(title),
    key,
    width: 80,
    render: (_: unknown, r: RateRow) => r.tally[key],
  });
  const bars = rows.slice(0, MAX_BARS);
  return (
    <div>
      {bars.length > 0 ? (
        <Chart
          style={{ height: 280 }}
          option={{
            grid: { left: 48, right: 16, top: 24, bottom: 64 },
            tooltip: {
              trigger: 'axis',
              valueFormatter: (v: number | null) => (v === null ? '—' : `${v}%`),
            },
            xAxis: {
              type: 'category',
              data: bars.map((r) => r.name),
              axisLabel: { interval: 0, rotate: bars.length > 6 ? 30 : 0 },
            },
            yAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
            series: [
              {
                type: 'bar',
                name: m('rate'),
                barMaxWidth: 40,
                data: bars.map((r) => (r.tally.rate === null ? null : Math.round(r.tally.rate * 1000) / 10)),
              },
            ],
          }}
        />
      ) : null}
      <Table<Row>
        rowKey="id"
        size="small"
        dataSource={[...rows]}
        pagination={rows.length > 20 ? { pageSize: 20 } : false}
        locale={{ emptyText: m('noSessionsHeld') }}
        data-testid={`attendance-${level}`}
        columns={[
          { title: m(LEVEL_LABELS[level]), dataIndex: 'name', key: 'name' },
          ...(level === 'persons'
            ? [{ title: m('department'), dataIndex: 'department', key: 'department' }]
            : []),
          ...(level !== 'counties' ? [{ title: m('county'), dataIndex: 'county', key: 'county' }] : []),
          {
            title: m('rate'),
            key: 'rate',
            width: 100,
            render: (_: unknown, r: RateRow) => percent(r.tally.rate, m('noData')),
          },
          count('expected', 'expected'),
          count('present', 'present'),
          count('late', 'late'),
          count('leave', 'onLeave'),
          count('absent', 'absent'),
        ]}
      />
    </div>
  );
}
