import { randomUUID } from 'node:crypto';
import { assertCan, can } from '@core/access';
import { badInput, conflict, forbidden, staleVersion } from '@core/errors';
import {
  DEFAULT_POINTS,
  defaultPassScore,
  drawQuestions,
  fullMarks,
  passScoreProblem,
  shortageMessage,
} from '@core/staff-programme/knowledge-test';
import { and, desc, eq, inArray, ne } from 'drizzle-orm';
import { z } from 'zod';
import { recordAudit } from '../../audit/record-audit';
import type { Services, UseCaseCall } from '../../context';
import { questions, testAttempts, testPapers } from '../../db/schema/index';
import { outOfScope } from '../organisations/org-scope-check';
import { loadPlan } from './get-plan';
import { ancestorOrgIds } from './list-plans';
import { loadPaper, type PaperItem, paperItem, toPaperItem } from './paper-store';
import { homeBureauOf, memberAudienceRoots, studyNotFound, subtreeOrgIds } from './programme-scope';

const count = z.number().int().min(0).max(200);
export const createPaperBody = z.object({
  title: z.string().trim().min(1, '请填写试卷名称').max(100),
  round: z.string().trim().max(20).optional(),
  planId: z.uuid().optional(),
  audienceOrgId: z.uuid().optional(),
  counts: z.object({ single: count.default(0), multiple: count.default(0), 'true-false': count.default(0) }),
  categories: z.array(z.string().trim().min(1).max(50)).max(20).default([]),
  points: z
    .object({
      single: z.number().int().min(1).max(20),
      multiple: z.number().int().min(1).max(20),
      'true-false': z.number().int().min(1).max(20),
    })
    .optional(),
  timeLimitMinutes: z.number().int().min(1, '限时至少 1 分钟').max(600),
  maxAttempts: z.number().int().min(1).max(10).default(1),
  /** Blank → 60 % of the full marks (core defaultPassScore); never above the full marks. */
  passScore: z.number().int().min(0, '及格分不能为负数').optional(),
  opensAt: z.iso.datetime({ offset: true }).optional(),
  closesAt: z.iso.datetime({ offset: true }).optional(),
});
export const paperStatusBody = z.object({
  version: z.number().int().min(1),
  status: z.enum(['published', 'closed']),
});
export const listPapersQuery = z.object({ view: z.enum(['mine', 'managed']).default('mine') });

export const myPaperItem = paperItem.extend({
  attemptsUsed: z.number().int(),
  bestScore: z.number().int().nullable(),
  openAttemptId: z.string().nullable(),
  open: z.boolean(),
});

type Tx = Parameters<Parameters<Services['db']['transaction']>[0]>[0];

/** The active question bank a paper of `orgId` draws from: its bureau's and the bureaus above it. */
async function activeBank(tx: Tx, orgId: string) {
  const rows = await tx
    .select()
    .from(questions)
    .where(and(inArray(questions.orgId, await ancestorOrgIds(tx, orgId)), eq(questions.active, true)));
  return rows.map((q) => ({ ...q, kind: q.kind as 'single' }));
}

/**
 * A draft paper (试卷) of the actor's bureau: how many questions of each kind, from which categories,
 * points per kind, time limit, attempts, pass mark. `study.manage`.
 */
export async function createPaper(
  services: Services,
  { actor, input, meta }: UseCaseCall<z.infer<typeof createPaperBody>>,
): Promise<PaperItem> {
  assertCan(actor, 'study.manage');
  const total = input.counts.single + input.counts.multiple + input.counts['true-false'];
  if (total === 0) throw badInput('STUDY.EMPTY_PAPER', '试卷至少要有一道题', 'counts');
  if (input.opensAt && input.closesAt && input.closesAt <= input.opensAt)
    throw badInput('STUDY.INVALID_PERIOD', '截止时间应晚于开放时间', 'closesAt');
  const points = input.points ?? DEFAULT_POINTS;
  const full = fullMarks(input.counts, points);
  const passScore = input.passScore ?? defaultPassScore(full);
  if (passScoreProblem(passScore, full))
    throw badInput('STUDY.PASS_SCORE_ABOVE_FULL', `及格分不能高于满分（${full} 分）`, 'passScore');
  return services.db.transaction(async (tx) => {
    const bureau = await homeBureauOf(tx, actor);
    const audienceOrgId = input.audienceOrgId ?? bureau.id;
    if (!(await subtreeOrgIds(tx, bureau.id)).includes(audienceOrgId)) throw outOfScope('audienceOrgId');
    // The rule must be drawable from the bank now (as 发布 will draw it), else the draft could never be published.
    const rule = {
      counts: input.counts,
      ...(input.categories.length ? { categories: input.categories } : {}),
    };
    const draw = drawQuestions(await activeBank(tx, bureau.id), rule, 'check');
    if (!draw.ok)
      throw badInput('STUDY.BANK_TOO_SMALL', shortageMessage(draw.shortages), 'counts', draw.shortages);
    if (input.planId) {
      const plan = await loadPlan(tx, input.planId);
      if (!can(actor, 'study.manage', { orgId: plan.orgId })) throw studyNotFound('学习计划');
    }
    const [paper] = await tx
      .insert(testPapers)
      .values({
        orgId: bureau.id,
        planId: input.planId ?? null,
        audienceOrgId,
        title: input.title,
        round: input.round ?? null,
        rule,
        points,
        seed: randomUUID(),
        timeLimitMinutes: input.timeLimitMinutes,
        maxAttempts: input.maxAttempts,
        passScore,
        opensAt: input.opensAt ? new Date(input.opensAt) : null,
        closesAt: input.closesAt ? new Date(input.closesAt) : null,
        createdBy: actor.userId,
        createdAt: services.now(),
      })
      .returning();
    await recordAudit(tx, actor, meta, {
      action: 'study.create-paper',
      entityType: 'test-paper',
      entityId: paper!.id,
      orgId: bureau.id,
      after: {
        title: input.title,
        counts: input.counts,
        timeLimitMinutes: input.timeLimitMinutes,
        passScore,
        fullMarks: full,
      },
    });
    return toPaperItem(paper!);
  });
}

/**
 * Publishes a draft (the questions are drawn now by the paper's rule and seed, core drawQuestions, from
 * the active bank of the paper's bureau and the bureaus above it, and frozen into the paper; 409
 * STUDY.BANK_TOO_SMALL names the kinds short of questions) or closes a published paper.
 */
export async function setPaperStatus(
  services: Services,
  { actor, input, meta }: UseCaseCall<z.infer<typeof paperStatusBody> & { id: string }>,
): Promise<PaperItem> {
  assertCan(actor, 'study.manage');
  return services.db.transaction(async (tx) => {
    const paper = await loadPaper(tx, input.id, { forUpdate: true });
    if (!can(actor, 'study.manage', { orgId: paper.orgId })) throw studyNotFound('试卷');
    if (paper.version !== input.version) throw staleVersion('试卷');
    let frozen = paper.questions;
    if (input.status === 'published') {
      if (paper.status !== 'draft') throw conflict('STUDY.PAPER_STATUS', '只有草稿状态的试卷可以发布');
      const bankRows = await activeBank(tx, paper.orgId);
      const draw = drawQuestions(bankRows, paper.rule, paper.seed);
      if (!draw.ok) throw conflict('STUDY.BANK_TOO_SMALL', shortageMessage(draw.shortages), draw.shortages);
      frozen = draw.questionIds.map((id) => {
        const q = bankRows.find((b) => b.id === id)!;
        return {
          id: q.id,
          kind: q.kind as 'single',
          category: q.category,
          stem: q.stem,
          options: q.options,
          correct: q.correct,
          explanation: q.explanation,
        };
      });
    } else if (paper.status !== 'published') throw conflict('STUDY.PAPER_STATUS', '只有已发布的试卷可以结束');
    const [updated] = await tx
      .update(testPapers)
      .set({
        status: input.status,
        questions: frozen,
        ...(input.status === 'published' ? { publishedAt: services.now() } : {}),
        version: paper.version + 1,
      })
      .where(eq(testPapers.id, paper.id))
      .returning();
    await recordAudit(tx, actor, meta, {
      action: input.status === 'published' ? 'study.publish-paper' : 'study.close-paper',
      entityType: 'test-paper',
      entityId: paper.id,
      orgId: paper.orgId,
      before: { status: paper.status },
      after: { status: input.status, questions: frozen?.length ?? 0 },
    });
    return toPaperItem(updated!);
  });
}

/**
 * Papers: those in scope for managers and supervisors (`managed`), or the published papers whose
 * audience includes the actor with their own attempts (`mine`).
 */
export async function listPapers(
  services: Services,
  { actor, input }: UseCaseCall<z.infer<typeof listPapersQuery>>,
) {
  if (input.view === 'managed') {
    if (!can(actor, 'study.manage') && !can(actor, 'study.supervise')) throw forbidden();
    const rows = await services.db
      .select()
      .from(testPapers)
      .where(inArray(testPapers.orgId, [...actor.scopeOrgIds]))
      .orderBy(desc(testPapers.createdAt));
    return { items: rows.map(toPaperItem) };
  }
  assertCan(actor, 'study.participate');
  const ancestors = await memberAudienceRoots(services.db, actor.orgId);
  const rows = await services.db
    .select()
    .from(testPapers)
    .where(and(inArray(testPapers.audienceOrgId, ancestors), ne(testPapers.status, 'draft')))
    .orderBy(desc(testPapers.publishedAt));
  const ids = rows.map((r) => r.id);
  const attempts =
    ids.length === 0
      ? []
      : await services.db
          .select()
          .from(testAttempts)
          .where(and(inArray(testAttempts.paperId, ids), eq(testAttempts.userId, actor.userId)));
  const now = services.now();
  return {
    items: rows.map((row) => {
      const mine = attempts.filter((a) => a.paperId === row.id);
      const scores = mine.flatMap((a) => (a.score === null ? [] : [a.score]));
      const open = mine.find((a) => a.status === 'open' && a.deadlineAt.getTime() > now.getTime());
      const item = toPaperItem(row);
      return {
        ...item,
        attemptsUsed: mine.length,
        bestScore: scores.length ? Math.max(...scores) : null,
        openAttemptId: open?.id ?? null,
        open:
          item.status === 'published' &&
          (!row.opensAt || now >= row.opensAt) &&
          (!row.closesAt || now <= row.closesAt),
      };
    }),
  };
}

export async function getPaper(
  services: Services,
  { actor, input }: UseCaseCall<{ id: string }>,
): Promise<PaperItem> {
  const paper = await loadPaper(services.db, input.id);
  if (
    !can(actor, 'study.manage', { orgId: paper.orgId }) &&
    !can(actor, 'study.supervise', { orgId: paper.orgId })
  )
    throw studyNotFound('试卷');
  return toPaperItem(paper);
}

/** Deletes a draft paper (never one published: its attempts and results stand). `study.manage` in its bureau. */
export async function deletePaper(
  services: Services,
  { actor, input, meta }: UseCaseCall<{ id: string; version: number }>,
): Promise<void> {
  assertCan(actor, 'study.manage');
  await services.db.transaction(async (tx) => {
    const paper = await loadPaper(tx, input.id, { forUpdate: true });
    if (!can(actor, 'study.manage', { orgId: paper.orgId })) throw studyNotFound('试卷');
    if (paper.version !== input.version) throw staleVersion('试卷');
    if (paper.status !== 'draft') throw conflict('STUDY.PAPER_STATUS', '只有草稿状态的试卷可以删除');
    await tx.delete(testPapers).where(eq(testPapers.id, paper.id));
    await recordAudit(tx, actor, meta, {
      action: 'study.delete-paper',
      entityType: 'test-paper',
      entityId: paper.id,
      orgId: paper.orgId,
      before: { title: paper.title, status: paper.status, rule: paper.rule },
    });
  });
}
