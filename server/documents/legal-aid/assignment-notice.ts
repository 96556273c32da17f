import { DAY_DEADLINE_RULES } from '@core/legal-aid/deadlines';
import {
  type Cell,
  chineseNumber,
  cite,
  formTable,
  gap,
  packDocument,
  para,
  required,
  salutation,
  signOff,
  TEXT_WIDTH,
} from '../docx-kit';
import { decisionHead, selfName } from './common';
import type { AgencyInfo } from './types';

/** 指派通知书, to the provider's firm (法律援助法 第四十三条第一款; 程序规定 第二十四条、第二十七条). */
export interface AssignmentNoticeData {
  agency: AgencyInfo;
  documentNumber: string;
  /** The provider's unit: a law firm, a 基层法律服务所, or the agency itself. */
  firmName: string;
  providerName: string;
  /** The aided person; the lawyer's copy carries the full ID number and phone to reach and identify them. */
  aidedPerson: { name: string; idNumber?: string; phone?: string; address?: string };
  /** The grant decision's number (the matter number). */
  matterNumber?: string;
  matter: string;
  aidForm: string;
  opposingParty?: string;
  handlingOrgan?: string;
  /** Art. 26: the case needs a lawyer with ≥ 3 years of relevant practice. */
  seniorLawyerRequired?: boolean;
  /** The agency's contact for the firm. */
  contact?: { name: string; phone: string };
  assignedOn: string;
}

const WIDTHS = [2000, TEXT_WIDTH - 2000];

/** Renders the assignment notice (.docx). Throws a bad-input AppError on missing data. */
export async function renderAssignmentNotice(data: AssignmentNoticeData): Promise<Buffer> {
  const agency = data.agency;
  const self = selfName(agency);
  const firm = required(data.firmName, 'firmName', '承办单位');
  const provider = required(data.providerName, 'providerName', '承办人员');
  const aided = required(data.aidedPerson?.name, 'aidedPerson.name', '受援人姓名');
  const matter = required(data.matter, 'matter', '援助事项');
  const aidForm = required(data.aidForm, 'aidForm', '法律援助服务形式');
  const agreement = DAY_DEADLINE_RULES.agreement;
  const filing = DAY_DEADLINE_RULES['file-submission'];
  const row = (label: string, value: string | undefined): Cell[] => [
    { text: label, label: true },
    { text: value ?? '' },
  ];

  return packDocument({ title: '指派通知书', creator: agency.name }, [
    ...decisionHead(agency, '指派通知书', data.documentNumber),
    salutation(firm),
    para(
      `根据《中华人民共和国法律援助法》第四十三条第一款的规定，${self}决定指派你单位${provider}为受援人${aided}提供法律援助。案件情况如下：`,
    ),
    formTable(WIDTHS, [
      row('案件编号', data.matterNumber),
      row('受援人', aided),
      row('公民身份号码', data.aidedPerson.idNumber),
      row('联系电话', data.aidedPerson.phone),
      row('住所地', data.aidedPerson.address),
      row('援助事项', matter),
      row('服务形式', aidForm),
      row('对方当事人', data.opposingParty),
      row('办案机关', data.handlingOrgan),
      row('承办人员', provider),
    ]),
    gap(),
    ...(data.seniorLawyerRequired
      ? [para('本案依照《中华人民共和国法律援助法》第二十六条，承办律师应当具有三年以上相关执业经历。')]
      : []),
    para(
      `请你单位自收到本通知之日起${chineseNumber(agreement.amount)}日内与受援人签订委托协议和授权委托书（${cite(agreement.source)}），并督促承办人员依法履行职责。法律援助人员接受指派后，无正当理由不得拒绝、拖延或者终止提供法律援助服务（《中华人民共和国法律援助法》第四十六条），不得向受援人收取任何财物（第二十条），对提供法律援助过程中知悉的国家秘密、商业秘密和个人隐私应当予以保密（第二十一条）；发现有第四十八条规定情形的，应当及时向${self}报告。`,
    ),
    para(
      `法律援助事项办理结束后，承办人员应当及时向${self}报告，并自办结之日起${chineseNumber(filing.amount)}日内提交有关法律文书的副本或者复印件、办理情况报告等结案材料（${cite(filing.source)}）。`,
    ),
    ...(data.contact
      ? [
          para(
            `${self}联系人：${required(data.contact.name, 'contact.name', '联系人')}，联系电话：${required(data.contact.phone, 'contact.phone', '联系电话')}。`,
          ),
        ]
      : []),
    ...signOff(agency.name, data.assignedOn),
  ]);
}
