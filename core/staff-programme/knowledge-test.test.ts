import { describe, expect, it } from 'vitest';
import {
  attemptDeadline,
  type BankQuestion,
  bestAttempts,
  compareRounds,
  DEFAULT_POINTS,
  defaultPassScore,
  drawQuestions,
  fullMarks,
  type GradedItem,
  gradeAttempt,
  isCorrect,
  itemStatistics,
  mayRevealAnswers,
  optionOrder,
  passScoreProblem,
  summariseRound,
  toCanonical,
} from './knowledge-test';

const q = (
  id: string,
  kind: BankQuestion['kind'],
  correct: number[],
  category: string | null = null,
  n = 4,
) => ({
  id,
  kind,
  category,
  stem: `题${id}`,
  options: kind === 'true-false' ? ['正确', '错误'] : Array.from({ length: n }, (_, i) => `${id}${i}`),
  correct,
});

const bank: BankQuestion[] = [
  ...Array.from({ length: 6 }, (_, i) => q(`s${i}`, 'single', [i % 4], i < 3 ? '党史' : '法律')),
  ...Array.from({ length: 4 }, (_, i) => q(`m${i}`, 'multiple', [0, 2], '法律')),
  ...Array.from({ length: 5 }, (_, i) => q(`t${i}`, 'true-false', [i % 2], '纪律')),
];

describe('drawQuestions', () => {
  it('draws the asked number of each kind, reproducibly', () => {
    const rule = { counts: { single: 3, multiple: 2, 'true-false': 4 } };
    const a = drawQuestions(bank, rule, 'round-1');
    expect(a.ok).toBe(true);
    if (!a.ok) return;
    expect(a.questionIds).toHaveLength(9);
    expect(new Set(a.questionIds).size).toBe(9);
    expect(a.questionIds.filter((id) => id.startsWith('s'))).toHaveLength(3);
    expect(a.questionIds.filter((id) => id.startsWith('m'))).toHaveLength(2);
    expect(a.questionIds.filter((id) => id.startsWith('t'))).toHaveLength(4);
    expect(drawQuestions([...bank].reverse(), rule, 'round-1')).toEqual(a);
  });

  it('draws from the rule categories only', () => {
    const result = drawQuestions(bank, { counts: { single: 3 }, categories: ['党史'] }, 'x');
    expect(result).toEqual({ ok: true, questionIds: expect.arrayContaining(['s0', 's1', 's2']) });
  });

  it('names every kind the bank is short of', () => {
    expect(drawQuestions(bank, { counts: { single: 7, multiple: 5, 'true-false': 1 } }, 'x')).toEqual({
      ok: false,
      shortages: [
        { kind: 'single', wanted: 7, available: 6 },
        { kind: 'multiple', wanted: 5, available: 4 },
      ],
    });
  });

  it('refuses an empty paper and negative counts', () => {
    expect(() => drawQuestions(bank, { counts: {} }, 'x')).toThrow(RangeError);
    expect(() => drawQuestions(bank, { counts: { single: -1 } }, 'x')).toThrow(RangeError);
  });
});

describe('optionOrder', () => {
  it('keeps true/false in place and shuffles choice options per seed', () => {
    expect(optionOrder(q('t', 'true-false', [0]), 'any')).toEqual([0, 1]);
    const choice = q('c', 'single', [0], null, 6);
    const orders = new Set(['a', 'b', 'c', 'd', 'e'].map((s) => optionOrder(choice, s).join()));
    expect(orders.size).toBeGreaterThan(1);
    expect(optionOrder(choice, 'a')).toEqual(optionOrder(choice, 'a'));
  });
});

describe('isCorrect / toCanonical', () => {
  const single = q('x', 'single', [2]);
  const multi = q('y', 'multiple', [0, 3]);
  const order = [3, 2, 1, 0]; // displayed d shows canonical order[d]

  it.each([
    [single, [1], true],
    [single, [2], false],
    [single, [1, 1], true],
    [single, [1, 2], false],
    [single, [], false],
    [single, [4], false],
    [single, [-1], false],
    [single, [0.5], false],
    [multi, [0, 3], true],
    [multi, [3, 0], true],
    [multi, [0], false],
    [multi, [0, 3, 1], false],
    [multi, [1, 2], false],
  ])('%j with %j → %s', (question, chosen, expected) => {
    expect(isCorrect(question, order, chosen)).toBe(expected);
  });

  it('refuses an order that does not fit the options', () => {
    expect(toCanonical(single, [0, 1], [0])).toBeUndefined();
  });

  it('maps displayed positions back to canonical ones, sorted', () => {
    expect(toCanonical(multi, order, [0, 3])).toEqual([0, 3]);
    expect(toCanonical(multi, order, [1])).toEqual([2]);
  });
});

describe('gradeAttempt', () => {
  it('sums points per kind, unanswered scores nothing', () => {
    const questions = [q('a', 'single', [0]), q('b', 'multiple', [1, 2]), q('c', 'true-false', [1])];
    const seed = 'person-1';
    const pos = (question: BankQuestion, c: number) => optionOrder(question, seed).indexOf(c);
    const graded = gradeAttempt(questions, seed, {
      a: [pos(questions[0]!, 0)],
      b: [pos(questions[1]!, 1)],
    });
    expect(graded.score).toBe(2);
    expect(graded.maxScore).toBe(6);
    expect(graded.items.map((i) => [i.questionId, i.correct, i.points])).toEqual([
      ['a', true, 2],
      ['b', false, 0],
      ['c', false, 0],
    ]);
    expect(graded.items[2]!.chosen).toEqual([]);
    expect(gradeAttempt(questions, seed, {}, { single: 5, multiple: 5, 'true-false': 5 }).maxScore).toBe(15);
  });
});

const item = (questionId: string, correct: boolean, chosen: number[]): GradedItem => ({
  questionId,
  correct,
  chosen,
  points: correct ? 1 : 0,
});

describe('itemStatistics', () => {
  const questions = [q('a', 'single', [0]), q('b', 'single', [1])];
  it('counts answers per canonical option and the correct rate', () => {
    const attempts = [
      { score: 2, items: [item('a', true, [0]), item('b', true, [1])] },
      { score: 1, items: [item('a', true, [0]), item('b', false, [2])] },
      { score: 0, items: [item('a', false, [3]), item('b', false, [])] },
    ];
    const [a, b] = itemStatistics(questions, attempts);
    expect(a).toMatchObject({
      answered: 3,
      correctCount: 2,
      optionCounts: [2, 0, 0, 1],
      discrimination: null,
    });
    expect(a!.correctRate).toBeCloseTo(2 / 3);
    expect(b).toMatchObject({ answered: 2, correctCount: 1, optionCounts: [0, 1, 1, 0] });
  });

  it('computes discrimination between the top and bottom 27 %', () => {
    const attempts = [
      { score: 4, items: [item('a', true, [0]), item('b', false, [0])] },
      { score: 3, items: [item('a', true, [0]), item('b', false, [0])] },
      { score: 1, items: [item('a', false, [1]), item('b', true, [1])] },
      { score: 0, items: [item('a', false, [1]), item('b', true, [1])] },
    ];
    const [a, b] = itemStatistics(questions, attempts);
    expect(a!.discrimination).toBe(1);
    expect(b!.discrimination).toBe(-1);
  });

  it('has no rate without attempts', () => {
    expect(itemStatistics(questions, [])[0]).toMatchObject({ correctRate: null, answered: 0 });
  });
});

describe('summariseRound / compareRounds', () => {
  const cat = (id: string) => (id === 'a' ? '党史' : id === 'b' ? '法律' : null);
  const round1 = summariseRound(
    [
      { score: 90, items: [item('a', true, [0]), item('b', false, [1])] },
      { score: 50, items: [item('a', false, [1]), item('b', false, [1])] },
    ],
    4,
    60,
    cat,
  );
  const round2 = summariseRound(
    [
      { score: 80, items: [item('a', true, [0]), item('b', true, [1]), item('c', true, [0])] },
      { score: 70, items: [item('a', true, [0]), item('b', false, [1]), item('c', false, [0])] },
      { score: 60, items: [item('a', true, [0]), item('b', true, [1]), item('c', true, [0])] },
    ],
    4,
    60,
    cat,
  );

  it('summarises participation, scores and categories', () => {
    expect(round1).toMatchObject({
      expected: 4,
      participants: 2,
      participationRate: 0.5,
      average: 70,
      highest: 90,
      lowest: 50,
      passed: 1,
      passRate: 0.5,
    });
    expect(round1.byCategory).toEqual([
      { category: '党史', correctRate: 0.5 },
      { category: '法律', correctRate: 0 },
    ]);
    expect(summariseRound([], 0, 60, cat)).toMatchObject({
      participationRate: null,
      average: null,
      passRate: null,
      highest: null,
    });
  });

  it('compares two rounds side by side', () => {
    const diff = compareRounds(round1, round2);
    expect(diff.participationRate).toBeCloseTo(0.25);
    expect(diff.average).toBeCloseTo(0);
    expect(diff.passRate).toBeCloseTo(0.5);
    expect(diff.byCategory).toEqual([
      { category: '', first: null, second: 2 / 3, change: null },
      { category: '党史', first: 0.5, second: 1, change: 0.5 },
      { category: '法律', first: 0, second: 2 / 3, change: 2 / 3 },
    ]);
  });
});

describe('bestAttempts', () => {
  it('keeps the highest score per person, the earlier on a tie', () => {
    const at = (m: number) => new Date(Date.UTC(2026, 2, 2, 9, m));
    const best = bestAttempts([
      { id: 1, userId: 'u', score: 60, submittedAt: at(1) },
      { id: 2, userId: 'u', score: 80, submittedAt: at(2) },
      { id: 3, userId: 'u', score: 80, submittedAt: at(3) },
      { id: 4, userId: 'v', score: 10, submittedAt: at(4) },
    ]);
    expect(best.map((b) => b.id).sort()).toEqual([2, 4]);
  });
});

describe('attemptDeadline / mayRevealAnswers', () => {
  const start = new Date('2026-03-02T09:00:00Z');
  it('is the time limit, or the closing time when earlier', () => {
    expect(attemptDeadline(start, 30, null).toISOString()).toBe('2026-03-02T09:30:00.000Z');
    expect(attemptDeadline(start, 30, new Date('2026-03-02T09:10:00Z')).toISOString()).toBe(
      '2026-03-02T09:10:00.000Z',
    );
    expect(attemptDeadline(start, 30, new Date('2026-03-03T00:00:00Z')).toISOString()).toBe(
      '2026-03-02T09:30:00.000Z',
    );
  });

  it.each([
    [{ attemptsUsed: 1, maxAttempts: 1, openAttempt: false, paperClosed: false }, true],
    [{ attemptsUsed: 1, maxAttempts: 2, openAttempt: false, paperClosed: false }, false],
    [{ attemptsUsed: 1, maxAttempts: 2, openAttempt: false, paperClosed: true }, true],
    [{ attemptsUsed: 2, maxAttempts: 2, openAttempt: true, paperClosed: true }, false],
    [{ attemptsUsed: 0, maxAttempts: 1, openAttempt: false, paperClosed: false }, false],
  ])('reveal answers %j → %s', (input, expected) => {
    expect(mayRevealAnswers(input)).toBe(expected);
  });
});

describe('fullMarks / defaultPassScore / passScoreProblem', () => {
  it('adds up every drawn question at its points', () => {
    expect(fullMarks({ single: 3, 'true-false': 3 }, DEFAULT_POINTS)).toBe(9);
    expect(fullMarks({ single: 5, multiple: 2, 'true-false': 4 }, DEFAULT_POINTS)).toBe(20);
  });
  it('defaults the pass mark to 60 % of the full marks, rounded up', () => {
    expect(defaultPassScore(9)).toBe(6);
    expect(defaultPassScore(10)).toBe(6);
    expect(defaultPassScore(100)).toBe(60);
    expect(defaultPassScore(1)).toBe(1);
    expect(defaultPassScore(0)).toBe(0);
  });
  it('rejects a pass mark above the full marks (9/9 must be able to pass)', () => {
    expect(passScoreProblem(60, 9)).toBe('above-full');
    expect(passScoreProblem(9, 9)).toBeNull();
    expect(passScoreProblem(0, 9)).toBeNull();
    expect(passScoreProblem(-1, 9)).toBe('negative');
  });
});
