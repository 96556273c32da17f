import { assertCan } from '@core/access';
import { businessDateOf } from '@core/calendar';
import { conflict, staleVersion } from '@core/errors';
import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { recordAudit } from '../../audit/record-audit';
import type { Services, UseCaseCall } from '../../context';
import { lawyers } from '../../db/schema/index';
import { describeLawyer, getLawyerRow } from './lawyer-checks';
import type { LawyerItem } from './lawyer-item';
import { teamEligibilityOf } from './team-membership';

export const joinTeamBody = z.object({
  version: z.number({ error: '缺少版本号' }).int().min(1),
  reason: z.string().trim().max(500, '说明不能超过 500 个字').optional(),
});
export type JoinTeamInput = z.infer<typeof joinTeamBody> & { id: string };

/**
 * Admits a lawyer to the 公共法律服务律师团 when the team rule (core/roster/lawyer-team.ts) holds on
 * today's Beijing date. Refusals are 409: LAWYER.TEAM_INELIGIBLE with `details.reasons` ({ code, message }[],
 * the rule's own reasons), LAWYER.ALREADY_IN_TEAM, LAWYER.INACTIVE, or COMMON.STALE_VERSION. Nothing is
 * written on a refusal. Writes the change and a `lawyer.team-join` audit entry in one transaction.
 */
export async function joinTeam(
  services: Services,
  { actor, input, meta }: UseCaseCall<JoinTeamInput>,
): Promise<{ item: LawyerItem }> {
  assertCan(actor, 'lawyer.manage');
  const today = businessDateOf(services.now());
  return services.db.transaction(async (tx) => {
    const row = await getLawyerRow(tx, input.id, true);
    assertCan(actor, 'lawyer.manage', { orgId: row.orgId });
    if (row.version !== input.version) throw staleVersion('律师信息');
    if (row.teamMember) throw conflict('LAWYER.ALREADY_IN_TEAM', `${row.name}已是公共法律服务律师团成员`);
    if (!row.active) throw conflict('LAWYER.INACTIVE', `${row.name}已停止在册，不能加入律师团`);
    const eligibility = await teamEligibilityOf(tx, row, today);
    if (!eligibility.eligible) {
      throw conflict(
        'LAWYER.TEAM_INELIGIBLE',
        `不符合公共法律服务律师团条件：${eligibility.reasons.map((r) => r.message).join('；')}`,
        { reasons: eligibility.reasons },
      );
    }
    const [updated] = await tx
      .update(lawyers)
      .set({
        teamMember: true,
        teamJoinedOn: today,
        teamRemovedReason: null,
        version: sql`${lawyers.version} + 1`,
        updatedAt: services.now(),
      })
      .where(and(eq(lawyers.id, row.id), eq(lawyers.version, input.version)))
      .returning();
    if (!updated) throw staleVersion('律师信息');
    await recordAudit(tx, actor, meta, {
      action: 'lawyer.team-join',
      entityType: 'lawyer',
      entityId: row.id,
      orgId: row.orgId,
      reason: input.reason ?? null,
      before: { teamMember: false },
      after: { teamMember: true, teamJoinedOn: today, practiceYears: eligibility.practiceYears },
    });
    return { item: await describeLawyer(tx, updated) };
  });
}
