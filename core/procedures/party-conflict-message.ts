/**
 * The wording of the conflict check's warnings (core/procedures/party-conflict.ts decides who
 * conflicts) in Chinese and English: the party roles and windows by name, the other matter by number.
 * The person's own name is left out of the English (it is written in Chinese, and the warning stands
 * beside the party it concerns).
 */
import type { Localized } from '@core/i18n/localized';

type Pair = readonly [zh: string, en: string];

/** Party roles (db MATTER_PARTY_ROLES). */
const PARTY_ROLES: Readonly<Record<string, Pair>> = {
  applicant: ['申请人', 'applicant'],
  client: ['委托人', 'client'],
  complainant: ['投诉人', 'complainant'],
  respondent: ['被申请人', 'respondent'],
  'opposing-party': ['对方当事人', 'opposing party'],
  agent: ['代理人', 'agent'],
  'third-party': ['第三人', 'third party'],
};

/** The windows whose open matters are checked. */
const SERVICES: Readonly<Record<string, Pair>> = {
  'legal-aid': ['法律援助', 'legal aid'],
  consultation: ['法律咨询', 'legal consultation'],
  mediation: ['人民调解', "people's mediation"],
  notarization: ['公证', 'notarization'],
  lawyer: ['律师服务', 'lawyer services'],
  arbitration: ['仲裁', 'arbitration'],
  appraisal: ['司法鉴定', 'judicial appraisal'],
  reconsideration: ['行政复议', 'administrative reconsideration'],
  publicity: ['法治宣传', 'legal publicity'],
  'aid-qualification': ['法律援助资格管理', 'aid-provider qualification'],
};

const nameOf = (table: Readonly<Record<string, Pair>>, code: string): Pair => table[code] ?? [code, code];

/** A person here in `role` who is `otherRole` in another open matter of `service` numbered `number`. */
export function adverseElsewhereMessage(options: {
  partyName: string;
  role: string;
  otherRole: string;
  service: string;
  number: string;
  /** True when matched by name only (a possible, not a certain, match). */
  byNameOnly: boolean;
}): Localized {
  const [roleZh, roleEn] = nameOf(PARTY_ROLES, options.role);
  const [otherZh, otherEn] = nameOf(PARTY_ROLES, options.otherRole);
  const [serviceZh, serviceEn] = nameOf(SERVICES, options.service);
  const who = options.byNameOnly ? 'A person of the same name as the' : 'The';
  return {
    zh: `${options.byNameOnly ? '同名：' : ''}${options.partyName}（本事项${roleZh}）在${serviceZh}事项 ${options.number}中为${otherZh}，双方立场相对，请注意利益冲突`,
    en: `${who} ${roleEn} of this matter is the ${otherEn} in ${serviceEn} matter ${options.number}: opposite sides, mind the conflict of interest`,
  };
}

/** One person on both sides of this matter, as `role` and as `otherRole`. */
export function selfConflictMessage(partyName: string, role: string, otherRole: string): Localized {
  const [roleZh, roleEn] = nameOf(PARTY_ROLES, role);
  const [otherZh, otherEn] = nameOf(PARTY_ROLES, otherRole);
  return {
    zh: `${partyName}在本事项中既是${roleZh}又是${otherZh}，双方立场相对，请注意利益冲突`,
    en: `The same person is both ${roleEn} and ${otherEn} in this matter: opposite sides, mind the conflict of interest`,
  };
}
