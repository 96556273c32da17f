import { checkTeamEligibility, type SanctionKind, type TeamEligibility } from '@core/roster';
import { and, eq, sql } from 'drizzle-orm';
import { recordAudit } from '../../audit/record-audit';
import type { Executor, RequestMeta, StaffActor } from '../../context';
import { lawyerSanctions, lawyers } from '../../db/schema/index';
import type { LawyerRow } from './lawyer-item';

/** The lawyer's standing against the team rule (core/roster/lawyer-team.ts) on business date `today`. */
export async function teamEligibilityOf(
  executor: Executor,
  lawyer: Pick<LawyerRow, 'id' | 'firstPracticeYear'>,
  today: string,
): Promise<TeamEligibility> {
  const sanctions = await executor
    .select({ kind: lawyerSanctions.kind, decidedOn: lawyerSanctions.decidedOn })
    .from(lawyerSanctions)
    .where(eq(lawyerSanctions.lawyerId, lawyer.id));
  return checkTeamEligibility(
    {
      firstPracticeYear: lawyer.firstPracticeYear,
      sanctions: sanctions.map((s) => ({ kind: s.kind as SanctionKind, decidedOn: s.decidedOn })),
    },
    today,
  );
}

/**
 * Re-checks a team member after a change (a sanction recorded, the first practice year corrected).
 * A member who no longer meets the rule is removed from the team in the caller's transaction, with a
 * `lawyer.team-remove` audit entry whose reason lists why. `row` must be the current, locked row.
 * Returns the (possibly updated) row and the eligibility found.
 */
export async function enforceTeamRule(
  executor: Executor,
  actor: StaffActor,
  meta: RequestMeta,
  row: LawyerRow,
  today: string,
  now: Date,
): Promise<{ row: LawyerRow; removed: boolean; eligibility: TeamEligibility }> {
  const eligibility = await teamEligibilityOf(executor, row, today);
  if (!row.teamMember || eligibility.eligible) return { row, removed: false, eligibility };
  const reason = `不再符合公共法律服务律师团条件：${eligibility.reasons.map((r) => r.message).join('；')}`;
  const [updated] = await executor
    .update(lawyers)
    .set({
      teamMember: false,
      teamRemovedReason: reason,
      version: sql`${lawyers.version} + 1`,
      updatedAt: now,
    })
    .where(and(eq(lawyers.id, row.id), eq(lawyers.version, row.version)))
    .returning();
  if (!updated) throw new Error(`lawyer ${row.id} changed under a row lock`);
  await recordAudit(executor, actor, meta, {
    action: 'lawyer.team-remove',
    entityType: 'lawyer',
    entityId: row.id,
    orgId: row.orgId,
    reason,
    before: { teamMember: true, teamJoinedOn: row.teamJoinedOn },
    after: { teamMember: false, reasons: eligibility.reasons },
  });
  return { row: updated, removed: true, eligibility };
}
