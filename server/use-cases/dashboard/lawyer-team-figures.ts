import { compareZh } from '@core/i18n/collation';
import { type SQL, sql } from 'drizzle-orm';
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
 * The per-lawyer SQL, three statements run side by side (each count is a few hundred thousand index
 * entries at a province's year; one statement counted them one after the other): the team of the scope,
 * each lawyer's finished tickets (one grouped range scan of `ticket_actions_finish_actor_idx` per staff
 * account) and assigned cohort matters (one grouped scan of `legal_aid_matters_lawyer_applied_idx`), the
 * scope's organisations as orgFilter gives them. Measured at a province of 2 million matters: a
 * correlated subquery per lawyer with `= any(397 ids)` took seconds.
 */
export function lawyerTeamSql(scope: DashboardScope) {
  const start = scope.start.toISOString();
  const end = scope.end.toISOString();
  const member = sql`l.team_member and l.active and l.org_id = any(${uuidArray(scope.orgIds)})`;
  return {
    team: sql`
      select l.id, l.name, l.user_id, firm.name as firm_name from lawyers l
      left join organisations firm on firm.id = l.firm_id where ${member}`,
    consultations: sql`
      select ta.actor_id as id, count(*)::int as n from ticket_actions ta
      where ta.action = 'finish' and ta.actor_id in (select l.user_id from lawyers l where ${member} and l.user_id is not null)
        and ta.at >= ${start}::timestamptz and ta.at < ${end}::timestamptz and ${orgFilter(sql`ta.org_id`, scope)}
      group by ta.actor_id`,
    legalAid: sql`
      select m.assigned_lawyer_id as id, count(*)::int as n from legal_aid_matters m
      where m.assigned_lawyer_id in (select l.id from lawyers l where ${member})
        and m.applied_at >= ${start}::timestamptz and m.applied_at < ${end}::timestamptz and ${orgFilter(sql`m.org_id`, scope)}
      group by m.assigned_lawyer_id`,
  };
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
  const statements = lawyerTeamSql(scope);
  const counts = (query: SQL) =>
    services.db
      .execute<{ id: string; n: number }>(query)
      .then((r) => new Map(r.rows.map((row) => [row.id, row.n])));
  const [team, consultations, legalAid] = await Promise.all([
    services.db.execute<{ id: string; name: string; user_id: string | null; firm_name: string | null }>(
      statements.team,
    ),
    counts(statements.consultations),
    counts(statements.legalAid),
  ]);
  const lawyers = team.rows
    .map((r) => ({
      id: r.id,
      name: r.name,
      firmName: r.firm_name,
      consultations: (r.user_id && consultations.get(r.user_id)) || 0,
      legalAid: legalAid.get(r.id) ?? 0,
    }))
    .sort(
      (a, b) =>
        b.consultations + b.legalAid - (a.consultations + a.legalAid) ||
        compareZh(a.name, b.name) ||
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
