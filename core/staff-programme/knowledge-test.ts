/**
 * Knowledge tests (应知应会测试): drawing a paper from the question bank by rule, the per-person order of
 * questions and options, grading against the right option wherever it was shown, item statistics and the
 * comparison of two rounds. Source: the programme's test rules (issue #8). Pure: randomness comes from
 * seeds (core/random), so every paper and every person's order can be reproduced and checked.
 */
import { seededRandom, shuffled } from '@core/random';
import type { QuestionKind } from './vocabulary';

/** A question as the bank holds it: options in their canonical order, `correct` as canonical indices. */
export interface BankQuestion {
  id: string;
  kind: QuestionKind;
  category: string | null;
  options: readonly string[];
  correct: readonly number[];
}

/** How many questions of each kind a paper draws, and from which categories (none = all). */
export interface DrawRule {
  counts: Partial<Record<QuestionKind, number>>;
  categories?: readonly string[];
}

/** Points per question of each kind. */
export type Points = Record<QuestionKind, number>;
export const DEFAULT_POINTS: Points = { single: 2, multiple: 3, 'true-false': 1 };

/** A paper's full marks (满分): every drawn question at its kind's points. */
export function fullMarks(counts: DrawRule['counts'], points: Points): number {
  return (Object.keys(points) as QuestionKind[]).reduce((s, k) => s + (counts[k] ?? 0) * points[k], 0);
}

/**
 * The pass mark (及格分) a paper gets when its author leaves it blank: 60 % of its full marks, rounded
 * up (so 9 full marks → 6, 10 → 6, 100 → 60) — the usual 60-of-100 line scaled to the paper, never
 * above the full marks.
 */
export function defaultPassScore(full: number): number {
  return Math.min(full, Math.ceil((full * 60) / 100));
}

/** A pass mark must lie between 0 and the full marks, or nobody (or everybody) could ever pass. */
export function passScoreProblem(passScore: number, full: number): 'negative' | 'above-full' | null {
  if (passScore < 0) return 'negative';
  return passScore > full ? 'above-full' : null;
}

/** The options of a true/false question, in the fixed order they are always shown. */
export const TRUE_FALSE_OPTIONS = ['正确', '错误'] as const;

export type DrawResult =
  | { ok: true; questionIds: string[] }
  | { ok: false; shortages: { kind: QuestionKind; wanted: number; available: number }[] };

/**
 * Draws the paper's questions: for each kind, `counts[kind]` questions at random (seeded) among the
 * bank's questions of that kind in the rule's categories. Every taker of the paper gets these questions
 * (so the results and the item statistics are comparable); only their order differs per person.
 * Fails, naming each kind short of questions, when the bank has too few.
 */
export function drawQuestions(bank: readonly BankQuestion[], rule: DrawRule, seed: string): DrawResult {
  const categories = rule.categories && rule.categories.length > 0 ? new Set(rule.categories) : undefined;
  const eligible = [...bank]
    .filter((q) => !categories || (q.category !== null && categories.has(q.category)))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const random = seededRandom(seed);
  const questionIds: string[] = [];
  const shortages: { kind: QuestionKind; wanted: number; available: number }[] = [];
  for (const kind of ['single', 'multiple', 'true-false'] as const) {
    const wanted = rule.counts[kind] ?? 0;
    if (!Number.isInteger(wanted) || wanted < 0) throw new RangeError(`count of ${kind} must be ≥ 0`);
    if (wanted === 0) continue;
    const pool = eligible.filter((q) => q.kind === kind);
    if (pool.length < wanted) shortages.push({ kind, wanted, available: pool.length });
    else
      questionIds.push(
        ...shuffled(pool, random)
          .slice(0, wanted)
          .map((q) => q.id),
      );
  }
  if (shortages.length > 0) return { ok: false, shortages };
  if (questionIds.length === 0) throw new RangeError('a paper needs at least one question');
  return { ok: true, questionIds };
}

const KIND_NAMES: Record<QuestionKind, string> = {
  single: '单选题',
  multiple: '多选题',
  'true-false': '判断题',
};

/** 题库试题不足：单选题需要 3 道，现有 1 道；… — one sentence naming each kind short of questions. */
export function shortageMessage(
  shortages: readonly { kind: QuestionKind; wanted: number; available: number }[],
) {
  return `题库试题不足：${shortages.map((s) => `${KIND_NAMES[s.kind]}需要 ${s.wanted} 道，现有 ${s.available} 道`).join('；')}`;
}

/** The order in which one attempt shows the paper's questions. */
export function questionOrder(questionIds: readonly string[], attemptSeed: string): string[] {
  return shuffled(questionIds, seededRandom(`${attemptSeed}|order`));
}

/**
 * The option order one attempt shows for a question: entry `d` is the canonical index of the option at
 * displayed position `d`. True/false questions keep 正确, 错误 in place; choice questions are shuffled.
 */
export function optionOrder(
  question: Pick<BankQuestion, 'id' | 'kind' | 'options'>,
  attemptSeed: string,
): number[] {
  const identity = question.options.map((_, i) => i);
  if (question.kind === 'true-false') return identity;
  return shuffled(identity, seededRandom(`${attemptSeed}|${question.id}`));
}

/** What a taker sees of a question: the options in their displayed order, never the right answer. */
export interface PresentedQuestion {
  id: string;
  kind: QuestionKind;
  stem: string;
  options: string[];
}

export function presentQuestion(
  question: BankQuestion & { stem: string },
  attemptSeed: string,
): PresentedQuestion {
  const order = optionOrder(question, attemptSeed);
  return {
    id: question.id,
    kind: question.kind,
    stem: question.stem,
    options: order.map((canonical) => question.options[canonical]!),
  };
}

/**
 * The canonical indices of an answer given as displayed positions, sorted and without repeats;
 * undefined when a position does not exist, or a single/true-false answer is not exactly one option.
 */
export function toCanonical(
  question: Pick<BankQuestion, 'kind' | 'options'>,
  order: readonly number[],
  chosenDisplayed: readonly number[],
): number[] | undefined {
  const canonical = new Set<number>();
  for (const d of chosenDisplayed) {
    if (!Number.isInteger(d) || d < 0 || d >= order.length || order.length !== question.options.length)
      return undefined;
    canonical.add(order[d]!);
  }
  if (question.kind !== 'multiple' && canonical.size > 1) return undefined;
  return [...canonical].sort((a, b) => a - b);
}

/**
 * Whether an answer (displayed positions, as the taker clicked them) is right: it names exactly the
 * question's correct options, wherever the attempt showed them. Multiple choice is all or nothing
 * (a missing or an extra option scores nothing). No answer, or an invalid one, is wrong.
 */
export function isCorrect(
  question: Pick<BankQuestion, 'kind' | 'options' | 'correct'>,
  order: readonly number[],
  chosenDisplayed: readonly number[],
): boolean {
  const chosen = toCanonical(question, order, chosenDisplayed);
  if (!chosen || chosen.length === 0) return false;
  const correct = [...new Set(question.correct)].sort((a, b) => a - b);
  return chosen.length === correct.length && chosen.every((c, i) => c === correct[i]);
}

export interface GradedItem {
  questionId: string;
  correct: boolean;
  /** The answer in canonical indices (for item statistics); empty when unanswered or invalid. */
  chosen: number[];
  points: number;
}

export interface GradedAttempt {
  score: number;
  maxScore: number;
  items: GradedItem[];
}

/**
 * Grades an attempt: each question of the paper against the answer the taker gave (displayed positions,
 * keyed by question id), with the option order of this attempt's seed. Unanswered questions score 0.
 */
export function gradeAttempt(
  questions: readonly BankQuestion[],
  attemptSeed: string,
  answers: Readonly<Record<string, readonly number[]>>,
  points: Points = DEFAULT_POINTS,
): GradedAttempt {
  let score = 0;
  let maxScore = 0;
  const items = questions.map((question): GradedItem => {
    const order = optionOrder(question, attemptSeed);
    const given = answers[question.id] ?? [];
    const correct = isCorrect(question, order, given);
    const worth = points[question.kind];
    maxScore += worth;
    if (correct) score += worth;
    return {
      questionId: question.id,
      correct,
      chosen: toCanonical(question, order, given) ?? [],
      points: correct ? worth : 0,
    };
  });
  return { score, maxScore, items };
}

/** Statistics of one question over the graded attempts (one per person: their best). */
export interface ItemStatistic {
  questionId: string;
  answered: number;
  correctCount: number;
  /** Share answering correctly (the item's difficulty index p); null when nobody answered. */
  correctRate: number | null;
  /**
   * Discrimination index D: correct rate in the top 27 % of takers by score minus that in the bottom
   * 27 % (Kelley); null with fewer than 4 takers. Near 0 or negative = the item does not separate.
   */
  discrimination: number | null;
  /** How many takers chose each option, by canonical index. */
  optionCounts: number[];
}

export function itemStatistics(
  questions: readonly Pick<BankQuestion, 'id' | 'options'>[],
  attempts: readonly { score: number; items: readonly GradedItem[] }[],
): ItemStatistic[] {
  const ranked = [...attempts].sort((a, b) => b.score - a.score);
  const groupSize = ranked.length >= 4 ? Math.max(1, Math.round(ranked.length * 0.27)) : 0;
  const upper = ranked.slice(0, groupSize);
  const lower = ranked.slice(ranked.length - groupSize);
  const rateIn = (group: typeof ranked, id: string) =>
    group.filter((a) => a.items.some((i) => i.questionId === id && i.correct)).length / group.length;
  return questions.map((question) => {
    const optionCounts = question.options.map(() => 0);
    let answered = 0;
    let correctCount = 0;
    for (const attempt of attempts) {
      const item = attempt.items.find((i) => i.questionId === question.id);
      if (!item || item.chosen.length === 0) continue;
      answered += 1;
      if (item.correct) correctCount += 1;
      for (const c of item.chosen) if (c < optionCounts.length) optionCounts[c]! += 1;
    }
    return {
      questionId: question.id,
      answered,
      correctCount,
      correctRate: attempts.length === 0 ? null : correctCount / attempts.length,
      discrimination: groupSize === 0 ? null : rateIn(upper, question.id) - rateIn(lower, question.id),
      optionCounts,
    };
  });
}

/** One round's results (a paper): each person's best attempt. */
export interface RoundSummary {
  expected: number;
  participants: number;
  participationRate: number | null;
  average: number | null;
  highest: number | null;
  lowest: number | null;
  passed: number;
  passRate: number | null;
  /** Correct rate per category (questions without a category under ''), over all takers' items. */
  byCategory: { category: string; correctRate: number | null }[];
}

/**
 * Summarises a round: `best` holds each taker's best graded attempt (score on the paper's maxScore),
 * `expected` how many people the paper was for. Passing is score ≥ passScore.
 */
export function summariseRound(
  best: readonly { score: number; items: readonly GradedItem[] }[],
  expected: number,
  passScore: number,
  categoryOf: (questionId: string) => string | null,
): RoundSummary {
  const n = best.length;
  const scores = best.map((a) => a.score);
  const passed = scores.filter((s) => s >= passScore).length;
  const cats = new Map<string, { right: number; total: number }>();
  for (const attempt of best) {
    for (const item of attempt.items) {
      const key = categoryOf(item.questionId) ?? '';
      const c = cats.get(key) ?? { right: 0, total: 0 };
      c.total += 1;
      if (item.correct) c.right += 1;
      cats.set(key, c);
    }
  }
  return {
    expected,
    participants: n,
    participationRate: expected === 0 ? null : n / expected,
    average: n === 0 ? null : scores.reduce((a, b) => a + b, 0) / n,
    highest: n === 0 ? null : Math.max(...scores),
    lowest: n === 0 ? null : Math.min(...scores),
    passed,
    passRate: n === 0 ? null : passed / n,
    byCategory: [...cats]
      .map(([category, c]) => ({ category, correctRate: c.total === 0 ? null : c.right / c.total }))
      .sort((a, b) => a.category.localeCompare(b.category, 'zh-CN')),
  };
}

/** Two rounds side by side: the change of each figure from the first to the second (null when either lacks it). */
export function compareRounds(first: RoundSummary, second: RoundSummary) {
  const delta = (a: number | null, b: number | null) => (a === null || b === null ? null : b - a);
  const categories = [...new Set([...first.byCategory, ...second.byCategory].map((c) => c.category))].sort(
    (a, b) => a.localeCompare(b, 'zh-CN'),
  );
  const rateOf = (s: RoundSummary, category: string) =>
    s.byCategory.find((c) => c.category === category)?.correctRate ?? null;
  return {
    participationRate: delta(first.participationRate, second.participationRate),
    average: delta(first.average, second.average),
    passRate: delta(first.passRate, second.passRate),
    byCategory: categories.map((category) => ({
      category,
      first: rateOf(first, category),
      second: rateOf(second, category),
      change: delta(rateOf(first, category), rateOf(second, category)),
    })),
  };
}

/** Each person's best attempt: highest score, the earlier one on a tie. */
export function bestAttempts<A extends { userId: string; score: number; submittedAt: Date }>(
  attempts: readonly A[],
): A[] {
  const best = new Map<string, A>();
  for (const a of attempts) {
    const current = best.get(a.userId);
    if (
      !current ||
      a.score > current.score ||
      (a.score === current.score && a.submittedAt.getTime() < current.submittedAt.getTime())
    )
      best.set(a.userId, a);
  }
  return [...best.values()];
}

/** When an attempt must be in: the time limit after its start, but never after the paper closes. */
export function attemptDeadline(startedAt: Date, timeLimitMinutes: number, closesAt: Date | null): Date {
  const limit = new Date(startedAt.getTime() + timeLimitMinutes * 60_000);
  return closesAt && closesAt.getTime() < limit.getTime() ? closesAt : limit;
}

/** Submissions are accepted this long after the deadline (network delay of the last click). */
export const SUBMIT_GRACE_MS = 30_000;

/**
 * Whether the right answers of a paper may be shown to a taker: only once they can no longer use them,
 * i.e. all their attempts are used or the paper is closed. Never while an attempt is open.
 */
export function mayRevealAnswers(input: {
  attemptsUsed: number;
  maxAttempts: number;
  openAttempt: boolean;
  paperClosed: boolean;
}): boolean {
  if (input.openAttempt) return false;
  return input.paperClosed || input.attemptsUsed >= input.maxAttempts;
}
