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
import { aidFactsThrough } from './legal-aid-facts';
import { factsPeriods, factsThrough } from './queue-facts';
import type { LawyerFactKind } from './refresh-lawyer-facts';

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

/** How far the lawyer facts reach for each count (null: read the raw tables), from factsThrough/aidFactsThrough. */
export interface LawyerFactsThrough {
  consultation: string | null;
  legalAid: string | null;
}

/**
 * The per-lawyer SQL, three statements run side by side: the team of the scope; each lawyer's finished
 * tickets (consultations, by the finish action's Beijing day); and the cohort matters applied for in the
 * period and assigned to them. Each count reads, up to its facts' last day, the pre-aggregated
 * `dashboard_lawyer_facts` (whole months from month rows, other days from day rows; refresh-lawyer-facts.ts)
 * and after it the raw rows (`ticket_actions_finish_actor_idx`, `legal_aid_matters_lawyer_applied_idx`),
 * the scope's organisations as orgFilter gives them. Measured at a province of 2 million matters: counting a
 * year from the raw rows took 200–360 ms (455,000 actions, 356,000 matters); a correlated subquery per
 * lawyer with `= any(397 ids)` took seconds.
 */
export function lawyerTeamSql(scope: DashboardScope, through: LawyerFactsThrough = NO_FACTS) {
  const member = sql`l.team_member and l.active and l.org_id = any(${uuidArray(scope.orgIds)})`;
  const users = sql`(select l.user_id from lawyers l where ${member} and l.user_id is not null)`;
  const team = sql`(select l.id from lawyers l where ${member})`;
  const rawConsultations = (start: Date) => sql`
      select ta.actor_id as id, count(*)::int as n from ticket_actions ta
      where ta.action = 'finish' and ta.actor_id in ${users}
        and ta.at >= ${start.toISOString()}::timestamptz and ta.at < ${scope.end.toISOString()}::timestamptz
        and ${orgFilter(sql`ta.org_id`, scope)}
      group by ta.actor_id`;
  const rawLegalAid = (start: Date) => sql`
      select m.assigned_lawyer_id as id, count(*)::int as n from legal_aid_matters m
      where m.assigned_lawyer_id in ${team}
        and m.applied_at >= ${start.toISOString()}::timestamptz and m.applied_at < ${scope.end.toISOString()}::timestamptz
        and ${orgFilter(sql`m.org_id`, scope)}
      group by m.assigned_lawyer_id`;
  const counted = (kind: LawyerFactKind, last: string | null, subjects: SQL, raw: (start: Date) => SQL) => {
    if (last === null) return raw(scope.start);
    const { months, days, rawFrom } = factsPeriods(scope, last);
    const rows = (grain: 'day' | 'month', dates: string[]) => sql`
      select f.subject_id as id, f.n from dashboard_lawyer_facts f
      where f.kind = ${kind} and f.grain = ${grain} and f.period_start = any(${`{${dates.join(',')}}`}::date[])
        and ${orgFilter(sql`f.org_id`, scope)} and f.subject_id in ${subjects}`;
    return sql`
      select x.id, sum(x.n)::int as n from (
        ${rows('month', months)} union all ${rows('day', days)}
        ${rawFrom ? sql`union all ${raw(new Date(`${rawFrom}T00:00:00+08:00`))}` : sql``}
      ) x group by x.id`;
  };
  return {
    team: sql`
      select l.id, l.name, l.user_id, firm.name as firm_name from lawyers l
      left join organisations firm on firm.id = l.firm_id where ${member}`,
    consultations: counted('consultation', through.consultation, users, rawConsultations),
    legalAid: counted('legal-aid', through.legalAid, team, rawLegalAid),
  };
}

const NO_FACTS: LawyerFactsThrough = { consultation: null, legalAid: null };

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
  // One after the other: each rebuilds changed days first, under the refresh's lock.
  const consultationsThrough = await factsThrough(services, scope);
  const legalAidThrough = await aidFactsThrough(services, scope);
  const statements = lawyerTeamSql(scope, { consultation: consultationsThrough, legalAid: legalAidThrough });
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
