import {
  ArrowLeftOutlined,
  FieldTimeOutlined,
  FileWordOutlined,
  ReloadOutlined,
  SafetyCertificateOutlined,
} from '@ant-design/icons';
import {
  Button,
  Card,
  Col,
  Descriptions,
  Empty,
  Result,
  Row,
  Space,
  Spin,
  Tag,
  Timeline,
  Tooltip,
} from 'antd';
import { Link, useParams } from 'react-router';
import { hasAbility, useCan, useMe } from '../../app/auth';
import { useCodeLabel, useI18n, useParens } from '../../app/i18n';
import { errorMessage } from '../../lib/api';
import { formatInstant } from '../../lib/dates';
import { ArticleLink } from '../laws/article-link';
import { ActionBar } from './action-bar';
import { CommitmentCard, wasCommitmentRecorded } from './commitment-card';
import { FiveSameDayClock } from './five-same-day';
import { historyLabel, historySummary } from './history-text';
import {
  AGENT_RELATION,
  AGENT_RELATION_LABELS,
  ART32,
  ART42,
  CASE_KIND,
  CASE_KIND_LABELS,
  CHANNEL_LABELS,
  HARDSHIP_OUTCOME_LABELS,
  MANDATORY,
  matterLabel,
  STATUS_COLORS,
  VERDICT_LABELS,
} from './labels';
import {
  CHANNEL,
  DEADLINE,
  DEADLINE_STATE as DEADLINE_STATE_LABEL,
  DOCUMENT,
  HARDSHIP_OUTCOME,
  STATUS,
  useLegalAidMessages,
  VERDICT,
} from './messages';
import { useMatter } from './queries';
import { SensitiveButton } from './sensitive-button';
import type { MatterDeadline, MatterDetail } from './types';
import './legal-aid.css';

const DEADLINE_STATE: Record<string, { label: string; color: string }> = {
  running: { label: '进行中', color: 'blue' },
  'due-soon': { label: '即将到期', color: 'orange' },
  overdue: { label: '已逾期', color: 'red' },
};

function Deadlines({ items }: { items: MatterDeadline[] }) {
  const m = useLegalAidMessages();
  const deadlineLabel = useCodeLabel(DEADLINE);
  const stateLabel = useCodeLabel(DEADLINE_STATE_LABEL);
  return (
    <Card
      className="la-card"
      size="small"
      title={
        <span>
          <FieldTimeOutlined /> {m('deadlines')}
        </span>
      }
    >
      {items.length === 0 ? (
        <div className="la-muted">{m('noDeadlines')}</div>
      ) : (
        <ul className="la-deadlines">
          {items.map((d) => {
            const state = DEADLINE_STATE[d.state] ?? DEADLINE_STATE.running!;
            return (
              <li key={d.kind} className={`la-deadline la-deadline-${d.state}`}>
                <div className="la-deadline-head">
                  <span className="la-deadline-label">{deadlineLabel(d.kind, d.label)}</span>
                  <Tag color={state.color}>{stateLabel(d.state, state.label)}</Tag>
                </div>
                <div className="la-deadline-due">
                  {m('due')} <strong>{d.dueAt}</strong>{' '}
                  <Tag className="la-inline-tag" variant="filled">
                    {d.basis === 'working-days'
                      ? m('basisWorkingDays')
                      : d.basis === 'hours'
                        ? m('basisHours')
                        : m('basisDays')}
                  </Tag>
                  {d.provisional ? (
                    <Tooltip title={m('provisionalHint')}>
                      <Tag color="orange" className="la-inline-tag">
                        {m('provisional')}
                      </Tag>
                    </Tooltip>
                  ) : null}
                </div>
                <div className="la-deadline-source">
                  <ArticleLink source={d.source} />
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </Card>
  );
}

function Documents({ detail }: { detail: MatterDetail }) {
  const m = useLegalAidMessages();
  const documentLabel = useCodeLabel(DOCUMENT);
  return (
    <Card
      className="la-card"
      size="small"
      title={
        <span>
          <FileWordOutlined /> {m('documents')}
        </span>
      }
    >
      {detail.documents.length === 0 ? (
        <div className="la-muted">{m('noDocuments')}</div>
      ) : (
        <ul className="la-docs">
          {detail.documents.map((d) => (
            <li key={d.kind}>
              <a href={d.url} download data-testid={`doc-${d.kind}`}>
                <FileWordOutlined className="la-doc-icon" />
                {documentLabel(d.kind, d.label)}
              </a>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

function Parties({ detail }: { detail: MatterDetail }) {
  const canSee = hasAbility(useMe(), 'legal-aid.view-sensitive');
  const m = useLegalAidMessages();
  const verdictLabel = useCodeLabel(VERDICT);
  const hardshipLabel = useCodeLabel(HARDSHIP_OUTCOME);
  const caseKindLabel = useCodeLabel(CASE_KIND);
  const channelLabel = useCodeLabel(CHANNEL);
  const relationLabel = useCodeLabel(AGENT_RELATION);
  const mandatoryLabel = useCodeLabel(MANDATORY);
  const art32Label = useCodeLabel(ART32);
  const art42Label = useCodeLabel(ART42);
  const { locale } = useI18n();
  const parens = useParens();
  const verdict = VERDICT_LABELS[detail.eligibility?.verdict ?? ''];
  const hardship = HARDSHIP_OUTCOME_LABELS[detail.eligibility?.hardship ?? ''];
  const a = detail.applicant;
  return (
    <Card
      className="la-card"
      title={m('application')}
      extra={canSee ? <SensitiveButton matterId={detail.id} /> : null}
    >
      <Descriptions size="small" column={{ xs: 1, md: 2 }} className="la-descriptions">
        <Descriptions.Item label={m('applicant')}>
          <strong data-testid="applicant-name">{a.name}</strong>
          {a.sex ? (
            <span className="la-muted">
              {parens(a.sex === 'male' ? m('male') : a.sex === 'female' ? m('female') : a.sex)}
            </span>
          ) : null}
        </Descriptions.Item>
        <Descriptions.Item label={m('idNumber')}>
          <span className="la-mono">{a.idNumberMasked ?? '—'}</span>
        </Descriptions.Item>
        <Descriptions.Item label={m('phone')}>{a.phoneMasked ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={m('address')}>{a.address ?? '—'}</Descriptions.Item>
        {detail.agent ? (
          <Descriptions.Item label={m('agent')} span={2}>
            {detail.agent.name}
            {detail.agent.relation ? (
              <Tag className="la-inline-tag">
                {relationLabel(
                  detail.agent.relation,
                  AGENT_RELATION_LABELS[detail.agent.relation as keyof typeof AGENT_RELATION_LABELS],
                )}
              </Tag>
            ) : null}
          </Descriptions.Item>
        ) : null}
        <Descriptions.Item label={m('opposingParty')} span={2}>
          {detail.opposingParty?.name ?? '—'}
        </Descriptions.Item>
        <Descriptions.Item label={m('caseKind')}>
          {detail.caseKind ? caseKindLabel(detail.caseKind, CASE_KIND_LABELS[detail.caseKind]) : '—'}
        </Descriptions.Item>
        <Descriptions.Item label={m('channel')}>
          {detail.channel ? channelLabel(detail.channel, CHANNEL_LABELS[detail.channel]) : '—'}
        </Descriptions.Item>
        {detail.caseKind === 'criminal-defence' ? (
          <Descriptions.Item label={m('mandatory')} span={2}>
            {detail.mandatory ? mandatoryLabel(detail.mandatory) : m('no')}
          </Descriptions.Item>
        ) : (
          <Descriptions.Item label={m('matter')} span={2}>
            {locale === 'zh-CN'
              ? detail.matterLabel || matterLabel(detail.matter)
              : matterLabel(detail.matter, locale, detail.matterLabel)}
          </Descriptions.Item>
        )}
        {detail.circumstances?.length ? (
          <Descriptions.Item label={m('art32')} span={2}>
            {detail.circumstances.map((c) => art32Label(c)).join(m('listSeparator'))}
          </Descriptions.Item>
        ) : null}
        {detail.exemptions?.length ? (
          <Descriptions.Item label={m('art42')} span={2}>
            {detail.exemptions.map((e) => art42Label(e)).join(m('listSeparator'))}
          </Descriptions.Item>
        ) : null}
        <Descriptions.Item label={m('facts')} span={2}>
          <div className="la-facts">{detail.facts || '—'}</div>
        </Descriptions.Item>
        <Descriptions.Item label={m('eligibility')} span={2}>
          <Space wrap>
            {verdict ? (
              <Tag color={verdict.color}>{verdictLabel(detail.eligibility?.verdict, verdict.label)}</Tag>
            ) : (
              '—'
            )}
            {hardship ? (
              <Tag color={hardship.color}>{hardshipLabel(detail.eligibility?.hardship, hardship.label)}</Tag>
            ) : null}
            {detail.eligibility?.requiresSeniorLawyer ? <Tag color="purple">{m('seniorLawyer')}</Tag> : null}
          </Space>
        </Descriptions.Item>
        {detail.review ? (
          <Descriptions.Item label={m('reviewOpinion')} span={2}>
            <Space wrap size={4} data-testid="review-recommendation">
              <Tag color={detail.review.recommendation === 'grant' ? 'green' : 'red'}>
                {detail.review.recommendation === 'grant' ? m('recommendGrant') : m('recommendRefuse')}
              </Tag>
              {detail.review.overridden ? <Tag color="orange">{m('reviewOverridden')}</Tag> : null}
              <span className="la-muted">
                {detail.review.reviewerName ?? ''} {formatInstant(detail.review.at, true)}
              </span>
            </Space>
          </Descriptions.Item>
        ) : null}
        {detail.objectionBody ? (
          <Descriptions.Item label={m('objectionBody')} span={2}>
            {detail.objectionBody}
            <span className="la-muted">{m('objectionHint')}</span>
          </Descriptions.Item>
        ) : null}
        {detail.assignedProvider ? (
          <Descriptions.Item label={m('provider')} span={2}>
            <strong>{detail.assignedProvider.name}</strong>
            {detail.assignedProvider.firmName ? (
              <span className="la-muted">{parens(detail.assignedProvider.firmName)}</span>
            ) : null}
          </Descriptions.Item>
        ) : null}
      </Descriptions>
    </Card>
  );
}

function History({ detail }: { detail: MatterDetail }) {
  const m = useLegalAidMessages();
  const { locale } = useI18n();
  const items = [...detail.actions].reverse();
  return (
    <Card className="la-card" title={m('history')}>
      {items.length === 0 ? (
        <Empty description={m('noHistory')} />
      ) : (
        <Timeline
          className="la-timeline"
          items={items.map((a, i) => ({
            key: `${a.at}-${i}`,
            color: i === 0 ? 'blue' : 'gray',
            children: (
              <div className="la-timeline-item">
                <div className="la-timeline-head">
                  <strong>{historyLabel(a, locale)}</strong>
                  <span className="la-muted">{formatInstant(a.at, true)}</span>
                </div>
                <div className="la-muted la-small">
                  {a.actorName ?? m('system')}
                  {a.summary ? ` · ${historySummary(a, locale)}` : ''}
                </div>
              </div>
            ),
          }))}
        />
      )}
    </Card>
  );
}

/** The commitment step: shown to intake staff for commitment applications until a decision is made. */
function commitmentStep(detail: MatterDetail, canIntake: boolean): { show: boolean; signed: boolean } {
  const signed =
    detail.commitmentSigned ||
    detail.documents.some((d) => d.kind.startsWith('commitment-s')) ||
    wasCommitmentRecorded(detail.id);
  const open = ['applied', 'materials-requested', 'under-review', 'reviewed'].includes(detail.status);
  return { show: canIntake && detail.hardshipMethod === 'commitment' && (open || signed), signed };
}

/** 案件详情: header, actions, five same-day clock, deadlines, parties, commitment, history, documents. */
export default function DetailPage() {
  const { id = '' } = useParams();
  const matter = useMatter(id);
  const canIntake = useCan('legal-aid.intake');
  const m = useLegalAidMessages();
  const statusLabel = useCodeLabel(STATUS);
  const caseKindLabel = useCodeLabel(CASE_KIND);

  if (matter.isPending) return <Spin className="la-page-spin" />;
  if (matter.isError) {
    return (
      <Result
        status="warning"
        title={m('loadFailed')}
        subTitle={errorMessage(matter.error)}
        extra={<Button onClick={() => void matter.refetch()}>{m('retry')}</Button>}
      />
    );
  }
  const detail = matter.data;
  const commitment = commitmentStep(detail, canIntake);
  const commitmentUrl = detail.documents.find((d) => d.kind === 'commitment-letter')?.url;

  return (
    <div className="la-page">
      <div className="la-detail-head">
        <div className="la-detail-head-main">
          <Link to="/legal-aid" className="la-back">
            <ArrowLeftOutlined /> {m('backToList')}
          </Link>
          <h1 className="la-detail-number" data-testid="matter-number">
            <SafetyCertificateOutlined className="la-detail-emblem" />
            {detail.number ?? m('numberPending')}
          </h1>
          <Space wrap size={6}>
            <Tag color={STATUS_COLORS[detail.status]} className="la-status-tag" data-testid="matter-status">
              {statusLabel(detail.status, detail.statusLabel)}
            </Tag>
            {detail.flags.simpleCase ? <Tag color="blue">{m('simpleCase')}</Tag> : null}
            {detail.flags.advanceAid ? <Tag color="orange">{m('advanceAid')}</Tag> : null}
            {detail.flags.recoveryRequired ? <Tag color="red">{m('recovery')}</Tag> : null}
            <span className="la-muted">
              {detail.applicant.name} ·{' '}
              {detail.caseKind ? caseKindLabel(detail.caseKind, CASE_KIND_LABELS[detail.caseKind]) : ''}
              {detail.milestones.appliedAt
                ? m('appliedOn', { at: formatInstant(detail.milestones.appliedAt) })
                : ''}
            </span>
          </Space>
        </div>
        <Button icon={<ReloadOutlined />} onClick={() => void matter.refetch()} loading={matter.isFetching}>
          {m('refresh')}
        </Button>
      </div>

      <Card className="la-card la-actions-card" size="small" title={m('handle')}>
        <ActionBar detail={detail} />
      </Card>

      <Row gutter={16}>
        <Col xs={24} xl={16}>
          <FiveSameDayClock five={detail.fiveSameDay} milestones={detail.milestones} />
          {commitment.show ? (
            <CommitmentCard matterId={detail.id} documentUrl={commitmentUrl} signed={commitment.signed} />
          ) : null}
          <Parties detail={detail} />
          <History detail={detail} />
        </Col>
        <Col xs={24} xl={8}>
          <Deadlines items={detail.deadlines} />
          <Documents detail={detail} />
        </Col>
      </Row>
    </div>
  );
}
