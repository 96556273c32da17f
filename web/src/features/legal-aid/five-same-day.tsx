import { CheckOutlined, ClockCircleOutlined, TrophyFilled } from '@ant-design/icons';
import { Card, Tooltip } from 'antd';
import { formatInstant } from '../../lib/dates';
import { FIVE_MILESTONES, LIGHT_LABELS } from './labels';
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
  const view = light ? LIGHT_LABELS[light] : undefined;
  return (
    <Tooltip title={view ? `五个当天：${view.label}` : '五个当天：—'}>
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
  return (
    <span className="la-ticks">
      {FIVE_MILESTONES.map((m) => {
        const at = milestones?.[m.key];
        const na = five?.notApplicable.includes(m.key) ?? false;
        const refusal = five?.refused === true && m.key === 'approvedAt';
        const done = !na && (Boolean(at) || (five ? !five.missing.includes(m.key) : false));
        const late = five?.late.includes(m.key) ?? false;
        const title = na
          ? `${m.label}：不适用（已决定不予法律援助）`
          : refusal
            ? `${m.short}：不予法律援助`
            : at
              ? `${m.label} ${formatInstant(at)}`
              : done
                ? m.label
                : `${m.label}：未完成`;
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
          <Tooltip key={m.key} title={late ? `${title}（逾期）` : title}>
            <span className={`la-tick ${tone}`} data-step={m.key} data-state={tone || 'todo'}>
              {m.short}
            </span>
          </Tooltip>
        );
      })}
    </span>
  );
}

export function fiveSameDayText(five: FiveSameDay | null | undefined): string {
  if (!five) return '—';
  if (five.met) return '已达成';
  if (five.refused) return '不予援助';
  if (!five.applicable) return '不适用';
  if (five.light === 'red') return '未达成';
  return '进行中';
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
  const light = shownLight(five);
  const late = new Set(five?.late ?? []);
  const status = fiveSameDayText(five);
  return (
    <Card
      className="la-card la-clock"
      size="small"
      title={
        <span className="la-clock-title">
          <ClockCircleOutlined /> 五个当天
          {five ? <span className="la-muted la-small">办理日 {five.businessDate}</span> : null}
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
              <span className="la-clock-label">{m.short}</span>
              <span className="la-clock-time">
                {na
                  ? '不适用'
                  : refusal
                    ? `不予援助${at ? ` ${clockTime(at)}` : ''}`
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
