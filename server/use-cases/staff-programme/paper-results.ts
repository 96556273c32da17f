import { assertCan } from '@core/access';
import {
  bestAttempts,
  compareRounds,
  itemStatistics,
  summariseRound,
} from '@core/staff-programme/knowledge-test';
import { QUESTION_KINDS } from '@core/staff-programme/vocabulary';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Executor, Services, UseCaseCall } from '../../context';
import { testAttempts } from '../../db/schema/index';
import {
  finaliseExpired,
  loadPaper,
  managesPaper,
  type PaperRow,
  paperItem,
  toPaperItem,
} from './paper-store';
import { audienceMembers, studyNotFound } from './programme-scope';

const rate = z.number().nullable();
export const roundSummaryView = z.object({
  expected: z.number().int(),
  participants: z.number().int(),
  participationRate: rate,
  average: rate,
  highest: rate,
  lowest: rate,
  passed: z.number().int(),
  passRate: rate,
  byCategory: z.array(z.object({ category: z.string(), correctRate: rate })),
});

export const paperResultsReply = z.object({
  paper: paperItem,
  summary: roundSummaryView,
  people: z.array(
    z.object({
      userId: z.string(),
      name: z.string(),
      unit: z.string(),
      attempts: z.number().int(),
      bestScore: z.number().int().nullable(),
      passed: z.boolean().nullable(),
    }),
  ),
  items: z.array(
    z.object({
      questionId: z.string(),
      kind: z.enum(QUESTION_KINDS),
      category: z.string().nullable(),
      stem: z.string(),
      options: z.array(z.string()),
      correct: z.array(z.number().int()),
      answered: z.number().int(),
      correctCount: z.number().int(),
      correctRate: rate,
      discrimination: rate,
      optionCounts: z.array(z.number().int()),
    }),
  ),
});

export async function computeResults(tx: Executor, paper: PaperRow, now: Date) {
  await finaliseExpired(tx, paper, now);
  const members = await audienceMembers(tx, { audienceOrgId: paper.audienceOrgId, partyMembersOnly: false });
  const attempts = await tx
    .select()
    .from(testAttempts)
    .where(and(eq(testAttempts.paperId, paper.id), eq(testAttempts.status, 'submitted')));
  const graded = attempts.map((a) => ({
    userId: a.userId,
    score: a.score ?? 0,
    submittedAt: a.submittedAt ?? a.startedAt,
    items: a.items ?? [],
  }));
  const best = bestAttempts(graded);
  const frozen = paper.questions ?? [];
  const categoryOf = (id: string) => frozen.find((q) => q.id === id)?.category ?? null;
  const summary = summariseRound(best, members.length, paper.passScore, categoryOf);
  const stats = itemStatistics(frozen, best);
  return {
    paper: toPaperItem(paper),
    summary,
    people: members.map((m) => {
      const mine = best.find((b) => b.userId === m.id);
      return {
        userId: m.id,
        name: m.displayName,
        unit: m.unit,
        attempts: attempts.filter((a) => a.userId === m.id).length,
        bestScore: mine?.score ?? null,
        passed: mine ? mine.score >= paper.passScore : null,
      };
    }),
    items: frozen.map((q, i) => ({
      kind: q.kind,
      category: q.category,
      stem: q.stem,
      options: q.options,
      correct: q.correct,
      ...stats[i]!,
    })),
  };
}

/**
 * A round's results (成绩): participation, scores and pass rate (each person's best attempt), every
 * member's score, and item statistics (correct rate, discrimination, option choices). Open attempts whose
 * time is up are handed in first. Managers and supervisors of the paper's bureau.
 */
export async function paperResults(services: Services, { actor, input }: UseCaseCall<{ id: string }>) {
  assertCan(actor, 'study.participate');
  return services.db.transaction(async (tx) => {
    const paper = await loadPaper(tx, input.id);
    if (!managesPaper(actor, paper) || paper.status === 'draft') throw studyNotFound('试卷');
    return computeResults(tx, paper, services.now());
  });
}

export const compareQuery = z.object({ first: z.uuid(), second: z.uuid() });

/** Two rounds side by side (core compareRounds): each summary and the change from the first to the second. */
export async function compareRoundsOf(
  services: Services,
  { actor, input }: UseCaseCall<z.infer<typeof compareQuery>>,
) {
  return services.db.transaction(async (tx) => {
    const out = [];
    for (const id of [input.first, input.second]) {
      const paper = await loadPaper(tx, id);
      if (!managesPaper(actor, paper) || paper.status === 'draft') throw studyNotFound('试卷');
      const r = await computeResults(tx, paper, services.now());
      out.push({ paper: r.paper, summary: r.summary });
    }
    const [first, second] = out as [(typeof out)[number], (typeof out)[number]];
    return { first, second, change: compareRounds(first.summary, second.summary) };
  });
}

export const compareReply = z.object({
  first: z.object({ paper: paperItem, summary: roundSummaryView }),
  second: z.object({ paper: paperItem, summary: roundSummaryView }),
  change: z.object({
    participationRate: rate,
    average: rate,
    passRate: rate,
    byCategory: z.array(z.object({ category: z.string(), first: rate, second: rate, change: rate })),
  }),
});
