import { CheckOutlined, ClockCircleOutlined, TrophyFilled } from '@ant-design/icons';
import { Card, Tooltip } from 'antd';
import { pick, useCodeLabel, useI18n } from '../../app/i18n';
import { formatInstant } from '../../lib/dates';
import { FIVE_MILESTONES, LIGHT_LABELS } from './labels';
import {
  type LegalAidMessage,
  LIGHT,
  MILESTONE_LABEL,
  MILESTONE_SHORT,
  useLegalAidMessages,
} from './messages';
import type { FiveSameDay, FiveSameDayLight } from './types';

/** The light to show: none once five same-day no longer applies to the matter. */
export function shownLight(five: FiveSameDay | null | undefined): FiveSameDayLight | null {
  return five && (five.applicable || five.met) ? five.light : null;
}

/** `09:30` Beijing time. */
export function clockTime(iso: string | null | undefined): string {
  return iso ? formatInstant(iso).slice(11) : '';
}

export function LightDot({
  light,
  size = 12,
}: {
  light: FiveSameDayLight | null | undefined;
  size?: number;
}) {
  const t = useLegalAidMessages();
  const lightLabel = useCodeLabel(LIGHT);
  const view = light ? { label: lightLabel(light, LIGHT_LABELS[light].label) } : undefined;
  return (
    <Tooltip title={t('fiveSameDayLight', { label: view ? view.label : '—' })}>
      <span
        className={`la-light la-light-${light ?? 'none'}`}
        style={{ width: size, height: size }}
        data-light={light ?? 'none'}
        role="img"
        aria-label={view?.label ?? '—'}
      />
    </Tooltip>
  );
}

/** The five milestones as ticks (申请 受理 审批 指派 援助), for tables. */
export function MilestoneTicks({
  milestones,
  five,
}: {
  milestones?: Partial<Record<string, string | null>>;
  five?: FiveSameDay | null;
}) {
  const t = useLegalAidMessages();
  const shortOf = useCodeLabel(MILESTONE_SHORT);
  const labelOf = useCodeLabel(MILESTONE_LABEL);
  const { locale } = useI18n();
  const tr = (zh: string, en: string) => pick(locale, zh, en);
  return (
    <span className="la-ticks">
      {FIVE_MILESTONES.map((m) => {
        const at = milestones?.[m.key];
        const na = five?.notApplicable.includes(m.key) ?? false;
        const refusal = five?.refused === true && m.key === 'approvedAt';
        const done = !na && (Boolean(at) || (five ? !five.missing.includes(m.key) : false));
        const late = five?.late.includes(m.key) ?? false;
        const label = labelOf(m.key, m.label);
        const short = shortOf(m.key, m.short);
        const title = na
          ? tr(`${label}：不适用（已决定不予法律援助）`, `${label}: not applicable (legal aid refused)`)
          : refusal
            ? tr(`${short}：不予法律援助`, `${short}: legal aid refused`)
            : at
              ? `${label} ${formatInstant(at)}`
              : done
                ? label
                : t('notDone', { label });
        const tone = na
          ? 'la-tick-na'
          : done
            ? late
              ? 'la-tick-late'
              : refusal
                ? 'la-tick-refused'
                : 'la-tick-done'
            : '';
        return (
          <Tooltip key={m.key} title={late ? t('late', { title }) : title}>
            <span className={`la-tick ${tone}`} data-step={m.key} data-state={tone || 'todo'}>
              {short}
            </span>
          </Tooltip>
        );
      })}
    </span>
  );
}

export function fiveSameDayText(
  five: FiveSameDay | null | undefined,
  t?: (key: LegalAidMessage) => string,
): string {
  if (!five) return '—';
  if (five.met) return t ? t('met') : '已达成';
  if (five.refused) return t ? t('refusedAid') : '不予援助';
  if (!five.applicable) return t ? t('notApplicable') : '不适用';
  if (five.light === 'red') return t ? t('missed') : '未达成';
  return t ? t('running') : '进行中';
}

/**
 * 五个当天 clock: apply, accept, approve, assign and start aid on one business day, each with its
 * Beijing time, and the traffic light (green on track, amber after 15:00, red once missed).
 */
export function FiveSameDayClock({
  five,
  milestones,
}: {
  five: FiveSameDay | null | undefined;
  milestones: Partial<Record<string, string | null>>;
}) {
  const t = useLegalAidMessages();
  const shortOf = useCodeLabel(MILESTONE_SHORT);
  const light = shownLight(five);
  const late = new Set(five?.late ?? []);
  const status = fiveSameDayText(five, t);
  return (
    <Card
      className="la-card la-clock"
      size="small"
      title={
        <span className="la-clock-title">
          <ClockCircleOutlined /> {t('fiveSameDay')}
          {five ? (
            <span className="la-muted la-small">{t('businessDate', { date: five.businessDate })}</span>
          ) : null}
        </span>
      }
      extra={
        <span
          className={`la-clock-status la-clock-status-${five?.met ? 'met' : (light ?? 'none')}`}
          data-testid="five-same-day-status"
        >
          <LightDot light={light} />
          {five?.met ? <TrophyFilled /> : null}
          {status}
        </span>
      }
      data-testid="five-same-day"
      data-met={five?.met ? 'true' : 'false'}
    >
      <ol className="la-clock-steps">
        {FIVE_MILESTONES.map((m, i) => {
          // A refusal is the 审批 decision (第四十三条): done, with its outcome; later steps do not apply.
          const refusal = five?.refused === true && m.key === 'approvedAt';
          const na = five?.notApplicable.includes(m.key) ?? false;
          const at = refusal ? milestones.refusedAt : milestones[m.key];
          const state = na
            ? 'na'
            : at || refusal
              ? late.has(m.key)
                ? 'late'
                : refusal
                  ? 'refused'
                  : 'done'
              : 'todo';
          return (
            <li
              key={m.key}
              className={`la-clock-step la-clock-step-${state}`}
              data-step={m.key}
              data-state={state}
            >
              <span className="la-clock-dot">{at || refusal ? <CheckOutlined /> : i + 1}</span>
              <span className="la-clock-label">{shortOf(m.key, m.short)}</span>
              <span className="la-clock-time">
                {na
                  ? t('notApplicable')
                  : refusal
                    ? `${t('refusedAid')}${at ? ` ${clockTime(at)}` : ''}`
                    : at
                      ? clockTime(at)
                      : '—'}
              </span>
            </li>
          );
        })}
      </ol>
    </Card>
  );
}
