import { ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Col, DatePicker, Empty, Result, Row, Space, Statistic, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { PageHeader } from '../../app/page-header';
import { errorMessage } from '../../lib/api';
import { toDayjs, todayIso, toIsoDate } from '../../lib/dates';
import { Chart } from './chart';
import { type QueueMessage, useQueueMessages, useServiceName } from './messages';
import { useQueueStats } from './queries';
import { minutes } from './ticket-bits';
import type { QueueStatsReply, ServiceStatsRow, StatsFigures, WindowStatsRow } from './types';
import './queue.css';

function figureColumns<T extends StatsFigures>(m: (key: QueueMessage) => string): ColumnsType<T> {
  const min = (v: number | null) => minutes(v);
  return [
    { title: m('tickets'), dataIndex: 'tickets', align: 'right', sorter: (a, b) => a.tickets - b.tickets },
    { title: m('noShow'), dataIndex: 'noShows', align: 'right' },
    {
      title: m('waitMinutes'),
      children: [
        { title: m('average'), dataIndex: 'avgWaitSeconds', align: 'right', render: min },
        { title: 'P90', dataIndex: 'p90WaitSeconds', align: 'right', render: min },
      ],
    },
    {
      title: m('serviceMinutes'),
      children: [
        { title: m('average'), dataIndex: 'avgServiceSeconds', align: 'right', render: min },
        { title: 'P90', dataIndex: 'p90ServiceSeconds', align: 'right', render: min },
      ],
    },
    {
      title: m('longestNowMinutes'),
      dataIndex: 'longestCurrentWaitSeconds',
      align: 'right',
      render: (v: number | null) => (
        <span className={v !== null && v > 1800 ? 'lhq-warn' : ''}>{min(v)}</span>
      ),
    },
  ];
}

function useRowName(): (row: ServiceStatsRow) => string {
  const serviceName = useServiceName();
  return (row) => serviceName(row.code, row.name);
}

function Summary({ stats }: { stats: QueueStatsReply }) {
  const m = useQueueMessages();
  const o = stats.overall;
  const tickets = m('unitTickets');
  const people = m('unitPeople');
  const mins = m('unitMinutes');
  const items = [
    { title: m('ticketsTotal'), value: o.tickets, suffix: tickets },
    { title: m('finished'), value: o.finished, suffix: tickets },
    { title: m('waitingNow'), value: o.waiting, suffix: people },
    { title: m('noShow'), value: o.noShows, suffix: tickets },
    { title: m('avgWait'), value: minutes(o.avgWaitSeconds), suffix: mins },
    { title: m('p90Wait'), value: minutes(o.p90WaitSeconds), suffix: mins },
    { title: m('avgService'), value: minutes(o.avgServiceSeconds), suffix: mins },
    { title: m('longestNow'), value: minutes(o.longestCurrentWaitSeconds), suffix: mins },
  ];
  return (
    <div className="lhq-summary">
      {items.map((s) => (
        <Card key={s.title} size="small">
          <Statistic title={s.title} value={s.value} suffix={s.suffix} />
        </Card>
      ))}
    </div>
  );
}

function HourlyChart({ stats }: { stats: QueueStatsReply }) {
  const t = useQueueMessages();
  const busy = stats.hourly.filter((h) => h.issued > 0 || h.called > 0).map((h) => h.hour);
  if (busy.length === 0) return <Empty description={t('noTicketsThatDay')} />;
  // The working day (8–18 时), widened to any hour that had tickets.
  const from = Math.min(8, ...busy);
  const to = Math.max(18, ...busy);
  const byHour = new Map(stats.hourly.map((h) => [h.hour, h]));
  const hours = Array.from(
    { length: to - from + 1 },
    (_, i) => byHour.get(from + i) ?? { hour: from + i, issued: 0, called: 0 },
  );
  return (
    <Chart
      option={{
        tooltip: { trigger: 'axis' },
        legend: { top: 0, data: [t('tickets'), t('calls')] },
        grid: { left: 44, right: 20, top: 48, bottom: 32 },
        xAxis: { type: 'category', data: hours.map((h) => t('hourLabel', { h: h.hour })) },
        yAxis: { type: 'value', minInterval: 1, name: t('visits') },
        series: [
          { name: t('tickets'), type: 'bar', data: hours.map((h) => h.issued), barMaxWidth: 28 },
          { name: t('calls'), type: 'line', data: hours.map((h) => h.called), smooth: true, symbolSize: 8 },
        ],
      }}
    />
  );
}

function WaitChart({ stats }: { stats: QueueStatsReply }) {
  const t = useQueueMessages();
  const serviceName = useRowName();
  const rows = stats.services.filter((r) => r.tickets > 0);
  if (rows.length === 0) return <Empty description={t('noTicketsThatDay')} />;
  const m = (v: number | null) => (v === null ? null : Number((v / 60).toFixed(1)));
  return (
    <Chart
      option={{
        tooltip: {
          trigger: 'axis',
          valueFormatter: (v: unknown) =>
            v === null || v === undefined ? '—' : t('minutes', { n: String(v) }),
        },
        legend: { top: 0, data: [t('avgWait'), t('p90Wait')] },
        grid: { left: 44, right: 20, top: 48, bottom: 64 },
        xAxis: {
          type: 'category',
          data: rows.map(serviceName),
          axisLabel: { interval: 0, rotate: rows.length > 6 ? 30 : 0 },
        },
        yAxis: { type: 'value', name: t('unitMinutes') },
        series: [
          { name: t('avgWait'), type: 'bar', data: rows.map((r) => m(r.avgWaitSeconds)), barMaxWidth: 24 },
          { name: t('p90Wait'), type: 'bar', data: rows.map((r) => m(r.p90WaitSeconds)), barMaxWidth: 24 },
        ],
      }}
    />
  );
}

/** /queue/stats: one day of the hall's queue — volumes, waits and service times per service and window. */
export default function StatsPage() {
  const m = useQueueMessages();
  const serviceName = useRowName();
  const [date, setDate] = useState(todayIso);
  const stats = useQueueStats(date);
  const data = stats.data;
  return (
    <div className="lhq-page">
      <PageHeader
        title={m('statsTitle')}
        subtitle={m('statsSubtitle')}
        extra={
          <Space>
            <DatePicker
              value={toDayjs(date)}
              onChange={(value) => setDate(toIsoDate(value) ?? todayIso())}
              allowClear={false}
              aria-label={m('statsDate')}
            />
            <Button icon={<ReloadOutlined />} onClick={() => void stats.refetch()} loading={stats.isFetching}>
              {m('refresh')}
            </Button>
          </Space>
        }
      />
      {stats.isError ? (
        <Result status="warning" title={m('statsFailed')} subTitle={errorMessage(stats.error)} />
      ) : !data ? (
        <Card loading />
      ) : (
        <Space orientation="vertical" size={16} style={{ width: '100%' }}>
          <Summary stats={data} />
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={12}>
              <Card title={m('byHour')}>
                <HourlyChart stats={data} />
              </Card>
            </Col>
            <Col xs={24} xl={12}>
              <Card title={m('waitByService')}>
                <WaitChart stats={data} />
              </Card>
            </Col>
          </Row>
          <Card title={m('byService')}>
            <Table<ServiceStatsRow>
              size="middle"
              rowKey="code"
              dataSource={data.services}
              pagination={false}
              bordered
              columns={[
                { title: m('service'), key: 'name', render: (_v, r) => serviceName(r) },
                ...figureColumns<ServiceStatsRow>(m),
              ]}
            />
          </Card>
          <Card title={m('byWindow')}>
            <Table<WindowStatsRow>
              size="middle"
              rowKey="id"
              dataSource={[...data.windows].sort((a, b) => a.number - b.number)}
              pagination={false}
              bordered
              columns={[
                {
                  title: m('window'),
                  key: 'name',
                  render: (_v, r) => m('windowNoName', { n: r.number, name: r.name }),
                },
                ...figureColumns<WindowStatsRow>(m),
              ]}
            />
          </Card>
        </Space>
      )}
    </div>
  );
}
