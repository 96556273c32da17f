import { describe, expect, it } from 'vitest';
import { MIDDLE_DOT, normalizePersonName, validatePersonName } from './person-name';

const codePoints = (s: string) => [...s].length;

describe('normalizePersonName', () => {
  it.each([
    ['张三', '张三', 'plain'],
    ['  张三  ', '张三', 'trimmed'],
    ['\u3000张三\u3000', '张三', 'full-width spaces trimmed'],
    ['\t张三\n', '张三', 'tab and newline'],
    ['Mary   Ann  Smith', 'Mary Ann Smith', 'inner whitespace collapsed'],
    ['Mary\u3000\u3000Smith', 'Mary Smith', 'full-width inner spaces collapsed'],
    ['ＭＡＲＹ ｓｍｉｔｈ', 'MARY smith', 'full-width Latin → ASCII, case kept'],
    ['阿依古丽·买买提', '阿依古丽·买买提', 'U+00B7 kept'],
    ['阿依古丽•买买提', '阿依古丽·买买提', 'U+2022 bullet'],
    ['阿依古丽‧买买提', '阿依古丽·买买提', 'U+2027 hyphenation point'],
    ['阿依古丽・买买提', '阿依古丽·买买提', 'U+30FB katakana middle dot'],
    ['阿依古丽･买买提', '阿依古丽·买买提', 'U+FF65 half-width katakana middle dot'],
    ['阿依古丽\u0387买买提', '阿依古丽·买买提', 'U+0387 Greek ano teleia'],
    ['阿依古丽\u2219买买提', '阿依古丽·买买提', 'U+2219 bullet operator'],
    ['阿依古丽\u22C5买买提', '阿依古丽·买买提', 'U+22C5 dot operator'],
    ['阿依古丽 · 买买提', '阿依古丽·买买提', 'spaces around the dot removed'],
    ['阿卜杜•热合曼・艾力', '阿卜杜·热合曼·艾力', 'several dots'],
    ['张\u200B三', '张三', 'zero-width space removed'],
    ['\uFEFF张三', '张三', 'BOM removed'],
    ['吉田𠮷', '吉田𠮷', 'non-BMP 𠮷 kept'],
    [' 𡒄立 ', '𡒄立', 'non-BMP 𡒄 kept'],
    ['J. Smith', 'J. Smith', 'ASCII full stop is not a middle dot'],
    ['', '', 'empty'],
    ['   ', '', 'spaces only'],
  ])('%j → %j (%s)', (raw, expected) => {
    expect(normalizePersonName(raw)).toBe(expected);
  });

  it('keeps characters outside the BMP intact, counting them as one code point each', () => {
    const name = normalizePersonName('  𠮷𡒄 ');
    expect(name).toBe('𠮷𡒄');
    expect(name.length).toBe(4); // UTF-16 units
    expect(codePoints(name)).toBe(2);
    expect(name.codePointAt(0)).toBe(0x20bb7);
    expect(name.codePointAt(2)).toBe(0x21484);
  });

  it('uses U+00B7 as the middle dot', () => {
    expect(MIDDLE_DOT).toBe('\u00B7');
    expect(normalizePersonName('A•B')).toBe('A\u00B7B');
  });

  it('never throws, even on a non-string', () => {
    // @ts-expect-error: checking the run-time guard
    expect(normalizePersonName(undefined)).toBe('');
    // @ts-expect-error: checking the run-time guard
    expect(normalizePersonName(42)).toBe('');
  });
});

describe('validatePersonName', () => {
  it('accepts and normalises', () => {
    expect(validatePersonName(' 阿依古丽 • 买买提 ')).toEqual({ ok: true, name: '阿依古丽·买买提' });
    expect(validatePersonName('𠮷')).toEqual({ ok: true, name: '𠮷' });
  });

  it.each([
    ['', 'EMPTY', '姓名不能为空'],
    ['\u3000 \u200B', 'EMPTY', '姓名不能为空'],
    ['张'.repeat(51), 'TOO_LONG', '姓名不能超过50个字'],
    ['𠮷'.repeat(51), 'TOO_LONG', '姓名不能超过50个字'],
    ['张\u0000三', 'INVALID_CHARACTER', '姓名含有无效字符（如控制字符或不完整的生僻字编码）'],
    ['张\uD842', 'INVALID_CHARACTER', '姓名含有无效字符（如控制字符或不完整的生僻字编码）'],
  ])('%j → %s', (raw, code, message) => {
    expect(validatePersonName(raw)).toEqual({ ok: false, code, message });
  });

  it('counts code points, not UTF-16 units: 50 non-BMP characters pass', () => {
    const name = '𠮷'.repeat(50);
    expect(name.length).toBe(100);
    expect(validatePersonName(name)).toEqual({ ok: true, name });
    expect(validatePersonName('张'.repeat(50)).ok).toBe(true);
  });
});
