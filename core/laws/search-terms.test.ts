import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeHtml, gramCode, highlightSnippet, queryGrams, searchTerms, textGrams } from './search-terms';

describe('searchTerms', () => {
  it('splits on spaces and Chinese or Latin punctuation, lower-cases, de-duplicates', () => {
    expect(searchTerms(' 离婚  工资，加班费；离婚 ')).toEqual(['离婚', '工资', '加班费']);
    expect(searchTerms('《劳动合同法》 ABC')).toEqual(['劳动合同法', 'abc']);
    expect(searchTerms('')).toEqual([]);
    expect(searchTerms('，。 ')).toEqual([]);
  });

  it('keeps % and _ as characters (full-width ones folded)', () => {
    expect(searchTerms('10% a_b')).toEqual(['10%', 'a_b']);
    expect(searchTerms('１０％')).toEqual(['10%']);
  });

  it('caps the number and length of terms', () => {
    expect(searchTerms('一 二 三 四 五 六 七 八')).toHaveLength(6);
    expect([...searchTerms('长'.repeat(50))[0]!]).toHaveLength(20);
  });
});

describe('gram keys', () => {
  const g = gramCode;
  it('a term is looked up by its pairs, or by the character of a one-character term', () => {
    expect(queryGrams('工资')).toEqual([g('工', '资')]);
    expect(queryGrams('劳动合同')).toEqual([g('劳', '动'), g('动', '合'), g('合', '同')]);
    expect(queryGrams('婚')).toEqual([g('婚')]);
    expect(queryGrams('哈哈哈')).toEqual([g('哈', '哈')]);
    expect(queryGrams('%')).toEqual([37]);
  });

  it('a text holds every character and pair, lower-cased; pairs never collide with characters', () => {
    expect(new Set(textGrams('离婚A'))).toEqual(
      new Set([g('离'), g('婚'), g('a'), g('离', '婚'), g('婚', 'a')]),
    );
    expect(g('\u0000', '\u0001')).toBe(1);
    expect(g('a', 'b')).toBeGreaterThan(0x10ffff);
    expect(g('\u{10ffff}', '\u{10ffff}')).toBeLessThan(Number.MAX_SAFE_INTEGER);
  });

  it('every term found by substring is found by its keys (the index never loses a match)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('离', '婚', '工', '资', '%', '_', 'a') }),
        fc.nat(),
        fc.nat(),
        (text, i, n) => {
          const term = [...text]
            .slice(i % Math.max(1, text.length), (i % Math.max(1, text.length)) + 1 + (n % 4))
            .join('');
          if (term === '') return;
          const keys = new Set(textGrams(text));
          expect(queryGrams(term).every((k) => keys.has(k))).toBe(true);
        },
      ),
    );
  });
});

describe('highlightSnippet', () => {
  const text =
    '用人单位应当按照劳动合同约定和国家规定，向劳动者及时足额支付劳动报酬。用人单位拖欠或者未足额支付劳动报酬的，劳动者可以依法向当地人民法院申请支付令。';

  it('marks every match and cuts around the first one', () => {
    expect(highlightSnippet(text, ['劳动报酬'], 6)).toBe('…及时足额支付<mark>劳动报酬</mark>。用人单位拖…');
    expect(highlightSnippet('甲乙甲', ['甲'])).toBe('<mark>甲</mark>乙<mark>甲</mark>');
  });

  it('merges overlapping matches and escapes the text', () => {
    expect(highlightSnippet('a<b>劳动合同c', ['劳动', '动合'])).toBe('a&lt;b&gt;<mark>劳动合</mark>同c');
    expect(highlightSnippet('50%的工资', ['%'])).toBe('50<mark>%</mark>的工资');
    expect(escapeHtml(`<&"'>`)).toBe('&lt;&amp;&quot;&#39;&gt;');
  });

  it('shows the beginning when nothing matches', () => {
    expect(highlightSnippet('一二三四五六', ['七'], 2)).toBe('一二三四…');
  });
});
