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
import { useCodeLabel, useI18n } from '../../app/i18n';
import { citationText } from '../laws/citation-text';
import { type IntakeMessage, useIntakeMessages } from './intake-messages';
import { HARDSHIP_OUTCOME_LABELS, yuan } from './labels';
import { HARDSHIP_OUTCOME, VERDICT } from './messages';
import type { EligibilityPreview } from './types';
import { ELIGIBILITY_REASON_EN } from './vocabulary';

const VERDICT_VIEW: Record<string, { hint: IntakeMessage; icon: ReactNode; className: string }> = {
  eligible: { hint: 'eligibleHint', icon: <CheckCircleFilled />, className: 'la-verdict-eligible' },
  ineligible: { hint: 'ineligibleHint', icon: <CloseCircleFilled />, className: 'la-verdict-ineligible' },
  incomplete: {
    hint: 'incompleteHint',
    icon: <ExclamationCircleFilled />,
    className: 'la-verdict-incomplete',
  },
};

const BASIS_NAMES: Record<string, IntakeMessage> = {
  dibao: 'basisDibao',
  'low-income': 'basisLowIncome',
  'minimum-wage': 'basisMinimumWage',
  other: 'basisOther',
};

function effectOf(code: string): 'ground' | 'missing' | 'blocker' {
  const rule = (ELIGIBILITY_REASONS as Record<string, { effect: 'ground' | 'missing' | 'blocker' }>)[code];
  return rule?.effect ?? 'ground';
}

/** `法律援助法 第三十一条` → `第三十一条` for the compact tag; the full text in the tooltip. */
function shortArticle(article: string): string {
  return article.replace(/^法律援助法\s*/, '');
}

/** A reason of the check, with its article, in the console's language (the server's Chinese in zh-CN). */
function Reason({ code, article, message }: { code: string; article: string; message: string }) {
  const { locale } = useI18n();
  const text =
    locale === 'zh-CN' ? message : ((ELIGIBILITY_REASON_EN as Record<string, string>)[code] ?? message);
  return (
    <>
      <span className="la-reason-text">{text}</span>
      <Tooltip title={citationText(article, locale)}>
        <Tag className="la-article-tag">{citationText(shortArticle(article), locale)}</Tag>
      </Tooltip>
    </>
  );
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
  const m = useIntakeMessages();
  const { locale } = useI18n();
  const verdictLabel = useCodeLabel(VERDICT);
  const hardshipLabel = useCodeLabel(HARDSHIP_OUTCOME);
  if (!preview) {
    return (
      <Card className="la-panel" title={m('precheck')}>
        <Spin />
      </Card>
    );
  }
  const { result, standard } = preview;
  const verdict = VERDICT_VIEW[result.verdict] ?? VERDICT_VIEW.incomplete!;
  const hardshipCode = HARDSHIP_OUTCOME_LABELS[result.hardship] ? result.hardship : 'unknown';
  const hardship = HARDSHIP_OUTCOME_LABELS[hardshipCode]!;
  const verdictCode = VERDICT_VIEW[result.verdict] ? result.verdict : 'incomplete';
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
          {m('precheck')}
          <span className="la-panel-live">
            {fetching ? <LoadingOutlined /> : <span className="la-live-dot" />}
            {m('live')}
          </span>
        </span>
      }
      data-testid="eligibility-panel"
    >
      <div className={`la-verdict ${verdict.className}`} data-testid="eligibility-verdict">
        <span className="la-verdict-icon">{verdict.icon}</span>
        <div>
          <div className="la-verdict-label">{verdictLabel(verdictCode)}</div>
          <div className="la-verdict-hint">{m(verdict.hint)}</div>
        </div>
      </div>

      {offline ? <Alert className="la-panel-alert" type="info" showIcon message={m('offline')} /> : null}

      <div className="la-panel-section">
        <div className="la-panel-row">
          <span className="la-panel-key">{m('hardshipStatus')}</span>
          <Tag color={hardship.color} variant="filled">
            {hardshipLabel(hardshipCode, hardship.label)}
          </Tag>
        </div>
        <div className="la-panel-row">
          <span className="la-panel-key">{m('perCapitaIncome')}</span>
          <span className="la-panel-value">{perCapita !== undefined ? yuan(perCapita, locale) : '—'}</span>
        </div>
        <div className="la-panel-row">
          <span className="la-panel-key">
            {m('hardshipStandard')}
            <Tooltip title={m('hardshipStandardTip')}>
              <InfoCircleOutlined className="la-muted-icon" />
            </Tooltip>
          </span>
          <span className="la-panel-value">
            {standard ? (
              <>
                {yuan(standard.monthlyPerCapitaYuan, locale)}
                {m('perPersonMonth')}
                {standard.isSample ? (
                  <>
                    {' '}
                    <Tag color="orange" className="la-sample-tag">
                      {m('sample')}
                    </Tag>
                  </>
                ) : null}
              </>
            ) : (
              <span className="la-muted">{offline ? m('notObtained') : '—'}</span>
            )}
          </span>
        </div>
        {standard ? (
          <div className="la-panel-note">
            {m('standardNote', {
              basis: BASIS_NAMES[standard.basis] ? m(BASIS_NAMES[standard.basis]!) : standard.basis,
              region: standard.regionCode,
              from: standard.effectiveFrom,
            })}
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
            {m('seniorLawyer')}
          </Tag>
        ) : null}
      </div>

      {grounds.length > 0 ? (
        <div className="la-panel-section">
          <div className="la-panel-subtitle">{m('grounds')}</div>
          <ul className="la-reasons">
            {grounds.map((r) => (
              <li key={r.code} className={`la-reason la-reason-${effectOf(r.code)}`}>
                <Reason {...r} />
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      {missing.length > 0 ? (
        <div className="la-panel-section">
          <div className="la-panel-subtitle">{m('missing', { n: missing.length })}</div>
          <ul className="la-reasons">
            {missing.map((r) => (
              <li key={r.code} className="la-reason la-reason-missing">
                <Reason {...r} />
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      {advanceAidPrompt}
    </Card>
  );
}
