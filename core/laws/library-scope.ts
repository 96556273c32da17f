import type { ParsedInstrument } from './parse-instrument';

/**
 * Which documents of the corpus are not legal texts, and so stay out of the law library.
 *
 * The corpus (LawRefBook/Laws) holds, beside laws, regulations, interpretations, rules and published cases,
 * a reposted how-to guide: 其他/劳动仲裁和劳动诉讼的攻略.md, a first-person blog post from a web repository
 * (“我决心给他们拖欠工资的公司一个教训”). Imported, it was listed as an instrument in force and answered
 * searches such as 拖欠工资 beside the Labour Law. The rule that separates it:
 *
 *   a document WITHOUT ANY 第X条 article is excluded when
 *   (a) its header credits a web page (an http(s) address) as its source: an official text's header holds
 *       its adoption, promulgation or effective dates, never a web address; or
 *   (b) its title names a genre of commentary (攻略, 心得, 教程, 指南 as in “维权指南”, 经验谈); or
 *   (c) it speaks in the first person singular: `我` (not 我国/我省/我市/我院/我部… , the institutional
 *       “our”) at least FIRST_PERSON_MIN times.
 *
 * Anything with a 第X条 article is kept, whatever its wording: a law does not stop being a law because a
 * clause says 我国. The other instruments without 第X条 (amendments, 罪名 supplements, decisions numbered
 * 一、二、…, the 人体损伤程度鉴定标准, published cases) meet none of (a)–(c) and are kept. On the shipped
 * corpus (1,564 entries) the rule excludes exactly the one guide (its header cites github.com twice, its
 * title says 攻略, and its text says 我 30 times; no other entry has a web address in its header or such a
 * title, and the most 我 in any other entry is 6 (乡村振兴促进法, which has articles), 5 among those without
 * articles (a published case quoting a party)): server/laws/library-scope.test.ts checks this.
 *
 * @returns why the document is excluded (for the import log), or null to keep it.
 */
export function exclusionReason(p: Pick<ParsedInstrument, 'title' | 'history' | 'articles'>): string | null {
  if (p.articles.some((a) => a.number !== null)) return null;
  if (p.history.some((h) => WEB_ADDRESS.test(h.text))) return '来源为网页，非法律法规文本';
  if (COMMENTARY_TITLE.test(p.title)) return '标题为攻略、指南等解说文章';
  if (firstPersonCount(p.articles.map((a) => a.text).join('\n')) >= FIRST_PERSON_MIN)
    return '以第一人称叙述，非法律法规文本';
  return null;
}

/** (c): how many times a text says 我 as “I/we”, not the institutional 我国/我省/我院… (“our country”). */
export function firstPersonCount(text: string): number {
  return text.match(FIRST_PERSON)?.length ?? 0;
}

/** Well above the 5–6 of any legal text or case in the corpus, well below the guide's 30. */
export const FIRST_PERSON_MIN = 10;

const WEB_ADDRESS = /https?:\/\//i;
const COMMENTARY_TITLE = /攻略|心得|教程|指南|经验谈/;
const FIRST_PERSON = /我(?![国省市区县旗乡镇村方院部委会局厅军])/g;
