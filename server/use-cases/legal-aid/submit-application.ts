import { assertCan } from '@core/access';
import { businessDateOf } from '@core/calendar';
import { badInput } from '@core/errors';
import {
  maskPhone,
  maskResidentId,
  normalizePhone,
  parseResidentId,
  validatePersonName,
} from '@core/identity';
import {
  applyLegalAidAction,
  type LegalAidAction,
  type LegalAidActor,
  legalAidErrorToAppError,
} from '@core/procedures/legal-aid';
import { formatMatterNumber, LEGAL_AID_TYPE_WORD } from '@core/procedures/matter-number';
import { and, eq, sql } from 'drizzle-orm';
import { recordAudit } from '../../audit/record-audit';
import type { Executor, Services, UseCaseCall } from '../../context';
import {
  legalAidMatters,
  persons,
  type StoredAgent,
  type StoredOpposingParty,
  tickets,
} from '../../db/schema/index';
import { publishQueueEvent, type QueueEvent } from '../../realtime/queue-events';
import { namePinyinColumns } from '../../search/name-pinyin';
import type { PersonalDataCipher } from '../../security/personal-data';
import { findHomeBureau } from '../access/reference-scope';
import { allocateSeq } from '../matters/matter-store';
import { sealIdNumber, sealPhone } from '../persons/create-person';
import { type Agency, findReceivingAgency } from './agency';
import { assessIntake, eligibilitySnapshot } from './eligibility-policy';
import { readMatterDetail } from './get-matter';
import type { SubmitApplicationInput } from './intake-schema';
import { finishIntakeTicket, lockIntakeTicket } from './intake-ticket';
import {
  completeLinkedApplicant,
  findLinkedApplicant,
  type LinkedApplicant,
  linkedIdNumber,
} from './linked-applicant';
import type { MatterDetail } from './matter-shapes';
import { appendAction, legalAidActorFor } from './matter-store';
import { regionOf } from './preview-eligibility';

type Today = { today: string };

function checkName(name: string, field: string): string {
  const result = validatePersonName(name);
  if (!result.ok) throw badInput('PERSON.INVALID_NAME', result.message, field);
  return result.name;
}

function checkId(idNumber: string, field: string, { today }: Today) {
  const parsed = parseResidentId(idNumber, { today });
  if (!parsed.ok) throw badInput('PERSON.INVALID_ID_NUMBER', parsed.message, field, { reason: parsed.code });
  return parsed;
}

function checkPhone(phone: string | undefined, field: string): string | undefined {
  if (!phone) return undefined;
  const parsed = normalizePhone(phone);
  if (!parsed.ok) throw badInput('PERSON.INVALID_PHONE', parsed.message, field);
  return parsed.phone;
}

/**
 * Every check before the transaction, so a bad request saves nothing; `linked` is the person picked for
 * the applicant (linked-applicant.ts), already loaded.
 */
export function validate(
  input: SubmitApplicationInput,
  now: Date,
  cipher: PersonalDataCipher,
  linked?: LinkedApplicant,
) {
  const today = { today: businessDateOf(now) };
  const name = checkName(input.applicant.name, 'applicant.name');
  const idNumber = linkedIdNumber(
    linked,
    { name, idNumber: input.applicant.idNumber },
    (typed) => checkId(typed, 'applicant.idNumber', today).id,
  );
  const resident = checkId(idNumber, 'applicant.idNumber', today);
  const phone = checkPhone(input.applicant.phone, 'applicant.phone');
  const receivedAt = input.receivedAt ? new Date(input.receivedAt) : now;
  if (receivedAt.getTime() > now.getTime())
    throw badInput('LEGAL_AID.FUTURE_DATE', '收到申请的时间不能晚于当前时间', 'receivedAt');
  let agent: StoredAgent | null = null;
  if (input.agent) {
    const id = input.agent.idNumber ? checkId(input.agent.idNumber, 'agent.idNumber', today).id : undefined;
    const agentPhone = checkPhone(input.agent.phone, 'agent.phone');
    agent = {
      name: checkName(input.agent.name, 'agent.name'),
      relation: input.agent.relation,
      idNumberMasked: id ? maskResidentId(id) : null,
      idNumberHash: id ? cipher.lookupHash(id) : null,
      phoneMasked: agentPhone ? maskPhone(agentPhone) : null,
    };
  }
  let opposingParty: StoredOpposingParty | null = null;
  if (input.opposingParty) {
    const kind = input.opposingParty.kind;
    const id =
      kind === 'person' && input.opposingParty.idNumber
        ? checkId(input.opposingParty.idNumber, 'opposingParty.idNumber', today).id
        : undefined;
    opposingParty = {
      name: input.opposingParty.name.trim(),
      kind,
      idNumberMasked: id ? maskResidentId(id) : null,
      idNumberHash: id ? cipher.lookupHash(id) : null,
    };
  }
  if (input.hardship && input.hardship.method === undefined)
    throw badInput('COMMON.INVALID_INPUT', '请选择经济困难状况核查方式', 'hardship.method');
  return { name, resident, phone, receivedAt, agent, opposingParty, linked };
}

/** The applicant's `persons` row in the agency's bureau: found by ID number hash, else created (encrypted). */
async function findOrCreateApplicant(
  tx: Executor,
  services: Services,
  bureauId: string,
  applicant: {
    name: string;
    id: string;
    birthDate: string;
    sex: string;
    phone: string | undefined;
    address?: string;
  },
): Promise<string> {
  const sealed = sealIdNumber(services.cipher, applicant.id);
  // The same lock key as create-person, so the two never register one ID number twice.
  await tx.execute(sql`select pg_advisory_xact_lock(7370201, hashtext(${sealed.idNumberHash}))`);
  const [existing] = await tx
    .select({ id: persons.id })
    .from(persons)
    .where(and(eq(persons.orgId, bureauId), eq(persons.idNumberHash, sealed.idNumberHash)));
  if (existing) return existing.id;
  const [row] = await tx
    .insert(persons)
    .values({
      orgId: bureauId,
      name: applicant.name,
      ...namePinyinColumns(applicant.name),
      ...sealed,
      birthDate: applicant.birthDate,
      sex: applicant.sex,
      ...(applicant.phone ? sealPhone(services.cipher, applicant.phone) : {}),
      address: applicant.address ?? null,
    })
    .returning({ id: persons.id });
  return row!.id;
}

/**
 * Registers an application (法律援助法 第三十八条至第四十一条; rules.md R1): the applicant (the person
 * picked with `applicant.personId`, else created or reused by ID number in `persons`, ID number and phone
 * encrypted), agent (art. 40) and opposing party with masked
 * values and lookup hashes, the facts eligibility reads, household income encrypted, the eligibility
 * snapshot against the standard in force on the receipt date, a matter number `包法援〔2026〕第0001号`
 * allocated in the transaction (unique per printed series and year, not per agency: agencies may share a
 * short name), and core's 'apply' action as entry 1 of the log. One transaction with
 * its audit entry (masked values only). Started from a queue ticket (`ticketId`), the same transaction
 * finishes that ticket with the matter linked (intake-ticket.ts). Invalid input → 400 with the field,
 * nothing saved.
 */
export async function submitApplication(
  services: Services,
  { actor, input, meta }: UseCaseCall<SubmitApplicationInput>,
): Promise<MatterDetail> {
  assertCan(actor, 'legal-aid.intake');
  const now = services.now();
  const personId = input.applicant.personId;
  const linked = personId ? await findLinkedApplicant(services.db, services, actor, personId) : undefined;
  const checked = validate(input, now, services.cipher, linked);

  let events: QueueEvent[] = [];
  const detail = await services.db.transaction(async (tx) => {
    const agency = await findReceivingAgency(tx, actor.orgId);
    assertCan(actor, 'legal-aid.intake', { orgId: agency.id });
    const ticket = input.ticketId ? await lockIntakeTicket(tx, actor, input.ticketId) : undefined;
    const { id, number } = await insertApplication(tx, services, {
      agency,
      input,
      checked,
      now,
      actor: await legalAidActorFor(tx, actor, 'apply'),
      createdBy: actor.userId,
      audit: { actor, meta },
    });
    if (ticket) events = await finishIntakeTicket(services, tx, { actor, meta }, ticket, number);
    return readMatterDetail(services, tx, actor, id);
  });
  for (const event of events) await publishQueueEvent(services.db, event);
  return detail;
}

export interface InsertApplicationParams {
  agency: Agency;
  input: SubmitApplicationInput;
  checked: ReturnType<typeof validate>;
  now: Date;
  /** The core actor of 'apply': a staff member, or the applicant online (ACTION_ROLES.apply). */
  actor: LegalAidActor;
  createdBy: string | null;
  audit: { actor: Parameters<typeof recordAudit>[1]; meta: UseCaseCall<unknown>['meta'] };
}

/**
 * Writes a new application inside `tx` (shared by the window intake and the online application,
 * server/use-cases/citizen/submit-online-application.ts): applicant, eligibility snapshot, number,
 * the 'apply' action and the audit entry. Returns the matter id and number.
 */
export async function insertApplication(
  tx: Executor,
  services: Services,
  { agency, input, checked, now, actor, createdBy, audit }: InsertApplicationParams,
): Promise<{ id: string; number: string }> {
  const applicationDate = businessDateOf(checked.receivedAt);
  if (input.ticketId) {
    const [ticket] = await tx.select({ id: tickets.id }).from(tickets).where(eq(tickets.id, input.ticketId));
    if (!ticket) throw badInput('LEGAL_AID.UNKNOWN_TICKET', '找不到该取号记录', 'ticketId');
  }
  let personId: string;
  if (checked.linked) {
    await completeLinkedApplicant(tx, services, checked.linked, checked.resident);
    personId = checked.linked.personId;
  } else {
    const bureau = await findHomeBureau(tx, agency.id);
    personId = await findOrCreateApplicant(tx, services, bureau?.id ?? agency.id, {
      name: checked.name,
      id: checked.resident.id,
      birthDate: checked.resident.birthDate,
      sex: checked.resident.sex,
      phone: checked.phone,
      ...(input.applicant.address ? { address: input.applicant.address } : {}),
    });
  }
  const regionCode = regionOf(input.regionCode, checked.resident.id, applicationDate, agency.divisionCode);
  const { result, standard } = await assessIntake(tx, input, applicationDate, regionCode);

  const apply: LegalAidAction = {
    type: 'apply',
    at: now,
    actor,
    channel: input.channel,
    receivedAt: checked.receivedAt,
    caseKind: input.caseKind,
    ...(input.simpleCase !== undefined ? { simpleCase: input.simpleCase } : {}),
  };
  const applied = applyLegalAidAction(null, apply, { expectedVersion: 0 });
  if (!applied.ok) throw legalAidErrorToAppError(applied.error);

  // The printed series ('包法援'), not the agency: agencies sharing a short name share the series, so no
  // two matters print the same number (matter_number_series, migration 0021).
  const year = Number(applicationDate.slice(0, 4));
  const seq = await allocateSeq(tx, `${agency.shortName}${LEGAL_AID_TYPE_WORD}`, year);
  const number = formatMatterNumber({ orgShort: agency.shortName, year, seq });
  const hardship = input.hardship;
  const [row] = await tx
    .insert(legalAidMatters)
    .values({
      orgId: agency.id,
      number,
      year,
      seq,
      applicantPersonId: personId,
      agent: checked.agent,
      opposingParty: checked.opposingParty,
      channel: input.channel,
      facts: input.facts,
      caseKind: input.caseKind,
      matter: input.matter ?? null,
      mandatory: input.mandatory ?? null,
      circumstances: input.circumstances ?? [],
      exemptions: input.exemptions ?? [],
      priorityGroups: input.priorityGroups ?? [],
      householdSize: hardship?.householdSize ?? null,
      householdIncomeEnc: hardship
        ? services.cipher.encrypt(String(Math.round(hardship.householdMonthlyIncomeYuan * 100)))
        : null,
      hardshipMethod: hardship?.method ?? null,
      regionCode,
      limitationDueOn: input.limitationDueOn ?? null,
      eligibility: eligibilitySnapshot(result, standard, applicationDate),
      status: applied.state.status,
      version: applied.state.version,
      ticketId: input.ticketId ?? null,
      appliedAt: checked.receivedAt,
      createdBy,
      createdAt: now,
      updatedAt: now,
    })
    .returning({ id: legalAidMatters.id });
  const id = row!.id;
  await appendAction(tx, id, apply, applied.state);
  await recordAudit(tx, audit.actor, audit.meta, {
    action: 'legal-aid.apply',
    entityType: 'legal-aid-matter',
    entityId: id,
    orgId: agency.id,
    after: {
      number,
      channel: input.channel,
      caseKind: input.caseKind,
      matter: input.matter ?? null,
      verdict: result.verdict,
      applicantIdNumberMasked: maskResidentId(checked.resident.id),
      applicantPersonId: personId,
      applicantPicked: checked.linked !== undefined,
    },
  });
  return { id, number };
}
