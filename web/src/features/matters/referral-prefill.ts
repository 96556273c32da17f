/**
 * Payload fields that restate what the matter already holds, filled in so staff do not type it again
 * (each stays editable). 一厅通办: the opening form of the window a consultation is referred to, pre-filled from what the
 * consultation already holds, so the citizen does not tell their story twice. The carried parties give
 * the applicant (mediation's 申请人: both parties or one; a name field: the applicants' names) and the
 * other side; the consultation's question gives the facts. Only fields the opening payload has, with a
 * value its schema allows; staff can still change each. Pure: unit-tested in referral-prefill.test.ts.
 */
import { roleName } from './roles';
import type { JsonSchema } from './types';

export interface CarriedParty {
  name: string;
  role: string;
}

const OTHER_SIDE = new Set(['opposing-party', 'respondent']);

/**
 * The payload values that follow from the matter's parties, for the fields `schema` has: mediation's
 * 申请人 (both parties or one), the applicants', respondents' and agents' names (公证 申请人姓名 and
 * 代理人姓名, 仲裁 申请人 and 被申请人) and the parties' particulars of a mediation agreement (人民调解法
 * 第二十九条第一项: names and roles, in Chinese as the agreement is written).
 */
export function fromParties(schema: JsonSchema, parties: readonly CarriedParty[]): Record<string, unknown> {
  const fields = schema.properties ?? {};
  const named = (test: (role: string) => boolean) =>
    parties.filter((p) => test(p.role) && p.name.trim() !== '').map((p) => p.name.trim());
  const applicants = named((role) => role === 'applicant');
  const others = named((role) => OTHER_SIDE.has(role));
  const agents = named((role) => role === 'agent');
  const out: Record<string, unknown> = {};
  const allows = (key: string, value: unknown) => {
    const field = fields[key];
    return field !== undefined && (!field.enum || field.enum.includes(value));
  };
  // Mediation (人民调解法 第十七条): both parties applying together, or one (the other must consent).
  const who = applicants.length >= 2 ? 'both' : applicants.length === 1 ? 'one' : undefined;
  if (who && allows('applicants', who)) out.applicants = who;
  if (applicants.length > 0 && allows('applicantName', '')) out.applicantName = applicants.join('、');
  if (others.length > 0 && allows('respondentName', '')) out.respondentName = others.join('、');
  if (agents.length > 0 && allows('agentName', '')) {
    out.agentName = agents.join('、');
    if (allows('byAgent', true)) out.byAgent = true;
  }
  const particulars = parties.filter((p) => p.name.trim() !== '');
  if (particulars.length > 0 && allows('partiesDetails', ''))
    out.partiesDetails = particulars.map((p) => `${roleName(p.role, 'zh-CN')}：${p.name.trim()}`).join('；');
  return out;
}

/**
 * The form of an action on an open matter: what follows from its parties, and the facts told at
 * opening (`openingPayload.facts`) where the action asks for facts again (调解协议 纠纷的主要事实).
 */
export function prefillAction(
  schema: JsonSchema,
  parties: readonly CarriedParty[],
  openingPayload: Record<string, unknown> | undefined,
): Record<string, unknown> {
  const out = fromParties(schema, parties);
  const facts = openingPayload?.facts;
  if (typeof facts === 'string' && facts && schema.properties?.facts) out.facts = facts;
  return out;
}

/** Opening payload values for a matter referred from a consultation with `parties` and `state`. */
export function prefillOpening(
  schema: JsonSchema,
  parties: readonly CarriedParty[],
  state: Record<string, unknown>,
): Record<string, unknown> {
  const out = fromParties(schema, parties);
  if (typeof state.question === 'string' && state.question && schema.properties?.facts)
    out.facts = state.question;
  return out;
}

/**
 * The changes that bring derived values (`next`, e.g. fromParties after the parties changed) into a
 * form's `values`: a field is updated while it is empty or still holds what was derived before
 * (`previous`), so what staff typed over it stays.
 */
export function syncDerived(
  values: Record<string, unknown>,
  previous: Record<string, unknown>,
  next: Record<string, unknown>,
): Record<string, unknown> {
  const updates: Record<string, unknown> = {};
  for (const key of new Set([...Object.keys(previous), ...Object.keys(next)])) {
    const current = values[key];
    const untouched =
      current === undefined || current === '' || current === false || current === previous[key];
    if (untouched && current !== next[key]) updates[key] = next[key];
  }
  return updates;
}

/**
 * The payload values a ticket gives the opening form, for the fields its schema has: the ticket number
 * (法律咨询 排队号) and, with it, the window channel (a ticket number belongs to a window consultation).
 */
export function ticketPrefill(schema: JsonSchema, ticketNumber: string): Record<string, unknown> {
  const fields = schema.properties ?? {};
  if (!fields.ticketNumber) return {};
  const channel = fields.channel;
  return {
    ticketNumber,
    ...(channel && (!channel.enum || channel.enum.includes('window')) ? { channel: 'window' } : {}),
  };
}
