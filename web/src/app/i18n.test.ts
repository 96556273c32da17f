import { describe, expect, it } from 'vitest';
import { documentTitle, LOCALES, MESSAGE_TABLES, type MessageKey, translate } from './i18n';

const tables = Object.entries(MESSAGE_TABLES);
const entries = tables.flatMap(([table, messages]) =>
  Object.entries(messages).map(([key, pair]) => ({ table, key, pair: pair as readonly [string, string] })),
);
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("the console's message tables (app/i18n.ts and features/<feature>/messages.ts)", () => {
  it('define each key in one table only, so merging them overrides nothing', () => {
    const owners = new Map<string, string[]>();
    for (const { table, key } of entries) owners.set(key, [...(owners.get(key) ?? []), table]);
    expect([...owners].filter(([, where]) => where.length > 1)).toEqual([]);
  });

  it('give every key a text in both locales, with the same {placeholders}', () => {
    for (const { key, pair } of entries) {
      const [zh, en] = pair;
      expect(zh.trim(), `${key} zh-CN`).not.toBe('');
      expect(en.trim(), `${key} en-US`).not.toBe('');
      expect(placeholders(en), key).toEqual(placeholders(zh));
    }
  });

  it('resolve every key through translate in both locales', () => {
    for (const locale of LOCALES)
      for (const { key, pair } of entries)
        expect(translate(locale, key as MessageKey), `${locale} ${key}`).toBe(
          pair[locale === 'zh-CN' ? 0 : 1],
        );
  });

  it('fill placeholders from vars', () => {
    expect(translate('zh-CN', 'lawyer.yearsValue', { n: 12 })).toBe('12 年');
    expect(translate('en-US', 'staff.resetPasswordTitle', { name: '王建国' })).toBe(
      'Reset the password of 王建国',
    );
  });

  it('write a window number as the rest of the UI does (9号窗口, no space; Window 9)', () => {
    expect(translate('zh-CN', 'window.numberLabel', { n: 9 })).toBe('9号窗口');
    expect(translate('en-US', 'window.numberLabel', { n: 9 })).toBe('Window 9');
    expect(entries.filter(({ pair }) => /[\d}] 号窗口/.test(pair[0])).map(({ key }) => key)).toEqual([]);
  });
});

describe('the browser tab title', () => {
  it('names the page, then the hall, in the locale', () => {
    expect(documentTitle('zh-CN', '数据看板')).toBe('数据看板 · 包头市公共法律服务中心');
    expect(documentTitle('en-US', 'Dashboard')).toBe('Dashboard · Baotou Public Legal Service Center');
  });

  it('names the hall alone without a page', () => {
    expect(documentTitle('zh-CN')).toBe('包头市公共法律服务中心');
    expect(documentTitle('en-US')).toBe('Baotou Public Legal Service Center');
  });
});
