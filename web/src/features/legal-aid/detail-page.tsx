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
import { errorMessage } from '../../lib/api';
import { formatInstant } from '../../lib/dates';
import { ArticleLink } from '../laws/article-link';
import { ActionBar } from './action-bar';
import { CommitmentCard, wasCommitmentRecorded } from './commitment-card';
import { FiveSameDayClock } from './five-same-day';
import {
  AGENT_RELATION_LABELS,
  ART32_LABELS,
  ART42_LABELS,
  CASE_KIND_LABELS,
  CHANNEL_LABELS,
  HARDSHIP_OUTCOME_LABELS,
  MANDATORY_LABELS,
  matterLabel,
  STATUS_COLORS,
  VERDICT_LABELS,
} from './labels';
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
  return (
    <Card
      className="la-card"
      size="small"
      title={
        <span>
          <FieldTimeOutlined /> 办理期限
        </span>
      }
    >
      {items.length === 0 ? (
        <div className="la-muted">当前没有进行中的法定期限</div>
      ) : (
        <ul className="la-deadlines">
          {items.map((d) => {
            const state = DEADLINE_STATE[d.state] ?? DEADLINE_STATE.running!;
            return (
              <li key={d.kind} className={`la-deadline la-deadline-${d.state}`}>
                <div className="la-deadline-head">
                  <span className="la-deadline-label">{d.label}</span>
                  <Tag color={state.color}>{state.label}</Tag>
                </div>
                <div className="la-deadline-due">
                  截止 <strong>{d.dueAt}</strong>
                  <Tag className="la-inline-tag" variant="filled">
                    {d.basis === 'working-days' ? '按工作日计' : d.basis === 'hours' ? '按小时计' : '按日计'}
                  </Tag>
                  {d.provisional ? (
                    <Tooltip title="该年度节假日安排尚未公布，按周一至周五为工作日临时计算">
                      <Tag color="orange" className="la-inline-tag">
                        临时
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
  return (
    <Card
      className="la-card"
      size="small"
      title={
        <span>
          <FileWordOutlined /> 法律文书
        </span>
      }
    >
      {detail.documents.length === 0 ? (
        <div className="la-muted">暂无文书</div>
      ) : (
        <ul className="la-docs">
          {detail.documents.map((d) => (
            <li key={d.kind}>
              <a href={d.url} download data-testid={`doc-${d.kind}`}>
                <FileWordOutlined className="la-doc-icon" />
                {d.label}
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
  const verdict = VERDICT_LABELS[detail.eligibility?.verdict ?? ''];
  const hardship = HARDSHIP_OUTCOME_LABELS[detail.eligibility?.hardship ?? ''];
  const a = detail.applicant;
  return (
    <Card
      className="la-card"
      title="申请信息"
      extra={canSee ? <SensitiveButton matterId={detail.id} /> : null}
    >
      <Descriptions size="small" column={{ xs: 1, md: 2 }} className="la-descriptions">
        <Descriptions.Item label="申请人">
          <strong data-testid="applicant-name">{a.name}</strong>
          {a.sex ? (
            <span className="la-muted">
              （{a.sex === 'male' ? '男' : a.sex === 'female' ? '女' : a.sex}）
            </span>
          ) : null}
        </Descriptions.Item>
        <Descriptions.Item label="公民身份号码">
          <span className="la-mono">{a.idNumberMasked ?? '—'}</span>
        </Descriptions.Item>
        <Descriptions.Item label="联系电话">{a.phoneMasked ?? '—'}</Descriptions.Item>
        <Descriptions.Item label="住址">{a.address ?? '—'}</Descriptions.Item>
        {detail.agent ? (
          <Descriptions.Item label="代理人" span={2}>
            {detail.agent.name}
            {detail.agent.relation ? (
              <Tag className="la-inline-tag">
                {AGENT_RELATION_LABELS[detail.agent.relation as keyof typeof AGENT_RELATION_LABELS] ??
                  detail.agent.relation}
              </Tag>
            ) : null}
          </Descriptions.Item>
        ) : null}
        <Descriptions.Item label="对方当事人" span={2}>
          {detail.opposingParty?.name ?? '—'}
        </Descriptions.Item>
        <Descriptions.Item label="案件类别">
          {detail.caseKind ? CASE_KIND_LABELS[detail.caseKind] : '—'}
        </Descriptions.Item>
        <Descriptions.Item label="申请渠道">
          {detail.channel ? (CHANNEL_LABELS[detail.channel] ?? detail.channel) : '—'}
        </Descriptions.Item>
        {detail.caseKind === 'criminal-defence' ? (
          <Descriptions.Item label="应当通知辩护" span={2}>
            {detail.mandatory
              ? (MANDATORY_LABELS[detail.mandatory as keyof typeof MANDATORY_LABELS] ?? detail.mandatory)
              : '否'}
          </Descriptions.Item>
        ) : (
          <Descriptions.Item label="申请事项" span={2}>
            {detail.matterLabel || matterLabel(detail.matter)}
          </Descriptions.Item>
        )}
        {detail.circumstances?.length ? (
          <Descriptions.Item label="第三十二条情形" span={2}>
            {detail.circumstances.map((c) => ART32_LABELS[c as keyof typeof ART32_LABELS] ?? c).join('；')}
          </Descriptions.Item>
        ) : null}
        {detail.exemptions?.length ? (
          <Descriptions.Item label="免予核查（第四十二条）" span={2}>
            {detail.exemptions.map((e) => ART42_LABELS[e as keyof typeof ART42_LABELS] ?? e).join('；')}
          </Descriptions.Item>
        ) : null}
        <Descriptions.Item label="案情摘要" span={2}>
          <div className="la-facts">{detail.facts || '—'}</div>
        </Descriptions.Item>
        <Descriptions.Item label="资格审查" span={2}>
          <Space wrap>
            {verdict ? <Tag color={verdict.color}>{verdict.label}</Tag> : '—'}
            {hardship ? <Tag color={hardship.color}>{hardship.label}</Tag> : null}
            {detail.eligibility?.requiresSeniorLawyer ? (
              <Tag color="purple">须三年以上执业经历律师</Tag>
            ) : null}
          </Space>
        </Descriptions.Item>
        {detail.review ? (
          <Descriptions.Item label="审查意见" span={2}>
            <Space wrap size={4} data-testid="review-recommendation">
              <Tag color={detail.review.recommendation === 'grant' ? 'green' : 'red'}>
                {detail.review.recommendation === 'grant' ? '建议给予法律援助' : '建议不予法律援助'}
              </Tag>
              {detail.review.overridden ? (
                <Tag color="orange">与资格审查结果不一致（已书面说明理由）</Tag>
              ) : null}
              <span className="la-muted">
                {detail.review.reviewerName ?? ''} {formatInstant(detail.review.at, true)}
              </span>
            </Space>
          </Descriptions.Item>
        ) : null}
        {detail.objectionBody ? (
          <Descriptions.Item label="异议受理机关" span={2}>
            {detail.objectionBody}
            <span className="la-muted">（对不予或终止法律援助决定有异议的，第四十九条）</span>
          </Descriptions.Item>
        ) : null}
        {detail.assignedProvider ? (
          <Descriptions.Item label="承办人员" span={2}>
            <strong>{detail.assignedProvider.name}</strong>
            {detail.assignedProvider.firmName ? (
              <span className="la-muted">（{detail.assignedProvider.firmName}）</span>
            ) : null}
          </Descriptions.Item>
        ) : null}
      </Descriptions>
    </Card>
  );
}

function History({ detail }: { detail: MatterDetail }) {
  const items = [...detail.actions].reverse();
  return (
    <Card className="la-card" title="办理记录">
      {items.length === 0 ? (
        <Empty description="暂无记录" />
      ) : (
        <Timeline
          className="la-timeline"
          items={items.map((a, i) => ({
            key: `${a.at}-${i}`,
            color: i === 0 ? 'blue' : 'gray',
            children: (
              <div className="la-timeline-item">
                <div className="la-timeline-head">
                  <strong>{a.label}</strong>
                  <span className="la-muted">{formatInstant(a.at, true)}</span>
                </div>
                <div className="la-muted la-small">
                  {a.actorName ?? '系统'}
                  {a.summary ? ` · ${a.summary}` : ''}
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

  if (matter.isPending) return <Spin className="la-page-spin" />;
  if (matter.isError) {
    return (
      <Result
        status="warning"
        title="无法加载该申请"
        subTitle={errorMessage(matter.error)}
        extra={<Button onClick={() => void matter.refetch()}>重试</Button>}
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
            <ArrowLeftOutlined /> 案件列表
          </Link>
          <h1 className="la-detail-number" data-testid="matter-number">
            <SafetyCertificateOutlined className="la-detail-emblem" />
            {detail.number ?? '（受理后编号）'}
          </h1>
          <Space wrap size={6}>
            <Tag color={STATUS_COLORS[detail.status]} className="la-status-tag" data-testid="matter-status">
              {detail.statusLabel}
            </Tag>
            {detail.flags.simpleCase ? <Tag color="blue">简易案件</Tag> : null}
            {detail.flags.advanceAid ? <Tag color="orange">已先行提供法律援助</Tag> : null}
            {detail.flags.recoveryRequired ? <Tag color="red">应追偿（第六十四条）</Tag> : null}
            <span className="la-muted">
              {detail.applicant.name} · {detail.caseKind ? CASE_KIND_LABELS[detail.caseKind] : ''}
              {detail.milestones.appliedAt ? ` · 申请于 ${formatInstant(detail.milestones.appliedAt)}` : ''}
            </span>
          </Space>
        </div>
        <Button icon={<ReloadOutlined />} onClick={() => void matter.refetch()} loading={matter.isFetching}>
          刷新
        </Button>
      </div>

      <Card className="la-card la-actions-card" size="small" title="办理">
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
