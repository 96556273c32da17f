import { isPriorityGroup, priorityGroupLabel } from '@core/queue/priority';
import { type TicketStatus, ticketStatusLabels } from '@core/queue/ticket-status';
import { Tag } from 'antd';
import { type Locale, pairText, useCodeLabel, useI18n } from '../../app/i18n';
import { PRIORITY_GROUP, TICKET_STATUS, useQueueMessages } from './messages';

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
  const label = useCodeLabel(TICKET_STATUS);
  return <Tag color={STATUS_COLORS[status]}>{label(status, ticketStatusLabels[status])}</Tag>;
}

export function groupLabel(group: string, locale: Locale = 'zh-CN'): string {
  const pair = PRIORITY_GROUP[group];
  if (pair) return pairText(locale, pair);
  return isPriorityGroup(group) ? priorityGroupLabel(group) : group;
}

/** 优先 plus the groups (老年人, 残疾人, …) of a priority ticket; nothing for a normal one. */
export function PriorityTags({ priority, groups }: { priority: boolean; groups: readonly string[] }) {
  const { locale } = useI18n();
  const m = useQueueMessages();
  if (!priority && groups.length === 0) return null;
  return (
    <span className="lhq-tags">
      <Tag color="red" variant="solid">
        {m('priority')}
      </Tag>
      {groups.map((g) => (
        <Tag key={g} color="red">
          {groupLabel(g, locale)}
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
export function elapsed(from: string | null | undefined, now: number, locale: Locale = 'zh-CN'): string {
  if (!from) return '—';
  const total = Math.max(0, Math.floor((now - new Date(from).getTime()) / 60_000));
  if (locale !== 'zh-CN')
    return total < 60 ? `${total} min` : `${Math.floor(total / 60)} h ${total % 60} min`;
  if (total < 60) return `${total} 分钟`;
  return `${Math.floor(total / 60)} 小时 ${total % 60} 分`;
}
