import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { articleKey, formatArticleLabel, parseArticleKey, parseArticleNumber } from './article-number';
import { formatChineseNumber, parseChineseNumber } from './chinese-numerals';

describe('parseChineseNumber', () => {
  it.each([
    ['一', 1],
    ['十', 10],
    ['十七', 17],
    ['二十', 20],
    ['四十三', 43],
    ['一百', 100],
    ['一百零五', 105],
    ['一百一十', 110],
    ['一百二十八', 128],
    ['一千零四十', 1040],
    ['一千零一', 1001],
    ['一千二百六十', 1260],
    ['两千', 2000],
    ['一万零一', 10001],
    ['二〇二一', 2021],
    ['一九九七', 1997],
    ['43', 43],
    ['４３', 43],
    ['零', 0],
  ])('%s → %d', (text, value) => {
    expect(parseChineseNumber(text)).toBe(value);
  });

  it.each(['', '百', '十百', '一二三四五六七八九十', '四十三条', 'abc', '一百零十', '零十', '万'])(
    'rejects %j',
    (text) => {
      expect(parseChineseNumber(text)).toBeUndefined();
    },
  );

  it('round-trips every number the statute books use', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99_999 }), (n) => {
        expect(parseChineseNumber(formatChineseNumber(n))).toBe(n);
      }),
    );
  });
});

describe('formatChineseNumber', () => {
  it.each([
    [10, '十'],
    [17, '十七'],
    [43, '四十三'],
    [110, '一百一十'],
    [105, '一百零五'],
    [1040, '一千零四十'],
    [1001, '一千零一'],
    [1260, '一千二百六十'],
    [10010, '一万零一十'],
  ])('%d → %s', (n, text) => {
    expect(formatChineseNumber(n)).toBe(text);
  });

  it('refuses what it cannot write', () => {
    expect(() => formatChineseNumber(-1)).toThrow(RangeError);
    expect(() => formatChineseNumber(1.5)).toThrow(RangeError);
    expect(() => formatChineseNumber(100_000)).toThrow(RangeError);
  });
});

describe('article numbers', () => {
  it.each([
    ['第四十三条', { number: 43, suffix: 0 }],
    ['第十七条之一', { number: 17, suffix: 1 }],
    ['第一百二十条之三', { number: 120, suffix: 3 }],
    ['第一千零四十条', { number: 1040, suffix: 0 }],
    // 刑事诉讼法(2018) 第一百二十八 条: a stray space before 条 in the corpus.
    ['第一百二十八 条', { number: 128, suffix: 0 }],
    ['第 43 条', { number: 43, suffix: 0 }],
  ])('%s', (text, number) => {
    expect(parseArticleNumber(text)).toEqual(number);
  });

  it.each(['第零条', '第四十三条 本法', '第四十三款', '四十三条', '第条', '第四十三条之零'])(
    'rejects %j',
    (text) => {
      expect(parseArticleNumber(text)).toBeUndefined();
    },
  );

  it('labels and URL keys', () => {
    expect(formatArticleLabel({ number: 120, suffix: 1 })).toBe('第一百二十条之一');
    expect(formatArticleLabel({ number: 43, suffix: 0 })).toBe('第四十三条');
    expect(articleKey({ number: 120, suffix: 1 })).toBe('120-1');
    expect(articleKey({ number: 43, suffix: 0 })).toBe('43');
    expect(parseArticleKey('120-1')).toEqual({ number: 120, suffix: 1 });
    expect(parseArticleKey('43')).toEqual({ number: 43, suffix: 0 });
    for (const bad of ['0', '43-0', 'x', '43-', '-1', '123456', '1.5'])
      expect(parseArticleKey(bad)).toBeUndefined();
  });
});
