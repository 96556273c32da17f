import { assertCan } from '@core/access';
import { attendanceFacts, dueAtSessions, tally } from '@core/staff-programme/attendance';
import { ATTENDANCE_STATUSES } from '@core/staff-programme/vocabulary';
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import { z } from 'zod';
import type { Services, UseCaseCall } from '../../context';
import { sessionAttendance, spotCheckItems, studySessions, users } from '../../db/schema/index';
import { plansOfMember } from './list-plans';
import { tallyView } from './plan-progress';
import { sessionItem, toSessionItem } from './plan-views';
import { itemViews, spotCheckItemView } from './spot-checks';

export const myAttendanceReply = z.object({
  tally: tallyView,
  sessions: z.array(
    sessionItem.extend({ planTitle: z.string(), status: z.enum(ATTENDANCE_STATUSES).nullable() }),
  ),
});

/**
 * The actor's own attendance (个人考勤): every session of the plans they take part in, with their status
 * (absent once ended without a record), and their rate over the sessions held. Only their own records.
 */
export async function myAttendance(services: Services, { actor }: UseCaseCall<Record<string, never>>) {
  assertCan(actor, 'study.participate');
  const now = services.now();
  const plans = await plansOfMember(services.db, actor);
  const ids = plans.map((p) => p.id);
  const sessions =
    ids.length === 0
      ? []
      : await services.db
          .select()
          .from(studySessions)
          .where(and(inArray(studySessions.planId, ids), isNull(studySessions.cancelledAt)))
          .orderBy(asc(studySessions.startsAt));
  const mine = await services.db
    .select()
    .from(sessionAttendance)
    .where(eq(sessionAttendance.userId, actor.userId));
  const [me] = await services.db
    .select({ joinedAt: users.createdAt })
    .from(users)
    .where(eq(users.id, actor.userId));
  const held = sessions.filter((s) => s.endsAt.getTime() <= now.getTime());
  // Sessions held before the account existed are not theirs to attend (core dueAtSessions).
  const due = new Set(
    dueAtSessions(held, [{ id: actor.userId, joinedAt: me?.joinedAt ?? new Date(0) }], mine).map(
      (e) => e.sessionId,
    ),
  );
  const facts = attendanceFacts(
    held.filter((s) => due.has(s.id)).map((s) => ({ sessionId: s.id, userId: actor.userId })),
    mine.map((r) => ({ ...r, status: r.status as 'present' | 'late' | 'leave' })),
  );
  return {
    tally: tally(facts),
    sessions: sessions.map((s) => {
      const record = mine.find((r) => r.sessionId === s.id);
      const ended = s.endsAt.getTime() <= now.getTime();
      return {
        ...toSessionItem(s),
        planTitle: plans.find((p) => p.id === s.planId)?.title ?? '',
        status: (record?.status ?? (ended && due.has(s.id) ? 'absent' : null)) as
          | (typeof ATTENDANCE_STATUSES)[number]
          | null,
      };
    }),
  };
}

export const mySpotChecksReply = z.object({ items: z.array(spotCheckItemView) });

/** The spot-check results of the actor's own notes: grade, comment and any follow-up asked of them. */
export async function mySpotChecks(services: Services, { actor }: UseCaseCall<Record<string, never>>) {
  assertCan(actor, 'study.participate');
  return { items: await itemViews(services.db, and(eq(spotCheckItems.ownerId, actor.userId))) };
}
