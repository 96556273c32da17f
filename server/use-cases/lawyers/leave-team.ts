import { assertCan } from '@core/access';
import { conflict, staleVersion } from '@core/errors';
import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { recordAudit } from '../../audit/record-audit';
import type { Services, UseCaseCall } from '../../context';
import { lawyers } from '../../db/schema/index';
import { describeLawyer, getLawyerRow } from './lawyer-checks';
import type { LawyerItem } from './lawyer-item';

export const leaveTeamBody = z.object({
  version: z.number({ error: '缺少版本号' }).int().min(1),
  reason: z
    .string({ error: '请填写退出原因' })
    .trim()
    .min(2, '请填写退出原因')
    .max(500, '原因不能超过 500 个字'),
});
export type LeaveTeamInput = z.infer<typeof leaveTeamBody> & { id: string };

/**
 * Takes a lawyer off the 公共法律服务律师团 for a stated reason (kept on the row as `teamRemovedReason`).
 * LAWYER.NOT_IN_TEAM (409) when not a member. Writes the change and a `lawyer.team-leave` audit entry
 * in one transaction.
 */
export async function leaveTeam(
  services: Services,
  { actor, input, meta }: UseCaseCall<LeaveTeamInput>,
): Promise<{ item: LawyerItem }> {
  assertCan(actor, 'lawyer.manage');
  return services.db.transaction(async (tx) => {
    const row = await getLawyerRow(tx, input.id, true);
    assertCan(actor, 'lawyer.manage', { orgId: row.orgId });
    if (row.version !== input.version) throw staleVersion('律师信息');
    if (!row.teamMember) throw conflict('LAWYER.NOT_IN_TEAM', `${row.name}不是公共法律服务律师团成员`);
    const [updated] = await tx
      .update(lawyers)
      .set({
        teamMember: false,
        teamRemovedReason: input.reason,
        version: sql`${lawyers.version} + 1`,
        updatedAt: services.now(),
      })
      .where(and(eq(lawyers.id, row.id), eq(lawyers.version, input.version)))
      .returning();
    if (!updated) throw staleVersion('律师信息');
    await recordAudit(tx, actor, meta, {
      action: 'lawyer.team-leave',
      entityType: 'lawyer',
      entityId: row.id,
      orgId: row.orgId,
      reason: input.reason,
      before: { teamMember: true, teamJoinedOn: row.teamJoinedOn },
      after: { teamMember: false },
    });
    return { item: await describeLawyer(tx, updated) };
  });
}
