import { BarChartOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Card, Empty } from 'antd';
import { Link } from 'react-router';
import { todayIso } from '../../lib/dates';
import { Chart } from './chart';
import { QUEUE_KEY, usePublicServices, useQueueStats } from './queries';
import { useQueueEvents } from './use-queue-events';

/** The home page's queue panel (loaded lazily with ECharts by queue-home-chart.tsx). */
export default function QueueHomePanel() {
  const queryClient = useQueryClient();
  const services = usePublicServices(60_000);
  const stats = useQueueStats(todayIso());
  useQueueEvents({ onBoard: () => void queryClient.invalidateQueries({ queryKey: QUEUE_KEY }) });
  const list = services.data?.services ?? [];
  const avg = new Map((stats.data?.services ?? []).map((r) => [r.code, r.avgWaitSeconds]));
  const waiting = list.reduce((s, x) => s + x.waiting, 0);
  return (
    <Card
      size="small"
      title={
        <span>
          <BarChartOutlined /> 当前等候 {waiting} 人 · 各事项等候人数与今日平均等候时长
        </span>
      }
      extra={<Link to="/queue/stats">查看统计</Link>}
      loading={services.isPending}
      data-testid="queue-home-chart"
    >
      {list.length === 0 ? (
        <Empty description={services.isError ? '排队数据暂不可用' : '暂无数据'} />
      ) : (
        <Chart
          style={{ height: 260 }}
          option={{
            tooltip: { trigger: 'axis' },
            legend: { top: 0, data: ['等候人数', '平均等候（分钟）'] },
            grid: { left: 40, right: 48, top: 44, bottom: 64 },
            xAxis: {
              type: 'category',
              data: list.map((s) => s.name),
              axisLabel: { interval: 0, rotate: 30, fontSize: 11 },
            },
            yAxis: [
              { type: 'value', minInterval: 1, name: '人' },
              { type: 'value', name: '分钟', splitLine: { show: false } },
            ],
            series: [
              { name: '等候人数', type: 'bar', data: list.map((s) => s.waiting), barMaxWidth: 22 },
              {
                name: '平均等候（分钟）',
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
