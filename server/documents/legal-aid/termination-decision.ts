import { badInput } from '@core/errors';
import {
  RECOVERY_GROUNDS,
  TERMINATION_GROUND_NUMBERS,
  TERMINATION_GROUNDS,
  type TerminationGround,
} from '@core/procedures/legal-aid';
import {
  chineseDate,
  chineseNumber,
  packDocument,
  para,
  paragraphsOf,
  required,
  salutation,
  signOff,
} from '../docx-kit';
import { decisionHead, objectionNotice, selfName } from './common';
import type { AgencyInfo } from './types';

/** 终止法律援助决定书 (法律援助法 第四十八条), naming where to object (第四十九条). */
export interface TerminationDecisionData {
  agency: AgencyInfo;
  documentNumber: string;
  aidedPerson: { name: string };
  /** The grant: its number and date. */
  grantDocumentNumber?: string;
  grantedOn: string;
  matter: string;
  ground: TerminationGround;
  /** The facts found; line breaks start new paragraphs. */
  facts: string;
  /** The provider, copied on the decision (抄送). */
  provider?: { name: string; firmName: string };
  decidedOn: string;
}

/** Renders the termination decision (.docx). Throws a bad-input AppError on missing data or a bad ground. */
export async function renderTerminationDecision(data: TerminationDecisionData): Promise<Buffer> {
  const agency = data.agency;
  const self = selfName(agency);
  const name = required(data.aidedPerson?.name, 'aidedPerson.name', '受援人姓名');
  const matter = required(data.matter, 'matter', '援助事项');
  const facts = required(data.facts, 'facts', '终止的事实和理由');
  if (!(TERMINATION_GROUND_NUMBERS as readonly unknown[]).includes(data.ground))
    throw badInput('DOCUMENT.INVALID_INPUT', '请选择第四十八条规定的终止情形', 'ground');
  const ground = data.ground;
  const grant = data.grantDocumentNumber
    ? `（${required(data.grantDocumentNumber, 'grantDocumentNumber', '给予法律援助决定书编号')}）`
    : '';
  const provider = data.provider;

  return packDocument({ title: '终止法律援助决定书', creator: agency.name }, [
    ...decisionHead(agency, '终止法律援助决定书', data.documentNumber),
    salutation(name),
    para(`${self}于${chineseDate(data.grantedOn, 'grantedOn')}决定为你${matter}提供法律援助${grant}。经查：`),
    ...paragraphsOf(facts),
    para(
      `上述情形属于《中华人民共和国法律援助法》第四十八条第一款第（${chineseNumber(ground)}）项规定的“${TERMINATION_GROUNDS[ground]}”。根据该条规定，${self}决定终止对你的法律援助。`,
    ),
    ...(RECOVERY_GROUNDS.includes(ground)
      ? [
          para(
            '以欺骗或者其他不正当手段获得法律援助的，由司法行政部门依照《中华人民共和国法律援助法》第六十四条责令支付已实施法律援助的费用，并处三千元以下罚款。',
          ),
        ]
      : []),
    objectionNotice(agency),
    ...signOff(agency.name, data.decidedOn),
    ...(provider
      ? [
          para(
            `抄送：${required(provider.firmName, 'provider.firmName', '承办单位')}（承办人员：${required(provider.name, 'provider.name', '承办人员')}）`,
            { indent: false },
          ),
        ]
      : []),
  ]);
}
