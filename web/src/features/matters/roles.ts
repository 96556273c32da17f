import type { PartyRole } from './types';

/** Names of party roles in both languages (payload enum values are labelled per procedure instead). */
const ROLE_NAMES: Record<string, readonly [string, string]> = {
  applicant: ['申请人', 'Applicant'],
  respondent: ['被申请人', 'Respondent'],
  'opposing-party': ['对方当事人', 'Opposing party'],
  agent: ['代理人', 'Agent'],
  client: ['委托人', 'Client'],
  complainant: ['投诉人', 'Complainant'],
  'third-party': ['第三人', 'Third party'],
};

/** A party role's name, Chinese (`zh-CN`) or English (the code for an unknown role). */
export function roleName(role: string, locale: string): string {
  return ROLE_NAMES[role]?.[locale === 'zh-CN' ? 0 : 1] ?? role;
}

/**
 * The role a party picked for a new matter of `service` starts with, by its place (0: the first party):
 * the party who sets the procedure going (a 司法鉴定 委托人, an 仲裁 申请人), then the other side (仲裁
 * 被申请人 under 劳动争议调解仲裁法 第二十八条; 对方当事人 elsewhere). Staff may change it.
 */
const FIRST_ROLE: Record<string, PartyRole> = { appraisal: 'client' };
const OTHER_ROLE: Record<string, PartyRole> = { arbitration: 'respondent' };

export function defaultPartyRole(service: string, index: number): PartyRole {
  return index === 0 ? (FIRST_ROLE[service] ?? 'applicant') : (OTHER_ROLE[service] ?? 'opposing-party');
}
