import { badInput } from '@core/errors';
import {
  chineseDate,
  documentNumberLine,
  gap,
  looseParagraph,
  packDocument,
  para,
  required,
  run,
  signatureImage,
  title,
  yuan,
} from '../docx-kit';

/**
 * 法律援助经济困难状况告知承诺书 (告知承诺制, 法律援助法 第四十一条): the agency tells the applicant
 * the hardship standard and the consequences of a false commitment (termination, 第四十八条;
 * recovery and a fine of up to 3,000 yuan, 第六十四条); the applicant commits to the truth of their
 * statement and consents to verification. The Inner Mongolia template is UNCONFIRMED (rules.md §1.5):
 * the text follows the law and the provincial schemes it cites.
 */
export interface CommitmentLetterData {
  agencyName: string;
  matterNumber?: string;
  applicant: { name: string; idNumber?: string };
  /**
   * The hardship standard in force on the application date, in words (法律援助法 第三十四条), e.g.
   * '家庭人均月收入不高于包头市城乡居民最低生活保障标准的2倍'.
   */
  standard: string;
  /** Where the standard comes from (its document), printed after it. */
  standardSource?: string;
  household: { size: number; monthlyIncomeFen: number };
  /** The applicant's handwritten signature as a PNG, if captured on a signature pad. */
  signaturePng?: Uint8Array;
  /** `YYYY-MM-DD`. */
  signedOn: string;
}

/** Renders the 告知承诺书 (.docx). Throws a bad-input AppError on missing data or a non-PNG signature. */
export async function renderCommitmentLetter(data: CommitmentLetterData): Promise<Buffer> {
  const agencyName = required(data.agencyName, 'agencyName', '法律援助机构名称');
  const name = required(data.applicant?.name, 'applicant.name', '申请人姓名');
  const standard = required(data.standard, 'standard', '经济困难标准');
  const signedOn = chineseDate(data.signedOn, 'signedOn');
  const { size, monthlyIncomeFen } = data.household ?? { size: 0, monthlyIncomeFen: -1 };
  if (!Number.isSafeInteger(size) || size < 1)
    throw badInput('DOCUMENT.INVALID_INPUT', '家庭人口应为正整数', 'household.size');
  if (!Number.isSafeInteger(monthlyIncomeFen) || monthlyIncomeFen < 0)
    throw badInput(
      'DOCUMENT.INVALID_INPUT',
      '家庭月总收入应为不小于0的整数（分）',
      'household.monthlyIncomeFen',
    );
  const perCapita = Number((2n * BigInt(monthlyIncomeFen) + BigInt(size)) / (2n * BigInt(size)));
  const signature = data.signaturePng
    ? signatureImage(data.signaturePng, 'signaturePng', `${name}的签名`)
    : run('______________');
  const source = data.standardSource
    ? `（${required(data.standardSource, 'standardSource', '标准依据')}）`
    : '';
  const idLine = data.applicant.idNumber
    ? `，公民身份号码：${required(data.applicant.idNumber, 'applicant.idNumber', '公民身份号码')}`
    : '';

  return packDocument({ title: '法律援助经济困难状况告知承诺书', creator: agencyName }, [
    title('法律援助经济困难状况告知承诺书'),
    ...(data.matterNumber
      ? [documentNumberLine(required(data.matterNumber, 'matterNumber', '编号'))]
      : [gap()]),
    para(`申请人：${name}${idLine}`, { indent: false }),
    para('一、告知事项', { heading: true }),
    para(
      `（一）经济困难标准。依照《中华人民共和国法律援助法》第三十四条，经济困难的标准由省、自治区、直辖市人民政府确定。本地现行标准为：${standard}${source}。`,
    ),
    para(
      '（二）如实说明和核查。因经济困难申请法律援助的，申请人应当如实说明经济困难状况。法律援助机构可以通过信息共享查询核查申请人的经济困难状况，或者由申请人进行个人诚信承诺；有关部门、单位、村民委员会、居民委员会和个人应当予以配合（《中华人民共和国法律援助法》第四十一条）。',
    ),
    para(
      `（三）虚假承诺的法律后果。受援人以欺骗或者其他不正当手段获得法律援助，或者故意隐瞒与案件有关的重要事实、提供虚假证据的，法律援助机构应当作出终止法律援助的决定（第四十八条第一款第（一）项、第（二）项）；以欺骗或者其他不正当手段获得法律援助的，由司法行政部门责令其支付已实施法律援助的费用，并处三千元以下罚款（第六十四条）。`,
    ),
    para('二、申请人承诺', { heading: true }),
    para('本人已认真阅读并知悉上述告知事项，现郑重承诺：'),
    para(
      `1. 本人家庭共${size}人，家庭月总收入${yuan(monthlyIncomeFen)}元，人均月收入${yuan(perCapita)}元，符合上述经济困难标准；`,
    ),
    para('2. 本人所作说明和提交的材料真实、准确、完整，没有隐瞒或者虚构；'),
    para(
      '3. 本人经济状况发生变化、不再符合法律援助条件的，及时告知法律援助机构（第四十八条第一款第（四）项）；',
    ),
    para('4. 如有虚假承诺，本人愿意承担终止法律援助、支付已实施法律援助的费用、罚款等法律责任。'),
    para('三、同意核查', { heading: true }),
    para(
      `本人同意${agencyName}为核查经济困难状况，依法通过信息共享查询等方式，向民政、人力资源社会保障、住房城乡建设、自然资源、市场监督管理、税务等部门和村（居）民委员会查询、核实本人及家庭成员的收入、财产等信息。上述信息仅用于本次法律援助申请的审查，法律援助机构依法予以保密（第二十一条）。`,
    ),
    gap(),
    looseParagraph([run('承诺人（签名）：'), signature], 'right'),
    looseParagraph([run(`日期：${signedOn}`)], 'right'),
  ]);
}
