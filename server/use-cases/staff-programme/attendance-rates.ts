import { can } from '@core/access';
import { startOfBusinessDate } from '@core/calendar/business-date';
import { addCalendarDays } from '@core/calendar/iso-date';
import { badInput, forbidden } from '@core/errors';
import { attendanceFacts, dueAtSessions, rankByRate, tally, tallyBy } from '@core/staff-programme/attendance';
import { and, eq, gte, inArray, isNull, lt, lte, ne, or } from 'drizzle-orm';
import { z } from 'zod';
import type { Services, UseCaseCall } from '../../context';
import { sessionAttendance, studyPlans, studySessions } from '../../db/schema/index';
import { findHomeBureau } from '../access/reference-scope';
import { assertMaySeePlan, loadPlan } from './get-plan';
import { plansOfMember } from './list-plans';
import { tallyView } from './plan-progress';
import { isoDate } from './plan-views';
import { audienceMembers, type Member } from './programme-scope';

export const attendanceRatesQuery = z.object({
  /** First Beijing date of the period (sessions starting on or after it). */
  from: isoDate.optional(),
  /** Last Beijing date of the period, inclusive. */
  to: isoDate.optional(),
  /** One plan (with the copies the city pushed to the counties). */
  planId: z.uuid({ error: '编号格式不正确' }).optional(),
});
export type AttendanceRatesQuery = z.infer<typeof attendanceRatesQuery>;

const rateRow = z.object({ id: z.string(), name: z.string(), tally: tallyView });

export const attendanceRatesReply = z.object({
  /** `own`: only the actor's attendance; `scope`: everyone in the supervisor's scope. */
  view: z.enum(['own', 'scope']),
  /** The actor's bureau: the city sees its counties, a county its departments. */
  bureauKind: z.string(),
  sessionsHeld: z.number().int(),
  total: tallyView,
  /** Per county (bureau), highest rate first; one row for the county itself when seen by a county. */
  counties: z.array(rateRow),
  /** Per department (the member's own unit), highest rate first. */
  departments: z.array(rateRow.extend({ county: z.string() })),
  /** Per person, highest rate first (only the actor in the `own` view). */
  persons: z.array(rateRow.extend({ department: z.string(), county: z.string() })),
});
export type AttendanceRates = z.infer<typeof attendanceRatesReply>;

/**
 * Attendance rates (出勤率) per person, department and county over a period and/or a plan, from the
 * sessions held by now (not cancelled; a session counts in the period by its start, Beijing dates) and
 * the members of each plan's audience who existed by each session (core dueAtSessions, attendanceFacts, tally: (present + late) / (expected − leave)).
 *
 * Privacy (issue #8): without `study.supervise` the actor gets only their own attendance (view `own`);
 * a supervisor gets the people working in their organisation scope (view `scope`) — the city bureau's
 * scope includes the counties, so the city sees each county's rate (市县两级联动). A plan outside what the
 * actor may see is 404 STUDY.NOT_FOUND; `to` before `from` is 400 STUDY.INVALID_PERIOD.
 */
export async function attendanceRates(
  services: Services,
  { actor, input }: UseCaseCall<AttendanceRatesQuery>,
): Promise<AttendanceRates> {
  if (!can(actor, 'study.participate')) throw forbidden();
  if (input.from && input.to && input.to < input.from)
    throw badInput('STUDY.INVALID_PERIOD', '结束日期不能早于开始日期', 'to');
  const db = services.db;
  const now = services.now();
  const supervise = can(actor, 'study.supervise');
  const bureau = await findHomeBureau(db, actor.orgId);
  const scope = [...actor.scopeOrgIds];
  const inScope = new Set(scope);

  let plans: (typeof studyPlans.$inferSelect)[];
  if (input.planId) {
    const plan = await loadPlan(db, input.planId);
    await assertMaySeePlan(db, actor, plan);
    const copies = supervise
      ? await db
          .select()
          .from(studyPlans)
          .where(and(eq(studyPlans.parentPlanId, plan.id), ne(studyPlans.status, 'draft')))
      : [];
    plans = [plan, ...copies.filter((c) => can(actor, 'study.supervise', { orgId: c.orgId }))];
  } else if (supervise) {
    plans = await db
      .select()
      .from(studyPlans)
      .where(
        and(
          ne(studyPlans.status, 'draft'),
          bureau
            ? or(inArray(studyPlans.orgId, scope), eq(studyPlans.orgId, bureau.id))
            : inArray(studyPlans.orgId, scope),
        ),
      );
  } else {
    plans = await plansOfMember(db, actor);
  }

  const start = input.from ? startOfBusinessDate(input.from) : undefined;
  const end = input.to ? startOfBusinessDate(addCalendarDays(input.to, 1)) : undefined;
  const inView = (m: Member) => (supervise ? inScope.has(m.orgId) : m.id === actor.userId);
  const planned: { sessions: { id: string; startsAt: Date }[]; members: Member[] }[] = [];
  const people = new Map<string, Member>();
  const sessionIds: string[] = [];
  for (const plan of plans) {
    if (plan.status === 'draft') continue;
    const sessions = await db
      .select({ id: studySessions.id, startsAt: studySessions.startsAt })
      .from(studySessions)
      .where(
        and(
          eq(studySessions.planId, plan.id),
          isNull(studySessions.cancelledAt),
          lte(studySessions.endsAt, now),
          start ? gte(studySessions.startsAt, start) : undefined,
          end ? lt(studySessions.startsAt, end) : undefined,
        ),
      );
    if (sessions.length === 0) continue;
    const members = (await audienceMembers(db, plan)).filter(inView);
    if (members.length === 0) continue;
    for (const m of members) people.set(m.id, m);
    for (const s of sessions) sessionIds.push(s.id);
    planned.push({ sessions, members });
  }
  const records =
    sessionIds.length === 0
      ? []
      : await db
          .select({
            sessionId: sessionAttendance.sessionId,
            userId: sessionAttendance.userId,
            status: sessionAttendance.status,
          })
          .from(sessionAttendance)
          .where(inArray(sessionAttendance.sessionId, sessionIds));
  const expected = planned.flatMap((p) => dueAtSessions(p.sessions, p.members, records));
  const facts = attendanceFacts(
    expected,
    records.map((r) => ({ ...r, status: r.status as 'present' | 'late' | 'leave' })),
  );
  const member = (userId: string) => people.get(userId)!;
  const counties = [...tallyBy(facts, (f) => member(f.userId).bureauId)].map(([id, t]) => ({
    id,
    name: [...people.values()].find((m) => m.bureauId === id)?.bureau ?? '',
    tally: t,
  }));
  const departments = [...tallyBy(facts, (f) => member(f.userId).orgId)].map(([id, t]) => {
    const m = [...people.values()].find((p) => p.orgId === id);
    return { id, name: m?.unit ?? '', county: m?.bureau ?? '', tally: t };
  });
  const persons = [...tallyBy(facts, (f) => f.userId)].map(([id, t]) => ({
    id,
    name: member(id).displayName,
    department: member(id).unit,
    county: member(id).bureau,
    tally: t,
  }));
  return {
    view: supervise ? 'scope' : 'own',
    bureauKind: bureau?.kind ?? '',
    sessionsHeld: new Set(sessionIds).size,
    total: tally(facts),
    counties: rankByRate(counties),
    departments: rankByRate(departments),
    persons: rankByRate(persons),
  };
}
