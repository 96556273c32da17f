import { describe, expect, it } from 'vitest';
import { escapeHtml, highlightSnippet, queryGrams, searchTerms } from './search-terms';

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

describe('queryGrams', () => {
  it('is the bigrams of a term, or the character of a one-character term', () => {
    expect(queryGrams('工资')).toEqual(['工资']);
    expect(queryGrams('劳动合同')).toEqual(['劳动', '动合', '合同']);
    expect(queryGrams('婚')).toEqual(['婚']);
    expect(queryGrams('哈哈哈')).toEqual(['哈哈']);
    expect(queryGrams('%')).toEqual(['%']);
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
