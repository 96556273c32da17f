import { describe, expect, it } from 'vitest';
import type { ReminderItem } from '../legal-aid/types';
import { badgeCount, mergeDeadlines } from './deadline-rows';
import type { DeadlineItem } from './types';

const clock = (number: string, dueOn: string, level: DeadlineItem['level']) =>
  ({ matterId: `m-${number}`, kind: 'k', number, dueOn, level }) as DeadlineItem;
const reminder = (number: string, dueOn: string, level: ReminderItem['level'], done = false) =>
  ({ id: `r-${number}`, matterId: `a-${number}`, matterNumber: number, dueOn, level, done }) as ReminderItem;

describe('mergeDeadlines', () => {
  it('lists both kinds, overdue first, then by last day, each linking to its matter', () => {
    const rows = mergeDeadlines(
      [clock('包调1', '2026-09-10', 'ok'), clock('包证2', '2026-09-01', 'overdue')],
      [reminder('包法援3', '2026-09-05', 'due-soon'), reminder('包法援4', '2026-09-03', 'overdue')],
    );
    expect(rows.map((r) => [r.number, r.href])).toEqual([
      ['包证2', '/matters/m-包证2'],
      ['包法援4', '/legal-aid/a-包法援4'],
      ['包法援3', '/legal-aid/a-包法援3'],
      ['包调1', '/matters/m-包调1'],
    ]);
  });

  it('leaves out reminders whose deadline was met', () => {
    expect(mergeDeadlines([], [reminder('包法援5', '2026-09-05', 'overdue', true)])).toEqual([]);
  });
});

describe('badgeCount', () => {
  it('adds the due matter clocks and the unread legal-aid reminders', () => {
    const clocks = [
      clock('a', '2026-09-01', 'overdue'),
      clock('b', '2026-09-02', 'due-soon'),
      clock('c', '2026-10-01', 'ok'),
    ];
    expect(badgeCount(clocks, { unread: 2 })).toEqual({ count: 4, overdue: 1, dueSoon: 1 });
    expect(badgeCount([], undefined)).toEqual({ count: 0, overdue: 0, dueSoon: 0 });
  });
});
