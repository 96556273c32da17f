import { describe, expect, it } from 'vitest';
import { checkAnswers, type FormQuestionSpec, OPINION_NEXT, validateFormQuestions } from './opinion-form';

const form: FormQuestionSpec[] = [
  { key: 'satisfaction', label: '总体满意度', kind: 'rating', required: true },
  { key: 'channel', label: '了解渠道', kind: 'choice', options: ['窗口', '网站', '朋友'] },
  { key: 'problems', label: '存在的问题', kind: 'text' },
];

describe('checkAnswers', () => {
  it('accepts a complete answer and trims text', () => {
    expect(checkAnswers(form, { satisfaction: 4, channel: '窗口', problems: '  等候时间长 ' })).toEqual({
      ok: true,
      answers: { satisfaction: 4, channel: '窗口', problems: '等候时间长' },
    });
  });

  it('leaves out optional questions left empty', () => {
    expect(checkAnswers(form, { satisfaction: 5, problems: '  ' })).toEqual({
      ok: true,
      answers: { satisfaction: 5 },
    });
  });

  it.each([
    [{}, 'satisfaction'],
    [{ satisfaction: 0 }, 'satisfaction'],
    [{ satisfaction: 6 }, 'satisfaction'],
    [{ satisfaction: 3.5 }, 'satisfaction'],
    [{ satisfaction: '5' }, 'satisfaction'],
    [{ satisfaction: 3, channel: '电视' }, 'channel'],
    [{ satisfaction: 3, problems: 12 }, 'problems'],
    [{ satisfaction: 3, problems: '长'.repeat(2001) }, 'problems'],
    [{ satisfaction: 3, extra: 'x' }, 'extra'],
  ])('refuses %j at %s', (answers, key) => {
    const result = checkAnswers(form, answers);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.key).toBe(key);
  });
});

describe('validateFormQuestions', () => {
  it('accepts a good form and names the problems of a bad one', () => {
    expect(validateFormQuestions(form)).toEqual([]);
    expect(
      validateFormQuestions([
        { key: 'a', label: 'x', kind: 'text' },
        { key: 'a', label: 'y', kind: 'text' },
        { key: 'B c', label: '', kind: 'choice', options: ['一'] },
      ]),
    ).toHaveLength(4);
  });
});

describe('OPINION_NEXT', () => {
  it('closes only after a reply or without assignment, and never reopens', () => {
    expect(OPINION_NEXT.new).toContain('assigned');
    expect(OPINION_NEXT.assigned).not.toContain('closed');
    expect(OPINION_NEXT.replied).toEqual(['closed']);
    expect(OPINION_NEXT.closed).toEqual([]);
  });
});
