import { attendanceFacts, dueAtSessions, tally } from '@core/staff-programme/attendance';
import { ATTENDANCE_STATUSES } from '@core/staff-programme/vocabulary';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Services, UseCaseCall } from '../../context';
import { sessionAttendance } from '../../db/schema/index';
import { tallyView } from './plan-progress';
import { sessionItem, toSessionItem } from './plan-views';
import { audienceMembers } from './programme-scope';
import { assertOrganiser, loadSession } from './session-store';

export const sessionAttendanceReply = z.object({
  session: sessionItem,
  planTitle: z.string(),
  tally: tallyView,
  items: z.array(
    z.object({
      userId: z.string(),
      name: z.string(),
      unit: z.string(),
      status: z.enum(ATTENDANCE_STATUSES),
      method: z.enum(['qr', 'organiser', 'leave']).nullable(),
      checkedInAt: z.string().nullable(),
      /** The organiser's reason for a 代签到 or correction. */
      note: z.string().nullable(),
    }),
  ),
});

/**
 * The sign-in sheet of a session: every member of the plan's audience with their status (no record =
 * absent, or "not yet" before the end). Organisers only (`study.manage` in the session's bureau).
 */
export async function getSessionAttendance(
  services: Services,
  { actor, input }: UseCaseCall<{ id: string }>,
) {
  const { session, plan } = await loadSession(services.db, input.id);
  assertOrganiser(actor, session);
  const [members, records] = await Promise.all([
    audienceMembers(services.db, plan),
    services.db.select().from(sessionAttendance).where(eq(sessionAttendance.sessionId, session.id)),
  ]);
  // Only those whose account existed by the start (or who have a record) are on the sheet.
  const due = new Set(dueAtSessions([session], members, records).map((e) => e.userId));
  const sheet = members.filter((m) => due.has(m.id));
  const facts = attendanceFacts(
    sheet.map((m) => ({ sessionId: session.id, userId: m.id })),
    records.map((r) => ({ ...r, status: r.status as 'present' | 'late' | 'leave' })),
  );
  return {
    session: toSessionItem(session),
    planTitle: plan.title,
    tally: tally(facts),
    items: sheet.map((m) => {
      const record = records.find((r) => r.userId === m.id);
      return {
        userId: m.id,
        name: m.displayName,
        unit: m.unit,
        status: facts.find((f) => f.userId === m.id)!.status,
        method: (record?.method ?? null) as 'qr' | 'organiser' | 'leave' | null,
        checkedInAt: record?.checkedInAt?.toISOString() ?? null,
        note: record?.note ?? null,
      };
    }),
  };
}
