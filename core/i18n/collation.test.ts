import { describe, expect, it } from 'vitest';
import { compareZh } from './collation';

describe('compareZh', () => {
  it('sorts as localeCompare with zh-CN does', () => {
    const names = [
      '赵六',
      '包头市',
      '阿拉善盟',
      '呼和浩特市',
      '鄂尔多斯市',
      '李四',
      'B窗口',
      '张三',
      '王五',
      'a',
    ];
    expect([...names].sort(compareZh)).toEqual([...names].sort((a, b) => a.localeCompare(b, 'zh-CN')));
    expect(compareZh('李四', '李四')).toBe(0);
  });
});
