import { AlertOutlined, PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Col, Empty, Progress, Row, Space, Statistic, Table, Tag } from 'antd';
import { Link, useNavigate } from 'react-router';
import { useCan } from '../../app/auth';
import { PageHeader } from '../../app/page-header';
import { clockTime, fiveSameDayText, LightDot, MilestoneTicks, shownLight } from './five-same-day';
import { CASE_KIND_LABELS, FIVE_MILESTONES, LIGHT_LABELS, STATUS_COLORS } from './labels';
import { useToday } from './queries';
import type { FiveSameDayLight, MatterListItem } from './types';
import './legal-aid.css';

function lightOf(row: MatterListItem): FiveSameDayLight | null {
  return shownLight(row.fiveSameDay);
}

/**
 * The milestone still to reach, e.g. '待审批'; after a refusal none is left but the applicant's
 * objection window (法律援助法 第四十九条).
 */
function nextStep(row: MatterListItem): string {
  const next = FIVE_MILESTONES.find((m) => m.key === row.fiveSameDay.next);
  if (next) return `待${next.short}`;
  return row.fiveSameDay.refused ? '异议期（第四十九条）' : '已完成';
}

/** 今日五个当天: today's applications with their light and milestones; the at-risk ones on top. */
export default function TodayPage() {
  const navigate = useNavigate();
  const today = useToday();
  const canIntake = useCan('legal-aid.intake');
  const items = today.data?.items ?? [];
  const atRisk = today.data?.atRisk ?? [];
  const summary = today.data?.summary;
  const total = summary?.total ?? 0;
  const met = summary?.met ?? 0;
  const rate = summary?.rate ?? null;
  const percent = rate === null ? 0 : Math.round(rate * 1000) / 10;
  const byLight = (light: FiveSameDayLight) => summary?.[light] ?? 0;

  return (
    <div className="la-page">
      <PageHeader
        title="今日“五个当天”"
        subtitle={`当天申请、当天受理、当天审批、当天指派、当天提供援助 · ${today.data?.date ?? ''}`}
        extra={
          <Space>
            <Button icon={<ReloadOutlined />} onClick={() => void today.refetch()} loading={today.isFetching}>
              刷新
            </Button>
            {canIntake ? (
              <Link to="/legal-aid/new">
                <Button type="primary" icon={<PlusOutlined />}>
                  受理新申请
                </Button>
              </Link>
            ) : null}
          </Space>
        }
      />
      <Row gutter={16} className="la-stats">
        <Col xs={12} md={6}>
          <Card className="la-stat-card">
            <Statistic title="今日申请" value={total} suffix="件" />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card className="la-stat-card">
            <Statistic title="五个当天已达成" value={met} suffix="件" valueStyle={{ color: '#2e9b48' }} />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card className="la-stat-card">
            <div className="la-stat-rate">
              <Progress type="circle" size={64} percent={percent} strokeColor="#1a4fa3" />
              <div>
                <div className="la-muted">五个当天达成率</div>
                <div className="la-stat-rate-value">{rate === null ? '—' : `${percent}%`}</div>
              </div>
            </div>
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card className="la-stat-card">
            <div className="la-muted">信号灯</div>
            <Space size={16} className="la-light-counts">
              {(['green', 'amber', 'red'] as const).map((l) => (
                <span key={l} className="la-light-count">
                  <LightDot light={l} size={14} />
                  <span>{LIGHT_LABELS[l].label}</span>
                  <strong>{byLight(l)}</strong>
                </span>
              ))}
            </Space>
          </Card>
        </Col>
      </Row>

      <Card
        className="la-card la-risk-card"
        title={
          <span>
            <AlertOutlined /> 存在风险（{atRisk.length}）
          </span>
        }
        size="small"
      >
        {atRisk.length === 0 ? (
          <div className="la-muted">暂无风险事项，今日申请均按进度办理。</div>
        ) : (
          <div className="la-risk-list">
            {atRisk.map((row) => (
              <Link
                key={row.id}
                to={`/legal-aid/${row.id}`}
                className={`la-risk la-risk-${lightOf(row) ?? 'none'}`}
              >
                <LightDot light={lightOf(row)} />
                <span className="la-risk-number">{row.number ?? '待受理'}</span>
                <span>{row.applicantName}</span>
                <Tag color="orange">{nextStep(row)}</Tag>
              </Link>
            ))}
          </div>
        )}
      </Card>

      <Card className="la-card" title="今日申请">
        <Table<MatterListItem>
          rowKey="id"
          loading={today.isPending}
          dataSource={items}
          pagination={false}
          locale={{ emptyText: <Empty description="今日暂无法律援助申请" /> }}
          onRow={(row) => ({
            onClick: () => void navigate(`/legal-aid/${row.id}`),
            className: 'la-row-link',
          })}
          columns={[
            {
              title: '',
              width: 36,
              render: (_v, row) => <LightDot light={lightOf(row)} />,
            },
            {
              title: '案件编号',
              render: (_v, row) => <Link to={`/legal-aid/${row.id}`}>{row.number ?? '（待受理）'}</Link>,
            },
            { title: '申请人', dataIndex: 'applicantName' },
            {
              title: '类别',
              render: (_v, row) => (row.caseKind ? CASE_KIND_LABELS[row.caseKind] : '—'),
            },
            {
              title: '申请时间',
              render: (_v, row) => clockTime(row.appliedAt),
            },
            { title: '进度', render: (_v, row) => <MilestoneTicks five={row.fiveSameDay} /> },
            {
              title: '状态',
              render: (_v, row) => <Tag color={STATUS_COLORS[row.status]}>{row.statusLabel}</Tag>,
            },
            {
              title: '五个当天',
              render: (_v, row) => (
                <span className={row.fiveSameDay?.met ? 'la-met' : ''}>
                  {fiveSameDayText(row.fiveSameDay)}
                </span>
              ),
            },
            {
              title: '下一步',
              render: (_v, row) =>
                row.fiveSameDay.met ? '—' : <Tag data-testid="next-step">{nextStep(row)}</Tag>,
            },
          ]}
        />
      </Card>
    </div>
  );
}
