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
