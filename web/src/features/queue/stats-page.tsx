import { ReloadOutlined } from '@ant-design/icons';
import { findService } from '@core/queue/services';
import { Button, Card, Col, DatePicker, Empty, Result, Row, Space, Statistic, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { PageHeader } from '../../app/page-header';
import { errorMessage } from '../../lib/api';
import { toDayjs, todayIso, toIsoDate } from '../../lib/dates';
import { Chart } from './chart';
import { useQueueStats } from './queries';
import { minutes } from './ticket-bits';
import type { QueueStatsReply, ServiceStatsRow, StatsFigures, WindowStatsRow } from './types';
import './queue.css';

function figureColumns<T extends StatsFigures>(): ColumnsType<T> {
  const min = (v: number | null) => minutes(v);
  return [
    { title: '取号', dataIndex: 'tickets', align: 'right', sorter: (a, b) => a.tickets - b.tickets },
    { title: '过号', dataIndex: 'noShows', align: 'right' },
    {
      title: '等候（分钟）',
      children: [
        { title: '平均', dataIndex: 'avgWaitSeconds', align: 'right', render: min },
        { title: 'P90', dataIndex: 'p90WaitSeconds', align: 'right', render: min },
      ],
    },
    {
      title: '办理（分钟）',
      children: [
        { title: '平均', dataIndex: 'avgServiceSeconds', align: 'right', render: min },
        { title: 'P90', dataIndex: 'p90ServiceSeconds', align: 'right', render: min },
      ],
    },
    {
      title: '当前最长等候（分钟）',
      dataIndex: 'longestCurrentWaitSeconds',
      align: 'right',
      render: (v: number | null) => (
        <span className={v !== null && v > 1800 ? 'lhq-warn' : ''}>{min(v)}</span>
      ),
    },
  ];
}

function serviceName(row: ServiceStatsRow): string {
  return findService(row.code)?.nameZh ?? row.name;
}

function Summary({ stats }: { stats: QueueStatsReply }) {
  const o = stats.overall;
  const items = [
    { title: '取号总数', value: o.tickets, suffix: '张' },
    { title: '已办结', value: o.finished, suffix: '张' },
    { title: '正在等候', value: o.waiting, suffix: '人' },
    { title: '过号', value: o.noShows, suffix: '张' },
    { title: '平均等候', value: minutes(o.avgWaitSeconds), suffix: '分钟' },
    { title: 'P90 等候', value: minutes(o.p90WaitSeconds), suffix: '分钟' },
    { title: '平均办理', value: minutes(o.avgServiceSeconds), suffix: '分钟' },
    { title: '当前最长等候', value: minutes(o.longestCurrentWaitSeconds), suffix: '分钟' },
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
  const busy = stats.hourly.filter((h) => h.issued > 0 || h.called > 0).map((h) => h.hour);
  if (busy.length === 0) return <Empty description="当天没有取号" />;
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
        legend: { top: 0, data: ['取号', '叫号'] },
        grid: { left: 44, right: 20, top: 48, bottom: 32 },
        xAxis: { type: 'category', data: hours.map((h) => `${h.hour}时`) },
        yAxis: { type: 'value', minInterval: 1, name: '人次' },
        series: [
          { name: '取号', type: 'bar', data: hours.map((h) => h.issued), barMaxWidth: 28 },
          { name: '叫号', type: 'line', data: hours.map((h) => h.called), smooth: true, symbolSize: 8 },
        ],
      }}
    />
  );
}

function WaitChart({ stats }: { stats: QueueStatsReply }) {
  const rows = stats.services.filter((r) => r.tickets > 0);
  if (rows.length === 0) return <Empty description="当天没有取号" />;
  const m = (v: number | null) => (v === null ? null : Number((v / 60).toFixed(1)));
  return (
    <Chart
      option={{
        tooltip: {
          trigger: 'axis',
          valueFormatter: (v: unknown) => (v === null || v === undefined ? '—' : `${v} 分钟`),
        },
        legend: { top: 0, data: ['平均等候', 'P90 等候'] },
        grid: { left: 44, right: 20, top: 48, bottom: 64 },
        xAxis: {
          type: 'category',
          data: rows.map(serviceName),
          axisLabel: { interval: 0, rotate: rows.length > 6 ? 30 : 0 },
        },
        yAxis: { type: 'value', name: '分钟' },
        series: [
          { name: '平均等候', type: 'bar', data: rows.map((r) => m(r.avgWaitSeconds)), barMaxWidth: 24 },
          { name: 'P90 等候', type: 'bar', data: rows.map((r) => m(r.p90WaitSeconds)), barMaxWidth: 24 },
        ],
      }}
    />
  );
}

/** /queue/stats: one day of the hall's queue — volumes, waits and service times per service and window. */
export default function StatsPage() {
  const [date, setDate] = useState(todayIso);
  const stats = useQueueStats(date);
  const data = stats.data;
  return (
    <div className="lhq-page">
      <PageHeader
        title="排队统计"
        subtitle="取号、过号、等候与办理时长（按服务事项和窗口），时间单位为分钟"
        extra={
          <Space>
            <DatePicker
              value={toDayjs(date)}
              onChange={(value) => setDate(toIsoDate(value) ?? todayIso())}
              allowClear={false}
              aria-label="统计日期"
            />
            <Button icon={<ReloadOutlined />} onClick={() => void stats.refetch()} loading={stats.isFetching}>
              刷新
            </Button>
          </Space>
        }
      />
      {stats.isError ? (
        <Result status="warning" title="统计加载失败" subTitle={errorMessage(stats.error)} />
      ) : !data ? (
        <Card loading />
      ) : (
        <Space orientation="vertical" size={16} style={{ width: '100%' }}>
          <Summary stats={data} />
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={12}>
              <Card title="分时段取号与叫号">
                <HourlyChart stats={data} />
              </Card>
            </Col>
            <Col xs={24} xl={12}>
              <Card title="各事项等候时长">
                <WaitChart stats={data} />
              </Card>
            </Col>
          </Row>
          <Card title="按服务事项">
            <Table<ServiceStatsRow>
              size="middle"
              rowKey="code"
              dataSource={data.services}
              pagination={false}
              bordered
              columns={[
                { title: '服务事项', key: 'name', render: (_v, r) => serviceName(r) },
                ...figureColumns<ServiceStatsRow>(),
              ]}
            />
          </Card>
          <Card title="按窗口">
            <Table<WindowStatsRow>
              size="middle"
              rowKey="id"
              dataSource={[...data.windows].sort((a, b) => a.number - b.number)}
              pagination={false}
              bordered
              columns={[
                { title: '窗口', key: 'name', render: (_v, r) => `${r.number}号 ${r.name}` },
                ...figureColumns<WindowStatsRow>(),
              ]}
            />
          </Card>
        </Space>
      )}
    </div>
  );
}
