import { Tag } from 'antd';
import { useMatterMessages } from './messages';
import { useClockLabel } from './queries';
import type { Clock } from './types';

/**
 * A clock's last day and how far it is, coloured by level (overdue red, due soon orange, paused grey).
 * The clock's name in the current language (its procedure's `clockLabelsEn`).
 * `wrap` lets the text break inside a narrow table cell instead of spilling over the next column.
 */
export function ClockTag({
  service,
  clock,
  wrap = false,
}: {
  service: string;
  clock: Clock;
  wrap?: boolean;
}) {
  const m = useMatterMessages();
  const clockLabel = useClockLabel();
  const color = { ok: 'blue', 'due-soon': 'orange', overdue: 'red', paused: 'default' }[clock.level];
  const when =
    clock.level === 'paused'
      ? m('paused')
      : clock.daysLeft < 0
        ? m('overdue', { n: -clock.daysLeft })
        : m('daysLeft', { n: clock.daysLeft });
  const parts = [clockLabel(service, clock), m('due', { date: clock.dueOn }), when];
  return (
    <Tag
      color={color}
      data-testid={`clock-${clock.kind}`}
      className={wrap ? 'matters-clock-wrap' : undefined}
    >
      {parts.map((part, i) => (
        <span key={part} className={i > 0 ? 'matters-clock-part' : undefined}>
          {i > 0 ? ' · ' : ''}
          {part}
        </span>
      ))}
    </Tag>
  );
}
