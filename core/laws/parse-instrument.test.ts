import { describe, expect, it } from 'vitest';
import { instrumentTier, versionStatuses } from './instrument-meta';
import { parseInstrument } from './parse-instrument';

// Shapes taken from the corpus (data-sources/laws), shortened.
const CIVIL_CODE_BOOK = `# 中华人民共和国民法典

# 婚姻家庭编

2020年5月28日 第十三届全国人民代表大会第三次会议通过

<!-- INFO END -->

## 第一章  一般规定

第一千零四十条 本编调整因婚姻家庭产生的民事关系。

第一千零四十一条 婚姻家庭受国家保护。

实行婚姻自由、一夫一妻、男女平等的婚姻制度。
`;

const CRIMINAL_LAW = `# 中华人民共和国刑法

1979年7月1日 第五届全国人民代表大会第二次会议通过

2023年12月29日 第十四届全国人民代表大会常务委员会第七次会议通过的《中华人民共和国刑法修正案（十二）》

<!-- INFO END -->

## 第一编 总则

### 第一章 刑法的任务、基本原则和适用范围

第一条 为了惩罚犯罪，保护人民，根据宪法，结合我国同犯罪作斗争的具体经验及实际情况，制定本法。

### 第二章 犯罪

#### 第一节 犯罪和刑事责任

第十七条之一 已满七十五周岁的人故意犯罪的，可以从轻或者减轻处罚；过失犯罪的，应当从轻或者减轻处罚。

## 第二编 分则

### 第一章 危害国家安全罪

第一百零二条 勾结外国，危害中华人民共和国的主权、领土完整和安全的，处无期徒刑或者十年以上有期徒刑。
`;

describe('parseInstrument', () => {
  it('reads title, sub-title, history, chapters and multi-paragraph articles (Civil Code book)', () => {
    const p = parseInstrument(CIVIL_CODE_BOOK, '民法典/婚姻家庭编.md');
    expect(p).toMatchObject({
      title: '中华人民共和国民法典',
      subtitle: '婚姻家庭编',
      shortTitle: '民法典',
      kind: '民法典',
      issuingBody: '全国人民代表大会',
      versionDate: '2020-05-28',
      effectiveDate: null,
    });
    expect(p.history).toEqual([
      { date: '2020-05-28', text: '2020年5月28日 第十三届全国人民代表大会第三次会议通过' },
    ]);
    expect(p.chapters).toEqual([{ level: 1, title: '第一章 一般规定', parent: null }]);
    expect(p.articles).toEqual([
      {
        number: { number: 1040, suffix: 0 },
        label: '第一千零四十条',
        chapter: 0,
        text: '本编调整因婚姻家庭产生的民事关系。',
      },
      {
        number: { number: 1041, suffix: 0 },
        label: '第一千零四十一条',
        chapter: 0,
        text: '婚姻家庭受国家保护。\n实行婚姻自由、一夫一妻、男女平等的婚姻制度。',
      },
    ]);
  });

  it('nests parts, chapters and sections, and reads 第X条之一 (Criminal Law)', () => {
    const p = parseInstrument(CRIMINAL_LAW, '刑法/刑法.md');
    expect(p.chapters.map((c) => [c.level, c.title, c.parent])).toEqual([
      [1, '第一编 总则', null],
      [2, '第一章 刑法的任务、基本原则和适用范围', 0],
      [2, '第二章 犯罪', 0],
      [3, '第一节 犯罪和刑事责任', 2],
      [1, '第二编 分则', null],
      [2, '第一章 危害国家安全罪', 4],
    ]);
    expect(p.articles.map((a) => [a.label, a.number, a.chapter])).toEqual([
      ['第一条', { number: 1, suffix: 0 }, 1],
      ['第十七条之一', { number: 17, suffix: 1 }, 3],
      ['第一百零二条', { number: 102, suffix: 0 }, 5],
    ]);
    // No date in the file name: the latest history line is the version.
    expect(p.versionDate).toBe('2023-12-29');
    expect(p.issuingBody).toBe('全国人民代表大会');
  });

  it('takes the version date from the file name and the effective date from the text', () => {
    const p = parseInstrument(
      `# 中华人民共和国法律援助法

2021年8月20日 第十三届全国人民代表大会常务委员会第三十次会议通过

<!-- INFO END -->

## 第一章 总 则

第一条 为了规范和促进法律援助工作，制定本法。

## 第七章 附 则

第七十一条 本法自2022年1月1日起施行。《法律援助条例》同时废止。
`,
      '社会法/法律援助法(2021-08-20).md',
    );
    expect(p).toMatchObject({
      shortTitle: '法律援助法',
      versionDate: '2021-08-20',
      effectiveDate: '2022-01-01',
      issuingBody: '全国人民代表大会常务委员会',
      kind: '社会法',
    });
  });

  it('prefers a history line ending in 施行 for the effective date (the corpus template)', () => {
    const p = parseInstrument(
      '# 某条例\n\n1990年01月23日 发布\n\n2021年11月1日 施行\n\n<!-- INFO END -->\n\n第一条 本条例自1990年2月1日起施行。\n',
      '行政法规/某条例.md',
    );
    expect(p.effectiveDate).toBe('2021-11-01');
    expect(p.versionDate).toBe('2021-11-01');
    expect(p.issuingBody).toBe('国务院');
  });

  it('joins history lines that wrap, and tolerates a space before 条 (刑事诉讼法 2018)', () => {
    const p = parseInstrument(
      `# 中华人民共和国外国中央银行财产司法强制措施豁免法

2005年10月25日 第十届全国人民代表大会常务委员会第十八次会议通过《中华人民共和国外国中央银行
财产司法强制措施豁免法》

<!-- INFO END -->

第一百二十八 条侦查人员对于与犯罪有关的场所、物品、人身、尸体应当进行勘验或者检查。
`,
      '宪法相关法/外国中央银行财产司法强制措施豁免法(2005-10-25).md',
    );
    expect(p.history).toHaveLength(1);
    expect(p.history[0]!.text).toContain('《中华人民共和国外国中央银行财产司法强制措施豁免法》');
    expect(p.articles).toEqual([
      {
        number: { number: 128, suffix: 0 },
        label: '第一百二十八条',
        chapter: null,
        text: '侦查人员对于与犯罪有关的场所、物品、人身、尸体应当进行勘验或者检查。',
      },
    ]);
  });

  it('keeps text outside articles as unnumbered passages: a preamble, an amendment, quoted articles', () => {
    const constitution = parseInstrument(
      `# 中华人民共和国宪法

1982年12月4日 第五届全国人民代表大会第五次会议通过

<!-- INFO END -->

## 序言

中国是世界上历史最悠久的国家之一。

一八四○年以后，封建的中国逐渐变成半殖民地、半封建的国家。

## 第一章 总纲

第一条 中华人民共和国是工人阶级领导的、以工农联盟为基础的人民民主专政的社会主义国家。
`,
      '宪法/宪法.md',
    );
    expect(constitution.articles.map((a) => [a.label, a.chapter, a.text.slice(0, 6)])).toEqual([
      [null, 0, '中国是世界上'],
      [null, 0, '一八四○年以'],
      ['第一条', 1, '中华人民共和'],
    ]);
    const amendment = parseInstrument(
      `# 中华人民共和国刑法修正案（十）

2017年11月4日 第十二届全国人民代表大会常务委员会第三十次会议通过

<!-- INFO END -->

为了惩治侮辱国歌的犯罪行为，在刑法第二百九十九条中增加一款作为第二款，将该条修改为:

“第二百九十九条 在公共场合，故意以焚烧、毁损、涂划、玷污、践踏等方式侮辱中华人民共和国国旗、国徽的，处三年以下有期徒刑。”

本修正案自公布之日起施行。`,
      '刑法/刑法修正案（十）.md',
    );
    expect(amendment.articles.every((a) => a.number === null)).toBe(true);
    expect(amendment.articles).toHaveLength(3);
    expect(amendment.effectiveDate).toBeNull();
  });

  it('drops HTML comments and empty headings, and works without the INFO END marker', () => {
    const p = parseInstrument(
      '# 某规定 <!-- 标题 -->\n\n2001年1月1日 发布\n\n## <!-- 空 -->\n\n## 第一章 总则 <!-- 章 -->\n\n第一条 内容。<!-- 注 -->\n',
      '部门规章/公安部/某规定(2001-01-01).md',
    );
    expect(p.title).toBe('某规定');
    expect(p.chapters).toEqual([{ level: 1, title: '第一章 总则', parent: null }]);
    expect(p.articles).toEqual([
      { number: { number: 1, suffix: 0 }, label: '第一条', chapter: 0, text: '内容。' },
    ]);
    expect(p.issuingBody).toBe('公安部');
  });

  it('names the issuing body of judicial interpretations from the title', () => {
    const body = (title: string) =>
      parseInstrument(`# ${title}\n\n<!-- INFO END -->\n\n第一条 内容。\n`, `司法解释/${title}.md`)
        .issuingBody;
    expect(body('最高人民法院关于审理劳动争议案件适用法律问题的解释（一）')).toBe('最高人民法院');
    expect(body('最高人民法院、最高人民检察院关于办理环境污染刑事案件适用法律若干问题的解释')).toBe(
      '最高人民法院、最高人民检察院',
    );
    expect(body('最高人民检察院关于擅自销售进料加工保税货物的行为法律适用问题的解释')).toBe('最高人民检察院');
  });
});

describe('versionStatuses', () => {
  it('marks older versions of one title superseded, keeps books and twin copies current', () => {
    const statuses = versionStatuses([
      {
        sourcePath: 'a/行政复议法(2017-09-01).md',
        title: '行政复议法',
        subtitle: null,
        versionDate: '2017-09-01',
      },
      {
        sourcePath: 'a/行政复议法(2023-09-01).md',
        title: '行政复议法',
        subtitle: null,
        versionDate: '2023-09-01',
      },
      { sourcePath: '民法典/总则.md', title: '民法典', subtitle: '总则编', versionDate: '2020-05-28' },
      { sourcePath: '民法典/物权编.md', title: '民法典', subtitle: '物权编', versionDate: '2020-05-28' },
      {
        sourcePath: '行政法/广告法(2021-04-29).md',
        title: '广告法',
        subtitle: null,
        versionDate: '2021-04-29',
      },
      {
        sourcePath: '经济法/广告法(2021-04-29).md',
        title: '广告法',
        subtitle: null,
        versionDate: '2021-04-29',
      },
      { sourcePath: 'x/无日期.md', title: '无日期', subtitle: null, versionDate: null },
    ]);
    expect(Object.fromEntries(statuses)).toEqual({
      'a/行政复议法(2017-09-01).md': 'superseded',
      'a/行政复议法(2023-09-01).md': 'current',
      '民法典/总则.md': 'current',
      '民法典/物权编.md': 'current',
      '行政法/广告法(2021-04-29).md': 'current',
      '经济法/广告法(2021-04-29).md': 'current',
      'x/无日期.md': 'current',
    });
  });
});

describe('instrumentTier', () => {
  it('puts laws before regulations, interpretations, rules and cases, superseded versions last', () => {
    const order = ['宪法', '劳动法', '行政法规', '司法解释', '部门规章', '案例', '其他'].map(
      (kind) => instrumentTier(kind === '劳动法' ? '社会法' : kind, 'current').tier,
    );
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(new Set(order).size).toBe(7);
    expect(instrumentTier('司法解释', 'superseded').tier).toBeGreaterThan(
      instrumentTier('其他', 'current').tier,
    );
    expect(instrumentTier('社会法', 'superseded').weight).toBeLessThan(
      instrumentTier('社会法', 'current').weight,
    );
  });
});
