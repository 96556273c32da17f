import { badInput } from '@core/errors';
import type { CaseKind, HardshipMethod } from '@core/legal-aid/eligibility';
import {
  type Cell,
  chineseDate,
  clean,
  documentNumberLine,
  formTable,
  gap,
  looseParagraph,
  packDocument,
  required,
  run,
  TEXT_WIDTH,
  title,
  yuan,
} from '../docx-kit';
import {
  AGENT_KIND_LABELS,
  type AgentKind,
  CASE_KIND_LABELS,
  HARDSHIP_METHOD_LABELS,
  type PersonInfo,
} from './types';

/** 法律援助申请表: what the applicant (or their agent) declares (法律援助法 第三十八条至第四十一条). */
export interface ApplicationFormData {
  agencyName: string;
  /** The matter number, once allocated: '包法援〔2026〕第0001号'. */
  matterNumber?: string;
  applicant: PersonInfo & {
    /** Priority groups (老年人, 残疾人, 农民工, ...) as the clerk recorded them. */
    priorityGroups?: string[];
  };
  /** Art. 40: a legal representative or close relative applying for the applicant. */
  agent?: { name: string; kind: AgentKind; relationship?: string; idNumber?: string; phone?: string };
  opposingParty?: { name: string; address?: string; phone?: string };
  caseKind: CaseKind;
  /** 申请事项, e.g. '追索劳动报酬'. */
  matter: string;
  /** 办案机关或者争议处理机关 (art. 38). */
  handlingOrgan?: string;
  /** 案情及申请理由; line breaks start new paragraphs. */
  facts: string;
  household?: {
    size: number;
    /** Integer fen. */
    monthlyIncomeFen: number;
    method: HardshipMethod | 'exempt' | 'not-required';
  };
  /** The day the application is made, `YYYY-MM-DD`. */
  appliedOn: string;
}

/** Column widths: label, value, label, value (twips; the 版心 is 8845). */
const WIDTHS = [1800, 2622, 1800, TEXT_WIDTH - 1800 - 2622 - 1800];

const label = (text: string): Cell => ({ text, label: true });
const value = (text: string | undefined, span = 1): Cell => ({ text: clean(text ?? ''), span });
const section = (text: string): Cell[] => [{ text, span: 4, label: true }];

function perCapitaFen(incomeFen: number, size: number): number {
  // Half-up to the fen, as core/legal-aid/eligibility rounds it.
  const d = BigInt(size);
  return Number((2n * BigInt(incomeFen) + d) / (2n * d));
}

function householdRows(household: ApplicationFormData['household']): Cell[][] {
  if (household === undefined) return [[label('经济状况'), value('（未填写）', 3)]];
  const { size, monthlyIncomeFen } = household;
  if (!Number.isSafeInteger(size) || size < 1)
    throw badInput('DOCUMENT.INVALID_INPUT', '家庭人口应为正整数', 'household.size');
  if (!Number.isSafeInteger(monthlyIncomeFen) || monthlyIncomeFen < 0)
    throw badInput(
      'DOCUMENT.INVALID_INPUT',
      '家庭月总收入应为不小于0的整数（分）',
      'household.monthlyIncomeFen',
    );
  return [
    [label('家庭人口'), value(`${size}人`), label('家庭月总收入'), value(`${yuan(monthlyIncomeFen)}元`)],
    [
      label('人均月收入'),
      value(`${yuan(perCapitaFen(monthlyIncomeFen, size))}元`),
      label('核查方式'),
      value(HARDSHIP_METHOD_LABELS[household.method]),
    ],
  ];
}

/** Renders the 法律援助申请表 (.docx). Throws a bad-input AppError on missing required data. */
export async function renderApplicationForm(data: ApplicationFormData): Promise<Buffer> {
  const agencyName = required(data.agencyName, 'agencyName', '法律援助机构名称');
  const applicant = data.applicant;
  const name = required(applicant?.name, 'applicant.name', '申请人姓名');
  const matter = required(data.matter, 'matter', '申请事项');
  const facts = required(data.facts, 'facts', '案情及申请理由');
  const appliedOn = chineseDate(data.appliedOn, 'appliedOn');
  const kind = CASE_KIND_LABELS[data.caseKind];
  if (kind === undefined) throw badInput('DOCUMENT.INVALID_INPUT', '未知的案件类别', 'caseKind');

  const agent = data.agent;
  const opposing = data.opposingParty;
  const rows: Cell[][] = [
    section('申请人基本情况'),
    [label('姓名'), value(name), label('性别'), value(applicant.gender)],
    [
      label('出生日期'),
      value(applicant.birthDate ? chineseDate(applicant.birthDate, 'applicant.birthDate') : ''),
      label('民族'),
      value(applicant.ethnicity),
    ],
    [label('公民身份号码'), value(applicant.idNumber, 3)],
    [label('户籍所在地'), value(applicant.registeredResidence, 3)],
    [label('住所地（经常居住地）'), value(applicant.address, 3)],
    [label('联系电话'), value(applicant.phone), label('工作单位'), value(applicant.workUnit)],
    [label('特定群体'), value((applicant.priorityGroups ?? []).map(clean).join('、'), 3)],
    section('代理人情况（第四十条）'),
    agent
      ? [
          label('姓名'),
          value(required(agent.name, 'agent.name', '代理人姓名')),
          label('代理人类型'),
          value(AGENT_KIND_LABELS[agent.kind]),
        ]
      : [label('姓名'), value('无'), label('代理人类型'), value('')],
    [label('与申请人关系'), value(agent?.relationship), label('联系电话'), value(agent?.phone)],
    [label('公民身份号码'), value(agent?.idNumber, 3)],
    section('对方当事人情况'),
    [label('姓名或者名称'), value(opposing?.name, 3)],
    [label('住所地'), value(opposing?.address), label('联系电话'), value(opposing?.phone)],
    section('案件情况'),
    [label('案件类别'), value(kind), label('申请事项'), value(matter)],
    [label('办案机关或者争议处理机关'), value(data.handlingOrgan, 3)],
    [
      { text: '案情及申请理由', label: true },
      {
        lines: clean(facts)
          .split(/\r\n|\r|\n/u)
          .map((line) => line.trim())
          .filter((line) => line !== ''),
        span: 3,
        minHeight: 3000,
      },
    ],
    section('经济状况（第四十一条）'),
    ...householdRows(data.household),
  ];

  return packDocument({ title: '法律援助申请表', creator: agencyName }, [
    title('法律援助申请表'),
    ...(data.matterNumber
      ? [documentNumberLine(`编号：${required(data.matterNumber, 'matterNumber', '编号')}`)]
      : [gap()]),
    formTable(WIDTHS, rows),
    looseParagraph([
      run(
        '申请人声明：本人保证以上所填内容真实、准确、完整，如有虚假，愿意承担终止法律援助、支付已实施法律援助的费用等法律责任（《中华人民共和国法律援助法》第四十八条、第六十四条）。',
        'table',
      ),
    ]),
    looseParagraph([run(`申请人（签名）：______________      代理人（签名）：______________`, 'table')]),
    looseParagraph([run(`申请日期：${appliedOn}`, 'table')], 'right'),
    looseParagraph([
      run(`受理机构：${agencyName}      受理人：__________      受理日期：____年__月__日`, 'table'),
    ]),
  ]);
}
