import { describe, expect, it } from 'vitest';
import { STUDY_MESSAGE_TABLES } from './messages';

const entries = Object.entries(STUDY_MESSAGE_TABLES).flatMap(([table, messages]) =>
  Object.entries(messages).map(([key, pair]) => ({ table, key, pair: pair as readonly [string, string] })),
);
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("the staff programme's message tables (messages.ts and its area tables)", () => {
  it('define each key in one table only, so merging them overrides nothing', () => {
    const owners = new Map<string, string[]>();
    for (const { table, key } of entries) owners.set(key, [...(owners.get(key) ?? []), table]);
    expect([...owners].filter(([, where]) => where.length > 1)).toEqual([]);
  });

  it('give every key a zh-CN text, and the same {placeholders} in both locales', () => {
    for (const { key, pair } of entries) {
      const [zh, en] = pair;
      expect(zh.trim(), key).not.toBe('');
      expect(placeholders(en), key).toEqual(placeholders(zh));
    }
  });
});
