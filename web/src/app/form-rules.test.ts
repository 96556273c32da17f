// The validator antd's Form runs each rule through (antd → @rc-component/form → this), so the tests check
// what a user meets when submitting, not just the rule objects.
import Schema, { type RuleItem } from '@rc-component/async-validator';
import type { FormRule } from 'antd';
import { describe, expect, it } from 'vitest';
import { inSentence, requiredChoice, requiredNumber, requiredText } from './form-rules';
import { type Locale, type Translate, translate } from './i18n';

const tIn =
  (locale: Locale): Translate =>
  (key, vars) =>
    translate(locale, key, vars);
const zh = tIn('zh-CN');
const en = tIn('en-US');

/** The messages a field with `rules` shows for `value`, one rule at a time as antd's Form checks them. */
async function errors(rules: FormRule[], value: unknown): Promise<string[]> {
  const found: string[] = [];
  for (const rule of rules) {
    if (typeof rule === 'function') throw new Error('a rule function: not made by form-rules');
    const schema = new Schema({ field: { ...(rule as RuleItem) } });
    try {
      await schema.validate({ field: value });
    } catch (failure) {
      const { errors: list } = failure as { errors: { message: string }[] };
      found.push(...list.map((e) => e.message));
    }
  }
  return found;
}

describe('requiredText: a typed text', () => {
  const rules = requiredText(zh, '姓名');

  it('refuses an empty, missing or blank value with 请填写{label}', async () => {
    for (const value of ['', undefined, null, '   ', '\t'])
      expect(await errors(rules, value), JSON.stringify(value)).toEqual(['请填写姓名']);
  });

  it('accepts any non-blank text, even one character, without a min', async () => {
    expect(await errors(rules, '王')).toEqual([]);
    expect(await errors(rules, '  王建国 ')).toEqual([]);
  });

  it('with min, also refuses a shorter text, with the same message', async () => {
    const reason = requiredText(zh, '退出原因', { min: 2 });
    expect(await errors(reason, '')).toEqual(['请填写退出原因']);
    expect(await errors(reason, '   ')).toEqual(['请填写退出原因']);
    expect(await errors(reason, '病')).toEqual(['请填写退出原因']);
    expect(await errors(reason, '病休')).toEqual([]);
  });

  it('is the one rule the forms wrote by hand: required, whitespace, min only when given', () => {
    expect(requiredText(zh, '姓名')).toEqual([{ required: true, whitespace: true, message: '请填写姓名' }]);
    expect(requiredText(zh, '事由', { min: 2 })).toEqual([
      { required: true, whitespace: true, min: 2, message: '请填写事由' },
    ]);
  });
});

describe('requiredNumber: a number typed into an InputNumber', () => {
  const rules = requiredNumber(zh, '窗口号');

  it('refuses an empty field with 请填写{label}', async () => {
    expect(await errors(rules, undefined)).toEqual(['请填写窗口号']);
    expect(await errors(rules, null)).toEqual(['请填写窗口号']);
  });

  it('accepts a number, and the string of a stringMode InputNumber (no string checks)', async () => {
    expect(await errors(rules, 7)).toEqual([]);
    expect(await errors(rules, 0)).toEqual([]);
    expect(await errors(rules, '1180.00')).toEqual([]);
  });

  it('carries no string checks, which would refuse a number', async () => {
    expect(await errors(requiredText(zh, '窗口号'), 7)).not.toEqual([]);
    expect(rules).toEqual([{ required: true, message: '请填写窗口号' }]);
  });
});

describe('requiredChoice: a choice from a Select, DatePicker or Radio.Group', () => {
  it('refuses no choice with 请选择{label}', async () => {
    const rules = requiredChoice(zh, '所属机构');
    expect(await errors(rules, undefined)).toEqual(['请选择所属机构']);
    expect(await errors(rules, null)).toEqual(['请选择所属机构']);
  });

  it('accepts whatever the picker holds: an id, a date object', async () => {
    const rules = requiredChoice(zh, '决定日期');
    expect(await errors(rules, '0b7e4d8a-6c1f-4f7e-9a55-2f6f3c1b9d10')).toEqual([]);
    expect(await errors(rules, new Date(2026, 0, 5))).toEqual([]);
  });

  it('multiple: refuses an empty list, accepts one choice or more', async () => {
    const rules = requiredChoice(zh, '角色', { multiple: true });
    expect(await errors(rules, [])).toEqual(['请选择角色']);
    expect(await errors(rules, undefined)).toEqual(['请选择角色']);
    expect(await errors(rules, ['lawyer'])).toEqual([]);
    expect(await errors(rules, ['lawyer', 'admin'])).toEqual([]);
  });

  it('is the rule the forms wrote by hand: required, plus an array of at least one when multiple', () => {
    expect(requiredChoice(zh, '日期')).toEqual([{ required: true, message: '请选择日期' }]);
    expect(requiredChoice(zh, '服务事项', { multiple: true })).toEqual([
      { required: true, type: 'array', min: 1, message: '请选择服务事项' },
    ]);
  });
});

describe('the messages in English', () => {
  const message = (rules: FormRule[]) => (rules[0] as { message: string }).message;

  it('ask politely, with the label lowercased inside the sentence', () => {
    expect(message(requiredText(en, translate('en-US', 'staff.displayName')))).toBe('Please enter the name');
    expect(message(requiredText(en, translate('en-US', 'lawyer.leaveReason'), { min: 2 }))).toBe(
      'Please enter the reason for leaving',
    );
    expect(message(requiredNumber(en, translate('en-US', 'lawyer.firstPracticeYear')))).toBe(
      'Please enter the first year of practice',
    );
    expect(message(requiredChoice(en, translate('en-US', 'staff.roles'), { multiple: true }))).toBe(
      'Please select the roles',
    );
    expect(message(requiredChoice(en, translate('en-US', 'common.org')))).toBe(
      'Please select the organisation',
    );
  });

  it('name a field whose label is no noun by its …InSentence text, which is the label in Chinese', () => {
    expect(message(requiredNumber(en, translate('en-US', 'window.numberInSentence')))).toBe(
      'Please enter the window number',
    );
    expect(message(requiredChoice(en, translate('en-US', 'lawyer.decidedOnInSentence')))).toBe(
      'Please select the date of the decision',
    );
    for (const [label, inText] of [
      ['window.number', 'window.numberInSentence'],
      ['hardship.amount', 'hardship.amountInSentence'],
      ['hardship.effectiveFrom', 'hardship.effectiveFromInSentence'],
      ['lawyer.decidedOn', 'lawyer.decidedOnInSentence'],
      ['lawyer.authority', 'lawyer.authorityInSentence'],
      ['org.parent', 'org.parentInSentence'],
    ] as const)
      expect(translate('zh-CN', inText), inText).toBe(translate('zh-CN', label));
  });

  it('leave the Chinese as it was: 请填写{label} / 请选择{label}', () => {
    expect(message(requiredText(zh, translate('zh-CN', 'staff.username')))).toBe('请填写用户名');
    expect(message(requiredChoice(zh, translate('zh-CN', 'lawyer.decidedOnInSentence')))).toBe(
      '请选择决定日期',
    );
  });
});

describe('inSentence: a label inside a sentence', () => {
  it('lowercases the first letter', () => {
    expect(inSentence('Roles')).toBe('roles');
    expect(inSentence('Window name')).toBe('window name');
    expect(inSentence('Monthly per capita (yuan)')).toBe('monthly per capita (yuan)');
  });

  it('keeps an abbreviation in capitals, and Chinese, as they are', () => {
    expect(inSentence('ID number')).toBe('ID number');
    expect(inSentence('SMS code')).toBe('SMS code');
    expect(inSentence('用户名')).toBe('用户名');
    expect(inSentence('window number')).toBe('window number');
  });
});
