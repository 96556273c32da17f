import { VENUE_TYPE_LABELS, VENUE_TYPES } from '@core/publicity';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Services, UseCaseCall } from '../../context';
import {
  type DashboardQuery,
  resolveDashboardScope,
  scopeReply,
  scopeShape,
  unitTable,
  uuidArray,
} from '../dashboard/dashboard-scope';

const totals = z.object({
  held: z.number().int(),
  audience: z.number().int(),
  planned: z.number().int(),
});
export const lectureTotalsReply = scopeShape.extend({
  overall: totals,
  byVenueType: z.array(totals.extend({ venueType: z.string(), label: z.string() })),
  byTopic: z.array(totals.extend({ topic: z.string() })),
  byUnit: z.array(totals.extend({ id: z.string(), name: z.string() })),
});
export type LectureTotalsReply = z.infer<typeof lectureTotalsReply>;

/**
 * 普法讲师团 totals over the period (dashboard.read), by venue type (机关/企业/社区/学校/农牧区), topic and
 * unit: lectures held and their audience (by the day held), and lectures still planned (by the planned
 * day). Cancelled lectures count nowhere.
 */
export async function getLectureTotals(
  services: Services,
  { actor, input }: UseCaseCall<DashboardQuery>,
): Promise<LectureTotalsReply> {
  const scope = await resolveDashboardScope(services, actor, input);
  const rows = (
    await services.db.execute<{
      unit_id: string;
      venue_type: string;
      topic: string;
      status: string;
      n: number;
      audience: number;
    }>(sql`
      select u.unit_id, l.venue_type, l.topic, l.status, count(*)::int as n, coalesce(sum(l.audience_size), 0)::int as audience
      from lectures l join ${unitTable(scope)} on u.org_id = l.org_id
      where l.org_id = any(${uuidArray(scope.orgIds)}) and l.status <> 'cancelled'
        and l.lecture_on between ${scope.period.from} and ${scope.period.to}
      group by 1, 2, 3, 4`)
  ).rows;
  const empty = () => ({ held: 0, audience: 0, planned: 0 });
  const overall = empty();
  const byVenue = new Map<string, ReturnType<typeof empty>>(VENUE_TYPES.map((v) => [v, empty()]));
  const byTopic = new Map<string, ReturnType<typeof empty>>();
  const byUnit = new Map(scope.units.map((u) => [u.id, empty()]));
  for (const r of rows) {
    const topic = byTopic.get(r.topic) ?? byTopic.set(r.topic, empty()).get(r.topic)!;
    for (const target of [overall, byVenue.get(r.venue_type), topic, byUnit.get(r.unit_id)]) {
      if (!target) continue;
      if (r.status === 'held') {
        target.held += r.n;
        target.audience += r.audience;
      } else target.planned += r.n;
    }
  }
  return {
    ...scopeReply(scope),
    overall,
    byVenueType: VENUE_TYPES.map((v) => ({ venueType: v, label: VENUE_TYPE_LABELS[v], ...byVenue.get(v)! })),
    byTopic: [...byTopic]
      .map(([topic, t]) => ({ topic, ...t }))
      .sort((a, b) => b.held - a.held || a.topic.localeCompare(b.topic)),
    byUnit: scope.units.map((u) => ({ id: u.id, name: u.name, ...byUnit.get(u.id)! })),
  };
}
