import { BarChartOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Card, Empty } from 'antd';
import { Link } from 'react-router';
import { todayIso } from '../../lib/dates';
import { Chart } from './chart';
import { useQueueMessages, useServiceName } from './messages';
import { QUEUE_KEY, usePublicServices, useQueueStats } from './queries';
import { useQueueEvents } from './use-queue-events';

/** The home page's queue panel (loaded lazily with ECharts by queue-home-chart.tsx). */
export default function QueueHomePanel() {
  const m = useQueueMessages();
  const serviceName = useServiceName();
  const queryClient = useQueryClient();
  const services = usePublicServices(60_000);
  const stats = useQueueStats(todayIso());
  useQueueEvents({ onBoard: () => void queryClient.invalidateQueries({ queryKey: QUEUE_KEY }) });
  const list = services.data?.services ?? [];
  const avg = new Map((stats.data?.services ?? []).map((r) => [r.code, r.avgWaitSeconds]));
  // '—' until the figures are in (or when they failed): never a false 0.
  const waiting = services.data ? list.reduce((s, x) => s + x.waiting, 0) : '—';
  return (
    <Card
      size="small"
      title={
        <span>
          <BarChartOutlined />{' '}
          <span data-testid="queue-home-waiting">{m('homeWaiting', { n: waiting })}</span>
        </span>
      }
      extra={<Link to="/queue/stats">{m('viewStats')}</Link>}
      loading={services.isPending}
      data-testid="queue-home-chart"
    >
      {list.length === 0 ? (
        <Empty description={services.isError ? m('queueUnavailable') : m('noData')} />
      ) : (
        <Chart
          style={{ height: 260 }}
          option={{
            tooltip: { trigger: 'axis' },
            legend: { top: 0, data: [m('waitingCount'), m('avgWaitMinutes')] },
            // The rotated service names stay inside the card (longer English names are cut with …; the
            // axis tooltip names the service in full).
            grid: {
              left: 40,
              right: 48,
              top: 44,
              bottom: 8,
              outerBoundsMode: 'same',
              outerBoundsContain: 'axisLabel',
            },
            xAxis: {
              type: 'category',
              data: list.map((s) => serviceName(s.code, s.name)),
              axisLabel: {
                interval: 0,
                rotate: 30,
                fontSize: 11,
                width: 96,
                overflow: 'truncate',
                ellipsis: '…',
              },
            },
            yAxis: [
              { type: 'value', minInterval: 1, name: m('unitPeople') },
              { type: 'value', name: m('unitMinutes'), splitLine: { show: false } },
            ],
            series: [
              { name: m('waitingCount'), type: 'bar', data: list.map((s) => s.waiting), barMaxWidth: 22 },
              {
                name: m('avgWaitMinutes'),
                type: 'line',
                yAxisIndex: 1,
                data: list.map((s) => {
                  const v = avg.get(s.code);
                  return v === null || v === undefined ? null : Number((v / 60).toFixed(1));
                }),
                connectNulls: true,
                symbolSize: 7,
              },
            ],
          }}
        />
      )}
    </Card>
  );
}
