import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { hasCjk, messageLocaleOf } from './localized';
import { englishFieldName, englishIssue, humanizeKey, valueAt } from './zod-issue-en';

const NAMES = { question: 'Question', copies: 'Copies' };

/** The English of the first issue `schema` raises on `input`. */
function englishOf(schema: z.ZodType, input: unknown): string {
  const result = schema.safeParse(input);
  if (result.success) throw new Error('expected a failure');
  const issue = result.error.issues[0]!;
  return englishIssue(issue, englishFieldName(issue.path, NAMES), valueAt(input, issue.path) !== undefined);
}

describe('English of zod issues with Chinese messages', () => {
  const payload = z.object({
    question: z.string({ error: '请填写咨询的问题' }).min(1, '不能为空').max(5, '过长'),
    items: z
      .array(z.object({ copies: z.number({ error: '份数' }).int().min(1, '至少一份').max(9, '太多') }))
      .min(1, '至少一项'),
    kind: z.enum(['a', 'b'], { error: '请选择' }),
    when: z.string().refine(() => false, { message: '日期有误', params: { en: '{field} must be a date' } }),
  });
  const ok = { question: 'abc', items: [{ copies: 2 }], kind: 'a', when: 'x' };

  it('words each kind of issue with the field’s English name', () => {
    expect(englishOf(payload, { ...ok, question: undefined })).toBe('Question is required');
    expect(englishOf(payload, { ...ok, question: 7 })).toBe('Question must be a string');
    expect(englishOf(payload, { ...ok, question: '' })).toBe('Question is required');
    expect(englishOf(payload, { ...ok, question: 'abcdefg' })).toBe('Question can have at most 5 characters');
    expect(englishOf(payload, { ...ok, items: [] })).toBe('Items needs at least 1 item');
    expect(englishOf(payload, { ...ok, items: [{ copies: 0 }] })).toBe('Copies must be at least 1');
    expect(englishOf(payload, { ...ok, items: [{ copies: 10 }] })).toBe('Copies must be at most 9');
    expect(englishOf(payload, { ...ok, kind: 'c' })).toBe('Kind: choose one of the values offered');
    expect(englishOf(payload, ok)).toBe('When must be a date');
    expect(englishOf(z.object({ id: z.uuid({ error: '编号' }) }), { id: 'x' })).toBe(
      'Id is not a valid identifier',
    );
  });

  it('names fields from the table, else from the key; never in Chinese', () => {
    expect(englishFieldName(['items', 0, 'copies'], NAMES)).toBe('Copies');
    expect(englishFieldName(['idNumber'], NAMES)).toBe('Id number');
    expect(englishFieldName(['name'], { name: '姓名' })).toBe('Name');
    expect(englishFieldName([], NAMES)).toBe('This field');
    expect(humanizeKey('preferred-dates')).toBe('Preferred dates');
    expect(hasCjk('Question is required')).toBe(false);
    expect(hasCjk('“宪法”')).toBe(true);
  });

  it('reads the locale header: English only when asked for', () => {
    expect(messageLocaleOf('en')).toBe('en');
    expect(messageLocaleOf('en-US')).toBe('en');
    expect(messageLocaleOf(['en-GB'])).toBe('en');
    expect(messageLocaleOf('zh-CN')).toBe('zh');
    expect(messageLocaleOf(undefined)).toBe('zh');
    expect(messageLocaleOf('eng')).toBe('zh');
  });
});
