import { JUDICIAL_CONFIRMATION_DAYS } from '@core/procedures/mediation';
import {
  chineseDate,
  chineseNumber,
  documentNumberLine,
  gap,
  packDocument,
  para,
  paragraphsOf,
  required,
  title,
} from '../docx-kit';

/** 人民调解协议书 with the contents of 人民调解法 第二十九条. */
export interface MediationAgreementData {
  /** The people's mediation committee (人民调解委员会) or the center that keeps the matter. */
  committeeName: string;
  /** '包调〔2026〕第0001号'. */
  documentNumber: string;
  /** 第二十九条第一项: the parties' details as the agreement writes them. */
  partiesDetails: string;
  /** The parties named for the signature lines (applicant first). */
  partyNames: string[];
  /** 第二十九条第二项. */
  facts: string;
  disputedPoints: string;
  responsibilities: string;
  /** 第二十九条第三项: the terms, each with manner and deadline (`YYYY-MM-DD`) of performance. */
  terms: { content: string; performanceManner: string; performanceDeadline: string }[];
  mediatorName: string | null;
  /** `YYYY-MM-DD` of the draft; the agreement takes effect on signing (第二十九条第二款). */
  draftedOn: string;
  /** `YYYY-MM-DD` it was signed (and took effect), once recorded; null leaves the date line to write by hand. */
  signedOn?: string | null;
}

/**
 * Renders the mediation agreement (.docx): the art. 29 contents, the effect clause (第二十九条第二款:
 * effective once every party has signed, sealed or fingerprinted it, the mediator has signed it and
 * the committee's seal is affixed; one copy per party and one kept by the committee), the binding force
 * and supervision of performance (第三十一条) and the 30-day joint judicial-confirmation window
 * (第三十三条), then the signature lines. Throws a bad-input AppError on missing data.
 */
export async function renderMediationAgreement(data: MediationAgreementData): Promise<Buffer> {
  const committee = required(data.committeeName, 'committeeName', '人民调解委员会名称');
  const copies = data.partyNames.length + 1;
  const terms = data.terms.map((term, index) =>
    para(
      `${chineseNumber(index + 1)}、${required(term.content, `terms.${index}.content`, '协议内容')}；履行方式：${required(
        term.performanceManner,
        `terms.${index}.performanceManner`,
        '履行方式',
      )}；履行期限：${chineseDate(term.performanceDeadline, `terms.${index}.performanceDeadline`)}前。`,
    ),
  );
  return packDocument({ title: '人民调解协议书', creator: committee }, [
    title(committee),
    title('人民调解协议书'),
    documentNumberLine(required(data.documentNumber, 'documentNumber', '文书编号')),
    para('当事人基本情况：', { indent: false, heading: true }),
    ...paragraphsOf(required(data.partiesDetails, 'partiesDetails', '当事人的基本情况')),
    para('纠纷的主要事实：', { indent: false, heading: true }),
    ...paragraphsOf(required(data.facts, 'facts', '纠纷的主要事实')),
    para('争议事项：', { indent: false, heading: true }),
    ...paragraphsOf(required(data.disputedPoints, 'disputedPoints', '争议事项')),
    para('各方当事人的责任：', { indent: false, heading: true }),
    ...paragraphsOf(required(data.responsibilities, 'responsibilities', '各方当事人的责任')),
    para('经人民调解委员会主持调解，当事人自愿达成如下协议：', { indent: false, heading: true }),
    ...terms,
    para(
      `本协议自各方当事人签名、盖章或者按指印，人民调解员签名并加盖人民调解委员会印章之日起生效。本协议一式${chineseNumber(copies)}份，当事人各执一份，人民调解委员会留存一份（《中华人民共和国人民调解法》第二十九条）。`,
    ),
    para(
      '经人民调解委员会调解达成的调解协议，具有法律约束力，当事人应当按照约定履行；人民调解委员会对协议的履行情况进行监督（《中华人民共和国人民调解法》第三十一条）。',
    ),
    para(
      `双方当事人认为有必要的，可以自本协议生效之日起${chineseNumber(JUDICIAL_CONFIRMATION_DAYS)}日内共同向人民法院申请司法确认（《中华人民共和国人民调解法》第三十三条、《中华人民共和国民事诉讼法》第二百零五条）。`,
    ),
    gap(),
    ...data.partyNames.map((name) => para(`当事人（签名、盖章或者按指印）：${name}`, { indent: false })),
    para(`人民调解员（签名）：${data.mediatorName ?? ''}`, { indent: false }),
    para('人民调解委员会（印章）', { indent: false, align: 'right' }),
    para(data.signedOn ? chineseDate(data.signedOn, 'signedOn') : '        年    月    日', {
      indent: false,
      align: 'right',
    }),
    para(`（协议拟定日期：${chineseDate(data.draftedOn, 'draftedOn')}）`, { indent: false }),
  ]);
}
