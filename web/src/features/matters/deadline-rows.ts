/**
 * 我的期限: one list of what the user answers for — the window matters' clocks (GET
 * /api/matters/my-deadlines) and the legal-aid deadline reminders addressed to them (GET
 * /api/legal-aid/reminders) — overdue first, then by last day. Each endpoint keeps its own permission
 * and organisation scope; this only merges what they return. Pure: unit-tested (deadline-rows.test.ts).
 */
import type { ReminderItem } from '../legal-aid/types';
import type { DeadlineItem } from './types';

export type DeadlineRow =
  | {
      key: string;
      origin: 'matter';
      href: string;
      number: string;
      dueOn: string;
      overdue: boolean;
      clock: DeadlineItem;
    }
  | {
      key: string;
      origin: 'legal-aid';
      href: string;
      number: string;
      dueOn: string;
      overdue: boolean;
      reminder: ReminderItem;
    };

/** The two lists as one: overdue first, then the earliest last day, then the matter number. */
export function mergeDeadlines(
  clocks: readonly DeadlineItem[],
  reminders: readonly ReminderItem[],
): DeadlineRow[] {
  const rows: DeadlineRow[] = [
    ...clocks.map((clock) => ({
      key: `matter-${clock.matterId}-${clock.kind}`,
      origin: 'matter' as const,
      href: `/matters/${clock.matterId}`,
      number: clock.number,
      dueOn: clock.dueOn,
      overdue: clock.level === 'overdue',
      clock,
    })),
    ...reminders
      .filter((reminder) => !reminder.done)
      .map((reminder) => ({
        key: `legal-aid-${reminder.id}`,
        origin: 'legal-aid' as const,
        href: `/legal-aid/${reminder.matterId}`,
        number: reminder.matterNumber,
        dueOn: reminder.dueOn,
        overdue: reminder.level === 'overdue',
        reminder,
      })),
  ];
  return rows.sort(
    (a, b) =>
      Number(b.overdue) - Number(a.overdue) ||
      a.dueOn.localeCompare(b.dueOn) ||
      a.number.localeCompare(b.number),
  );
}

/** The header badge's count: matter clocks due soon or breached, and unread open legal-aid reminders. */
export function badgeCount(
  clocks: readonly Pick<DeadlineItem, 'level'>[],
  aid: { unread: number } | undefined,
): { count: number; overdue: number; dueSoon: number } {
  const overdue = clocks.filter((c) => c.level === 'overdue').length;
  const dueSoon = clocks.filter((c) => c.level === 'due-soon').length;
  return { count: overdue + dueSoon + (aid?.unread ?? 0), overdue, dueSoon };
}
