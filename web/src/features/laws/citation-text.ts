/**
 * A citation as core's rules write it (`法律援助法 第二十二条、第三十一条`, several joined by ；, see
 * core/laws/citation.ts) in the console's locale: unchanged in Chinese, `Legal Aid Law art. 22, art. 31`
 * in English. The English names are those of every instrument core and the server cite (checked by
 * citation-text.test.ts, which reads their sources); the law's own text stays Chinese.
 */

import { CHINESE_NUMERAL_CHARS, parseChineseNumber } from '@core/laws/chinese-numerals';
import type { Locale } from '../../app/i18n';

/** Short Chinese title (no 《》, no 中华人民共和国) → the usual official English title. */
export const INSTRUMENT_EN: readonly (readonly [zh: string, en: string])[] = [
  ['办理法律援助案件程序规定', 'Provisions on the Procedures for Handling Legal Aid Cases'],
  ['人民调解工作若干规定', "Several Provisions on People's Mediation Work"],
  ['劳动争议调解仲裁法', 'Law on Mediation and Arbitration of Labour Disputes'],
  ['老年人权益保障法', 'Law on the Protection of the Rights and Interests of the Elderly'],
  ['司法鉴定程序通则', 'General Rules for Judicial Appraisal Procedures'],
  ['保障农民工工资支付条例', 'Regulations on Ensuring Payment of Wages to Migrant Workers'],
  ['残疾人保障法', 'Law on the Protection of Persons with Disabilities'],
  ['退役军人保障法', "Veterans' Protection Law"],
  ['军人地位和权益保障法', 'Law on the Protection of the Status, Rights and Interests of Military Personnel'],
  ['乡村振兴促进法', 'Rural Revitalization Promotion Law'],
  ['未成年人保护法', 'Law on the Protection of Minors'],
  ['个人信息保护法', 'Personal Information Protection Law'],
  ['居民身份证法', 'Resident Identity Card Law'],
  ['公证程序规则', 'Rules for Notarization Procedures'],
  ['法律援助条例', 'Regulations on Legal Aid'],
  ['民事诉讼法', 'Civil Procedure Law'],
  ['行政复议法', 'Administrative Reconsideration Law'],
  ['行政诉讼法', 'Administrative Procedure Law'],
  ['刑事诉讼法', 'Criminal Procedure Law'],
  ['人民调解法', "People's Mediation Law"],
  ['法律援助法', 'Legal Aid Law'],
  ['劳动合同法', 'Labour Contract Law'],
  ['网络安全法', 'Cybersecurity Law'],
  ['仲裁法', 'Arbitration Law'],
  ['公证法', 'Notarization Law'],
  ['律师法', 'Lawyers Law'],
  ['民法典', 'Civil Code'],
  ['劳动法', 'Labour Law'],
  ['刑法', 'Criminal Law'],
  ['宪法', 'Constitution'],
];

/** The English title of `zh` (a short title, as core/laws/citation.ts normalises it), if known. */
export function instrumentEnglishName(zh: string): string | undefined {
  return INSTRUMENT_EN.find(([title]) => title === zh)?.[1];
}

/** Longest first, so a title holding another (劳动争议调解仲裁法, 仲裁法) is replaced whole. */
const BY_LENGTH = [...INSTRUMENT_EN].sort(([a], [b]) => b.length - a.length);

const ARTICLE = new RegExp(`第([${CHINESE_NUMERAL_CHARS}]+)条(?:之([${CHINESE_NUMERAL_CHARS}]+))?`, 'g');
const PARAGRAPH = new RegExp(`第([${CHINESE_NUMERAL_CHARS}]+)款`, 'g');
const ITEM = new RegExp(`第[（(]?([${CHINESE_NUMERAL_CHARS}]+)[）)]?项`, 'g');

function numbered(match: string, n: string, write: (number: number) => string): string {
  const number = parseChineseNumber(n);
  return number === undefined ? match : write(number);
}

/**
 * `citation` in `locale`: unchanged in Chinese; in English each known instrument by its English title,
 * 第二十二条 → art. 22, 第十七条之一 → art. 17-1, 第一款 → (1), 第三项 → item 3, 、 → `, `, 至 → ` to `,
 * ； → `; `. 《》 and the 中华人民共和国 prefix are dropped. Parts it does not know stay as they are.
 */
export function citationText(citation: string, locale: Locale): string {
  if (locale === 'zh-CN') return citation;
  let text = citation.replace(/《(?:中华人民共和国)?([^》]*)》/g, '$1 ');
  for (const [zh, en] of BY_LENGTH) text = text.replaceAll(zh, `${en} `);
  return text
    .replace(ARTICLE, (match, n: string, sub?: string) =>
      numbered(match, n, (number) => {
        if (sub === undefined) return `art. ${number}`;
        const subNumber = parseChineseNumber(sub);
        return subNumber === undefined ? match : `art. ${number}-${subNumber}`;
      }),
    )
    .replace(PARAGRAPH, (match, n: string) => numbered(match, n, (number) => `(${number})`))
    .replace(ITEM, (match, n: string) => numbered(match, n, (number) => ` item ${number}`))
    .replace(/、/g, ', ')
    .replace(/至/g, ' to ')
    .replace(/\s*；\s*/g, '; ')
    .replace(/ {2,}/g, ' ')
    .replace(/ (?=[;,)])/g, '')
    .trim();
}
