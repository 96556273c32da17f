import { describe, expect, it } from 'vitest';
import { articleAnchor, fullText, hashAnchor, partId } from './full-text';
import type { LawArticle, LawChapter } from './types';

const chapter = (id: number, title: string, parentId: number | null = null, level = 1): LawChapter => ({
  id,
  parentId,
  level,
  title,
});
const article = (key: string, chapterId: number | null): LawArticle => ({
  key,
  label: `第${key}条`,
  number: Number(key),
  suffix: 0,
  chapterId,
  text: '……',
});

// 第一章 (1) holds 1–2; 第二章 (2) has 第一节 (3) with 3–4 and 第二节 (4) with 5.
const chapters = [
  chapter(1, '第一章 总则'),
  chapter(2, '第二章 程序'),
  chapter(3, '第一节 申请', 2, 2),
  chapter(4, '第二节 审查', 2, 2),
];
const parts = fullText(
  [article('1', 1), article('2', 1), article('3', 3), article('4', 3), article('5', 4)],
  chapters,
);

describe('fullText', () => {
  it('prints each heading once, outermost first, right above its first article', () => {
    expect(parts.map(partId)).toEqual([
      'chapter-1',
      'article-1',
      'article-2',
      'chapter-2',
      'chapter-3',
      'article-3',
      'article-4',
      'chapter-4',
      'article-5',
    ]);
  });
});

describe('articleAnchor', () => {
  it('an article inside a chapter: the article itself', () => {
    expect(articleAnchor(parts, '2')).toBe('article-2');
    expect(articleAnchor(parts, '4')).toBe('article-4');
  });

  it('the first article of a chapter: the first heading above it (chapter and section both show)', () => {
    expect(articleAnchor(parts, '1')).toBe('chapter-1');
    expect(articleAnchor(parts, '3')).toBe('chapter-2');
    expect(articleAnchor(parts, '5')).toBe('chapter-4');
  });

  it('an instrument without chapters, or a key it does not have', () => {
    const flat = fullText([article('1', null), article('2', null)], []);
    expect(articleAnchor(flat, '1')).toBe('article-1');
    expect(articleAnchor(parts, '99')).toBeUndefined();
  });
});

describe('hashAnchor', () => {
  it('a fragment naming a heading or an article of the text', () => {
    expect(hashAnchor(parts, '#chapter-3')).toBe('chapter-3');
    expect(hashAnchor(parts, '#article-5')).toBe('article-5');
  });

  it('no fragment, or one the text does not have', () => {
    expect(hashAnchor(parts, '')).toBeUndefined();
    expect(hashAnchor(parts, '#chapter-9')).toBeUndefined();
    expect(hashAnchor(parts, '#top')).toBeUndefined();
  });
});
