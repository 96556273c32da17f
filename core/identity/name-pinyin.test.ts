import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchesNamePinyin, namePinyinPattern, namePinyinText, pinyinQuery } from './name-pinyin';

/** The rule, from what the user typed: normalised by pinyinQuery, then matched. */
const finds = (namePinyin: string, typed: string) => {
  const key = pinyinQuery(typed);
  return key !== null && matchesNamePinyin(namePinyin, key);
};

describe('namePinyinText', () => {
  it.each([
    [['li', 'si'], 'li si'],
    [['shan', 'tian', 'fang'], 'shan tian fang'],
    [['a', 'yi', 'gu', 'li', '·', 'mai', 'mai', 'ti'], 'a yi gu li mai mai ti'],
    [['lü', 'lü'], 'lv lv'],
    [['John', 'Smith'], 'john smith'],
    [['𠮷', 'xiang'], 'xiang'],
    [['zhang', 'san', '1'], 'zhang san'],
    [['𠮷'], null],
    [[], null],
  ] as [string[], string | null][])('%j → %j', (syllables, stored) => {
    expect(namePinyinText(syllables)).toBe(stored);
  });
});

describe('pinyinQuery', () => {
  it.each([
    ['lisi', 'lisi'],
    ['li si', 'lisi'],
    ['  Li  Si ', 'lisi'],
    ['LS', 'ls'],
    ["xi'an", 'xian'],
    ['lü', 'lv'],
    ['李四', null],
    ['li4', null],
    ['l_s', null],
    ['%', null],
    ['', null],
    ['   ', null],
  ] as [string, string | null][])('%j → %j', (typed, key) => {
    expect(pinyinQuery(typed)).toBe(key);
  });
});

describe('matchesNamePinyin: full pinyin, initials and mixtures, from any syllable', () => {
  it.each([
    // 李四
    ['li si', 'l', true],
    ['li si', 'li', true],
    ['li si', 'ls', true],
    ['li si', 'lis', true],
    ['li si', 'lisi', true],
    ['li si', 'li si', true],
    ['li si', 'LiSi', true],
    ['li si', 'lsi', true],
    ['li si', 's', true], // the given name alone
    ['li si', 'si', true],
    ['li si', 'i', false], // not the beginning of a syllable
    ['li si', 'sili', false], // out of order
    ['li si', 'lss', false],
    ['li si', 'lii', false],
    ['li si', 'lisii', false],
    ['li si', 'lisis', false], // more syllables than the name has
    // 刘某: the full surname
    ['liu mou', 'liu', true],
    ['liu mou', 'lium', true],
    ['liu mou', 'liumou', true],
    ['li si', 'liu', false],
    // 张三, 张三丰
    ['zhang san', 'zhangsan', true],
    ['zhang san', 'zhangs', true],
    ['zhang san', 'zs', true],
    ['zhang san', 'zsan', true],
    ['zhang san', 'zhs', true],
    ['zhang san feng', 'zsf', true],
    ['zhang san feng', 'zhangsf', true],
    ['zhang san feng', 'zhangsanf', true],
    ['zhang san feng', 'zhangsanfeng', true],
    ['zhang san feng', 'zhangfeng', false], // a syllable cannot be left out
    ['zhang san feng', 'sanfeng', true], // from the given name: full, initials or mixed
    ['zhang san feng', 'sf', true],
    ['zhang san feng', 'sanf', true],
    ['zhang san feng', 'feng', true],
    ['zhang san feng', 'fs', false],
    ['zhang san feng', 'anfeng', false],
    // 周志远
    ['zhou zhi yuan', 'zzy', true],
    ['zhou zhi yuan', 'zhouzhiyuan', true],
    ['zhou zhi yuan', 'zhiyuan', true],
    ['zhou zhi yuan', 'zy', true],
    ['zhou zhi yuan', 'zhiy', true],
    ['zhou zhi yuan', 'zyuan', true],
    ['zhou zhi yuan', 'yuan', true],
    ['zhou zhi yuan', 'zhouyuan', false],
    ['zhou zhi yuan', 'hiyuan', false],
    // 单田芳: the surname reading shàn (stored by the writer, pinyin-pro `surname: 'head'`)
    ['shan tian fang', 'stf', true],
    ['shan tian fang', 'shantf', true],
    ['shan tian fang', 'dantf', false],
    ['shan tian fang', 'tianfang', true],
    // 吕: ü typed as v or u
    ['lv bu', 'lvbu', true],
    ['lv bu', 'lubu', true],
    ['lv bu', 'lb', true],
    // a transliterated name; a Latin name is one syllable a word
    ['a yi gu li mai mai ti', 'ayglmmt', true],
    ['a yi gu li mai mai ti', 'ayigulimaimaiti', true],
    ['john smith', 'js', true],
    ['john smith', 'johnsmith', true],
    ['john smith', 'john smith', true],
    ['john smith', 'smith', true],
    ['john smith', 'mith', false],
    // not pinyin at all
    ['li si', '李', false],
    ['li si', '', false],
  ] as [string, string, boolean][])('%j finds %j: %j', (namePinyin, typed, expected) => {
    expect(finds(namePinyin, typed)).toBe(expected);
  });
});

describe('namePinyinPattern: the rule as a regular expression (PostgreSQL and JavaScript alike)', () => {
  it('begins at a syllable; each letter may begin the next syllable; u also matches v (ü)', () => {
    expect(namePinyinPattern('lis')).toBe('(?:^| )l(?:[a-z]* )?i(?:[a-z]* )?s');
    expect(namePinyinPattern('lu')).toBe('(?:^| )l(?:[a-z]* )?[uv]');
  });

  it('refuses what pinyinQuery would not give (the pattern must stay free of user syntax)', () => {
    for (const bad of ['', 'l s', 'l.*', '(', 'li4']) expect(() => namePinyinPattern(bad)).toThrow();
  });

  const syllable = fc
    .array(fc.constantFrom(...'abghinsuvz'), { minLength: 1, maxLength: 4 })
    .map((letters) => letters.join(''));
  const stored = fc.array(syllable, { minLength: 1, maxLength: 5 }).map((s) => s.join(' '));
  const key = fc
    .array(fc.constantFrom(...'abghinsuvz'), { minLength: 1, maxLength: 9 })
    .map((l) => l.join(''));

  it('agrees with matchesNamePinyin on random names and keys', () => {
    fc.assert(
      fc.property(stored, key, (namePinyin, k) => {
        expect(new RegExp(namePinyinPattern(k)).test(namePinyin)).toBe(matchesNamePinyin(namePinyin, k));
      }),
      { numRuns: 1500 },
    );
  });

  it('finds every name by its initials, its full pinyin and every full-then-initials mixture, from any syllable', () => {
    fc.assert(
      fc.property(stored, fc.nat(), fc.nat(), (namePinyin, from, cut) => {
        const syllables = namePinyin.split(' ').slice(from % namePinyin.split(' ').length);
        const at = cut % (syllables.length + 1);
        const mixture = syllables.map((s, i) => (i < at ? s : s[0])).join('');
        expect(new RegExp(namePinyinPattern(mixture)).test(namePinyin)).toBe(true);
        expect(matchesNamePinyin(namePinyin, mixture)).toBe(true);
      }),
    );
  });
});
