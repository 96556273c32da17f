import { formatChineseNumber, parseChineseNumber } from './chinese-numerals';

/**
 * An article number: 第四十三条 = { number: 43, suffix: 0 }, 第一百二十条之一 = { number: 120, suffix: 1 }
 * (an article inserted by an amendment after art. 120 keeps the numbering of the others).
 */
export interface ArticleNumber {
  number: number;
  suffix: number;
}

const NUMERAL = '[〇零一二两三四五六七八九十百千万0-9０-９]+';
/** `第X条` or `第X条之Y` at the start of a string; group 1 = X, group 2 = Y. Spaces inside are tolerated. */
export const ARTICLE_HEADING = new RegExp(`^第\\s*(${NUMERAL})\\s*条(?:\\s*之\\s*(${NUMERAL}))?`);

/** Parses `第四十三条`, `第一百二十条之一`, `第 43 条` (the whole string). Undefined when it is not one. */
export function parseArticleNumber(text: string): ArticleNumber | undefined {
  const match = ARTICLE_HEADING.exec(text.trim());
  if (!match || match[0].length !== text.trim().length) return undefined;
  return articleNumberOf(match);
}

export function articleNumberOf(match: RegExpExecArray): ArticleNumber | undefined {
  const number = parseChineseNumber(match[1] ?? '');
  if (number === undefined || number <= 0) return undefined;
  if (match[2] === undefined) return { number, suffix: 0 };
  const suffix = parseChineseNumber(match[2]);
  return suffix === undefined || suffix <= 0 ? undefined : { number, suffix };
}

/** 第四十三条, 第一百二十条之一. */
export function formatArticleLabel({ number, suffix }: ArticleNumber): string {
  return `第${formatChineseNumber(number)}条${suffix > 0 ? `之${formatChineseNumber(suffix)}` : ''}`;
}

/** The article's key in URLs: `43`, `120-1`. */
export function articleKey({ number, suffix }: ArticleNumber): string {
  return suffix > 0 ? `${number}-${suffix}` : String(number);
}

/** Parses a URL key (`43`, `120-1`). */
export function parseArticleKey(key: string): ArticleNumber | undefined {
  const match = /^(\d{1,5})(?:-(\d{1,2}))?$/.exec(key);
  if (!match) return undefined;
  const number = Number.parseInt(match[1]!, 10);
  const suffix = match[2] === undefined ? 0 : Number.parseInt(match[2], 10);
  return number > 0 && (match[2] === undefined || suffix > 0) ? { number, suffix } : undefined;
}
