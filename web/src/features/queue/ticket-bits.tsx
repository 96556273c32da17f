import { isPriorityGroup, priorityGroupLabel } from '@core/queue/priority';
import { type TicketStatus, ticketStatusLabels } from '@core/queue/ticket-status';
import { Tag } from 'antd';

const STATUS_COLORS: Record<TicketStatus, string> = {
  waiting: 'blue',
  called: 'gold',
  serving: 'green',
  finished: 'default',
  'no-show': 'orange',
  closed: 'default',
  cancelled: 'default',
};

export function StatusTag({ status }: { status: TicketStatus }) {
  return <Tag color={STATUS_COLORS[status]}>{ticketStatusLabels[status] ?? status}</Tag>;
}

export function groupLabel(group: string): string {
  return isPriorityGroup(group) ? priorityGroupLabel(group) : group;
}

/** 优先 plus the groups (老年人, 残疾人, …) of a priority ticket; nothing for a normal one. */
export function PriorityTags({ priority, groups }: { priority: boolean; groups: readonly string[] }) {
  if (!priority && groups.length === 0) return null;
  return (
    <span className="lhq-tags">
      <Tag color="red" variant="solid">
        优先
      </Tag>
      {groups.map((g) => (
        <Tag key={g} color="red">
          {groupLabel(g)}
        </Tag>
      ))}
    </span>
  );
}

/** Seconds → `12.5` minutes with one decimal, `—` for none. */
export function minutes(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined) return '—';
  return (seconds / 60).toFixed(1);
}

/** Whole minutes elapsed since an instant: `3 分钟`, `1 小时 5 分`. */
export function elapsed(from: string | null | undefined, now: number): string {
  if (!from) return '—';
  const total = Math.max(0, Math.floor((now - new Date(from).getTime()) / 60_000));
  if (total < 60) return `${total} 分钟`;
  return `${Math.floor(total / 60)} 小时 ${total % 60} 分`;
}
