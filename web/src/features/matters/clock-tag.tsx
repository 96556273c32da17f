import { Tag } from 'antd';
import { useMatterMessages } from './messages';
import type { Clock } from './types';

/** A clock's last day and how far it is, coloured by level (overdue red, due soon orange, paused grey). */
export function ClockTag({ clock }: { clock: Clock }) {
  const m = useMatterMessages();
  const color = { ok: 'blue', 'due-soon': 'orange', overdue: 'red', paused: 'default' }[clock.level];
  const when =
    clock.level === 'paused'
      ? m('paused')
      : clock.daysLeft < 0
        ? m('overdue', { n: -clock.daysLeft })
        : m('daysLeft', { n: clock.daysLeft });
  return (
    <Tag color={color} data-testid={`clock-${clock.kind}`}>
      {clock.label} · {m('due', { date: clock.dueOn })} · {when}
    </Tag>
  );
}
