import { DownloadOutlined, FileWordOutlined, ReloadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Card, Col, DatePicker, Row, Select, Space, Statistic, Table, Tag } from 'antd';
import { type ReactNode, useMemo, useState } from 'react';
import { pick, useI18n } from '../../app/i18n';
import { PageHeader } from '../../app/page-header';
import { withQuery } from '../../lib/api';
import { toDayjs, todayIso, toIsoDate } from '../../lib/dates';
import { useOrganisations } from '../../lib/queries';
import { pieSlices } from './chart-data';
import { type ChartClick, DashboardChart } from './dashboard-chart';
import { useDashboardLabels } from './labels';
import { ListDrawer } from './list-drawer';
import {
  type DashboardParams,
  useLawyerTeamFigures,
  useLectureTotals,
  useLegalAidFigures,
  useLiveFigures,
  useQueueFigures,
  useSatisfactionFigures,
} from './queries';
import type { ListRequest } from './types';

const minutes = (s: number | null) => (s === null ? null : Math.round(s / 6) / 10);
const percent = (r: number | null) => (r === null ? '—' : `${(r * 100).toFixed(1)}%`);

type Open = (request: ListRequest) => void;
type T = (zh: string, en: string) => string;

function ChartCard({ title, children, testId }: { title: string; children: ReactNode; testId?: string }) {
  return (
    <Card size="small" title={title} data-testid={testId}>
      {children}
    </Card>
  );
}

function LiveSection({ orgId, open, t }: { orgId: string | undefined; open: Open; t: T }) {
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

function QueueSection({ params, open, t }: { params: DashboardParams; open: Open; t: T }) {
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
                yAxis: { type: 'value' },
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
                yAxis: { type: 'value' },
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
                yAxis: { type: 'value' },
                series: [{ name: t('取号', 'Tickets'), type: 'bar', data: d.windows.map((w) => w.tickets) }],
              }}
              onClick={(c) => {
                const w = d.windows[c.dataIndex];
                if (w)
                  open({
                    kind: 'tickets',
                    title: `${w.centerName} ${labels.window(w.number)}`,
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
                xAxis: { type: 'category', data: d.daily.map((x) => x.date) },
                yAxis: { type: 'value' },
                series: [{ name: t('取号', 'Tickets'), type: 'line', data: d.daily.map((x) => x.tickets) }],
              }}
              onClick={(c) => {
                const day = d.daily[c.dataIndex];
                if (day) open({ kind: 'tickets', title: day.date, filters: { date: day.date } });
              }}
            />
          </ChartCard>
        </Col>
      </Row>
    </>
  );
}

function UnitTable({ params, open, t }: { params: DashboardParams; open: Open; t: T }) {
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
          { title: t('法援申请', 'Legal aid applications'), dataIndex: 'applications', align: 'right' },
          { title: t('给予', 'Granted'), dataIndex: 'granted', align: 'right' },
          { title: t('五个当天', 'Five same-day'), dataIndex: 'five', align: 'right', render: percent },
          { title: t('满意率', 'Satisfaction'), dataIndex: 'satisfaction', align: 'right', render: percent },
          { title: t('差评', 'Bad reviews'), dataIndex: 'bad', align: 'right' },
        ]}
      />
    </Card>
  );
}

function LegalAidSection({ params, open, t }: { params: DashboardParams; open: Open; t: T }) {
  const q = useLegalAidFigures(params);
  const labels = useDashboardLabels();
  const d = q.data;
  if (!d) return <Card loading />;
  const outcomeSeries = (rows: { granted: number; refused: number }[]) => [
    { name: t('给予', 'Granted'), type: 'bar', stack: 'o', data: rows.map((r) => r.granted) },
    { name: t('不予', 'Refused'), type: 'bar', stack: 'o', data: rows.map((r) => r.refused) },
  ];
  const outcomeOf = (seriesIndex: number) => (seriesIndex === 0 ? 'granted' : 'refused');
  const five = d.fiveSameDay;
  const fiveKeys = ['met', 'missed', 'open', 'n/a'] as const;
  const fiveNames = fiveKeys.map((key) => labels.five(key));
  const groupNames = d.byPriorityGroup.map((g) => labels.priorityGroup(g.key, g.label));
  const deadlineKeys = ['met', 'breached', 'pending'] as const;
  const deadlineKinds = ['decision', 'assignment'] as const;
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24}>
        <Card size="small" title={t('法律援助', 'Legal aid')}>
          <Space size="large" wrap>
            <Statistic title={t('申请', 'Applications')} value={d.applications} />
            <Statistic title={t('给予', 'Granted')} value={d.outcomes.granted} />
            <Statistic title={t('不予', 'Refused')} value={d.outcomes.refused} />
            <Statistic title={t('五个当天达成率', 'Five same-day rate')} value={percent(five.rate)} />
            <Statistic title={t('审批超期', 'Decisions late')} value={d.deadlines.decision.breached} />
            <Statistic title={t('指派超期', 'Assignments late')} value={d.deadlines.assignment.breached} />
          </Space>
        </Card>
      </Col>
      <Col xs={24} xl={12}>
        <ChartCard title={t('按事项：给予/不予', 'By matter: granted / refused')}>
          <DashboardChart
            label={t('按事项', 'By matter')}
            option={{
              tooltip: { trigger: 'axis' },
              legend: {},
              grid: { left: 160 },
              yAxis: {
                type: 'category',
                data: d.byMatter.map((m) => m.label),
                axisLabel: { formatter: (label: string) => label.slice(0, 12) },
              },
              xAxis: { type: 'value' },
              series: outcomeSeries(d.byMatter),
            }}
            onClick={(c) => {
              const m = d.byMatter[c.dataIndex];
              if (m)
                open({
                  kind: 'legal-aid',
                  title: m.label,
                  filters: { matter: m.key, outcome: outcomeOf(c.seriesIndex) },
                });
            }}
          />
        </ChartCard>
      </Col>
      <Col xs={24} xl={12}>
        <ChartCard title={t('按重点群体：给予/不予', 'By priority group: granted / refused')}>
          <DashboardChart
            label={t('按重点群体', 'By priority group')}
            option={{
              tooltip: { trigger: 'axis' },
              legend: {},
              xAxis: { type: 'category', data: groupNames },
              yAxis: { type: 'value' },
              series: outcomeSeries(d.byPriorityGroup),
            }}
            onClick={(c) => {
              const g = d.byPriorityGroup[c.dataIndex];
              if (g)
                open({
                  kind: 'legal-aid',
                  title: groupNames[c.dataIndex] ?? g.key,
                  filters: { priorityGroup: g.key, outcome: outcomeOf(c.seriesIndex) },
                });
            }}
          />
        </ChartCard>
      </Col>
      <Col xs={24} xl={12}>
        <ChartCard title={t('五个当天', 'Five same-day')} testId="chart-five">
          <DashboardChart
            label={t('五个当天', 'Five same-day')}
            option={{
              tooltip: { trigger: 'item' },
              legend: {},
              series: [
                {
                  type: 'pie',
                  radius: ['40%', '70%'],
                  data: pieSlices(
                    [five.met, five.missed, five.open, five.notApplicable].map((value, i) => ({
                      value,
                      name: fiveNames[i] ?? '',
                    })),
                  ),
                },
              ],
            }}
            onClick={(c) =>
              open({
                kind: 'legal-aid',
                title: fiveNames[c.dataIndex] ?? '',
                filters: { five: fiveKeys[c.dataIndex] ?? 'met' },
              })
            }
          />
        </ChartCard>
      </Col>
      <Col xs={24} xl={12}>
        <ChartCard title={t('办理期限', 'Deadlines')}>
          <DashboardChart
            label={t('办理期限', 'Deadlines')}
            option={{
              tooltip: { trigger: 'axis' },
              legend: {},
              xAxis: { type: 'category', data: deadlineKinds.map((kind) => labels.deadlineKind(kind)) },
              yAxis: { type: 'value' },
              series: deadlineKeys.map((key) => ({
                name: labels.deadline(key),
                type: 'bar',
                stack: 'd',
                data: [d.deadlines.decision[key], d.deadlines.assignment[key]],
              })),
            }}
            onClick={(c) => {
              const key = deadlineKeys[c.seriesIndex] ?? 'met';
              const kind = deadlineKinds[c.dataIndex] ?? 'decision';
              open({
                kind: 'legal-aid',
                title: `${labels.deadlineKind(kind)} · ${labels.deadline(key)}`,
                filters: { [kind]: key },
              });
            }}
          />
        </ChartCard>
      </Col>
    </Row>
  );
}

function SatisfactionSection({ params, open, t }: { params: DashboardParams; open: Open; t: T }) {
  const q = useSatisfactionFigures(params);
  const team = useLawyerTeamFigures(params);
  const labels = useDashboardLabels();
  const d = q.data;
  if (!d) return <Card loading />;
  const lawyers = team.data?.lawyers.slice(0, 30) ?? [];
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={12}>
        <ChartCard title={t('好差评', 'Service ratings')}>
          <Space size="large" wrap>
            <Statistic title={t('评价数', 'Ratings')} value={d.overall.evaluations} />
            <Statistic title={t('满意率', 'Satisfaction')} value={percent(d.overall.satisfactionRate)} />
            <Statistic title={t('差评', 'Bad reviews')} value={d.overall.badReviews} />
            <Statistic title={t('整改超期', 'Overdue')} value={d.overall.overdue} />
          </Space>
          <DashboardChart
            label={t('评价等级', 'Rating levels')}
            option={{
              tooltip: { trigger: 'item' },
              legend: {},
              series: [
                {
                  type: 'pie',
                  radius: '65%',
                  data: pieSlices(
                    d.levels.map((l) => ({ value: l.count, name: labels.level(l.level, l.label) })),
                  ),
                },
              ],
            }}
            onClick={(c) => {
              const l = d.levels[c.dataIndex];
              if (l)
                open({
                  kind: 'evaluations',
                  title: labels.level(l.level, l.label),
                  filters: { level: l.level },
                });
            }}
          />
        </ChartCard>
      </Col>
      <Col xs={24} xl={12}>
        <ChartCard title={t('差评整改', 'Rectification of bad reviews')}>
          <DashboardChart
            label={t('差评整改', 'Rectification')}
            option={{
              tooltip: { trigger: 'axis' },
              xAxis: {
                type: 'category',
                data: d.rectificationStatuses.map((s) => labels.rectification(s.status)),
              },
              yAxis: { type: 'value' },
              series: [
                {
                  name: t('差评整改', 'Rectification'),
                  type: 'bar',
                  data: d.rectificationStatuses.map((s) => s.count),
                },
              ],
            }}
            onClick={(c) => {
              const s = d.rectificationStatuses[c.dataIndex];
              if (s)
                open({
                  kind: 'evaluations',
                  title: labels.rectification(s.status),
                  filters: { rectificationStatus: s.status },
                });
            }}
          />
        </ChartCard>
      </Col>
      <Col xs={24}>
        <ChartCard
          title={t('律师团：每名律师的咨询与法援', 'Lawyer team: consultations and legal aid per lawyer')}
        >
          <DashboardChart
            label={t('律师团', 'Lawyer team')}
            option={{
              tooltip: { trigger: 'axis' },
              legend: {},
              xAxis: { type: 'category', data: lawyers.map((l) => l.name), axisLabel: { rotate: 45 } },
              yAxis: { type: 'value' },
              series: [
                {
                  name: t('咨询', 'Consultations'),
                  type: 'bar',
                  stack: 'l',
                  data: lawyers.map((l) => l.consultations),
                },
                {
                  name: t('法律援助', 'Legal aid'),
                  type: 'bar',
                  stack: 'l',
                  data: lawyers.map((l) => l.legalAid),
                },
              ],
            }}
            onClick={(c) => {
              const l = lawyers[c.dataIndex];
              if (l)
                open({
                  kind: c.seriesIndex === 0 ? 'tickets' : 'legal-aid',
                  title: l.name,
                  filters: { lawyerId: l.id },
                });
            }}
          />
        </ChartCard>
      </Col>
    </Row>
  );
}

function LecturesSection({ params, open, t }: { params: DashboardParams; open: Open; t: T }) {
  const q = useLectureTotals(params);
  const labels = useDashboardLabels();
  const d = q.data;
  if (!d) return <Card loading />;
  return (
    <ChartCard
      title={t('普法讲师团：按场所类型', 'Legal publicity lectures by venue type')}
      testId="chart-lectures"
    >
      <Space size="large" wrap>
        <Statistic title={t('已开展讲座', 'Lectures held')} value={d.overall.held} />
        <Statistic title={t('受众人数', 'Audience')} value={d.overall.audience} />
        <Statistic title={t('计划中', 'Planned')} value={d.overall.planned} />
      </Space>
      <DashboardChart
        label={t('普法讲座', 'Lectures')}
        option={{
          tooltip: { trigger: 'axis' },
          legend: {},
          xAxis: { type: 'category', data: d.byVenueType.map((v) => labels.venueType(v.venueType, v.label)) },
          yAxis: [{ type: 'value' }, { type: 'value' }],
          series: [
            { name: t('讲座', 'Lectures'), type: 'bar', data: d.byVenueType.map((v) => v.held) },
            {
              name: t('受众', 'Audience'),
              type: 'line',
              yAxisIndex: 1,
              data: d.byVenueType.map((v) => v.audience),
            },
          ],
        }}
        onClick={(c) => {
          const v = d.byVenueType[c.dataIndex];
          if (v)
            open({
              kind: 'lectures',
              title: labels.venueType(v.venueType, v.label),
              filters: { venueType: v.venueType, status: 'held' },
            });
        }}
      />
    </ChartCard>
  );
}

/**
 * 数据看板: the leaders' home. Period and organisation pickers (a county leader has only the county: the
 * server refuses any other), today live, then the period's charts; a click on a bar, slice or unit row
 * opens the list behind it.
 */
export default function DashboardPage() {
  const { locale } = useI18n();
  const t: T = (zh, en) => pick(locale, zh, en);
  const today = todayIso();
  const [period, setPeriod] = useState({ from: `${today.slice(0, 8)}01`, to: today });
  const [orgId, setOrgId] = useState<string | undefined>();
  const [list, setList] = useState<ListRequest | null>(null);
  const orgs = useOrganisations();
  const client = useQueryClient();
  const bureaus = useMemo(
    () => (orgs.data?.items ?? []).filter((o) => o.kind === 'city-bureau' || o.kind === 'county-bureau'),
    [orgs.data],
  );
  const params: DashboardParams = { ...period, orgId };
  const q = useQueueFigures(params);
  const month = period.from.slice(0, 7);
  return (
    <div>
      <PageHeader
        title={t('数据看板', 'Dashboard')}
        subtitle={
          q.data ? (
            <span data-testid="dashboard-scope">
              {q.data.root.name}
              {q.data.units.length > 1 ? (
                <Tag style={{ marginLeft: 8 }}>{t('含下级', 'with its counties')}</Tag>
              ) : null}
            </span>
          ) : null
        }
        extra={
          <Space wrap>
            <DatePicker.RangePicker
              allowClear={false}
              value={[toDayjs(period.from)!, toDayjs(period.to)!]}
              onChange={(range) => {
                const from = toIsoDate(range?.[0]);
                const to = toIsoDate(range?.[1]);
                if (from && to) setPeriod({ from, to });
              }}
            />
            <Select
              style={{ minWidth: 180 }}
              data-testid="dashboard-org"
              value={orgId ?? bureaus[0]?.id}
              options={bureaus.map((b) => ({ value: b.id, label: b.name }))}
              onChange={(value: string) => setOrgId(value === bureaus[0]?.id ? undefined : value)}
            />
            <Button
              icon={<DownloadOutlined />}
              href={withQuery('/api/dashboard/export/figures', { ...params })}
            >
              {t('导出图表数据', 'Export charts')}
            </Button>
            <Button
              icon={<FileWordOutlined />}
              href={withQuery('/api/dashboard/report.docx', { month, orgId })}
            >
              {t('月度报告', 'Monthly report')}
            </Button>
            <Button
              icon={<ReloadOutlined />}
              onClick={() => client.invalidateQueries({ queryKey: ['dashboard'] })}
            >
              {t('刷新', 'Refresh')}
            </Button>
          </Space>
        }
      />
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <LiveSection orgId={orgId} open={setList} t={t} />
        <UnitTable params={params} open={setList} t={t} />
        <QueueSection params={params} open={setList} t={t} />
        <LegalAidSection params={params} open={setList} t={t} />
        <SatisfactionSection params={params} open={setList} t={t} />
        <LecturesSection params={params} open={setList} t={t} />
      </Space>
      <ListDrawer request={list} params={params} onClose={() => setList(null)} />
    </div>
  );
}
