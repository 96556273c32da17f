import { LEGAL_AID_DEADLINE_LABELS, LEGAL_AID_STATUS_LABELS } from '@core/procedures/legal-aid';
import { z } from 'zod';
import type { legalAidReminders } from '../../db/schema/index';

/** Labels of the reminder kinds that are not statutory clocks (deadline-sweep.ts, decide-verification.ts). */
const OTHER_KIND_LABELS: Record<string, string> = {
  'deem-withdrawn-proposal': '补充材料期限届满（视为撤回申请）',
  'termination-prompt': '虚假承诺：审查是否终止法律援助',
};

export const REMINDER_LEVELS = ['due-soon', 'overdue', 'info'] as const;

/** One deadline reminder as staff see it (GET /api/legal-aid/reminders). */
export const reminderItem = z.object({
  id: z.string(),
  matterId: z.string(),
  matterNumber: z.string(),
  matterStatus: z.string(),
  matterStatusLabel: z.string(),
  applicantName: z.string(),
  /** The clock: a core deadline kind (decision, assignment, agreement, …) or a proposal/prompt. */
  kind: z.string(),
  kindLabel: z.string(),
  /** The clock's last day, a Beijing business date `YYYY-MM-DD` (it ends at 24:00 Beijing time). */
  dueOn: z.string(),
  level: z.enum(REMINDER_LEVELS),
  message: z.string(),
  /** The article the clock comes from, e.g. 法律援助法 第四十三条. */
  source: z.string().nullable(),
  recipientRole: z.string(),
  recipientUserId: z.string().nullable(),
  recipientName: z.string().nullable(),
  createdAt: z.string(),
  escalatedAt: z.string().nullable(),
  readAt: z.string().nullable(),
  /** The deadline was met or no longer runs (the matter moved on). */
  done: z.boolean(),
});
export type ReminderItem = z.infer<typeof reminderItem>;

export const reminderSummary = z.object({
  /** Open reminders past their last day / within a day of it. */
  overdue: z.number().int(),
  dueSoon: z.number().int(),
  /** Of those, the ones not yet read (the header badge). */
  unread: z.number().int(),
  unreadOverdue: z.number().int(),
});
export type ReminderSummary = z.infer<typeof reminderSummary>;

type ReminderRow = typeof legalAidReminders.$inferSelect;

export function toReminderItem(
  row: ReminderRow,
  matter: { number: string; status: string; applicantName: string; recipientName: string | null },
): ReminderItem {
  return {
    id: row.id,
    matterId: row.matterId,
    matterNumber: matter.number,
    matterStatus: matter.status,
    matterStatusLabel:
      LEGAL_AID_STATUS_LABELS[matter.status as keyof typeof LEGAL_AID_STATUS_LABELS] ?? matter.status,
    applicantName: matter.applicantName,
    kind: row.kind,
    kindLabel:
      LEGAL_AID_DEADLINE_LABELS[row.kind as keyof typeof LEGAL_AID_DEADLINE_LABELS] ??
      OTHER_KIND_LABELS[row.kind] ??
      row.kind,
    dueOn: row.dueOn,
    level: row.level as ReminderItem['level'],
    message: row.message,
    source: row.source,
    recipientRole: row.recipientRole,
    recipientUserId: row.recipientUserId,
    recipientName: matter.recipientName,
    createdAt: row.createdAt.toISOString(),
    escalatedAt: row.escalatedAt?.toISOString() ?? null,
    readAt: row.readAt?.toISOString() ?? null,
    done: row.done,
  };
}
