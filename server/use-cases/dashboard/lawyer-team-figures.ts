import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Services, UseCaseCall } from '../../context';
import {
  type DashboardQuery,
  type DashboardScope,
  orgFilter,
  resolveDashboardScope,
  scopeReply,
  scopeShape,
  uuidArray,
} from './dashboard-scope';

export const lawyerTeamReply = scopeShape.extend({
  members: z.number().int(),
  totals: z.object({ consultations: z.number().int(), legalAid: z.number().int() }),
  lawyers: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      firmName: z.string().nullable(),
      /** Tickets the lawyer finished at a window of the scope in the period (any service). */
      consultations: z.number().int(),
      /** Legal-aid matters applied for in the period and assigned to the lawyer. */
      legalAid: z.number().int(),
    }),
  ),
});
export type LawyerTeamReply = z.infer<typeof lawyerTeamReply>;

/**
 * The per-lawyer SQL: the team of the scope, then each lawyer's finished tickets (one grouped range scan of
 * `ticket_actions_finish_actor_idx` per staff account) and assigned cohort matters (one grouped scan of
 * `legal_aid_matters_lawyer_applied_idx`), the scope's organisations as orgFilter gives them. Measured
 * at a province of 2 million matters: a correlated subquery per lawyer with `= any(397 ids)` took seconds.
 */
export function lawyerTeamSql(scope: DashboardScope) {
  const start = scope.start.toISOString();
  const end = scope.end.toISOString();
  return sql`
    with team as materialized (
      select l.id, l.name, l.user_id, l.firm_id from lawyers l
      where l.team_member and l.active and l.org_id = any(${uuidArray(scope.orgIds)})
    ),
    c as (
      select ta.actor_id, count(*)::int as n from ticket_actions ta
      where ta.action = 'finish' and ta.actor_id in (select user_id from team where user_id is not null)
        and ta.at >= ${start}::timestamptz and ta.at < ${end}::timestamptz and ${orgFilter(sql`ta.org_id`, scope)}
      group by ta.actor_id
    ),
    m as (
      select m.assigned_lawyer_id, count(*)::int as n from legal_aid_matters m
      where m.assigned_lawyer_id in (select id from team)
        and m.applied_at >= ${start}::timestamptz and m.applied_at < ${end}::timestamptz and ${orgFilter(sql`m.org_id`, scope)}
      group by m.assigned_lawyer_id
    )
    select t.id, t.name, firm.name as firm_name, coalesce(c.n, 0) as consultations, coalesce(m.n, 0) as legal_aid
    from team t left join organisations firm on firm.id = t.firm_id
    left join c on c.actor_id = t.user_id
    left join m on m.assigned_lawyer_id = t.id`;
}

/**
 * The 公共法律服务律师团 at work (dashboard.read): per team member on the rosters of the scope, the
 * tickets they finished at a window (consultations; today's record of a lawyer's consultations is the
 * queue) and the legal-aid matters of the period's cohort assigned to them. Busiest first, then name, id.
 */
export async function getLawyerTeamFigures(
  services: Services,
  { actor, input }: UseCaseCall<DashboardQuery>,
): Promise<LawyerTeamReply> {
  const scope = await resolveDashboardScope(services, actor, input);
  const rows = (
    await services.db.execute<{
      id: string;
      name: string;
      firm_name: string | null;
      consultations: number;
      legal_aid: number;
    }>(lawyerTeamSql(scope))
  ).rows;
  const lawyers = rows
    .map((r) => ({
      id: r.id,
      name: r.name,
      firmName: r.firm_name,
      consultations: r.consultations,
      legalAid: r.legal_aid,
    }))
    .sort(
      (a, b) =>
        b.consultations + b.legalAid - (a.consultations + a.legalAid) ||
        a.name.localeCompare(b.name, 'zh-CN') ||
        a.id.localeCompare(b.id),
    );
  return {
    ...scopeReply(scope),
    members: lawyers.length,
    totals: {
      consultations: lawyers.reduce((s, l) => s + l.consultations, 0),
      legalAid: lawyers.reduce((s, l) => s + l.legalAid, 0),
    },
    lawyers,
  };
}
