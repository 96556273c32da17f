import { assertCan } from '@core/access';
import { businessDateOf, isIsoDate } from '@core/calendar';
import { and, asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Services, UseCaseCall } from '../../context';
import { lawyers, legalAidMatters, persons } from '../../db/schema/index';
import { appliedOn, scopeCondition } from './list-matters';
import { matterListItem } from './matter-shapes';
import { toListItem } from './matter-view';

export const todayQuery = z.object({
  date: z.string().refine(isIsoDate, '日期应为 YYYY-MM-DD 格式').optional(),
});

export const todayReply = z.object({
  date: z.string(),
  summary: z.object({
    total: z.number().int(),
    met: z.number().int(),
    green: z.number().int(),
    amber: z.number().int(),
    red: z.number().int(),
    /** Met ÷ total, 0–1; null when nothing was applied that day. */
    rate: z.number().nullable(),
  }),
  items: z.array(matterListItem),
  atRisk: z.array(matterListItem),
});

/**
 * The five same-day board (五个当天, core/legal-aid/five-same-day.ts): the applications received on a
 * business date (default today) in the actor's scope, in receipt order, each with its light at `now`
 * (green on track or met, amber from 15:00 with steps missing, red once late), and the at-risk list.
 * Matters that left the way to aid (refused, withdrawn…) count in `total` but in no light and no risk.
 */
export async function todayBoard(
  services: Services,
  { actor, input }: UseCaseCall<z.infer<typeof todayQuery>>,
): Promise<z.infer<typeof todayReply>> {
  assertCan(actor, 'legal-aid.read');
  const now = services.now();
  const date = input.date ?? businessDateOf(now);
  const rows = await services.db
    .select({
      matter: legalAidMatters,
      name: persons.name,
      idNumberMasked: persons.idNumberMasked,
      lawyerName: lawyers.name,
    })
    .from(legalAidMatters)
    .innerJoin(persons, eq(persons.id, legalAidMatters.applicantPersonId))
    .leftJoin(lawyers, eq(lawyers.id, legalAidMatters.assignedLawyerId))
    .where(and(scopeCondition(actor), appliedOn(date)))
    .orderBy(asc(legalAidMatters.appliedAt), asc(legalAidMatters.id));
  const items = rows.map((r) =>
    toListItem(r.matter, { name: r.name, idNumberMasked: r.idNumberMasked, lawyerName: r.lawyerName }, now),
  );
  // Lights of the matters still on the way to aid (a refused one is neither on track nor at risk).
  const count = (light: string) =>
    items.filter((item) => item.fiveSameDay.applicable && item.fiveSameDay.light === light).length;
  const met = items.filter((item) => item.fiveSameDay.met).length;
  return {
    date,
    summary: {
      total: items.length,
      met,
      green: count('green'),
      amber: count('amber'),
      red: count('red'),
      rate: items.length === 0 ? null : met / items.length,
    },
    items,
    atRisk: items.filter((item) => item.fiveSameDay.applicable && item.fiveSameDay.light !== 'green'),
  };
}
