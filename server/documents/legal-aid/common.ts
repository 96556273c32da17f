import { DAY_DEADLINE_RULES } from '@core/legal-aid/deadlines';
import type { Paragraph } from 'docx';
import { chineseNumber, cite, documentNumberLine, para, required, title } from '../docx-kit';
import type { AgencyInfo } from './types';

/** How the agency names itself in its documents: '本中心' for a 法律援助中心, else '本机构'. */
export function selfName(agency: AgencyInfo): string {
  return agency.name.trim().endsWith('中心') ? '本中心' : '本机构';
}

/** The head of a decision: the agency's name and the document's kind as two title lines, then its number. */
export function decisionHead(agency: AgencyInfo, kind: string, documentNumber: string): Paragraph[] {
  return [
    title(required(agency.name, 'agency.name', '法律援助机构名称')),
    title(kind),
    documentNumberLine(required(documentNumber, 'documentNumber', '文书编号')),
  ];
}

/**
 * 法律援助法 第四十九条: an objection goes to the 司法行政部门 that set up the agency, which decides
 * within 5 days of receipt (the day count comes from core's deadline table); against its upholding
 * decision lies 行政复议 or 行政诉讼 (para. 3). The law sets no time limit for raising the objection,
 * so none is printed.
 */
export function objectionNotice(agency: AgencyInfo): Paragraph {
  const bureau = required(agency.bureauName, 'agency.bureauName', '受理异议的司法行政部门');
  const self = selfName(agency);
  const rule = DAY_DEADLINE_RULES['objection-decision'];
  return para(
    `如对本决定有异议，可以向${bureau}提出。${bureau}应当自收到异议之日起${chineseNumber(rule.amount)}日内进行审查，作出维持${self}决定或者责令${self}改正的决定（${cite(rule.source)}）。对${bureau}维持决定不服的，可以依法申请行政复议或者提起行政诉讼。`,
  );
}
