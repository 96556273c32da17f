import { describe, expect, it } from 'vitest';
import { exclusionReason, FIRST_PERSON_MIN, firstPersonCount } from './library-scope';
import { parseInstrument } from './parse-instrument';

// Shapes taken from the corpus (data-sources/laws), shortened.
const GUIDE = `# 劳动仲裁和劳动诉讼的攻略

该攻略出自

[https://github.com/CPdogson/996.law](https://github.com/CPdogson/996.law)

<!-- INFO END -->

## 如何通过司法途径要求公司支付加班费？

劳动者若要获得仲裁机构或法院的支持，应具备如下条件：

我决心给他们拖欠工资的公司一个教训。
`;

const ELECTION_DECISION = `# 全国人民代表大会常务委员会关于县级以下人民代表大会代表直接选举的若干规定

1983年3月5日 第五届全国人民代表大会常务委员会第二十六次会议通过

<!-- INFO END -->

为了便于实施《中华人民共和国全国人民代表大会和地方各级人民代表大会选举法》，对县级以下人民代表大会代表直接选举中的若干问题作如下规定：

一、县、自治县、不设区的市、市辖区、乡、民族乡、镇设立选举委员会。
`;

const INJURY_STANDARD = `# 人体损伤程度鉴定标准

## 1 范围

本标准规定了人体损伤程度鉴定的原则、方法、内容和等级划分。
`;

const RURAL_LAW = `# 中华人民共和国乡村振兴促进法

2021年4月29日 第十三届全国人民代表大会常务委员会第二十八次会议通过

<!-- INFO END -->

第一条 为了全面实施乡村振兴战略……我国……

第二条 ${'我'.repeat(12)}（a law with articles is kept whatever its wording）
`;

const CASE = `# 加班费的仲裁时效应当如何认定

基本案情

张某于2016年7月入职某建筑公司……我已经签字确认。
`;

const parse = (markdown: string, path: string) => parseInstrument(markdown, path);

describe('exclusionReason', () => {
  it('excludes 劳动仲裁和劳动诉讼的攻略: a guide crediting a web page, no 第X条', () => {
    expect(exclusionReason(parse(GUIDE, '其他/劳动仲裁和劳动诉讼的攻略.md'))).toBe(
      '来源为网页，非法律法规文本',
    );
  });

  it('excludes by a commentary title or first-person text when there is no web address', () => {
    const base = { history: [{ date: null, text: '某网站' }], articles: [] };
    expect(exclusionReason({ ...base, title: '劳动争议维权指南' })).toBe('标题为攻略、指南等解说文章');
    const story = { number: null, label: null, chapter: null, text: '我去找老板，我说……'.repeat(5) };
    expect(exclusionReason({ ...base, title: '讨薪经过', articles: [story] })).toBe(
      '以第一人称叙述，非法律法规文本',
    );
  });

  it('keeps instruments without 第X条: a decision numbered 一、二、…, a technical standard, a case', () => {
    const path =
      '宪法相关法/全国人民代表大会常务委员会关于县级以下人民代表大会代表直接选举的若干规定(1983-03-05).md';
    expect(exclusionReason(parse(ELECTION_DECISION, path))).toBeNull();
    expect(exclusionReason(parse(INJURY_STANDARD, '其他/人体损伤程度鉴定标准(2014-01-01).md'))).toBeNull();
    expect(exclusionReason(parse(CASE, '案例/劳动人事/加班费的仲裁时效应当如何认定.md'))).toBeNull();
  });

  it('keeps anything with a 第X条 article, whatever its wording', () => {
    expect(exclusionReason(parse(RURAL_LAW, '经济法/乡村振兴促进法(2021-04-29).md'))).toBeNull();
  });
});

describe('firstPersonCount', () => {
  it('counts 我 and 我们 but not the institutional 我国, 我省, 我院', () => {
    expect(firstPersonCount('我决心给他们一个教训，我们去仲裁')).toBe(2);
    expect(firstPersonCount('我国、我省、我市、我院、我部、我方')).toBe(0);
    expect(FIRST_PERSON_MIN).toBeGreaterThan(6);
  });
});
