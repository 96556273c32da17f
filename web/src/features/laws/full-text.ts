import type { LawArticle, LawChapter } from './types';

/** One block of an instrument's full text: a chapter heading (章、节) or an article. */
export type Part = { kind: 'heading'; chapter: LawChapter } | { kind: 'article'; article: LawArticle };

/** The element id of a part on the instrument page (`chapter-12`, `article-43`). */
export const partId = (part: Part): string =>
  part.kind === 'heading' ? `chapter-${part.chapter.id}` : `article-${part.article.key}`;

/** Articles in order, each preceded by the headings (outermost first) not yet shown above it. */
export function fullText(articles: LawArticle[], chapters: LawChapter[]): Part[] {
  const byId = new Map(chapters.map((c) => [c.id, c]));
  const shown = new Set<number>();
  const parts: Part[] = [];
  for (const article of articles) {
    const path: LawChapter[] = [];
    for (let c = article.chapterId === null ? undefined : byId.get(article.chapterId); c; ) {
      path.unshift(c);
      c = c.parentId === null ? undefined : byId.get(c.parentId);
    }
    for (const chapter of path) {
      if (shown.has(chapter.id)) continue;
      shown.add(chapter.id);
      parts.push({ kind: 'heading', chapter });
    }
    parts.push({ kind: 'article', article });
  }
  return parts;
}

/**
 * Where the page scrolls to open an article (/laws/<code>/articles/<key>): the article itself, or, when it
 * is the first of its chapter, the first of the headings printed right above it — so 第四章 程序和实施 shows
 * above 第三十五条 instead of sitting under the header. Undefined for a key the text does not have.
 */
export function articleAnchor(parts: Part[], key: string): string | undefined {
  let index = parts.findIndex((p) => p.kind === 'article' && p.article.key === key);
  if (index < 0) return undefined;
  while (index > 0 && parts[index - 1]?.kind === 'heading') index -= 1;
  return partId(parts[index]!);
}

/**
 * The element a URL fragment names (`#chapter-12`, `#article-43`, as the contents links write them), when
 * the text has it; undefined otherwise (an empty or foreign fragment).
 */
export function hashAnchor(parts: Part[], hash: string): string | undefined {
  const id = decodeURIComponent(hash.replace(/^#/, ''));
  if (!id) return undefined;
  return parts.some((p) => partId(p) === id) ? id : undefined;
}
