import { exclusionReason, parseInstrument } from '@core/laws';
import { describe, expect, it } from 'vitest';
import { readLawCorpus } from './import-laws';

/**
 * The library-scope rule (core/laws/library-scope.ts) on the whole shipped corpus, without a database: it
 * must leave out the one non-legal document and keep every law, regulation, interpretation, rule and case.
 */
describe('library scope on the shipped corpus', () => {
  const parsed = readLawCorpus()
    .entries()
    .map((e) => parseInstrument(e.markdown, e.path));
  const excluded = parsed.filter((p) => exclusionReason(p) !== null);

  it('leaves out exactly 劳动仲裁和劳动诉讼的攻略 of the 1,564 entries: 1,563 are imported', () => {
    expect(parsed).toHaveLength(1564);
    expect(excluded.map((p) => p.sourcePath)).toEqual(['其他/劳动仲裁和劳动诉讼的攻略.md']);
  });

  it('keeps every entry with a 第X条 article and the legal texts without one', () => {
    const kept = new Set(parsed.filter((p) => exclusionReason(p) === null).map((p) => p.sourcePath));
    for (const p of parsed) if (p.articles.some((a) => a.number)) expect(kept.has(p.sourcePath)).toBe(true);
    expect(kept).toContain('其他/人体损伤程度鉴定标准(2014-01-01).md');
    expect(kept).toContain(
      '宪法相关法/全国人民代表大会常务委员会关于县级以下人民代表大会代表直接选举的若干规定(1983-03-05).md',
    );
    expect(kept).toContain('刑法/刑法修正案（十一）.md');
  });
});
