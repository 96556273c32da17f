import { Card, Col, Row, Space, Statistic } from 'antd';
import { pieSlices } from './chart-data';
import { ChartCard, type Open, percent, type T } from './dashboard-bits';
import { DashboardChart } from './dashboard-chart';
import { useDashboardLabels } from './labels';
import { type DashboardParams, useLegalAidFigures } from './queries';

/** Legal aid: granted/refused by matter and priority group, five same-day, deadlines met/breached. */
export function LegalAidSection({ params, open, t }: { params: DashboardParams; open: Open; t: T }) {
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
              yAxis: {
                type: 'category',
                data: d.byMatter.map((m) => labels.legalAidMatter(m.key, m.label)),
              },
              xAxis: { type: 'value', name: t('件', 'cases'), minInterval: 1 },
              series: outcomeSeries(d.byMatter),
            }}
            onClick={(c) => {
              const m = d.byMatter[c.dataIndex];
              if (m)
                open({
                  kind: 'legal-aid',
                  title: labels.legalAidMatter(m.key, m.label),
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
              yAxis: { type: 'value', name: t('件', 'cases'), minInterval: 1 },
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
              yAxis: { type: 'value', name: t('件', 'cases'), minInterval: 1 },
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
