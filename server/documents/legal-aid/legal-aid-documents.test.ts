import { crc32, deflateSync } from 'node:zlib';
import { AppError } from '@core/errors';
import { formatMatterNumber } from '@core/procedures/matter-number';
// fflate is docx's own zip library (a dependency of docx), so it is present wherever docx is.
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { chineseNumber, cite, clean, FONT_TABLE_XML, yuan } from '../docx-kit';
import {
  type AgencyInfo,
  type ApplicationFormData,
  type AssignmentNoticeData,
  type CommitmentLetterData,
  type GrantDecisionData,
  type RefusalDecisionData,
  renderApplicationForm,
  renderAssignmentNotice,
  renderCommitmentLetter,
  renderGrantDecision,
  renderRefusalDecision,
  renderTerminationDecision,
  type TerminationDecisionData,
} from './index';

const AGENCY: AgencyInfo = { name: '包头市法律援助中心', bureauName: '包头市司法局' };
const NUMBER = formatMatterNumber({ orgShort: '包', year: 2026, seq: 1 });

/** A solid grey PNG of `width` × `height` (8-bit greyscale), built by hand so the test needs no image library. */
function makePng(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 0, 0, 0, 0], 8);
  const rows = Buffer.alloc((width + 1) * height, 0x80);
  for (let y = 0; y < height; y++) rows[y * (width + 1)] = 0;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

interface Unzipped {
  files: Record<string, Uint8Array>;
  text(path: string): string;
  document: string;
}

function unzip(buffer: Buffer): Unzipped {
  const files = unzipSync(new Uint8Array(buffer));
  const text = (path: string) => {
    const file = files[path];
    if (file === undefined) throw new Error(`${path} not in the package`);
    return strFromU8(file);
  };
  return { files, text, document: text('word/document.xml') };
}

/** The text of the document's runs, joined: what a reader sees, free of XML markup. */
function visibleText(documentXml: string): string {
  return [...documentXml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/gu)].map((m) => m[1]).join('');
}

const NAMES = {
  'a character outside the BMP': '𠮷田𠮷',
  'a minority name with a middle dot': '阿依古丽·买买提',
} as const;

function application(name: string): ApplicationFormData {
  return {
    agencyName: AGENCY.name,
    matterNumber: NUMBER,
    applicant: {
      name,
      gender: '女',
      birthDate: '1980-05-06',
      ethnicity: '维吾尔族',
      idNumber: '15020219800506002X',
      address: '包头市昆都仑区钢铁大街1号',
      phone: '13800000000',
      priorityGroups: ['农民工'],
    },
    agent: { name: '买买提·艾力', kind: 'close-relative', relationship: '配偶' },
    opposingParty: { name: '包头市某某建筑有限公司' },
    caseKind: 'civil',
    matter: '追索劳动报酬',
    handlingOrgan: '包头市劳动人事争议仲裁委员会',
    facts: '申请人于2025年在被申请人处务工。\n被申请人拖欠工资三万元至今未付。',
    household: { size: 3, monthlyIncomeFen: 123_456, method: 'commitment' },
    appliedOn: '2026-03-02',
  };
}

function commitment(name: string, signaturePng?: Uint8Array): CommitmentLetterData {
  return {
    agencyName: AGENCY.name,
    matterNumber: NUMBER,
    applicant: { name, idNumber: '1502**********002X' },
    standard: '家庭人均月收入不高于本地城乡居民最低生活保障标准的2倍',
    household: { size: 3, monthlyIncomeFen: 240_000 },
    signedOn: '2026-03-02',
    ...(signaturePng ? { signaturePng } : {}),
  };
}

const grant = (name: string): GrantDecisionData => ({
  agency: AGENCY,
  documentNumber: NUMBER,
  applicant: { name },
  receivedOn: '2026-03-02',
  matter: '追索劳动报酬',
  legalBasis: '第三十一条第五项',
  aidForm: '劳动争议仲裁代理',
  decidedOn: '2026-03-02',
});

const refusal = (name: string): RefusalDecisionData => ({
  agency: AGENCY,
  documentNumber: NUMBER,
  applicant: { name },
  receivedOn: '2026-03-02',
  matter: '追索劳动报酬',
  reasonCodes: ['hardship-not-met', 'has-agent'],
  reasons: '经核查，申请人家庭人均月收入高于本地经济困难标准。\n申请人已委托律师代理本案。',
  decidedOn: '2026-03-05',
});

const assignment = (name: string): AssignmentNoticeData => ({
  agency: AGENCY,
  documentNumber: formatMatterNumber({ orgShort: '包', year: 2026, seq: 2, typeWord: '法援指' }),
  firmName: '内蒙古某某律师事务所',
  providerName: '张律师',
  aidedPerson: { name, phone: '13800000000' },
  matterNumber: NUMBER,
  matter: '追索劳动报酬',
  aidForm: '劳动争议仲裁代理',
  opposingParty: '包头市某某建筑有限公司',
  handlingOrgan: '包头市劳动人事争议仲裁委员会',
  seniorLawyerRequired: true,
  contact: { name: '王老师', phone: '0472-1234567' },
  assignedOn: '2026-03-02',
});

const termination = (
  name: string,
  ground: TerminationDecisionData['ground'] = 1,
): TerminationDecisionData => ({
  agency: AGENCY,
  documentNumber: formatMatterNumber({ orgShort: '包', year: 2026, seq: 3 }),
  aidedPerson: { name },
  grantDocumentNumber: NUMBER,
  grantedOn: '2026-03-02',
  matter: '追索劳动报酬',
  ground,
  facts: '受援人隐瞒其经营个体商铺的收入，以虚假的收入说明获得法律援助。',
  provider: { name: '张律师', firmName: '内蒙古某某律师事务所' },
  decidedOn: '2026-04-01',
});

const DOCUMENTS = {
  法律援助申请表: (name: string) => renderApplicationForm(application(name)),
  告知承诺书: (name: string) => renderCommitmentLetter(commitment(name)),
  给予法律援助决定书: (name: string) => renderGrantDecision(grant(name)),
  不予法律援助决定书: (name: string) => renderRefusalDecision(refusal(name)),
  指派通知书: (name: string) => renderAssignmentNotice(assignment(name)),
  终止法律援助决定书: (name: string) => renderTerminationDecision(termination(name)),
} as const;

async function errorOf(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError');
}

describe.each(Object.entries(DOCUMENTS))('%s', (docTitle, render) => {
  it.each(Object.entries(NAMES))(
    'carries the name with %s, the matter number and the title',
    async (_, name) => {
      const { document } = unzip(await render(name));
      const text = visibleText(document);
      expect(text).toContain(name);
      expect(text).toContain(NUMBER);
      expect(text).toContain(docTitle === '告知承诺书' ? '告知承诺书' : docTitle);
      // UTF-8 as is, not an escaped or broken surrogate pair.
      if (name.includes('𠮷'))
        expect(Buffer.from(document, 'utf8').includes(Buffer.from('𠮷', 'utf8'))).toBe(true);
    },
  );

  it('sets East Asian fonts: 小标宋 titles and 仿宋_GB2312 body, with the eastAsia hint', async () => {
    const { document, text } = unzip(await render('张三'));
    expect(document).toContain('w:eastAsia="方正小标宋简体"');
    expect(document).toContain('w:eastAsia="仿宋_GB2312"');
    expect(document).toContain('w:hint="eastAsia"');
    expect(document).toMatch(/<w:lang [^>]*w:eastAsia="zh-CN"/u);
    expect(text('word/styles.xml')).toContain('w:eastAsia="仿宋_GB2312"');
  });

  it('falls back to 黑体/SimHei and 仿宋/FangSong through the font table', async () => {
    const { text } = unzip(await render('张三'));
    const fontTable = text('word/fontTable.xml');
    expect(fontTable).toBe(FONT_TABLE_XML);
    expect(fontTable).toContain('<w:font w:name="方正小标宋简体"><w:altName w:val="黑体,SimHei"/>');
    expect(fontTable).toContain('<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋,FangSong"/>');
    expect(fontTable).toContain('<w:charset w:val="86"/>');
  });

  it('is A4 with the GB/T 9704-2012 margins (天头 37 mm, 订口 28 mm) and page numbers', async () => {
    const { document } = unzip(await render('张三'));
    expect(document).toContain('<w:pgSz w:w="11906" w:h="16838"');
    // 37, 35, 28 and 26 mm in twips.
    expect(document).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/u);
    expect(document).toContain('<w:footerReference');
  });

  it('escapes markup and drops characters XML forbids, so Word can open it', async () => {
    const { document } = unzip(await render('张\u0007三&<李>\uD800'));
    expect(visibleText(document)).toContain('张三&amp;&lt;李&gt;');
    expect(document.includes('\u0007') || document.includes('\uD800')).toBe(false);
  });
});

describe('法律援助申请表', () => {
  it('has the applicant, agent, opposing party, matter, facts (one paragraph a line), household and signature lines', async () => {
    const text = visibleText(unzip(await renderApplicationForm(application('李四'))).document);
    for (const expected of [
      '15020219800506002X',
      '买买提·艾力',
      '近亲属',
      '包头市某某建筑有限公司',
      '民事',
      '追索劳动报酬',
      '包头市劳动人事争议仲裁委员会',
      '申请人于2025年在被申请人处务工。被申请人拖欠工资',
      '1,234.56元',
      // 123456 fen / 3, half-up: 41152 fen.
      '411.52元',
      '个人诚信承诺（第四十一条）',
      '申请人（签名）',
      '2026年3月2日',
      '1980年5月6日',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('refuses a form without the applicant name, with a bad date or a bad household', async () => {
    const blankName = await errorOf(
      renderApplicationForm({ ...application('李四'), applicant: { name: ' ' } }),
    );
    expect(blankName).toMatchObject({
      kind: 'bad-input',
      code: 'DOCUMENT.INVALID_INPUT',
      field: 'applicant.name',
    });
    expect(
      (await errorOf(renderApplicationForm({ ...application('李四'), appliedOn: '2026/3/2' }))).field,
    ).toBe('appliedOn');
    const household = { size: 0, monthlyIncomeFen: 1, method: 'commitment' as const };
    expect((await errorOf(renderApplicationForm({ ...application('李四'), household }))).field).toBe(
      'household.size',
    );
  });
});

describe('告知承诺书 (法律援助法 第四十一条、第四十八条、第六十四条)', () => {
  it('states the standard, the consequences of a false commitment, the commitment and the consent', async () => {
    const text = visibleText(unzip(await renderCommitmentLetter(commitment('王五'))).document);
    for (const expected of [
      '家庭人均月收入不高于本地城乡居民最低生活保障标准的2倍',
      '第三十四条',
      '第四十一条',
      '终止法律援助的决定',
      '第四十八条',
      '三千元以下罚款（第六十四条）',
      '本人家庭共3人，家庭月总收入2,400.00元，人均月收入800.00元',
      '本人同意包头市法律援助中心为核查经济困难状况',
      '承诺人（签名）',
      '2026年3月2日',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('embeds a PNG signature, scaled to the signature line with its aspect ratio kept', async () => {
    const png = makePng(400, 100);
    const { files, document } = unzip(await renderCommitmentLetter(commitment('王五', png)));
    const media = Object.keys(files).filter((path) => path.startsWith('word/media/'));
    expect(media).toHaveLength(1);
    expect(Buffer.from(files[media[0] ?? ''] ?? [])).toEqual(png);
    expect(document).toContain('<w:drawing>');
    expect(document).toContain('descr="王五的签名"');
    // 400 × 100 → at most 200 wide and 48 high: 192 × 48 px = 1828800 × 457200 EMU.
    expect(document).toContain('cx="1828800" cy="457200"');
  });

  it('refuses a signature that is not a PNG', async () => {
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, ...new Array(30).fill(0)]);
    const error = await errorOf(renderCommitmentLetter(commitment('王五', jpeg)));
    expect(error).toMatchObject({
      kind: 'bad-input',
      code: 'DOCUMENT.INVALID_SIGNATURE',
      field: 'signaturePng',
    });
  });

  it('leaves a blank signature line without an image', async () => {
    const { files, document } = unzip(await renderCommitmentLetter(commitment('王五')));
    expect(Object.keys(files).some((path) => path.startsWith('word/media/'))).toBe(false);
    expect(visibleText(document)).toContain('承诺人（签名）：______________');
  });
});

describe('给予法律援助决定书 (法律援助法 第四十三条)', () => {
  it('grants on the stated basis and promises assignment within 3 days', async () => {
    const text = visibleText(unzip(await renderGrantDecision(grant('赵六'))).document);
    expect(text).toContain('包头市法律援助中心');
    expect(text).toContain('你于2026年3月2日向本中心提出的追索劳动报酬法律援助申请');
    expect(text).toContain('《中华人民共和国法律援助法》第三十一条第五项');
    expect(text).toContain('本中心决定给予法律援助，服务形式为劳动争议仲裁代理');
    expect(text).toContain('三日内指派法律援助人员');
    expect(text).toContain('可以向包头市司法局投诉');
  });
});

describe('不予法律援助决定书 (法律援助法 第四十三条、第四十九条)', () => {
  it('states each reason with its article, the written reasons and the objection route to 包头市司法局', async () => {
    const text = visibleText(unzip(await renderRefusalDecision(refusal('赵六'))).document);
    expect(text).toContain(
      '一、经济困难状况不符合规定标准（《中华人民共和国法律援助法》第三十四条、第四十一条）；',
    );
    expect(text).toContain('二、申请人已委托辩护人或者代理人');
    expect(text).toContain('申请人已委托律师代理本案。');
    expect(text).toContain('本中心决定不予法律援助');
    expect(text).toContain('如对本决定有异议，可以向包头市司法局提出');
    expect(text).toContain('五日内进行审查');
    expect(text).toContain('《中华人民共和国法律援助法》第四十九条');
    expect(text).toContain('行政复议或者提起行政诉讼');
    expect(text).toContain('2026年3月5日');
  });

  it('refuses a decision without reason codes or with an unknown one (R11)', async () => {
    expect((await errorOf(renderRefusalDecision({ ...refusal('赵六'), reasonCodes: [] }))).field).toBe(
      'reasonCodes',
    );
    expect(
      (await errorOf(renderRefusalDecision({ ...refusal('赵六'), reasonCodes: ['rich' as never] }))).field,
    ).toBe('reasonCodes');
  });

  it('names the county bureau for a county agency', async () => {
    const county = { name: '昆都仑区法律援助中心', bureauName: '包头市昆都仑区司法局' };
    const text = visibleText(
      unzip(await renderRefusalDecision({ ...refusal('赵六'), agency: county })).document,
    );
    expect(text).toContain('可以向包头市昆都仑区司法局提出');
  });
});

describe('指派通知书 (法律援助法 第四十三条; 程序规定 第二十七条)', () => {
  it('tells the firm whom it assigns, the 5-day agreement, the duties and the 30-day closing file', async () => {
    const text = visibleText(unzip(await renderAssignmentNotice(assignment('钱七'))).document);
    expect(text).toContain('内蒙古某某律师事务所：');
    expect(text).toContain('指派你单位张律师为受援人钱七提供法律援助');
    expect(text).toContain('包法援指〔2026〕第0002号');
    expect(text).toContain(
      '五日内与受援人签订委托协议和授权委托书（《办理法律援助案件程序规定》第二十七条）',
    );
    expect(text).toContain('第四十六条');
    expect(text).toContain('三十日内提交');
    expect(text).toContain('第二十六条，承办律师应当具有三年以上相关执业经历');
    expect(text).toContain('0472-1234567');
  });
});

describe('终止法律援助决定书 (法律援助法 第四十八条、第四十九条、第六十四条)', () => {
  it('ground 1: names the item, the recovery and fine, the objection route and copies the provider', async () => {
    const text = visibleText(unzip(await renderTerminationDecision(termination('孙八', 1))).document);
    expect(text).toContain('第四十八条第一款第（一）项规定的“受援人以欺骗或者其他不正当手段获得法律援助”');
    expect(text).toContain('本中心决定终止对你的法律援助');
    expect(text).toContain('第六十四条责令支付已实施法律援助的费用，并处三千元以下罚款');
    expect(text).toContain('可以向包头市司法局提出');
    expect(text).toContain('抄送：内蒙古某某律师事务所（承办人员：张律师）');
  });

  it('ground 6: no recovery notice', async () => {
    const text = visibleText(unzip(await renderTerminationDecision(termination('孙八', 6))).document);
    expect(text).toContain('第（六）项规定的“受援人自行委托律师或者其他代理人”');
    expect(text).not.toContain('第六十四条');
  });

  it('refuses a ground outside 1–8', async () => {
    expect((await errorOf(renderTerminationDecision(termination('孙八', 9 as never)))).field).toBe('ground');
  });
});

describe('docx-kit helpers', () => {
  it.each([
    [1, '一'],
    [3, '三'],
    [10, '十'],
    [15, '十五'],
    [30, '三十'],
    [99, '九十九'],
  ])('chineseNumber(%i) = %s', (n, expected) => {
    expect(chineseNumber(n)).toBe(expected);
  });

  it('yuan formats integer fen', () => {
    expect(yuan(0)).toBe('0.00');
    expect(yuan(5)).toBe('0.05');
    expect(yuan(123_456_789)).toBe('1,234,567.89');
    expect(() => yuan(1.5)).toThrow(RangeError);
  });

  it('cite wraps the law names of core sources in 书名号', () => {
    expect(cite('法律援助法 第四十三条；办理法律援助案件程序规定 第二十四条')).toBe(
      '《中华人民共和国法律援助法》第四十三条；《办理法律援助案件程序规定》第二十四条',
    );
  });

  it('clean keeps characters outside the BMP and drops lone surrogates and controls', () => {
    expect(clean('𠮷\u0000a\uDC00b\tc')).toBe('𠮷ab\tc');
  });
});
