import {
  CheckCircleFilled,
  CloseCircleFilled,
  ExclamationCircleFilled,
  InfoCircleOutlined,
  LoadingOutlined,
} from '@ant-design/icons';
import { ELIGIBILITY_REASONS, type EligibilityReasonCode } from '@core/legal-aid/eligibility';
import { Alert, Card, Progress, Spin, Tag, Tooltip } from 'antd';
import type { ReactNode } from 'react';
import { HARDSHIP_OUTCOME_LABELS, yuan } from './labels';
import type { EligibilityPreview } from './types';

const VERDICT_VIEW: Record<string, { label: string; hint: string; icon: ReactNode; className: string }> = {
  eligible: {
    label: '符合法律援助条件',
    hint: '可受理并提交审查',
    icon: <CheckCircleFilled />,
    className: 'la-verdict-eligible',
  },
  ineligible: {
    label: '不符合法律援助条件',
    hint: '如仍申请，应当依法作出不予法律援助决定并告知理由',
    icon: <CloseCircleFilled />,
    className: 'la-verdict-ineligible',
  },
  incomplete: {
    label: '信息不全',
    hint: '请补齐下列信息后再判断',
    icon: <ExclamationCircleFilled />,
    className: 'la-verdict-incomplete',
  },
};

const BASIS_NAMES: Record<string, string> = {
  dibao: '最低生活保障标准',
  'low-income': '低收入人口认定标准',
  'minimum-wage': '最低工资标准',
  other: '其他标准',
};

function effectOf(code: string): 'ground' | 'missing' | 'blocker' {
  const rule = (ELIGIBILITY_REASONS as Record<string, { effect: 'ground' | 'missing' | 'blocker' }>)[code];
  return rule?.effect ?? 'ground';
}

/** `法律援助法 第三十一条` → `第三十一条` for the compact tag; the full text in the tooltip. */
function shortArticle(article: string): string {
  return article.replace(/^法律援助法\s*/, '');
}

/**
 * The live eligibility panel beside the intake form: verdict, hardship, per-capita income against the
 * standard in force, each reason with its article, and what is still missing (一次性告知, art. 43).
 */
export function EligibilityPanel({
  preview,
  offline,
  fetching,
  advanceAidPrompt,
}: {
  preview: EligibilityPreview | undefined;
  offline: boolean;
  fetching: boolean;
  advanceAidPrompt?: ReactNode;
}) {
  if (!preview) {
    return (
      <Card className="la-panel" title="资格预审">
        <Spin />
      </Card>
    );
  }
  const { result, standard } = preview;
  const verdict = VERDICT_VIEW[result.verdict] ?? VERDICT_VIEW.incomplete!;
  const hardship = HARDSHIP_OUTCOME_LABELS[result.hardship] ?? HARDSHIP_OUTCOME_LABELS.unknown!;
  const messages =
    preview.messages.length > 0
      ? preview.messages
      : result.reasons.map((r) => ({
          code: r.code,
          article: r.article,
          message: ELIGIBILITY_REASONS[r.code as EligibilityReasonCode]?.message ?? r.code,
        }));
  const grounds = messages.filter((m) => effectOf(m.code) !== 'missing');
  const missing = messages.filter((m) => effectOf(m.code) === 'missing');
  const standardYuan = standard ? Number(standard.monthlyPerCapitaYuan) : undefined;
  const perCapita = result.perCapitaIncomeYuan;
  const ratio =
    perCapita !== undefined && standardYuan ? Math.min(100, Math.round((perCapita / standardYuan) * 100)) : 0;

  return (
    <Card
      className="la-panel"
      title={
        <span className="la-panel-title">
          资格预审
          <span className="la-panel-live">
            {fetching ? <LoadingOutlined /> : <span className="la-live-dot" />}
            实时
          </span>
        </span>
      }
      data-testid="eligibility-panel"
    >
      <div className={`la-verdict ${verdict.className}`} data-testid="eligibility-verdict">
        <span className="la-verdict-icon">{verdict.icon}</span>
        <div>
          <div className="la-verdict-label">{verdict.label}</div>
          <div className="la-verdict-hint">{verdict.hint}</div>
        </div>
      </div>

      {offline ? (
        <Alert
          className="la-panel-alert"
          type="info"
          showIcon
          message="暂未连接服务器，以下为本机按《法律援助法》预判的结果，未比对经济困难标准。"
        />
      ) : null}

      <div className="la-panel-section">
        <div className="la-panel-row">
          <span className="la-panel-key">经济困难状况</span>
          <Tag color={hardship.color} variant="filled">
            {hardship.label}
          </Tag>
        </div>
        <div className="la-panel-row">
          <span className="la-panel-key">家庭人均月收入</span>
          <span className="la-panel-value">{perCapita !== undefined ? yuan(perCapita) : '—'}</span>
        </div>
        <div className="la-panel-row">
          <span className="la-panel-key">
            经济困难标准
            <Tooltip title="法律援助法 第三十四条：经济困难的标准由省、自治区、直辖市人民政府确定">
              <InfoCircleOutlined className="la-muted-icon" />
            </Tooltip>
          </span>
          <span className="la-panel-value">
            {standard ? (
              <>
                {yuan(standard.monthlyPerCapitaYuan)}/人·月
                {standard.isSample ? (
                  <Tag color="orange" className="la-sample-tag">
                    示例
                  </Tag>
                ) : null}
              </>
            ) : (
              <span className="la-muted">{offline ? '未取得' : '—'}</span>
            )}
          </span>
        </div>
        {standard ? (
          <div className="la-panel-note">
            {BASIS_NAMES[standard.basis] ?? standard.basis} · 区划 {standard.regionCode} · 自{' '}
            {standard.effectiveFrom} 起施行
          </div>
        ) : null}
        {perCapita !== undefined && standardYuan ? (
          <Progress
            percent={ratio}
            size="small"
            showInfo={false}
            strokeColor={perCapita <= standardYuan ? '#2e9b48' : '#c8102e'}
            className="la-panel-progress"
          />
        ) : null}
        {result.requiresSeniorLawyer ? (
          <Tag color="purple" className="la-senior-tag">
            应指派三年以上相关执业经历律师（第二十六条）
          </Tag>
        ) : null}
      </div>

      {grounds.length > 0 ? (
        <div className="la-panel-section">
          <div className="la-panel-subtitle">审查依据</div>
          <ul className="la-reasons">
            {grounds.map((m) => (
              <li key={m.code} className={`la-reason la-reason-${effectOf(m.code)}`}>
                <span className="la-reason-text">{m.message}</span>
                <Tooltip title={m.article}>
                  <Tag className="la-article-tag">{shortArticle(m.article)}</Tag>
                </Tooltip>
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      {missing.length > 0 ? (
        <div className="la-panel-section">
          <div className="la-panel-subtitle">尚缺信息（{missing.length}）</div>
          <ul className="la-reasons">
            {missing.map((m) => (
              <li key={m.code} className="la-reason la-reason-missing">
                <span className="la-reason-text">{m.message}</span>
                <Tooltip title={m.article}>
                  <Tag className="la-article-tag">{shortArticle(m.article)}</Tag>
                </Tooltip>
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      {advanceAidPrompt}
    </Card>
  );
}
