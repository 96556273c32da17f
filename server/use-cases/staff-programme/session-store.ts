import { can } from '@core/access';
import { eq } from 'drizzle-orm';
import type { Executor, StaffActor } from '../../context';
import { studyPlans, studySessions } from '../../db/schema/index';
import { studyNotFound } from './programme-scope';

export type SessionRow = typeof studySessions.$inferSelect;
export type PlanRow = typeof studyPlans.$inferSelect;

/** A session and its plan, or STUDY.NOT_FOUND. */
export async function loadSession(tx: Executor, id: string): Promise<{ session: SessionRow; plan: PlanRow }> {
  const [row] = await tx
    .select({ session: studySessions, plan: studyPlans })
    .from(studySessions)
    .innerJoin(studyPlans, eq(studyPlans.id, studySessions.planId))
    .where(eq(studySessions.id, id));
  if (!row) throw studyNotFound('学习活动');
  return row;
}

/** The organiser's view of a session: `study.manage` in its bureau, else 404 (no hint it exists). */
export function assertOrganiser(actor: StaffActor, session: SessionRow): void {
  if (!can(actor, 'study.manage', { orgId: session.orgId })) throw studyNotFound('学习活动');
}
