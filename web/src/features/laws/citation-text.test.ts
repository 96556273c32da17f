import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCitations } from '@core/laws/citation';
import { describe, expect, it } from 'vitest';
import { citationText, INSTRUMENT_EN } from './citation-text';

describe('citationText', () => {
  it('leaves Chinese as core writes it', () => {
    const source = '法律援助法 第四十三条；办理法律援助案件程序规定 第二十四条';
    expect(citationText(source, 'zh-CN')).toBe(source);
  });

  it('names both instruments in English, several citations joined by a semicolon', () => {
    expect(citationText('法律援助法 第四十三条；办理法律援助案件程序规定 第二十四条', 'en-US')).toBe(
      'Legal Aid Law art. 43; Provisions on the Procedures for Handling Legal Aid Cases art. 24',
    );
    expect(citationText('法律援助法 第五十条；办理法律援助案件程序规定', 'en-US')).toBe(
      'Legal Aid Law art. 50; Provisions on the Procedures for Handling Legal Aid Cases',
    );
  });

  it('writes articles, paragraphs, items and ranges', () => {
    expect(citationText('法律援助法 第二十二条、第三十一条', 'en-US')).toBe('Legal Aid Law art. 22, art. 31');
    expect(citationText('法律援助法第四十八条第一款第三项', 'en-US')).toBe('Legal Aid Law art. 48(1) item 3');
    expect(citationText('法律援助法 第四十三条至第四十九条', 'en-US')).toBe(
      'Legal Aid Law art. 43 to art. 49',
    );
  });

  it("names the other procedures' instruments, drops 《》 and 中华人民共和国", () => {
    expect(citationText('人民调解法 第三十三条；民事诉讼法 第二百零五条', 'en-US')).toBe(
      "People's Mediation Law art. 33; Civil Procedure Law art. 205",
    );
    expect(citationText('公证法 第三十九条；公证程序规则 第六十一条', 'en-US')).toBe(
      'Notarization Law art. 39; Rules for Notarization Procedures art. 61',
    );
    expect(citationText('劳动争议调解仲裁法 第二十七条', 'en-US')).toBe(
      'Law on Mediation and Arbitration of Labour Disputes art. 27',
    );
    expect(citationText('司法鉴定程序通则 第十三条、第十九条；法律援助法 第五十三条第二款', 'en-US')).toBe(
      'General Rules for Judicial Appraisal Procedures art. 13, art. 19; Legal Aid Law art. 53(2)',
    );
    expect(citationText('《中华人民共和国民法典》第一千零四十条', 'en-US')).toBe('Civil Code art. 1040');
    expect(citationText('刑法 第一百二十条之一', 'en-US')).toBe('Criminal Law art. 120-1');
    expect(citationText('人民调解工作若干规定 第三十三条', 'en-US')).toBe(
      "Several Provisions on People's Mediation Work art. 33",
    );
  });

  it('keeps what it does not know', () => {
    expect(citationText('某某办法 第二十条', 'en-US')).toBe('某某办法 art. 20');
  });
});

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const N = '[〇零一二两三四五六七八九十百千万]+';
/** A title-like run of Chinese right before 第…条 (申请人…不属于法律援助法第三十一条 ends in one). */
const BEFORE_ARTICLE = new RegExp(
  `([\\u4e00-\\u9fff]+(?:法|法典|规定|通则|规则|条例|办法))》?\\s*第${N}条`,
  'g',
);
/** A citation without an article in brackets: （公证程序规则）. */
const BRACKETED = /[（(]《?([\u4e00-\u9fff]+(?:法|法典|规定|通则|规则|条例|办法))》?[）)]/g;
/** A whole string that is a citation: `公证法 第三十九条；公证程序规则 第六十一条`, `法律援助法 第五十条；办理法律援助案件程序规定`. */
const WHOLE = new RegExp(
  `^[\\u4e00-\\u9fff《》]+(?:\\s*第${N}[条款项](?:之${N})?|[、至])*(?:；[\\u4e00-\\u9fff《》]*(?:\\s*第${N}[条款项](?:之${N})?|[、至])*)*$`,
);
/** How a title ends; 本法 (this law, in a statute's own words) is none. */
const TITLE_END = /(?:法|法典|规定|通则|规则|条例|办法)$/;
/** WHOLE's strings are citations only with an article in them (not every Chinese sentence). */
const ARTICLE_IN = new RegExp(`第${N}条`);

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name) && !/\.(test|fixtures)\.ts$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

/** The string literals of a source file, comments left out, `${LAW}` replaced by the file's `const LAW = '…'`. */
function literals(file: string): string[] {
  const code = readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '');
  const consts = new Map(
    [...code.matchAll(/const ([A-Z_]+) = '([^']*)'/g)].map((m) => [m[1], m[2]] as const),
  );
  return [...code.matchAll(/'([^'\n]*)'|`([^`]*)`|"([^"\n]*)"/g)].map((m) =>
    (m[1] ?? m[2] ?? m[3] ?? '').replace(/\$\{([A-Z_]+)\}/g, (all, name: string) => consts.get(name) ?? all),
  );
}

/** Every instrument core and the server cite in strings (rules' `source`, messages, documents). */
function citedInstruments(): Map<string, string> {
  const cited = new Map<string, string>();
  for (const file of [...sources('core'), ...sources('server')])
    for (const text of literals(file)) {
      const found = [...text.matchAll(BEFORE_ARTICLE), ...text.matchAll(BRACKETED)].map(
        (m) => m[1] as string,
      );
      if (WHOLE.test(text.trim()) && ARTICLE_IN.test(text))
        for (const c of parseCitations(text)) if (c.instrument) found.push(c.instrument);
      for (const title of found.filter((t) => TITLE_END.test(t) && !t.endsWith('本法')))
        cited.set(title.replace(/^中华人民共和国/, ''), file.slice(ROOT.length));
    }
  return cited;
}

describe('the instruments core cites', () => {
  it('all have an English name, so a new rule cannot show Chinese in English mode', () => {
    const cited = citedInstruments();
    for (const title of [
      '人民调解法',
      '公证法',
      '劳动争议调解仲裁法',
      '行政复议法',
      '司法鉴定程序通则',
      '律师法',
    ])
      expect(cited.has(title), title).toBe(true);
    // A run of words before the title (申请人所述纠纷经核实不属于法律援助法) ends in a known one.
    const unknown = [...cited].filter(([title]) => !INSTRUMENT_EN.some(([zh]) => title.endsWith(zh)));
    expect(unknown.map(([title, file]) => `${title} (${file})`)).toEqual([]);
  });
});
