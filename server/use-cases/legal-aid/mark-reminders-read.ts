import { assertCan } from '@core/access';
import { forbidden, notFound } from '@core/errors';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import { recordAudit } from '../../audit/record-audit';
import type { Services, UseCaseCall } from '../../context';
import { legalAidMatters, legalAidReminders, persons, users } from '../../db/schema/index';
import { addressedTo } from './list-reminders';
import { type ReminderItem, toReminderItem } from './reminder-item';

/**
 * Marks one reminder read (已读) for its recipient: someone it is addressed to (list-reminders
 * `addressedTo`; a director who only oversees the agency's clocks may not acknowledge another's), in
 * one transaction with its audit entry. Idempotent: a read reminder keeps its first `readAt`. The sweep
 * clears `readAt` when the reminder escalates to overdue, so the badge shows it again.
 */
export async function markReminderRead(
  services: Services,
  { actor, input, meta }: UseCaseCall<{ id: string }>,
): Promise<ReminderItem> {
  assertCan(actor, 'legal-aid.read');
  return services.db.transaction(async (tx) => {
    const [exists] = await tx
      .select({ orgId: legalAidReminders.orgId })
      .from(legalAidReminders)
      .where(eq(legalAidReminders.id, input.id));
    if (!exists) throw notFound('LEGAL_AID.REMINDER_NOT_FOUND', '该提醒不存在');
    const [mine] = await tx
      .select({ id: legalAidReminders.id })
      .from(legalAidReminders)
      .innerJoin(legalAidMatters, eq(legalAidMatters.id, legalAidReminders.matterId))
      .where(and(eq(legalAidReminders.id, input.id), addressedTo(actor)))
      .for('update', { of: legalAidReminders });
    if (!mine) throw forbidden('该提醒不是发给您的，不能标为已读');
    const now = services.now();
    const [updated] = await tx
      .update(legalAidReminders)
      .set({ readAt: now })
      .where(and(eq(legalAidReminders.id, input.id), isNull(legalAidReminders.readAt)))
      .returning({ id: legalAidReminders.id });
    if (updated) {
      await recordAudit(tx, actor, meta, {
        action: 'legal-aid.reminder.read',
        entityType: 'legal-aid-reminder',
        entityId: input.id,
        orgId: exists.orgId,
        after: { readAt: now.toISOString() },
      });
    }
    const [row] = await tx
      .select({
        reminder: legalAidReminders,
        number: legalAidMatters.number,
        status: legalAidMatters.status,
        applicantName: persons.name,
        recipientName: users.displayName,
      })
      .from(legalAidReminders)
      .innerJoin(legalAidMatters, eq(legalAidMatters.id, legalAidReminders.matterId))
      .innerJoin(persons, eq(persons.id, legalAidMatters.applicantPersonId))
      .leftJoin(users, eq(users.id, legalAidReminders.recipientUserId))
      .where(eq(legalAidReminders.id, input.id));
    return toReminderItem(row!.reminder, {
      number: row!.number,
      status: row!.status,
      applicantName: row!.applicantName,
      recipientName: row!.recipientName,
    });
  });
}

/** Marks every open, unread reminder addressed to the actor read; returns how many (one audit entry). */
export async function markAllRemindersRead(
  services: Services,
  { actor, meta }: UseCaseCall<Record<string, never>>,
): Promise<{ marked: number }> {
  assertCan(actor, 'legal-aid.read');
  return services.db.transaction(async (tx) => {
    const ids = (
      await tx
        .select({ id: legalAidReminders.id })
        .from(legalAidReminders)
        .innerJoin(legalAidMatters, eq(legalAidMatters.id, legalAidReminders.matterId))
        .where(and(addressedTo(actor), eq(legalAidReminders.done, false), isNull(legalAidReminders.readAt)))
    ).map((r) => r.id);
    if (ids.length === 0) return { marked: 0 };
    const now = services.now();
    const updated = await tx
      .update(legalAidReminders)
      .set({ readAt: now })
      .where(and(inArray(legalAidReminders.id, ids), isNull(legalAidReminders.readAt)))
      .returning({ id: legalAidReminders.id });
    await recordAudit(tx, actor, meta, {
      action: 'legal-aid.reminder.read-all',
      entityType: 'legal-aid-reminder',
      entityId: null,
      orgId: actor.orgId,
      after: { marked: updated.length },
    });
    return { marked: updated.length };
  });
}
