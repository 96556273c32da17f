import { type Actor, assertCan } from '@core/access';
import { and, asc, count, desc, eq, inArray, isNull, or, type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Services, UseCaseCall } from '../../context';
import { legalAidMatters, legalAidReminders, persons, users } from '../../db/schema/index';
import { onlyAssigned } from './list-matters';
import { type ReminderItem, type ReminderSummary, toReminderItem } from './reminder-item';

export const listRemindersQuery = z.object({
  page: z.coerce.number({ error: '页码应为数字' }).int().min(1, '页码从 1 开始').default(1),
  pageSize: z.coerce
    .number({ error: '每页条数应为数字' })
    .int()
    .min(1)
    .max(100, '每页最多 100 条')
    .default(50),
  /** 'open' (default): deadlines still running; 'all': with those met or no longer running. */
  state: z.enum(['open', 'all'], { error: '状态应为 open 或 all' }).default('open'),
  unread: z.enum(['true', 'false']).optional(),
});
export type ListRemindersInput = z.infer<typeof listRemindersQuery>;

/**
 * The reminders addressed to `actor`: to them by name, or to a role inbox they hold (a reviewer sees
 * the reviewers' inbox, a bureau leader the objection clocks), inside their organisation scope. A
 * lawyer's reminders are only ever by name, and only on matters still assigned to them (core/access
 * `assignedUserIds`): the lawyers' inbox is not shared.
 */
export function addressedTo(actor: Actor): SQL | undefined {
  const roles = actor.roles.filter((role) => role !== 'lawyer');
  return and(
    inArray(legalAidReminders.orgId, [...actor.scopeOrgIds]),
    or(
      eq(legalAidReminders.recipientUserId, actor.userId),
      roles.length > 0
        ? and(isNull(legalAidReminders.recipientUserId), inArray(legalAidReminders.recipientRole, roles))
        : undefined,
    ),
    onlyAssigned(actor) ? eq(legalAidMatters.assignedUserId, actor.userId) : undefined,
  );
}

/** Overdue first, then due soon, then prompts; within a level the earliest last day first. */
const LEVEL_ORDER = sql`case ${legalAidReminders.level} when 'overdue' then 0 when 'due-soon' then 1 else 2 end`;

async function page(
  services: Services,
  where: SQL | undefined,
  input: ListRemindersInput,
): Promise<{ items: ReminderItem[]; total: number }> {
  const condition = and(
    where,
    input.state === 'open' ? eq(legalAidReminders.done, false) : undefined,
    input.unread === 'true' ? isNull(legalAidReminders.readAt) : undefined,
  );
  const [total] = await services.db
    .select({ n: count() })
    .from(legalAidReminders)
    .innerJoin(legalAidMatters, eq(legalAidMatters.id, legalAidReminders.matterId))
    .where(condition);
  const rows = await services.db
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
    .where(condition)
    .orderBy(
      asc(legalAidReminders.done),
      LEVEL_ORDER,
      asc(legalAidReminders.dueOn),
      desc(legalAidReminders.createdAt),
      asc(legalAidReminders.id),
    )
    .limit(input.pageSize)
    .offset((input.page - 1) * input.pageSize);
  return {
    items: rows.map((r) =>
      toReminderItem(r.reminder, {
        number: r.number,
        status: r.status,
        applicantName: r.applicantName,
        recipientName: r.recipientName,
      }),
    ),
    total: total?.n ?? 0,
  };
}

/**
 * 我的提醒: the deadline reminders addressed to the actor (`addressedTo`), by default those still
 * running, overdue first (`legal-aid.read`).
 */
export function listMyReminders(
  services: Services,
  { actor, input }: UseCaseCall<ListRemindersInput>,
): Promise<{ items: ReminderItem[]; total: number }> {
  assertCan(actor, 'legal-aid.read');
  return page(services, addressedTo(actor), input);
}

/**
 * Every reminder in the actor's organisation scope, whoever it is addressed to: the director's view
 * of the agency's clocks (`legal-aid.decide`).
 */
export function listAllReminders(
  services: Services,
  { actor, input }: UseCaseCall<ListRemindersInput>,
): Promise<{ items: ReminderItem[]; total: number }> {
  assertCan(actor, 'legal-aid.decide');
  return page(services, inArray(legalAidReminders.orgId, [...actor.scopeOrgIds]), input);
}

/** The header badge: the actor's open due-soon and overdue reminders, and how many are unread. */
export async function summarizeMyReminders(
  services: Services,
  { actor }: UseCaseCall<Record<string, never>>,
): Promise<ReminderSummary> {
  assertCan(actor, 'legal-aid.read');
  const overdue = eq(legalAidReminders.level, 'overdue');
  const unread = isNull(legalAidReminders.readAt);
  const [row] = await services.db
    .select({
      overdue: sql<number>`count(*) filter (where ${overdue})`.mapWith(Number),
      dueSoon: sql<number>`count(*) filter (where ${legalAidReminders.level} = 'due-soon')`.mapWith(Number),
      unread: sql<number>`count(*) filter (where ${unread})`.mapWith(Number),
      unreadOverdue: sql<number>`count(*) filter (where ${unread} and ${overdue})`.mapWith(Number),
    })
    .from(legalAidReminders)
    .innerJoin(legalAidMatters, eq(legalAidMatters.id, legalAidReminders.matterId))
    .where(
      and(
        addressedTo(actor),
        eq(legalAidReminders.done, false),
        inArray(legalAidReminders.level, ['due-soon', 'overdue']),
      ),
    );
  return {
    overdue: row?.overdue ?? 0,
    dueSoon: row?.dueSoon ?? 0,
    unread: row?.unread ?? 0,
    unreadOverdue: row?.unreadOverdue ?? 0,
  };
}
