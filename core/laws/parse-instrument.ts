import { ARTICLE_HEADING, type ArticleNumber, articleNumberOf, formatArticleLabel } from './article-number';
import { instrumentMeta } from './instrument-meta';

/**
 * Parses one instrument of the law corpus (data-sources/laws, Markdown in the LawRefBook layout):
 *
 *   # 中华人民共和国民法典          title
 *   # 婚姻家庭编                    optional sub-title (the Civil Code is split by book)
 *   2020年5月28日 第十三届……通过     history lines (a long one may wrap onto the next line)
 *   <!-- INFO END -->
 *   ## 第一章 一般规定              chapter headings: ## part/chapter, ### section, #### …
 *   第一千零四十条 本编调整……        an article starts a line with 第X条 (or 第X条之Y);
 *   实行婚姻自由……                  the lines after it are its further paragraphs (款)
 *
 * Text that belongs to no article (a preamble, the paragraphs of an amendment or of a published case) is
 * kept as unnumbered passages in reading order, so that nothing of the text is lost to search.
 */
export interface ParsedInstrument {
  /** Path inside the corpus, e.g. `社会法/法律援助法(2021-08-20).md`: the instrument's stable identity. */
  sourcePath: string;
  title: string;
  subtitle: string | null;
  /** 中华人民共和国法律援助法 → 法律援助法 (what citations use). */
  shortTitle: string;
  /** The corpus category (folder): 宪法, 行政法规, 司法解释, 部门规章, 案例 … */
  kind: string;
  issuingBody: string | null;
  /** YYYY-MM-DD: the date in the file name, else the latest history date. */
  versionDate: string | null;
  /** YYYY-MM-DD from “自…起施行” (history or text), when stated. */
  effectiveDate: string | null;
  history: { date: string | null; text: string }[];
  chapters: ParsedChapter[];
  articles: ParsedArticle[];
}

export interface ParsedChapter {
  /** 1 = `##`, 2 = `###` … */
  level: number;
  title: string;
  /** Index in `chapters` of the enclosing heading, null at the top level. */
  parent: number | null;
}

export interface ParsedArticle {
  /** Null for an unnumbered passage. */
  number: ArticleNumber | null;
  /** 第四十三条 / 第一百二十条之一, null for a passage. */
  label: string | null;
  /** Index in `chapters` of the innermost heading above, null before any heading. */
  chapter: number | null;
  /** Paragraphs (款) joined with `\n`; the 第X条 label is not repeated here. */
  text: string;
}

const DATE = /^(\d{4})年(\d{1,2})月(\d{1,2})日/;
const EFFECTIVE = /自(\d{4})年(\d{1,2})月(\d{1,2})日起施行/;
const FILE_DATE = /\((\d{4}-\d{2}-\d{2})\)\.md$/;
const INFO_END = '<!-- INFO END -->';

const isoOf = (y: string, m: string, d: string) => `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
const clean = (line: string) =>
  line
    .replace(/<!--.*?-->/g, '')
    .replace(/[ \t\u3000]+/g, ' ')
    .trim();

export function parseInstrument(markdown: string, sourcePath: string): ParsedInstrument {
  const text = markdown.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const marker = text.indexOf(INFO_END);
  const lines = text.split('\n');
  let headerLines: string[];
  let bodyLines: string[];
  if (marker >= 0) {
    headerLines = text.slice(0, marker).split('\n');
    bodyLines = text.slice(marker + INFO_END.length).split('\n');
  } else {
    // No marker: the header runs to the first heading below the title or the first article.
    const start = lines.findIndex((l, i) => i > 0 && (/^#{2,}/.test(l) || ARTICLE_HEADING.test(l.trim())));
    headerLines = start < 0 ? lines.slice(0, 1) : lines.slice(0, start);
    bodyLines = start < 0 ? lines.slice(1) : lines.slice(start);
  }

  const titles: string[] = [];
  const history: { date: string | null; text: string }[] = [];
  for (const raw of headerLines) {
    const line = clean(raw);
    if (line === '' || line === '---' || /^\w+:/.test(line)) continue;
    if (/^# /.test(line)) {
      titles.push(clean(line.slice(2)));
      continue;
    }
    const date = DATE.exec(line);
    if (date) history.push({ date: isoOf(date[1]!, date[2]!, date[3]!), text: line });
    else if (history.length > 0) history[history.length - 1]!.text += line;
    else history.push({ date: null, text: line });
  }
  const fileName = sourcePath.split('/').pop() ?? sourcePath;
  const title = titles[0] || fileName.replace(/\.md$/, '').replace(/\(\d{4}-\d{2}-\d{2}\)$/, '');
  const subtitle = titles[1] ?? null;

  const chapters: ParsedChapter[] = [];
  const articles: ParsedArticle[] = [];
  const open: number[] = []; // stack of chapter indices
  let current: ParsedArticle | undefined;
  for (const raw of bodyLines) {
    const line = clean(raw);
    if (line === '') continue;
    const heading = /^(#{2,6}) ?(.*)$/.exec(line);
    if (heading) {
      const level = heading[1]!.length - 1;
      const headingTitle = clean(heading[2] ?? '');
      if (headingTitle === '') continue;
      while (open.length > 0 && chapters[open[open.length - 1]!]!.level >= level) open.pop();
      chapters.push({ level, title: headingTitle, parent: open.at(-1) ?? null });
      open.push(chapters.length - 1);
      current = undefined;
      continue;
    }
    const chapter = open.at(-1) ?? null;
    const match = ARTICLE_HEADING.exec(line);
    const number = match ? articleNumberOf(match) : undefined;
    if (match && number) {
      current = {
        number,
        label: formatArticleLabel(number),
        chapter,
        text: line.slice(match[0].length).trim(),
      };
      articles.push(current);
    } else if (current) {
      current.text = current.text === '' ? line : `${current.text}\n${line}`;
    } else {
      articles.push({ number: null, label: null, chapter, text: line });
    }
  }

  const fileDate = FILE_DATE.exec(sourcePath)?.[1] ?? null;
  const datedHistory = history.flatMap((h) => (h.date ? [h.date] : []));
  const versionDate = fileDate ?? (datedHistory.length > 0 ? datedHistory.sort().at(-1)! : null);
  // A history line such as `2021年11月1日 施行` wins; else the text's “自2022年1月1日起施行”.
  const effectiveLine = history.filter((h) => h.date && /施行$/.test(h.text)).at(-1)?.date ?? null;
  const effective =
    history.map((h) => EFFECTIVE.exec(h.text)).find(Boolean) ??
    articles.map((a) => EFFECTIVE.exec(a.text)).find(Boolean);
  const meta = instrumentMeta({ sourcePath, title, history });
  return {
    sourcePath,
    title,
    subtitle,
    shortTitle: title.replace(/^中华人民共和国/, ''),
    kind: meta.kind,
    issuingBody: meta.issuingBody,
    versionDate,
    effectiveDate: effectiveLine ?? (effective ? isoOf(effective[1]!, effective[2]!, effective[3]!) : null),
    history,
    chapters,
    articles,
  };
}
