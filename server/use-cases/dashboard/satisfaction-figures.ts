import { rate } from '@core/dashboard';
import { EVALUATION_LEVEL_LABELS, RECTIFICATION_STATUSES } from '@core/evaluation';
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
  unitTable,
} from './dashboard-scope';
import { factsPeriods, factsThrough } from './queue-facts';

const summary = z.object({
  evaluations: z.number().int(),
  /** 满意 + 非常满意 over all ratings, 4 decimals; null without ratings. */
  satisfactionRate: z.number().nullable(),
  badReviews: z.number().int(),
  rectifications: z.number().int(),
  rectified: z.number().int(),
  overdue: z.number().int(),
});
type Summary = z.infer<typeof summary>;

export const satisfactionReply = scopeShape.extend({
  overall: summary,
  levels: z.array(z.object({ level: z.number().int(), label: z.string(), count: z.number().int() })),
  rectificationStatuses: z.array(z.object({ status: z.string(), count: z.number().int() })),
  byUnit: z.array(summary.extend({ id: z.string(), name: z.string() })),
});
export type SatisfactionReply = z.infer<typeof satisfactionReply>;

const empty = (): Summary => ({
  evaluations: 0,
  satisfactionRate: null,
  badReviews: 0,
  rectifications: 0,
  rectified: 0,
  overdue: 0,
});

/**
 * Ratings per unit and level: from the daily and monthly rating facts for the closed days they hold, from
 * `evaluations` for the rest (counts: the same figures either way).
 */
function levelsSql(scope: DashboardScope, through: string | null) {
  const { from, to } = scope.period;
  if (!through)
    return sql`
      select u.unit_id, e.level, count(*)::int as n from evaluations e
      join ${unitTable(scope)} on u.org_id = e.org_id
      where ${orgFilter(sql`e.org_id`, scope)} and e.business_date between ${from} and ${to}
      group by u.unit_id, e.level`;
  const { monthArray, dayArray, rawFrom } = factsPeriods(scope, through);
  return sql`
    select u.unit_id, x.level, sum(x.n)::int as n from (
      select m.org_id, m.level, m.n from dashboard_rating_facts m
      where m.grain = 'month' and ${orgFilter(sql`m.org_id`, scope)} and m.period_start = any(${monthArray})
      union all
      select d.org_id, d.level, d.n from dashboard_rating_facts d
      where d.grain = 'day' and ${orgFilter(sql`d.org_id`, scope)} and d.period_start = any(${dayArray})
      ${
        rawFrom
          ? sql`union all
      select e.org_id, e.level, count(*) from evaluations e
      where ${orgFilter(sql`e.org_id`, scope)} and e.business_date between ${rawFrom} and ${to} group by 1, 2`
          : sql``
      }
    ) x join ${unitTable(scope)} on u.org_id = x.org_id
    group by u.unit_id, x.level`;
}

/**
 * 好差评 over the period (by the rating's business date) and the rectification of bad reviews (by the
 * date the item was opened), per unit (dashboard.read). Bad review = level ≤ 2 (core/evaluation
 * `isBadReview`); rectified = rectified or closed; overdue = the call-back or the fix done after, or still
 * not done at the end of, its due day (core/evaluation `rectificationOverdue`).
 */
export async function getSatisfactionFigures(
  services: Services,
  { actor, input }: UseCaseCall<DashboardQuery>,
): Promise<SatisfactionReply> {
  const scope = await resolveDashboardScope(services, actor, input);
  const now = services.now().toISOString();
  const through = await factsThrough(services, scope);
  const [levels, rects] = await Promise.all([
    services.db.execute<{ unit_id: string; level: number; n: number }>(levelsSql(scope, through)),
    services.db.execute<{ unit_id: string; status: string; overdue: boolean; n: number }>(sql`
      select u.unit_id, r.status,
        (((coalesce(r.called_back_at, ${now}::timestamptz) at time zone 'Asia/Shanghai')::date > r.callback_due_on)
          or ((coalesce(r.rectified_at, ${now}::timestamptz) at time zone 'Asia/Shanghai')::date > r.fix_due_on)) as overdue,
        count(*)::int as n
      from rectifications r join ${unitTable(scope)} on u.org_id = r.org_id
      where ${orgFilter(sql`r.org_id`, scope)} and r.opened_on between ${scope.period.from} and ${scope.period.to}
      group by 1, 2, 3`),
  ]);
  const overall = empty();
  const perUnit = new Map(scope.units.map((u) => [u.id, { id: u.id, name: u.name, ...empty(), good: 0 }]));
  const totalGood = { good: 0 };
  const levelCounts = new Map<number, number>();
  for (const r of levels.rows) {
    levelCounts.set(r.level, (levelCounts.get(r.level) ?? 0) + r.n);
    for (const [target, good] of [
      [overall, totalGood],
      [perUnit.get(r.unit_id), perUnit.get(r.unit_id)],
    ] as const) {
      if (!target || !good) continue;
      target.evaluations += r.n;
      if (r.level >= 4) good.good += r.n;
      if (r.level <= 2) target.badReviews += r.n;
    }
  }
  const statusCounts = new Map<string, number>();
  for (const r of rects.rows) {
    statusCounts.set(r.status, (statusCounts.get(r.status) ?? 0) + r.n);
    for (const target of [overall, perUnit.get(r.unit_id)]) {
      if (!target) continue;
      target.rectifications += r.n;
      if (r.status === 'rectified' || r.status === 'closed') target.rectified += r.n;
      if (r.overdue) target.overdue += r.n;
    }
  }
  overall.satisfactionRate = rate(totalGood.good, overall.evaluations);
  return {
    ...scopeReply(scope),
    overall,
    levels: ([5, 4, 3, 2, 1] as const).map((level) => ({
      level,
      label: EVALUATION_LEVEL_LABELS[level],
      count: levelCounts.get(level) ?? 0,
    })),
    rectificationStatuses: RECTIFICATION_STATUSES.map((status) => ({
      status,
      count: statusCounts.get(status) ?? 0,
    })),
    byUnit: [...perUnit.values()].map(({ good, ...u }) => ({
      ...u,
      satisfactionRate: rate(good, u.evaluations),
    })),
  };
}
