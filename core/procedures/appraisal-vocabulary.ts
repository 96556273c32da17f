/** The judicial appraisal window's code lists, periods and state (司法鉴定程序通则). */
import type { ClockPause } from './clock';
import type { FeeAssessment } from './fee';
import type { MatterState } from './procedure-kit';

export const APPRAISAL_STATUSES = [
  'entrusted',
  'accepted',
  'supplementing',
  'completed',
  'declined',
  'terminated',
  'withdrawn',
] as const;
export type AppraisalStatus = (typeof APPRAISAL_STATUSES)[number];

export const APPRAISAL_ACTIONS = [
  'entrust',
  'accept',
  'decline',
  'withdraw',
  'request-supplement',
  'receive-supplement',
  'extend',
  'complete',
  'terminate',
] as const;
export type AppraisalAction = (typeof APPRAISAL_ACTIONS)[number];

/** 第十三条: decide on acceptance within 7 working days of receiving the commission. */
export const ACCEPTANCE_WORKING_DAYS = 7;
/** 第二十八条: complete within 30 working days; extension normally ≤ 30 working days. */
export const COMPLETION_WORKING_DAYS = 30;
export const MAX_EXTENSION_WORKING_DAYS = 30;
/** 第十九条 (UNCONFIRMED number): two appraisers for one matter, more for complex ones. */
export const MIN_APPRAISERS = 2;

export const APPRAISAL_FIELDS = {
  'forensic-clinical': '法医临床鉴定',
  'forensic-pathology': '法医病理鉴定',
  'forensic-psychiatry': '法医精神病鉴定',
  'forensic-genetics': '法医物证（亲子）鉴定',
  'forensic-toxicology': '法医毒物鉴定',
  document: '文书鉴定',
  trace: '痕迹鉴定',
  'audio-video': '声像资料鉴定',
  'electronic-data': '电子数据鉴定',
  environmental: '环境损害鉴定',
  other: '其他',
} as const;

/*
 * Every code below is unique across the three tables: the procedure's value labels are one table
 * (core/procedures/labels.ts), so a shared 'other' would show a termination ground among the categories.
 */

/** 第十五条 (UNCONFIRMED list): why a commission is not accepted. */
export const APPRAISAL_DECLINE_GROUNDS = {
  'out-of-scope': '委托鉴定事项超出本机构司法鉴定业务范围',
  'materials-defective': '发现鉴定材料不真实、不完整、不充分或者取得方式不合法',
  'unlawful-purpose': '鉴定用途不合法或者违背社会公德',
  'requirements-not-met': '鉴定要求不符合司法鉴定执业规则或者相关鉴定技术规范',
  'beyond-capacity': '鉴定要求超出本机构技术条件或者鉴定能力',
  duplicate: '委托人就同一鉴定事项同时委托其他司法鉴定机构进行鉴定',
  'other-unlawful': '其他不符合法律、法规、规章规定的情形',
} as const;

/** 第二十九条 (UNCONFIRMED list): why an accepted appraisal is ended. */
export const APPRAISAL_TERMINATION_GROUNDS = {
  'decline-ground-found': '发现有不予受理的情形',
  'materials-exhausted': '鉴定材料发生耗损，委托人不能补充提供',
  'non-cooperation': '委托人或者被鉴定人拒不配合，或者鉴定活动受到严重干扰，致使鉴定无法继续进行',
  'client-withdrew': '委托人主动撤销鉴定委托，或者拒绝支付鉴定费用',
  'force-majeure': '因不可抗力致使鉴定无法继续进行',
  'other-termination': '其他需要终止鉴定的情形',
} as const;

export interface AppraisalState extends MatterState<AppraisalStatus> {
  receivedOn: string | null;
  complex: boolean;
  agreedAcceptanceBy: string | null;
  legalAidRecipient: boolean;
  acceptedOn: string | null;
  /** 第二十八条: an agreed limit (working days) prevails over the 30 days. */
  agreedWorkingDays: number | null;
  appraisers: string[];
  fee: FeeAssessment | null;
  pauses: ClockPause[];
  extensionDays: number;
  opinion: { number: string; issuedOn: string; late: boolean } | null;
  declineGrounds: string[];
  terminationGround: keyof typeof APPRAISAL_TERMINATION_GROUNDS | null;
}
