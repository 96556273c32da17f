import type { CaseKind, HardshipMethod } from '@core/legal-aid/eligibility';

/** The issuing agency. */
export interface AgencyInfo {
  /** e.g. '包头市法律援助中心'. */
  name: string;
  /**
   * The 司法行政部门 that set up the agency, to which objections go (法律援助法 第四十九条),
   * e.g. '包头市司法局'; a county agency names its county bureau.
   */
  bureauName: string;
  address?: string;
  phone?: string;
}

/** A natural person as printed on a form. Dates are `YYYY-MM-DD`. */
export interface PersonInfo {
  name: string;
  gender?: '男' | '女';
  birthDate?: string;
  ethnicity?: string;
  /** Printed as given: pass a masked number where the full one is not needed (PIPL 最小必要). */
  idNumber?: string;
  /** 户籍所在地. */
  registeredResidence?: string;
  /** 住所地（经常居住地）. */
  address?: string;
  phone?: string;
  workUnit?: string;
}

export const CASE_KIND_LABELS: Record<CaseKind, string> = {
  'criminal-defence': '刑事辩护',
  'criminal-victim': '刑事被害人、自诉人、附带民事诉讼原告人代理',
  civil: '民事',
  administrative: '行政',
};

export const AGENT_KIND_LABELS = {
  'legal-representative': '法定代理人',
  'close-relative': '近亲属',
  entrusted: '委托代理人',
} as const;
export type AgentKind = keyof typeof AGENT_KIND_LABELS;

export const HARDSHIP_METHOD_LABELS: Record<HardshipMethod | 'exempt' | 'not-required', string> = {
  commitment: '个人诚信承诺（第四十一条）',
  'information-sharing': '信息共享查询（第四十一条）',
  documents: '申请人提交的材料',
  exempt: '免予核查（第四十二条）',
  'not-required': '不受经济困难条件限制（第三十二条）',
};
