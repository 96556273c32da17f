import { randomUUID } from 'node:crypto';
import { assertCan } from '@core/access';
import { conflict } from '@core/errors';
import {
  attemptDeadline,
  gradeAttempt,
  mayRevealAnswers,
  optionOrder,
  presentQuestion,
  questionOrder,
  SUBMIT_GRACE_MS,
} from '@core/staff-programme/knowledge-test';
import { QUESTION_KINDS } from '@core/staff-programme/vocabulary';
import { and, count, eq } from 'drizzle-orm';
import { z } from 'zod';
import { recordAudit } from '../../audit/record-audit';
import type { Executor, Services, UseCaseCall } from '../../context';
import { testAttempts } from '../../db/schema/index';
import {
  type AttemptRow,
  bankOf,
  finaliseExpired,
  loadPaper,
  type PaperRow,
  paperOpen,
  pointsOf,
} from './paper-store';
import { isInAudience, studyNotFound } from './programme-scope';

/**
 * What a taker sees of a question: stem and options in this attempt's order. The schema has no field
 * for the answer, so the serializer drops it even if a bug put one in (答案不外泄).
 */
const presentedQuestion = z.object({
  id: z.string(),
  kind: z.enum(QUESTION_KINDS),
  stem: z.string(),
  options: z.array(z.string()),
});

export const attemptView = z.object({
  id: z.string(),
  paperId: z.string(),
  paperTitle: z.string(),
  attemptNo: z.number().int(),
  maxAttempts: z.number().int(),
  status: z.enum(['open', 'submitted']),
  startedAt: z.string(),
  deadlineAt: z.string(),
  serverNow: z.string(),
  questions: z.array(presentedQuestion),
  /** Saved answers, as displayed positions, by question id. */
  answers: z.record(z.string(), z.array(z.number().int())),
  result: z
    .object({
      score: z.number().int(),
      maxScore: z.number().int(),
      passScore: z.number().int(),
      passed: z.boolean(),
      items: z.array(z.object({ questionId: z.string(), correct: z.boolean() })),
      /**
       * The right options (displayed positions of this attempt) and explanations: only once the taker
       * can no longer use them (all attempts used or the paper closed, core mayRevealAnswers).
       */
      review: z
        .array(
          z.object({
            questionId: z.string(),
            correctPositions: z.array(z.number().int()),
            explanation: z.string().nullable(),
          }),
        )
        .nullable(),
    })
    .nullable(),
});
export type AttemptView = z.infer<typeof attemptView>;

const answersSchema = z.record(z.uuid(), z.array(z.number().int().min(0).max(5)).max(6), {
  error: '答案格式不正确',
});
export const saveAnswersBody = z.object({ answers: answersSchema });
export const submitAttemptBody = z.object({ answers: answersSchema.optional() });

async function attemptsUsed(tx: Executor, paperId: string, userId: string): Promise<number> {
  const [row] = await tx
    .select({ n: count() })
    .from(testAttempts)
    .where(and(eq(testAttempts.paperId, paperId), eq(testAttempts.userId, userId)));
  return row?.n ?? 0;
}

async function viewOf(tx: Executor, paper: PaperRow, attempt: AttemptRow, now: Date): Promise<AttemptView> {
  const bank = bankOf(paper.questions ?? []);
  const byId = new Map(bank.map((q) => [q.id, q]));
  const ordered = questionOrder(
    bank.map((q) => q.id),
    attempt.seed,
  ).map((id) => byId.get(id)!);
  let result: AttemptView['result'] = null;
  if (attempt.status === 'submitted') {
    const used = await attemptsUsed(tx, paper.id, attempt.userId);
    const [open] = await tx
      .select({ id: testAttempts.id })
      .from(testAttempts)
      .where(
        and(
          eq(testAttempts.paperId, paper.id),
          eq(testAttempts.userId, attempt.userId),
          eq(testAttempts.status, 'open'),
        ),
      );
    const reveal = mayRevealAnswers({
      attemptsUsed: used,
      maxAttempts: paper.maxAttempts,
      openAttempt: Boolean(open),
      paperClosed: paper.status === 'closed',
    });
    const frozen = new Map((paper.questions ?? []).map((q) => [q.id, q]));
    result = {
      score: attempt.score ?? 0,
      maxScore: attempt.maxScore ?? 0,
      passScore: paper.passScore,
      passed: (attempt.score ?? 0) >= paper.passScore,
      items: (attempt.items ?? []).map((i) => ({ questionId: i.questionId, correct: i.correct })),
      review: reveal
        ? ordered.map((q) => {
            const order = optionOrder(q, attempt.seed);
            return {
              questionId: q.id,
              correctPositions: q.correct.map((c) => order.indexOf(c)).sort((a, b) => a - b),
              explanation: frozen.get(q.id)?.explanation ?? null,
            };
          })
        : null,
    };
  }
  return {
    id: attempt.id,
    paperId: paper.id,
    paperTitle: paper.title,
    attemptNo: attempt.attemptNo,
    maxAttempts: paper.maxAttempts,
    status: attempt.status as AttemptView['status'],
    startedAt: attempt.startedAt.toISOString(),
    deadlineAt: attempt.deadlineAt.toISOString(),
    serverNow: now.toISOString(),
    questions: ordered.map((q) => presentQuestion(q, attempt.seed)),
    answers: attempt.answers,
    result,
  };
}

/**
 * Starts (or resumes) the actor's attempt at a paper: published and open (409 STUDY.PAPER_CLOSED), the
 * actor in its audience (404 otherwise), attempts left (409 STUDY.NO_ATTEMPTS_LEFT). A fresh random seed
 * orders this attempt's questions and options (core questionOrder/optionOrder); the deadline is the time
 * limit, capped at the paper's closing time. `study.participate`.
 */
export async function startAttempt(services: Services, { actor, input, meta }: UseCaseCall<{ id: string }>) {
  assertCan(actor, 'study.participate');
  const now = services.now();
  return services.db.transaction(async (tx) => {
    const paper = await loadPaper(tx, input.id);
    if (
      paper.status === 'draft' ||
      !(await isInAudience(tx, { audienceOrgId: paper.audienceOrgId, partyMembersOnly: false }, actor.userId))
    )
      throw studyNotFound('试卷');
    if (!paperOpen(paper, now)) throw conflict('STUDY.PAPER_CLOSED', '该试卷当前不在考试时间内');
    await finaliseExpired(tx, paper, now, actor.userId);
    const [open] = await tx
      .select()
      .from(testAttempts)
      .where(
        and(
          eq(testAttempts.paperId, paper.id),
          eq(testAttempts.userId, actor.userId),
          eq(testAttempts.status, 'open'),
        ),
      );
    if (open) return viewOf(tx, paper, open, now);
    const used = await attemptsUsed(tx, paper.id, actor.userId);
    if (used >= paper.maxAttempts)
      throw conflict('STUDY.NO_ATTEMPTS_LEFT', `每人限考 ${paper.maxAttempts} 次，您的次数已用完`);
    const [attempt] = await tx
      .insert(testAttempts)
      .values({
        paperId: paper.id,
        userId: actor.userId,
        orgId: actor.orgId,
        attemptNo: used + 1,
        seed: randomUUID(),
        startedAt: now,
        deadlineAt: attemptDeadline(now, paper.timeLimitMinutes, paper.closesAt),
      })
      .returning();
    await recordAudit(tx, actor, meta, {
      action: 'study.start-attempt',
      entityType: 'test-attempt',
      entityId: attempt!.id,
      orgId: paper.orgId,
      after: { paperId: paper.id, attemptNo: used + 1 },
    });
    return viewOf(tx, paper, attempt!, now);
  });
}

/** The actor's own attempt; anybody else's is 404 (a supervisor reads results, never the sheet). */
async function loadOwnAttempt(tx: Executor, id: string, userId: string, forUpdate = false) {
  const query = tx.select().from(testAttempts).where(eq(testAttempts.id, id));
  const [attempt] = forUpdate ? await query.for('update') : await query;
  if (!attempt || attempt.userId !== userId) throw studyNotFound('答卷');
  return attempt;
}

export async function getAttempt(services: Services, { actor, input }: UseCaseCall<{ id: string }>) {
  assertCan(actor, 'study.participate');
  const now = services.now();
  return services.db.transaction(async (tx) => {
    const attempt = await loadOwnAttempt(tx, input.id, actor.userId);
    const paper = await loadPaper(tx, attempt.paperId);
    await finaliseExpired(tx, paper, now, actor.userId);
    const fresh = await loadOwnAttempt(tx, input.id, actor.userId);
    return viewOf(tx, paper, fresh, now);
  });
}

/** Saves answers while the attempt is open and in time (autosave); 409 STUDY.ATTEMPT_CLOSED after. */
export async function saveAnswers(
  services: Services,
  { actor, input }: UseCaseCall<z.infer<typeof saveAnswersBody> & { id: string }>,
): Promise<{ saved: number }> {
  assertCan(actor, 'study.participate');
  const now = services.now();
  return services.db.transaction(async (tx) => {
    const attempt = await loadOwnAttempt(tx, input.id, actor.userId, true);
    if (attempt.status !== 'open' || now.getTime() > attempt.deadlineAt.getTime() + SUBMIT_GRACE_MS)
      throw conflict('STUDY.ATTEMPT_CLOSED', '答题时间已到或已交卷');
    await tx.update(testAttempts).set({ answers: input.answers }).where(eq(testAttempts.id, attempt.id));
    return { saved: Object.keys(input.answers).length };
  });
}

/**
 * Hands in the attempt and grades it (core gradeAttempt: each answer mapped back from this attempt's
 * option order to the bank's, so the right option scores wherever it was shown). Answers arriving after
 * the deadline (+30 s grace) are ignored: the saved ones are graded. The result reveals the right
 * options only when core mayRevealAnswers allows. Submitting twice answers the same result.
 */
export async function submitAttempt(
  services: Services,
  { actor, input, meta }: UseCaseCall<z.infer<typeof submitAttemptBody> & { id: string }>,
) {
  assertCan(actor, 'study.participate');
  const now = services.now();
  return services.db.transaction(async (tx) => {
    const attempt = await loadOwnAttempt(tx, input.id, actor.userId, true);
    const paper = await loadPaper(tx, attempt.paperId);
    if (attempt.status === 'submitted') return viewOf(tx, paper, attempt, now);
    const late = now.getTime() > attempt.deadlineAt.getTime() + SUBMIT_GRACE_MS;
    const answers = !late && input.answers ? input.answers : attempt.answers;
    const graded = gradeAttempt(bankOf(paper.questions ?? []), attempt.seed, answers, pointsOf(paper));
    const [updated] = await tx
      .update(testAttempts)
      .set({
        status: 'submitted',
        answers,
        submittedAt: late ? attempt.deadlineAt : now,
        score: graded.score,
        maxScore: graded.maxScore,
        items: graded.items,
      })
      .where(eq(testAttempts.id, attempt.id))
      .returning();
    await recordAudit(tx, actor, meta, {
      action: 'study.submit-attempt',
      entityType: 'test-attempt',
      entityId: attempt.id,
      orgId: paper.orgId,
      after: { paperId: paper.id, score: graded.score, maxScore: graded.maxScore, late },
    });
    return viewOf(tx, paper, updated!, now);
  });
}
