import { matchesNamePinyin, pinyinQuery } from '@core/identity';
import { describe, expect, it } from 'vitest';
import { namePinyin, namePinyinColumns, pinyinInitials } from './name-pinyin';

describe('namePinyin: the stored full pinyin of a name (pinyin-pro, surname readings)', () => {
  it.each([
    ['李四', 'li si'],
    ['刘某', 'liu mou'],
    ['张三', 'zhang san'],
    ['单田芳', 'shan tian fang'], // 单 as a surname reads shàn, not dān
    ['曾小贤', 'zeng xiao xian'], // not céng
    ['区家明', 'ou jia ming'], // not qū
    ['解宝', 'xie bao'],
    ['欧阳娜娜', 'ou yang na na'],
    ['吕布', 'lv bu'],
    ['阿依古丽·买买提', 'a yi gu li mai mai ti'],
    ['John Smith', 'john smith'],
    ['Zhang三', 'zhang san'],
    ['𠮷祥', 'ji xiang'], // NAME_READINGS: pinyin-pro has no reading of 𠮷
    ['𠮷振华', 'ji zhen hua'],
    ['𡒄', null], // a character with no reading at all
    ['𠮷𡒄', 'ji'],
  ] as [string, string | null][])('%s → %j', (name, stored) => {
    expect(namePinyin(name)).toBe(stored);
  });

  it('keeps the initials as before and finds each name by them and by the full pinyin', () => {
    expect(namePinyinColumns('单田芳')).toEqual({ namePinyinInitials: 'stf', namePinyin: 'shan tian fang' });
    expect(pinyinInitials('阿依古丽·买买提')).toBe('ayglmmt');
    expect(pinyinInitials('𠮷振华')).toBe('jzh');
    for (const [name, typed] of [
      ['李四', 'ls'],
      ['李四', 'lisi'],
      ['李四', 'li si'],
      ['刘某', 'liu'],
      ['张三', 'zhangs'],
      ['单田芳', 'shantianfang'],
      ['曾小贤', 'zengxx'],
    ] as const) {
      const stored = namePinyin(name);
      const key = pinyinQuery(typed);
      expect(stored !== null && key !== null && matchesNamePinyin(stored, key), `${typed} → ${name}`).toBe(
        true,
      );
    }
  });
});
