import { badInput } from '@core/errors';
import { REFUSAL_REASONS, type RefusalReasonCode } from '@core/procedures/legal-aid';
import {
  chineseDate,
  chineseNumber,
  cite,
  packDocument,
  para,
  paragraphsOf,
  required,
  salutation,
  signOff,
} from '../docx-kit';
import { decisionHead, objectionNotice, selfName } from './common';
import type { AgencyInfo } from './types';

/** 不予法律援助决定书: written, with reasons (法律援助法 第四十三条第一款), naming where to object (第四十九条). */
export interface RefusalDecisionData {
  agency: AgencyInfo;
  documentNumber: string;
  applicant: { name: string };
  receivedOn: string;
  matter: string;
  /** The refusal's reason codes (R11), each printed with its article. */
  reasonCodes: RefusalReasonCode[];
  /** The written reasons of the decision; line breaks start new paragraphs. */
  reasons: string;
  decidedOn: string;
}

/** Renders the refusal decision (.docx). Throws a bad-input AppError on missing data or unknown codes. */
export async function renderRefusalDecision(data: RefusalDecisionData): Promise<Buffer> {
  const agency = data.agency;
  const self = selfName(agency);
  const name = required(data.applicant?.name, 'applicant.name', '申请人姓名');
  const matter = required(data.matter, 'matter', '申请事项');
  const reasons = required(data.reasons, 'reasons', '不予法律援助的理由');
  const codes = data.reasonCodes ?? [];
  if (codes.length === 0 || codes.some((code) => !Object.hasOwn(REFUSAL_REASONS, code)))
    throw badInput('DOCUMENT.INVALID_INPUT', '请选择不予法律援助的理由', 'reasonCodes');

  return packDocument({ title: '不予法律援助决定书', creator: agency.name }, [
    ...decisionHead(agency, '不予法律援助决定书', data.documentNumber),
    salutation(name),
    para(
      `你于${chineseDate(data.receivedOn, 'receivedOn')}向${self}提出的${matter}法律援助申请，经审查，有下列情形：`,
    ),
    ...codes.map((code, index) => {
      const reason = REFUSAL_REASONS[code];
      return para(`${chineseNumber(index + 1)}、${reason.label}（${cite(reason.article)}）；`);
    }),
    ...paragraphsOf(reasons),
    para(`根据《中华人民共和国法律援助法》第四十三条第一款的规定，${self}决定不予法律援助。`),
    objectionNotice(agency),
    ...signOff(agency.name, data.decidedOn),
  ]);
}
