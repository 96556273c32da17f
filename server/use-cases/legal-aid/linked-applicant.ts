import { type Actor, can } from '@core/access';
import { badInput, conflict } from '@core/errors';
import { and, eq, ne, sql } from 'drizzle-orm';
import type { Executor, Services } from '../../context';
import { persons } from '../../db/schema/index';
import { sealIdNumber } from '../persons/create-person';

/**
 * The person an application is registered for when the clerk picked them from the shared person records
 * (`applicant.personId`): their id, the name on record and the full ID number on record (decrypted here,
 * never sent back; null when the record has none).
 */
export interface LinkedApplicant {
  personId: string;
  name: string;
  idNumber: string | null;
}

/**
 * Loads the picked person: 400 LEGAL_AID.UNKNOWN_PERSON (field `applicant.personId`) when there is none,
 * or it is outside the actor's `person.read` scope (as an unknown ticket: the reply does not tell the two
 * apart).
 */
export async function findLinkedApplicant(
  executor: Executor,
  services: Services,
  actor: Actor,
  personId: string,
): Promise<LinkedApplicant> {
  const [row] = await executor
    .select({ id: persons.id, orgId: persons.orgId, name: persons.name, idNumberEnc: persons.idNumberEnc })
    .from(persons)
    .where(eq(persons.id, personId));
  if (!row || !can(actor, 'person.read', { orgId: row.orgId }))
    throw badInput(
      'LEGAL_AID.UNKNOWN_PERSON',
      { zh: '找不到所选人员', en: 'The chosen person was not found' },
      'applicant.personId',
    );
  return {
    personId: row.id,
    name: row.name,
    idNumber: row.idNumberEnc ? services.cipher.decrypt(row.idNumberEnc) : null,
  };
}

/**
 * The applicant's ID number to check: the one typed, which must be the picked person's own when the record
 * has one (400 LEGAL_AID.APPLICANT_MISMATCH, field `applicant.idNumber`), else the one on record; the
 * name must be the name on record (same code, field `applicant.name`) — a different person is registered
 * without `personId`. Throws 400 PERSON.INVALID_ID_NUMBER when neither gives a number.
 */
export function linkedIdNumber(
  linked: LinkedApplicant | undefined,
  typed: { name: string; idNumber: string | undefined },
  parse: (idNumber: string) => string,
): string {
  const id = typed.idNumber?.trim() ? parse(typed.idNumber) : undefined;
  if (linked) {
    if (typed.name !== linked.name)
      throw badInput(
        'LEGAL_AID.APPLICANT_MISMATCH',
        {
          zh: '申请人姓名与所选人员登记的不一致',
          en: "The applicant's name differs from the chosen person's",
        },
        'applicant.name',
      );
    if (id && linked.idNumber && id !== linked.idNumber)
      throw badInput(
        'LEGAL_AID.APPLICANT_MISMATCH',
        {
          zh: '公民身份号码与所选人员登记的不一致',
          en: "The ID number differs from the chosen person's",
        },
        'applicant.idNumber',
      );
  }
  const resolved = id ?? linked?.idNumber ?? undefined;
  if (!resolved)
    throw badInput(
      'PERSON.INVALID_ID_NUMBER',
      { zh: '请输入申请人公民身份号码', en: "Enter the applicant's resident ID number" },
      'applicant.idNumber',
    );
  return resolved;
}

/**
 * A picked person with no ID number on record gets the application's (checked) number, birth date and
 * sex, inside the application's transaction, under the same advisory lock as create-person. When another
 * person of that bureau already holds the number: 409 PERSON.DUPLICATE_ID_NUMBER with `details.personId`
 * (pick that one instead).
 */
export async function completeLinkedApplicant(
  tx: Executor,
  services: Services,
  linked: LinkedApplicant,
  resident: { id: string; birthDate: string; sex: string },
): Promise<void> {
  if (linked.idNumber) return;
  const sealed = sealIdNumber(services.cipher, resident.id);
  await tx.execute(sql`select pg_advisory_xact_lock(7370201, hashtext(${sealed.idNumberHash}))`);
  const [row] = await tx
    .select({ orgId: persons.orgId })
    .from(persons)
    .where(eq(persons.id, linked.personId));
  const [other] = await tx
    .select({ id: persons.id })
    .from(persons)
    .where(
      and(
        eq(persons.orgId, row!.orgId),
        eq(persons.idNumberHash, sealed.idNumberHash),
        ne(persons.id, linked.personId),
      ),
    );
  if (other)
    throw conflict(
      'PERSON.DUPLICATE_ID_NUMBER',
      {
        zh: '该公民身份号码已登记为另一人员，请选用该人员',
        en: 'This ID number is on record for another person: choose that person',
      },
      { personId: other.id },
    );
  await tx
    .update(persons)
    .set({
      ...sealed,
      birthDate: resident.birthDate,
      sex: resident.sex,
      version: sql`${persons.version} + 1`,
      updatedAt: services.now(),
    })
    .where(eq(persons.id, linked.personId));
}
