import { Card, Col, Row, Space, Statistic } from 'antd';
import { pieSlices } from './chart-data';
import { ChartCard, type Open, percent, type T } from './dashboard-bits';
import { DashboardChart } from './dashboard-chart';
import { useDashboardLabels } from './labels';
import {
  type DashboardParams,
  useLawyerTeamFigures,
  useLectureTotals,
  useSatisfactionFigures,
} from './queries';

/** 好差评 satisfaction and bad-review rectification, the lawyer team's consultations, and lectures. */

/** A bar's figure as its label, blank for zero. */
const barFigure = ({ value }: { value: unknown }) => (value ? String(value) : '');

export function SatisfactionSection({ params, open, t }: { params: DashboardParams; open: Open; t: T }) {
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
              yAxis: { type: 'value', name: t('条', 'items'), minInterval: 1 },
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
              yAxis: { type: 'value', name: t('件', 'matters'), minInterval: 1 },
              series: [
                {
                  name: t('咨询', 'Consultations'),
                  type: 'bar',
                  stack: 'l',
                  data: lawyers.map((l) => l.consultations),
                  // Figures on the bars: one busy lawyer sets the scale, the others' bars are short.
                  label: { show: true, position: 'inside', formatter: barFigure },
                },
                {
                  name: t('法律援助', 'Legal aid'),
                  type: 'bar',
                  stack: 'l',
                  data: lawyers.map((l) => l.legalAid),
                  label: { show: true, position: 'top', formatter: barFigure },
                },
              ],
            }}
            onClick={(c) => {
              const l = lawyers[c.dataIndex];
              if (l)
                open({
                  kind: c.seriesIndex === 0 ? 'tickets' : 'legal-aid',
                  title: `${l.name} · ${c.seriesIndex === 0 ? t('咨询', 'consultations') : t('法律援助', 'legal aid')}`,
                  filters: { lawyerId: l.id },
                });
            }}
          />
        </ChartCard>
      </Col>
    </Row>
  );
}

export function LecturesSection({ params, open, t }: { params: DashboardParams; open: Open; t: T }) {
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
          yAxis: [
            { type: 'value', name: t('场', 'lectures'), minInterval: 1 },
            { type: 'value', name: t('人次', 'audience'), minInterval: 1 },
          ],
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
