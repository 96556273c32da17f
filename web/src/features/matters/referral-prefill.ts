/**
 * 一厅通办: the opening form of the window a consultation is referred to, pre-filled from what the
 * consultation already holds, so the citizen does not tell their story twice. The carried parties give
 * the applicant (mediation's 申请人: both parties or one; a name field: the applicants' names) and the
 * other side; the consultation's question gives the facts. Only fields the opening payload has, with a
 * value its schema allows; staff can still change each. Pure: unit-tested in referral-prefill.test.ts.
 */
import type { JsonSchema } from './types';

export interface CarriedParty {
  name: string;
  role: string;
}

const OTHER_SIDE = new Set(['opposing-party', 'respondent']);

/** Opening payload values for a matter referred from a consultation with `parties` and `state`. */
export function prefillOpening(
  schema: JsonSchema,
  parties: readonly CarriedParty[],
  state: Record<string, unknown>,
): Record<string, unknown> {
  const fields = schema.properties ?? {};
  const applicants = parties.filter((p) => p.role === 'applicant').map((p) => p.name);
  const others = parties.filter((p) => OTHER_SIDE.has(p.role)).map((p) => p.name);
  const out: Record<string, unknown> = {};
  const allows = (key: string, value: string) => {
    const field = fields[key];
    return field !== undefined && (!field.enum || field.enum.includes(value));
  };
  // Mediation (人民调解法 第十七条): both parties applying together, or one (the other must consent).
  const who = applicants.length >= 2 ? 'both' : applicants.length === 1 ? 'one' : undefined;
  if (who && allows('applicants', who)) out.applicants = who;
  if (applicants.length > 0 && allows('applicantName', '')) out.applicantName = applicants.join('、');
  if (others.length > 0 && allows('respondentName', '')) out.respondentName = others.join('、');
  if (typeof state.question === 'string' && state.question && allows('facts', '')) out.facts = state.question;
  return out;
}
