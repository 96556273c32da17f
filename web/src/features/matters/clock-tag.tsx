import { Tag } from 'antd';
import { useMatterMessages } from './messages';
import { useClockLabel } from './queries';
import type { Clock } from './types';

/**
 * A clock's last day and how far it is, coloured by level (overdue red, due soon orange, paused grey).
 * The clock's name in the current language (its procedure's `clockLabelsEn`).
 * `wrap` lets the text break between its parts (name · last day · days left), and a long name between its
 * words, never inside the date or the days left, in a narrow table cell instead of spilling over the next
 * column or past the tag's edge; `showDue={false}` leaves the last day out
 * where the table has a column of its own for it.
 */
export function ClockTag({
  service,
  clock,
  wrap = false,
  showDue = true,
}: {
  service: string;
  clock: Clock;
  wrap?: boolean;
  showDue?: boolean;
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
  const parts = [clockLabel(service, clock), ...(showDue ? [m('due', { date: clock.dueOn })] : []), when];
  return (
    <Tag
      color={color}
      data-testid={`clock-${clock.kind}`}
      className={wrap ? 'matters-clock-wrap' : undefined}
    >
      {parts.map((part, i) => (
        <span key={part} className="matters-clock-part">
          {i > 0 ? ' · ' : ''}
          {part}
        </span>
      ))}
    </Tag>
  );
}
