import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Services, UseCaseCall } from '../../context';
import {
  type DashboardQuery,
  type DashboardScope,
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

/** The per-lawyer SQL (plain scans of ticket_actions and legal_aid_matters through their indexes). */
export function lawyerTeamSql(scope: DashboardScope) {
  const orgs = uuidArray(scope.orgIds);
  const start = scope.start.toISOString();
  const end = scope.end.toISOString();
  return sql`
    select l.id, l.name, firm.name as firm_name,
      (select count(*) from ticket_actions ta
        where l.user_id is not null and ta.actor_id = l.user_id and ta.action = 'finish'
          and ta.at >= ${start}::timestamptz and ta.at < ${end}::timestamptz and ta.org_id = any(${orgs}))::int as consultations,
      (select count(*) from legal_aid_matters m
        where m.assigned_lawyer_id = l.id and m.org_id = any(${orgs})
          and m.applied_at >= ${start}::timestamptz and m.applied_at < ${end}::timestamptz)::int as legal_aid
    from lawyers l left join organisations firm on firm.id = l.firm_id
    where l.team_member and l.active and l.org_id = any(${orgs})`;
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
