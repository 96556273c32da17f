import { can } from '@core/access';
import {
  type BankQuestion,
  DEFAULT_POINTS,
  gradeAttempt,
  type Points,
  SUBMIT_GRACE_MS,
} from '@core/staff-programme/knowledge-test';
import { and, eq, lt } from 'drizzle-orm';
import { z } from 'zod';
import type { Executor, StaffActor } from '../../context';
import { type PaperQuestion, testAttempts, testPapers } from '../../db/schema/index';
import { studyNotFound } from './programme-scope';

export type PaperRow = typeof testPapers.$inferSelect;
export type AttemptRow = typeof testAttempts.$inferSelect;

export const paperItem = z.object({
  id: z.string(),
  orgId: z.string(),
  planId: z.string().nullable(),
  audienceOrgId: z.string(),
  title: z.string(),
  round: z.string().nullable(),
  counts: z.record(z.string(), z.number().int()),
  categories: z.array(z.string()),
  points: z.record(z.string(), z.number().int()),
  questionCount: z.number().int(),
  maxScore: z.number().int(),
  timeLimitMinutes: z.number().int(),
  maxAttempts: z.number().int(),
  passScore: z.number().int(),
  opensAt: z.string().nullable(),
  closesAt: z.string().nullable(),
  status: z.enum(['draft', 'published', 'closed']),
  version: z.number().int(),
});
export type PaperItem = z.infer<typeof paperItem>;

export const pointsOf = (paper: PaperRow): Points => ({ ...DEFAULT_POINTS, ...paper.points }) as Points;

export function toPaperItem(paper: PaperRow): PaperItem {
  const points = pointsOf(paper);
  const frozen = paper.questions ?? [];
  const counts = paper.rule.counts;
  const planned = Object.entries(counts).reduce((s, [k, n]) => s + (points[k as keyof Points] ?? 0) * n, 0);
  return {
    id: paper.id,
    orgId: paper.orgId,
    planId: paper.planId,
    audienceOrgId: paper.audienceOrgId,
    title: paper.title,
    round: paper.round,
    counts,
    categories: paper.rule.categories ?? [],
    points,
    questionCount: frozen.length || Object.values(counts).reduce((a, b) => a + b, 0),
    maxScore: frozen.length ? frozen.reduce((s, q) => s + points[q.kind], 0) : planned,
    timeLimitMinutes: paper.timeLimitMinutes,
    maxAttempts: paper.maxAttempts,
    passScore: paper.passScore,
    opensAt: paper.opensAt?.toISOString() ?? null,
    closesAt: paper.closesAt?.toISOString() ?? null,
    status: paper.status as PaperItem['status'],
    version: paper.version,
  };
}

export async function loadPaper(
  tx: Executor,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<PaperRow> {
  const query = tx.select().from(testPapers).where(eq(testPapers.id, id));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  if (!row) throw studyNotFound('试卷');
  return row;
}

/** Managers and supervisors of the paper's bureau. */
export const managesPaper = (actor: StaffActor, paper: PaperRow) =>
  can(actor, 'study.manage', { orgId: paper.orgId }) || can(actor, 'study.supervise', { orgId: paper.orgId });

export const bankOf = (frozen: readonly PaperQuestion[]): (BankQuestion & { stem: string })[] =>
  frozen.map((q) => ({
    id: q.id,
    kind: q.kind,
    category: q.category,
    stem: q.stem,
    options: q.options,
    correct: q.correct,
  }));

/** Whether the paper is open for attempts at `now` (published, between its opening and closing times). */
export function paperOpen(paper: PaperRow, now: Date): boolean {
  if (paper.status !== 'published') return false;
  if (paper.opensAt && now < paper.opensAt) return false;
  if (paper.closesAt && now > paper.closesAt) return false;
  return true;
}

/**
 * Submits the open attempts whose time is up (deadline + grace): graded on the answers saved so far
 * (core gradeAttempt), as if the taker had handed in the paper when the time ran out.
 */
export async function finaliseExpired(
  tx: Executor,
  paper: PaperRow,
  now: Date,
  userId?: string,
): Promise<void> {
  const expired = await tx
    .select()
    .from(testAttempts)
    .where(
      and(
        eq(testAttempts.paperId, paper.id),
        eq(testAttempts.status, 'open'),
        lt(testAttempts.deadlineAt, new Date(now.getTime() - SUBMIT_GRACE_MS)),
        userId ? eq(testAttempts.userId, userId) : undefined,
      ),
    )
    .for('update');
  for (const attempt of expired) {
    const graded = gradeAttempt(
      bankOf(paper.questions ?? []),
      attempt.seed,
      attempt.answers,
      pointsOf(paper),
    );
    await tx
      .update(testAttempts)
      .set({
        status: 'submitted',
        submittedAt: attempt.deadlineAt,
        score: graded.score,
        maxScore: graded.maxScore,
        items: graded.items,
      })
      .where(and(eq(testAttempts.id, attempt.id), eq(testAttempts.status, 'open')));
  }
}
