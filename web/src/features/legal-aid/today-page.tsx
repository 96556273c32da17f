import { AlertOutlined, PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Col, Empty, Progress, Row, Space, Statistic, Table, Tag } from 'antd';
import { Link, useNavigate } from 'react-router';
import { useCan } from '../../app/auth';
import { useCodeLabel } from '../../app/i18n';
import { PageHeader } from '../../app/page-header';
import { clockTime, fiveSameDayText, LightDot, MilestoneTicks, shownLight } from './five-same-day';
import { CASE_KIND, CASE_KIND_LABELS, FIVE_MILESTONES, LIGHT_LABELS, STATUS_COLORS } from './labels';
import { type LegalAidMessage, LIGHT, MILESTONE_SHORT, STATUS, useLegalAidMessages } from './messages';
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
function nextStep(
  row: MatterListItem,
  t: (key: LegalAidMessage, vars?: Record<string, string>) => string,
  shortOf: (code: string, fallback?: string) => string,
): string {
  const next = FIVE_MILESTONES.find((m) => m.key === row.fiveSameDay.next);
  if (next) return t('nextStep', { step: shortOf(next.key, next.short) });
  return row.fiveSameDay.refused ? t('objectionWindow') : t('allDone');
}

/** 今日五个当天: today's applications with their light and milestones; the at-risk ones on top. */
export default function TodayPage() {
  const navigate = useNavigate();
  const t = useLegalAidMessages();
  const shortOf = useCodeLabel(MILESTONE_SHORT);
  const lightLabel = useCodeLabel(LIGHT);
  const statusLabel = useCodeLabel(STATUS);
  const caseKindLabel = useCodeLabel(CASE_KIND);
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
        title={t('todayTitle')}
        subtitle={t('todaySubtitle', { date: today.data?.date ?? '' })}
        extra={
          <Space>
            <Button icon={<ReloadOutlined />} onClick={() => void today.refetch()} loading={today.isFetching}>
              {t('refresh')}
            </Button>
            {canIntake ? (
              <Link to="/legal-aid/new">
                <Button type="primary" icon={<PlusOutlined />}>
                  {t('newApplication')}
                </Button>
              </Link>
            ) : null}
          </Space>
        }
      />
      <Row gutter={16} className="la-stats">
        <Col xs={12} md={6}>
          <Card className="la-stat-card">
            <Statistic title={t('todayApplications')} value={total} suffix={t('unitCases')} />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card className="la-stat-card">
            <Statistic
              title={t('metToday')}
              value={met}
              suffix={t('unitCases')}
              styles={{ content: { color: '#2e9b48' } }}
            />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card className="la-stat-card">
            <div className="la-stat-rate">
              <Progress type="circle" size={64} percent={percent} strokeColor="#1a4fa3" />
              <div>
                <div className="la-muted">{t('metRate')}</div>
                <div className="la-stat-rate-value">{rate === null ? '—' : `${percent}%`}</div>
              </div>
            </div>
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card className="la-stat-card">
            <div className="la-muted">{t('lights')}</div>
            <Space size={16} className="la-light-counts">
              {(['green', 'amber', 'red'] as const).map((l) => (
                <span key={l} className="la-light-count">
                  <LightDot light={l} size={14} />
                  <span>{lightLabel(l, LIGHT_LABELS[l].label)}</span>
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
            <AlertOutlined /> {t('atRisk', { n: atRisk.length })}
          </span>
        }
        size="small"
      >
        {atRisk.length === 0 ? (
          <div className="la-muted">{t('noRisk')}</div>
        ) : (
          <div className="la-risk-list">
            {atRisk.map((row) => (
              <Link
                key={row.id}
                to={`/legal-aid/${row.id}`}
                className={`la-risk la-risk-${lightOf(row) ?? 'none'}`}
              >
                <LightDot light={lightOf(row)} />
                <span className="la-risk-number">{row.number ?? t('toBeAccepted')}</span>
                <span>{row.applicantName}</span>
                <Tag color="orange">{nextStep(row, t, shortOf)}</Tag>
              </Link>
            ))}
          </div>
        )}
      </Card>

      <Card className="la-card" title={t('todayApplications')}>
        <Table<MatterListItem>
          rowKey="id"
          loading={today.isPending}
          dataSource={items}
          pagination={false}
          locale={{ emptyText: <Empty description={t('noApplicationsToday')} /> }}
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
              title: t('colNumber'),
              render: (_v, row) => (
                <Link to={`/legal-aid/${row.id}`}>{row.number ?? t('toBeAcceptedParen')}</Link>
              ),
            },
            { title: t('colApplicant'), dataIndex: 'applicantName' },
            {
              title: t('colKind'),
              render: (_v, row) =>
                row.caseKind ? caseKindLabel(row.caseKind, CASE_KIND_LABELS[row.caseKind]) : '—',
            },
            {
              title: t('colAppliedAt'),
              render: (_v, row) => clockTime(row.appliedAt),
            },
            { title: t('colProgress'), render: (_v, row) => <MilestoneTicks five={row.fiveSameDay} /> },
            {
              title: t('colStatus'),
              render: (_v, row) => (
                <Tag color={STATUS_COLORS[row.status]}>{statusLabel(row.status, row.statusLabel)}</Tag>
              ),
            },
            {
              title: t('fiveSameDay'),
              render: (_v, row) => (
                <span className={row.fiveSameDay?.met ? 'la-met' : ''}>
                  {fiveSameDayText(row.fiveSameDay, t)}
                </span>
              ),
            },
            {
              title: t('colNext'),
              render: (_v, row) =>
                row.fiveSameDay.met ? '—' : <Tag data-testid="next-step">{nextStep(row, t, shortOf)}</Tag>,
            },
          ]}
        />
      </Card>
    </div>
  );
}
