/**
 * Grading under shuffling: whatever order an attempt shows the options in, the taker who picks the right
 * options (wherever they are shown) gets full marks, and any other answer gets nothing.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type BankQuestion,
  DEFAULT_POINTS,
  gradeAttempt,
  isCorrect,
  optionOrder,
  presentQuestion,
  questionOrder,
} from './knowledge-test';
import type { QuestionKind } from './vocabulary';

/** An arbitrary bank question: 2–6 distinct options, a valid correct set for its kind. */
type Q = BankQuestion & { stem: string };
const question = (id: string): fc.Arbitrary<Q> =>
  fc.constantFrom<QuestionKind[]>('single', 'multiple', 'true-false').chain((kind): fc.Arbitrary<Q> => {
    if (kind === 'true-false')
      return fc.integer({ min: 0, max: 1 }).map((c) => ({
        id,
        kind,
        category: null,
        stem: `判断${id}`,
        options: ['正确', '错误'],
        correct: [c],
      }));
    return fc.integer({ min: 2, max: 6 }).chain((n) => {
      const options = Array.from({ length: n }, (_, i) => `${id}-选项${i}`);
      const correct =
        kind === 'single'
          ? fc.integer({ min: 0, max: n - 1 }).map((c) => [c])
          : fc.uniqueArray(fc.integer({ min: 0, max: n - 1 }), { minLength: 2, maxLength: n });
      return correct.map((c) => ({ id, kind, category: null, stem: `题${id}`, options, correct: c }));
    });
  });

/** Where an attempt shows the question's correct options (displayed positions). */
function displayedCorrect(q: BankQuestion, seed: string): number[] {
  const order = optionOrder(q, seed);
  return q.correct.map((c) => order.indexOf(c));
}

describe('grading under shuffling (property)', () => {
  it('the right options, wherever shown, are correct; the displayed text is the right text', () => {
    fc.assert(
      fc.property(question('q1'), fc.string(), (q, seed) => {
        const shown = presentQuestion(q, seed);
        const positions = displayedCorrect(q, seed);
        expect(isCorrect(q, optionOrder(q, seed), positions)).toBe(true);
        // The taker identifies the right options by their text: the same text sits at those positions.
        expect(positions.map((p) => shown.options[p]).sort()).toEqual(
          q.correct.map((c) => q.options[c]).sort(),
        );
        // The presented question carries no hint of the answer.
        expect(Object.keys(shown).sort()).toEqual(['id', 'kind', 'options', 'stem']);
        expect([...shown.options].sort()).toEqual([...q.options].sort());
      }),
    );
  });

  it('any other answer is wrong (missing, extra or different options)', () => {
    fc.assert(
      fc.property(
        question('q2'),
        fc.string(),
        fc.uniqueArray(fc.integer({ min: 0, max: 5 }), { maxLength: 6 }),
        (q, seed, picked) => {
          const order = optionOrder(q, seed);
          const valid = picked.filter((p) => p < q.options.length);
          const canonical = valid.map((p) => order[p]!).sort((a, b) => a - b);
          const right = [...q.correct].sort((a, b) => a - b);
          const same = canonical.length === right.length && canonical.every((c, i) => c === right[i]);
          expect(isCorrect(q, order, valid)).toBe(same && (q.kind === 'multiple' || valid.length === 1));
        },
      ),
    );
  });

  it('a whole attempt: picking the right options scores full marks whatever the seed; the same answers by position under another seed do not', () => {
    fc.assert(
      fc.property(
        fc.tuple(question('a'), question('b'), question('c'), question('d')),
        fc.string(),
        (questions, seed) => {
          const answers = Object.fromEntries(questions.map((q) => [q.id, displayedCorrect(q, seed)]));
          const graded = gradeAttempt(questions, seed, answers);
          const max = questions.reduce((s, q) => s + DEFAULT_POINTS[q.kind], 0);
          expect(graded).toMatchObject({ score: max, maxScore: max });
          expect(graded.items.every((i) => i.correct)).toBe(true);
          for (const item of graded.items)
            expect(item.chosen).toEqual([...questions.find((q) => q.id === item.questionId)!.correct].sort());
          // Grading is by the attempt's own order: the score is the sum over items graded one by one.
          const other = gradeAttempt(questions, `${seed}!`, answers);
          const expected = questions.reduce(
            (s, q) =>
              s + (isCorrect(q, optionOrder(q, `${seed}!`), answers[q.id]!) ? DEFAULT_POINTS[q.kind] : 0),
            0,
          );
          expect(other.score).toBe(expected);
        },
      ),
    );
  });

  it('every seed gives a permutation of the options and of the questions', () => {
    fc.assert(
      fc.property(question('p'), fc.string(), (q, seed) => {
        const order = optionOrder(q, seed);
        expect([...order].sort((a, b) => a - b)).toEqual(q.options.map((_, i) => i));
        const ids = ['x', 'y', 'z', 'w'];
        expect(questionOrder(ids, seed).sort()).toEqual([...ids].sort());
      }),
    );
  });
});
