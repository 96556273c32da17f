import { checkInPhase, dueAtSessions } from '@core/staff-programme/attendance';
import { issueCheckInToken } from '@core/staff-programme/check-in-token';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Services, UseCaseCall } from '../../context';
import { sessionAttendance } from '../../db/schema/index';
import { sessionItem, toSessionItem } from './plan-views';
import { audienceMembers, checkInSigner } from './programme-scope';
import { assertOrganiser, loadSession } from './session-store';

export const checkInTokenReply = z.object({
  session: sessionItem,
  planTitle: z.string(),
  phase: z.enum(['not-open', 'open', 'closed']),
  /** Present only while check-in is open. */
  token: z.string().nullable(),
  /** The page the QR code opens: `/check-in?s=<session>&t=<token>` (relative to the console's origin). */
  checkInPath: z.string().nullable(),
  rotatesAt: z.string(),
  expiresAt: z.string().nullable(),
  serverNow: z.string(),
  checkedIn: z.number().int(),
  expected: z.number().int(),
});

/**
 * The room screen's current QR code of a session (core issueCheckInToken: rotates every 30 s, bound to
 * the session), how many have checked in and how many are due (应到, core dueAtSessions, as the attendance
 * rates count them). Organisers only (`study.manage` in the session's bureau).
 * Outside the check-in window (30 min before start … end) no token is issued.
 */
export async function getCheckInToken(services: Services, { actor, input }: UseCaseCall<{ id: string }>) {
  const { session, plan } = await loadSession(services.db, input.id);
  assertOrganiser(actor, session);
  const now = services.now();
  const phase = session.cancelledAt ? 'closed' : checkInPhase(session, now);
  const issued = issueCheckInToken(session.id, now.getTime(), checkInSigner(services));
  const open = phase === 'open' && plan.status === 'published';
  const [records, members] = await Promise.all([
    services.db
      .select({
        sessionId: sessionAttendance.sessionId,
        userId: sessionAttendance.userId,
        status: sessionAttendance.status,
      })
      .from(sessionAttendance)
      .where(eq(sessionAttendance.sessionId, session.id)),
    audienceMembers(services.db, plan),
  ]);
  return {
    session: toSessionItem(session),
    planTitle: plan.title,
    phase,
    token: open ? issued.token : null,
    checkInPath: open ? `/check-in?s=${session.id}&t=${encodeURIComponent(issued.token)}` : null,
    rotatesAt: issued.rotatesAt.toISOString(),
    expiresAt: open ? issued.expiresAt.toISOString() : null,
    serverNow: now.toISOString(),
    // 已签到: present or late (an approved leave is a record too, but nobody checked in).
    checkedIn: records.filter((r) => r.status !== 'leave').length,
    // 应到 as the rates count it: members whose account existed by the start, or who have a record.
    expected: dueAtSessions([session], members, records).length,
  };
}
