import { assertCan } from '@core/access';
import { businessDateOf, isIsoDate } from '@core/calendar';
import { badInput } from '@core/errors';
import type { TeamIneligibilityReason } from '@core/roster';
import { z } from 'zod';
import { recordAudit } from '../../audit/record-audit';
import type { Services, UseCaseCall } from '../../context';
import { lawyerSanctions } from '../../db/schema/index';
import { describeLawyer, getLawyerRow } from './lawyer-checks';
import type { LawyerItem } from './lawyer-item';
import { enforceTeamRule } from './team-membership';

export const SANCTION_KINDS = ['administrative-penalty', 'industry-sanction'] as const;

export const recordSanctionBody = z.object({
  kind: z.enum(SANCTION_KINDS, { error: '请选择处分类别（行政处罚或行业处分）' }),
  decidedOn: z
    .string({ error: '请填写决定日期' })
    .refine(isIsoDate, '决定日期应为 YYYY-MM-DD 格式的有效日期'),
  authority: z
    .string({ error: '请填写作出决定的机关' })
    .trim()
    .min(2, '请填写作出决定的机关')
    .max(100, '机关名称不能超过 100 个字'),
  description: z
    .string({ error: '请填写处分内容' })
    .trim()
    .min(2, '请填写处分内容')
    .max(2000, '处分内容不能超过 2000 个字'),
});
export type RecordSanctionInput = z.infer<typeof recordSanctionBody> & { lawyerId: string };

export const sanctionItem = z.object({
  id: z.string(),
  lawyerId: z.string(),
  kind: z.enum(SANCTION_KINDS),
  decidedOn: z.string(),
  authority: z.string(),
  description: z.string(),
  recordedBy: z.string().nullable(),
});
export type SanctionItem = z.infer<typeof sanctionItem>;

/**
 * Records an administrative penalty (行政处罚) or industry sanction (行业处分) against a lawyer, decided on
 * or before today (LAWYER.SANCTION_DATE_IN_FUTURE, 400, field `decidedOn`), then RE-CHECKS team
 * membership: a member who no longer meets the rule is removed from the team in the same transaction,
 * with a `lawyer.team-remove` audit entry naming the reasons. Audits `lawyer.sanction-record`.
 */
export async function recordSanction(
  services: Services,
  { actor, input, meta }: UseCaseCall<RecordSanctionInput>,
): Promise<{
  sanction: SanctionItem;
  item: LawyerItem;
  removedFromTeam: boolean;
  reasons: TeamIneligibilityReason[];
}> {
  assertCan(actor, 'lawyer.sanction');
  const today = businessDateOf(services.now());
  if (input.decidedOn > today) {
    throw badInput('LAWYER.SANCTION_DATE_IN_FUTURE', `决定日期不能晚于今天（${today}）`, 'decidedOn');
  }
  return services.db.transaction(async (tx) => {
    const row = await getLawyerRow(tx, input.lawyerId, true);
    assertCan(actor, 'lawyer.sanction', { orgId: row.orgId });
    const [inserted] = await tx
      .insert(lawyerSanctions)
      .values({
        lawyerId: row.id,
        kind: input.kind,
        decidedOn: input.decidedOn,
        authority: input.authority,
        description: input.description,
        recordedBy: actor.userId,
      })
      .returning();
    const sanction: SanctionItem = {
      id: inserted!.id,
      lawyerId: row.id,
      kind: input.kind,
      decidedOn: inserted!.decidedOn,
      authority: inserted!.authority,
      description: inserted!.description,
      recordedBy: inserted!.recordedBy,
    };
    await recordAudit(tx, actor, meta, {
      action: 'lawyer.sanction-record',
      entityType: 'lawyer',
      entityId: row.id,
      orgId: row.orgId,
      after: sanction,
    });
    const checked = await enforceTeamRule(tx, actor, meta, row, today, services.now());
    return {
      sanction,
      item: await describeLawyer(tx, checked.row),
      removedFromTeam: checked.removed,
      reasons: checked.eligibility.reasons,
    };
  });
}
