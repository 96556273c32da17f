import {
  type AttendanceFact,
  attendanceFacts,
  dueAtSessions,
  type Tally,
  tally,
} from '@core/staff-programme/attendance';
import { and, asc, count, eq, inArray, isNull, lte } from 'drizzle-orm';
import { z } from 'zod';
import type { Executor } from '../../context';
import { sessionAttendance, type studyPlans, studyRecords, studySessions } from '../../db/schema/index';
import { audienceMembers, type Member } from './programme-scope';

export const tallyView = z.object({
  expected: z.number().int(),
  present: z.number().int(),
  late: z.number().int(),
  leave: z.number().int(),
  absent: z.number().int(),
  rate: z.number().nullable(),
});

export const progressView = z.object({
  members: z.number().int(),
  sessionsTotal: z.number().int(),
  sessionsHeld: z.number().int(),
  attendance: tallyView,
  notes: z.number().int(),
});
export type Progress = z.infer<typeof progressView>;

type PlanRow = typeof studyPlans.$inferSelect;

/**
 * The attendance facts of a plan's sessions held by `now` (not cancelled): every member of the audience
 * at every such session they existed by (core dueAtSessions), with what was recorded (core attendanceFacts), and the members themselves.
 */
export async function planAttendance(
  tx: Executor,
  plan: PlanRow,
  now: Date,
): Promise<{ members: Member[]; facts: AttendanceFact[]; sessionsTotal: number; sessionsHeld: number }> {
  const [members, sessions, [total]] = await Promise.all([
    audienceMembers(tx, plan),
    tx
      .select({ id: studySessions.id, startsAt: studySessions.startsAt })
      .from(studySessions)
      .where(
        and(
          eq(studySessions.planId, plan.id),
          isNull(studySessions.cancelledAt),
          lte(studySessions.endsAt, now),
        ),
      )
      .orderBy(asc(studySessions.startsAt)),
    tx
      .select({ n: count() })
      .from(studySessions)
      .where(and(eq(studySessions.planId, plan.id), isNull(studySessions.cancelledAt))),
  ]);
  const sessionIds = sessions.map((s) => s.id);
  const records =
    sessionIds.length === 0
      ? []
      : await tx
          .select({
            sessionId: sessionAttendance.sessionId,
            userId: sessionAttendance.userId,
            status: sessionAttendance.status,
          })
          .from(sessionAttendance)
          .where(inArray(sessionAttendance.sessionId, sessionIds));
  const expected = dueAtSessions(sessions, members, records);
  const facts = attendanceFacts(
    expected,
    records.map((r) => ({ ...r, status: r.status as 'present' | 'late' | 'leave' })),
  );
  return { members, facts, sessionsTotal: total?.n ?? 0, sessionsHeld: sessionIds.length };
}

/** Members, sessions held, attendance and notes written so far: what the city follows for each county. */
export async function planProgress(tx: Executor, plan: PlanRow, now: Date): Promise<Progress> {
  const { members, facts, sessionsTotal, sessionsHeld } = await planAttendance(tx, plan, now);
  const [notes] = await tx.select({ n: count() }).from(studyRecords).where(eq(studyRecords.planId, plan.id));
  const t: Tally = tally(facts);
  return { members: members.length, sessionsTotal, sessionsHeld, attendance: t, notes: notes?.n ?? 0 };
}
