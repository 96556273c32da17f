import { DAY_DEADLINE_RULES } from '@core/legal-aid/deadlines';
import {
  chineseDate,
  chineseNumber,
  cite,
  packDocument,
  para,
  required,
  salutation,
  signOff,
} from '../docx-kit';
import { decisionHead, selfName } from './common';
import type { AgencyInfo } from './types';

/** 给予法律援助决定书 (法律援助法 第四十三条第一款). */
export interface GrantDecisionData {
  agency: AgencyInfo;
  /** '包法援〔2026〕第0001号'. */
  documentNumber: string;
  applicant: { name: string };
  /** The day the application was received, `YYYY-MM-DD`. */
  receivedOn: string;
  /** 申请事项, e.g. '追索劳动报酬'. */
  matter: string;
  /** The articles the matter falls under, e.g. '第三十一条第五项'; printed after the law's name. */
  legalBasis: string;
  /** 法律援助服务形式 (art. 22), e.g. '劳动争议仲裁代理'. */
  aidForm: string;
  /** `YYYY-MM-DD`. */
  decidedOn: string;
}

/** Renders the grant decision (.docx). Throws a bad-input AppError on missing data. */
export async function renderGrantDecision(data: GrantDecisionData): Promise<Buffer> {
  const agency = data.agency;
  const self = selfName(agency);
  const name = required(data.applicant?.name, 'applicant.name', '申请人姓名');
  const matter = required(data.matter, 'matter', '申请事项');
  const basis = required(data.legalBasis, 'legalBasis', '法律依据');
  const aidForm = required(data.aidForm, 'aidForm', '法律援助服务形式');
  const assignment = DAY_DEADLINE_RULES.assignment;

  return packDocument({ title: '给予法律援助决定书', creator: agency.name }, [
    ...decisionHead(agency, '给予法律援助决定书', data.documentNumber),
    salutation(name),
    para(
      `你于${chineseDate(data.receivedOn, 'receivedOn')}向${self}提出的${matter}法律援助申请，经审查，符合《中华人民共和国法律援助法》${basis}规定的条件。根据《中华人民共和国法律援助法》第四十三条第一款的规定，${self}决定给予法律援助，服务形式为${aidForm}。`,
    ),
    para(
      `${self}将自本决定作出之日起${chineseNumber(assignment.amount)}日内指派法律援助人员为你提供法律援助（${cite(assignment.source)}）。`,
    ),
    para(
      '你应当向法律援助人员如实陈述与法律援助事项有关的情况，及时提供证据材料，协助、配合办理法律援助事项（第四十七条）。法律援助人员不得向你收取任何财物（第二十条）。你有权了解法律援助事项的办理情况；法律援助机构、法律援助人员未依法履行职责的，可以向' +
        `${required(agency.bureauName, 'agency.bureauName', '司法行政部门')}投诉，并可以请求更换法律援助人员（第五十五条）。`,
    ),
    para(
      '有《中华人民共和国法律援助法》第四十八条规定情形之一的，将终止法律援助；以欺骗或者其他不正当手段获得法律援助的，由司法行政部门责令支付已实施法律援助的费用，并处三千元以下罚款（第六十四条）。',
    ),
    ...signOff(agency.name, data.decidedOn),
  ]);
}
