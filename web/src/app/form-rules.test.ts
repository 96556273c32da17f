// The validator antd's Form runs each rule through (antd → @rc-component/form → this), so the tests check
// what a user meets when submitting, not just the rule objects.
import Schema, { type RuleItem } from '@rc-component/async-validator';
import type { FormRule } from 'antd';
import { describe, expect, it } from 'vitest';
import { requiredChoice, requiredNumber, requiredText } from './form-rules';
import { type Locale, type Translate, translate } from './i18n';

const tIn =
  (locale: Locale): Translate =>
  (key, vars) =>
    translate(locale, key, vars);
const zh = tIn('zh-CN');

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
