import { assertCan } from '@core/access';
import { isIsoDate } from '@core/calendar';
import { type EvaluationLevel, rankEvaluations } from '@core/evaluation';
import { and, desc, eq, gte, inArray, isNotNull, lte, or, type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Services, UseCaseCall } from '../../context';
import { evaluations, rectifications, users, windows } from '../../db/schema/index';
import { evaluationItem, toEvaluationItem } from './evaluation-item';

const dateField = (what: string) =>
  z.string().refine(isIsoDate, `${what}应为 YYYY-MM-DD 格式的日期`).optional();

export const evaluationsQuery = z.object({
  from: dateField('开始日期'),
  to: dateField('结束日期'),
  level: z.coerce.number().int().min(1).max(5).optional(),
  bad: z.enum(['true', 'false']).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type EvaluationsQuery = z.infer<typeof evaluationsQuery>;

const summary = z.object({
  count: z.number().int(),
  averageLevel: z.number().nullable(),
  satisfactionRate: z.number().nullable(),
  byLevel: z.record(z.string(), z.number().int()),
});
export const evaluationPage = z.object({ items: z.array(evaluationItem), total: z.number().int(), summary });

function period(input: EvaluationsQuery): SQL[] {
  const out: SQL[] = [];
  if (input.from) out.push(gte(evaluations.businessDate, input.from));
  if (input.to) out.push(lte(evaluations.businessDate, input.to));
  if (input.level) out.push(eq(evaluations.level, input.level));
  if (input.bad === 'true') out.push(lte(evaluations.level, 2));
  if (input.bad === 'false') out.push(gte(evaluations.level, 3));
  return out;
}

async function page(services: Services, where: SQL | undefined, input: EvaluationsQuery) {
  const [rows, stats] = await Promise.all([
    services.db
      .select({
        evaluation: evaluations,
        windowNumber: windows.number,
        windowName: windows.name,
        rectificationStatus: rectifications.status,
      })
      .from(evaluations)
      .leftJoin(windows, eq(windows.id, evaluations.windowId))
      .leftJoin(rectifications, eq(rectifications.evaluationId, evaluations.id))
      .where(where)
      .orderBy(desc(evaluations.createdAt), desc(evaluations.id))
      .limit(input.pageSize)
      .offset((input.page - 1) * input.pageSize),
    services.db
      .select({ level: evaluations.level, n: sql<number>`count(*)::int` })
      .from(evaluations)
      .where(where)
      .groupBy(evaluations.level),
  ]);
  const count = stats.reduce((sum, s) => sum + s.n, 0);
  const total = stats.reduce((sum, s) => sum + s.n * s.level, 0);
  const good = stats.filter((s) => s.level >= 3).reduce((sum, s) => sum + s.n, 0);
  return {
    items: rows.map((r) =>
      toEvaluationItem(r.evaluation, {
        windowNumber: r.windowNumber,
        windowName: r.windowName,
        rectificationStatus: r.rectificationStatus,
      }),
    ),
    total: count,
    summary: {
      count,
      averageLevel: count ? Math.round((total / count) * 100) / 100 : null,
      satisfactionRate: count ? Math.round((good / count) * 10_000) / 10_000 : null,
      byLevel: Object.fromEntries(stats.map((s) => [String(s.level), s.n])),
    },
  };
}

/** 我的评价: the evaluations of the services the actor gave (as the window's staff member or the assigned lawyer). */
export async function myEvaluations(services: Services, { actor, input }: UseCaseCall<EvaluationsQuery>) {
  assertCan(actor, 'evaluation.read-own');
  const mine = or(eq(evaluations.staffUserId, actor.userId), eq(evaluations.lawyerUserId, actor.userId));
  return page(services, and(mine, ...period(input)), input);
}

/** All evaluations in the actor's scope (city: its counties too; county: its own). */
export async function listEvaluations(services: Services, { actor, input }: UseCaseCall<EvaluationsQuery>) {
  assertCan(actor, 'evaluation.read');
  return page(services, and(inArray(evaluations.orgId, [...actor.scopeOrgIds]), ...period(input)), input);
}

export const rankingsQuery = z.object({
  by: z.enum(['window', 'staff', 'lawyer']).default('staff'),
  from: dateField('开始日期'),
  to: dateField('结束日期'),
});

export const rankingsReply = z.object({
  by: z.string(),
  rows: z.array(
    z.object({
      key: z.string(),
      label: z.string(),
      partyMember: z.boolean(),
      rank: z.number().int(),
      count: z.number().int(),
      averageLevel: z.number(),
      satisfactionRate: z.number(),
      badCount: z.number().int(),
    }),
  ),
});

/**
 * 好差评排名 per window, staff member or lawyer, within the actor's scope (core rankEvaluations: by
 * satisfaction rate, then mean level, then count). Staff rows show the 党员服务岗 flag of the account.
 */
export async function evaluationRankings(
  services: Services,
  { actor, input }: UseCaseCall<z.infer<typeof rankingsQuery>>,
): Promise<z.infer<typeof rankingsReply>> {
  assertCan(actor, 'evaluation.read');
  const keyColumn =
    input.by === 'window'
      ? evaluations.windowId
      : input.by === 'staff'
        ? evaluations.staffUserId
        : evaluations.lawyerId;
  const rows = await services.db
    .select({
      key: keyColumn,
      level: evaluations.level,
      windowNumber: windows.number,
      windowName: windows.name,
      staffName: evaluations.staffName,
      lawyerName: evaluations.lawyerName,
      partyMember: users.partyMember,
    })
    .from(evaluations)
    .leftJoin(windows, eq(windows.id, evaluations.windowId))
    .leftJoin(users, eq(users.id, evaluations.staffUserId))
    .where(
      and(
        inArray(evaluations.orgId, [...actor.scopeOrgIds]),
        isNotNull(keyColumn),
        ...(input.from ? [gte(evaluations.businessDate, input.from)] : []),
        ...(input.to ? [lte(evaluations.businessDate, input.to)] : []),
      ),
    );
  const labels = new Map<string, { label: string; partyMember: boolean }>();
  for (const r of rows) {
    if (!r.key || labels.has(r.key)) continue;
    const label =
      input.by === 'window'
        ? `${r.windowNumber ?? ''}号窗口 ${r.windowName ?? ''}`.trim()
        : input.by === 'staff'
          ? (r.staffName ?? '')
          : (r.lawyerName ?? '');
    labels.set(r.key, { label, partyMember: input.by === 'staff' && r.partyMember === true });
  }
  const ranked = rankEvaluations(rows.map((r) => ({ key: r.key!, level: r.level as EvaluationLevel })));
  return {
    by: input.by,
    rows: ranked.map((row) => ({
      ...row,
      ...(labels.get(row.key) ?? { label: row.key, partyMember: false }),
    })),
  };
}
