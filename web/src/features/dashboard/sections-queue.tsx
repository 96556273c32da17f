import { Card, Col, Row, Space, Statistic, Table } from 'antd';
import { dateAxis } from './chart-data';
import { ChartCard, minutes, type Open, percent, type T } from './dashboard-bits';
import { type ChartClick, DashboardChart } from './dashboard-chart';
import { useDashboardLabels } from './labels';
import {
  type DashboardParams,
  useLegalAidFigures,
  useLiveFigures,
  useQueueFigures,
  useSatisfactionFigures,
} from './queries';
import type { ListKind } from './types';

/** Today live, the period's visits and times per service, window and day, and the per-unit table. */
export function LiveSection({ orgId, open, t }: { orgId: string | undefined; open: Open; t: T }) {
  const live = useLiveFigures(orgId);
  const labels = useDashboardLabels();
  const d = live.data;
  return (
    <Card
      size="small"
      title={t('今日实时', 'Today, live')}
      data-testid="dashboard-live"
      loading={live.isLoading}
    >
      {d ? (
        <>
          <Space size="large" wrap>
            <Statistic title={t('今日取号', 'Tickets today')} value={d.totals.issued} />
            <Statistic title={t('正在等候', 'Waiting')} value={d.totals.waiting} />
            <Statistic title={t('已叫号', 'Called')} value={d.totals.called} />
            <Statistic title={t('办理中', 'Serving')} value={d.totals.serving} />
            <Statistic title={t('已办结', 'Finished')} value={d.totals.finished} />
          </Space>
          <Table
            rowKey="id"
            size="small"
            style={{ marginTop: 12 }}
            pagination={false}
            dataSource={d.windows}
            onRow={(w) => ({
              onClick: () =>
                open({
                  kind: 'tickets',
                  title: `${w.centerName} ${labels.window(w.number)} · ${t('今日', 'today')}`,
                  filters: { windowId: w.id, from: d.today, to: d.today },
                }),
              style: { cursor: 'pointer' },
            })}
            columns={[
              { title: t('服务中心', 'Center'), dataIndex: 'centerName' },
              { title: t('窗口', 'Window'), render: (_, w) => labels.window(w.number, w.name) },
              {
                title: t('当前号码', 'Now'),
                dataIndex: 'current',
                render: (c: string[]) => c.join('、') || '—',
              },
              { title: t('等候', 'Waiting'), dataIndex: 'waiting', align: 'right' },
              { title: t('已办结', 'Finished'), dataIndex: 'finished', align: 'right' },
            ]}
          />
        </>
      ) : null}
    </Card>
  );
}

export function QueueSection({ params, open, t }: { params: DashboardParams; open: Open; t: T }) {
  const q = useQueueFigures(params);
  const labels = useDashboardLabels();
  const d = q.data;
  if (!d) return <Card loading />;
  const o = d.overall;
  const serviceNames = d.services.map((s) => labels.service(s.code, s.name));
  return (
    <>
      <Card size="small" title={t('办件概况', 'Visits')}>
        <Space size="large" wrap>
          <Statistic title={t('取号办件', 'Tickets')} value={o.tickets} />
          <Statistic title={t('已办结', 'Finished')} value={o.finished} />
          <Statistic title={t('形成事项', 'Matters')} value={o.matters} />
          <Statistic title={t('平均等候（分）', 'Avg wait (min)')} value={minutes(o.avgWaitSeconds) ?? '—'} />
          <Statistic title={t('P90 等候（分）', 'P90 wait (min)')} value={minutes(o.p90WaitSeconds) ?? '—'} />
          <Statistic
            title={t('平均办理（分）', 'Avg service (min)')}
            value={minutes(o.avgServiceSeconds) ?? '—'}
          />
          <Statistic
            title={t('P90 办理（分）', 'P90 service (min)')}
            value={minutes(o.p90ServiceSeconds) ?? '—'}
          />
        </Space>
      </Card>
      <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
        <Col xs={24} xl={12}>
          <ChartCard title={t('各事项办件量', 'Visits per service')} testId="chart-services">
            <DashboardChart
              label={t('各事项办件量', 'Visits per service')}
              option={{
                tooltip: { trigger: 'axis' },
                legend: {},
                xAxis: { type: 'category', data: serviceNames },
                yAxis: { type: 'value', name: t('件', 'visits'), minInterval: 1 },
                series: [
                  { name: t('取号', 'Tickets'), type: 'bar', data: d.services.map((s) => s.tickets) },
                  { name: t('办结', 'Finished'), type: 'bar', data: d.services.map((s) => s.finished) },
                ],
              }}
              onClick={(c: ChartClick) => {
                const s = d.services[c.dataIndex];
                if (s)
                  open({
                    kind: 'tickets',
                    title: `${serviceNames[c.dataIndex]} · ${t('取号明细', 'tickets')}`,
                    filters: {
                      serviceCode: s.code,
                      ...(c.seriesIndex === 1 ? { status: 'finished' } : {}),
                    },
                  });
              }}
            />
          </ChartCard>
        </Col>
        <Col xs={24} xl={12}>
          <ChartCard title={t('等候与办理时长（分钟）', 'Wait and service time (minutes)')}>
            <DashboardChart
              label={t('等候与办理时长', 'Wait and service time')}
              option={{
                tooltip: { trigger: 'axis' },
                legend: {},
                xAxis: { type: 'category', data: serviceNames },
                yAxis: { type: 'value', name: t('分钟', 'min') },
                series: [
                  {
                    name: t('平均等候', 'Avg wait'),
                    type: 'bar',
                    data: d.services.map((s) => minutes(s.avgWaitSeconds)),
                  },
                  {
                    name: t('P90 等候', 'P90 wait'),
                    type: 'bar',
                    data: d.services.map((s) => minutes(s.p90WaitSeconds)),
                  },
                  {
                    name: t('平均办理', 'Avg service'),
                    type: 'bar',
                    data: d.services.map((s) => minutes(s.avgServiceSeconds)),
                  },
                  {
                    name: t('P90 办理', 'P90 service'),
                    type: 'bar',
                    data: d.services.map((s) => minutes(s.p90ServiceSeconds)),
                  },
                ],
              }}
              onClick={(c) => {
                const s = d.services[c.dataIndex];
                if (s)
                  open({
                    kind: 'tickets',
                    title: serviceNames[c.dataIndex] ?? s.code,
                    filters: { serviceCode: s.code },
                  });
              }}
            />
          </ChartCard>
        </Col>
        <Col xs={24} xl={12}>
          <ChartCard title={t('各窗口办件量', 'Visits per window')}>
            <DashboardChart
              label={t('各窗口办件量', 'Visits per window')}
              option={{
                tooltip: { trigger: 'axis' },
                xAxis: { type: 'category', data: d.windows.map((w) => labels.window(w.number, w.name)) },
                yAxis: { type: 'value', name: t('件', 'visits'), minInterval: 1 },
                series: [{ name: t('取号', 'Tickets'), type: 'bar', data: d.windows.map((w) => w.tickets) }],
              }}
              onClick={(c) => {
                const w = d.windows[c.dataIndex];
                if (w)
                  open({
                    kind: 'tickets',
                    title: `${w.centerName} ${labels.window(w.number, w.name)} · ${t('取号明细', 'tickets')}`,
                    filters: { windowId: w.id },
                  });
              }}
            />
          </ChartCard>
        </Col>
        <Col xs={24} xl={12}>
          <ChartCard title={t('每日办件量', 'Visits per day')}>
            <DashboardChart
              label={t('每日办件量', 'Visits per day')}
              option={{
                tooltip: { trigger: 'axis' },
                xAxis: dateAxis(d.daily.map((x) => x.date)),
                yAxis: { type: 'value', name: t('件', 'visits'), minInterval: 1 },
                series: [{ name: t('取号', 'Tickets'), type: 'line', data: d.daily.map((x) => x.tickets) }],
              }}
              onClick={(c) => {
                const day = d.daily[c.dataIndex];
                if (day)
                  open({
                    kind: 'tickets',
                    title: `${day.date} · ${t('取号明细', 'tickets')}`,
                    filters: { date: day.date },
                  });
              }}
            />
          </ChartCard>
        </Col>
      </Row>
    </>
  );
}

export function UnitTable({ params, open, t }: { params: DashboardParams; open: Open; t: T }) {
  const q = useQueueFigures(params);
  const la = useLegalAidFigures(params);
  const sat = useSatisfactionFigures(params);
  const rows = (q.data?.byUnit ?? []).map((u) => {
    const l = la.data?.byUnit.find((x) => x.id === u.id);
    const s = sat.data?.byUnit.find((x) => x.id === u.id);
    return {
      id: u.id,
      name: u.name,
      tickets: u.tickets,
      applications: l?.applications ?? 0,
      granted: l?.outcomes.granted ?? 0,
      five: l?.fiveSameDay.rate ?? null,
      satisfaction: s?.satisfactionRate ?? null,
      bad: s?.badReviews ?? 0,
    };
  });
  type UnitRow = (typeof rows)[number];
  // Each figure opens the list behind it, narrowed to the unit; the rest of the row opens its tickets.
  const opens =
    (kind: ListKind, what: string, filters: Record<string, string> = {}) =>
    (row: UnitRow) => ({
      onClick: (event: { stopPropagation(): void }) => {
        event.stopPropagation();
        open({ kind, title: `${row.name} · ${what}`, filters: { unitId: row.id, ...filters } });
      },
      style: { cursor: 'pointer' },
    });
  return (
    <Card size="small" title={t('各单位', 'Per unit')} data-testid="dashboard-units">
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={rows}
        onRow={(row) => ({
          onClick: () =>
            open({
              kind: 'tickets',
              title: `${row.name} · ${t('取号明细', 'tickets')}`,
              filters: { unitId: row.id },
            }),
          style: { cursor: 'pointer' },
        })}
        columns={[
          { title: t('单位', 'Unit'), dataIndex: 'name' },
          { title: t('取号办件', 'Tickets'), dataIndex: 'tickets', align: 'right' },
          {
            title: t('法援申请', 'Legal aid applications'),
            dataIndex: 'applications',
            align: 'right',
            onCell: opens('legal-aid', t('法援申请', 'legal aid applications')),
          },
          {
            title: t('给予', 'Granted'),
            dataIndex: 'granted',
            align: 'right',
            onCell: opens('legal-aid', t('给予法律援助', 'legal aid granted'), { outcome: 'granted' }),
          },
          {
            title: t('五个当天', 'Five same-day'),
            dataIndex: 'five',
            align: 'right',
            render: percent,
            onCell: opens('legal-aid', t('五个当天未达成', 'five same-day missed'), { five: 'missed' }),
          },
          {
            title: t('满意率', 'Satisfaction'),
            dataIndex: 'satisfaction',
            align: 'right',
            render: percent,
            onCell: opens('evaluations', t('评价', 'ratings')),
          },
          {
            title: t('差评', 'Bad reviews'),
            dataIndex: 'bad',
            align: 'right',
            onCell: opens('evaluations', t('差评', 'bad reviews'), { bad: 'true' }),
          },
        ]}
      />
    </Card>
  );
}
