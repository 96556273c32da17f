import { type ArticleNumber, articleNumberOf } from './article-number';
import { parseChineseNumber } from './chinese-numerals';

/**
 * A citation as the rules of this system write them (the `source` of a deadline, an eligibility reason):
 * `法律援助法 第四十三条`, `法律援助法 第四十二条第三项`, `《中华人民共和国民法典》第一千零四十条`,
 * `法律援助法 第四十三条；办理法律援助案件程序规定 第二十四条` (several, separated by ；).
 */
export interface Citation {
  /** The segment as written. */
  text: string;
  /** Short title without 《》 and the 中华人民共和国 prefix; null when the segment names none. */
  instrument: string | null;
  article: ArticleNumber | null;
  /** 第二款 → 2. */
  paragraph: number | null;
  /** 第三项 → 3. */
  item: number | null;
}

const N = '[〇零一二两三四五六七八九十百千万0-9０-９]+';
const ARTICLE = new RegExp(
  `第\\s*(${N})\\s*条(?:\\s*之\\s*(${N}))?(?:\\s*第\\s*(${N})\\s*款)?(?:\\s*第\\s*(${N})\\s*项)?`,
);

/** 《中华人民共和国法律援助法》 → 法律援助法. */
export function normaliseInstrumentTitle(title: string): string {
  return title
    .replace(/[《》〈〉<>“”"\s]/g, '')
    .replace(/^中华人民共和国/, '')
    .trim();
}

/**
 * Splits `source` into its citations. A segment without a title (`第三十一条第五项` after
 * `法律援助法 第三十一条`) takes the title of the segment before it.
 */
export function parseCitations(source: string): Citation[] {
  const out: Citation[] = [];
  let lastInstrument: string | null = null;
  for (const raw of source.split(/[；;]/)) {
    const text = raw.trim();
    if (text === '') continue;
    const match = ARTICLE.exec(text);
    const titlePart = normaliseInstrumentTitle(match ? text.slice(0, match.index) : text);
    const instrument: string | null = titlePart === '' ? lastInstrument : titlePart;
    lastInstrument = instrument;
    if (!match) {
      out.push({ text, instrument, article: null, paragraph: null, item: null });
      continue;
    }
    const article = articleNumberOf(match as RegExpExecArray) ?? null;
    out.push({
      text,
      instrument,
      article,
      paragraph: match[3] ? (parseChineseNumber(match[3]) ?? null) : null,
      item: match[4] ? (parseChineseNumber(match[4]) ?? null) : null,
    });
  }
  return out;
}
