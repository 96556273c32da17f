import { assertCan } from '@core/access';
import { businessDateOf } from '@core/calendar';
import { badInput, conflict } from '@core/errors';
import {
  maskPhone,
  maskResidentId,
  normalizePhone,
  parseResidentId,
  validatePersonName,
} from '@core/identity';
import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { recordAudit } from '../../audit/record-audit';
import type { Services, UseCaseCall } from '../../context';
import { persons } from '../../db/schema/index';
import { namePinyinColumns } from '../../search/name-pinyin';
import type { PersonalDataCipher } from '../../security/personal-data';
import { findHomeBureau } from '../access/reference-scope';
import { type PersonItem, toPersonItem } from './person-item';

const blankToNull = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? null : value);

export const createPersonBody = z.object({
  /** The bureau that keeps the record; default: the actor's own bureau. */
  orgId: z.uuid({ error: '请选择有效的机构' }).optional(),
  /** Normalised and checked by the use case (core/identity validatePersonName). */
  name: z.string({ error: '请输入姓名' }).max(100, '姓名不能超过 100 个字'),
  /** 18 or 15 characters; checked by core/identity parseResidentId. */
  idNumber: z.preprocess(blankToNull, z.string().max(40, '公民身份号码过长').nullable()).optional(),
  phone: z.preprocess(blankToNull, z.string().max(40, '电话号码过长').nullable()).optional(),
  address: z
    .preprocess(blankToNull, z.string().trim().max(200, '地址不能超过 200 个字').nullable())
    .optional(),
});
export type CreatePersonInput = z.infer<typeof createPersonBody>;

/** What the database keeps of a resident ID number: ciphertext, lookup hash, masked copy, last four. */
export function sealIdNumber(cipher: PersonalDataCipher, id: string) {
  return {
    idNumberEnc: cipher.encrypt(id),
    idNumberHash: cipher.lookupHash(id),
    idNumberMasked: maskResidentId(id),
    idNumberTail: id.slice(-4),
  };
}

/** What the database keeps of a phone number (normalised digits): ciphertext, lookup hash, masked copy, last four. */
export function sealPhone(cipher: PersonalDataCipher, phone: string) {
  return {
    phoneEnc: cipher.encrypt(phone),
    phoneHash: cipher.lookupHash(phone),
    phoneMasked: maskPhone(phone),
    phoneTail: phone.slice(-4),
  };
}

/**
 * Registers a person (party, applicant) with the actor's bureau (or `orgId` in scope). The name is
 * normalised (core/identity; characters outside the BMP are kept) and indexed by pinyin initials. The
 * resident ID number, when given, must pass GB 11643 (PERSON.INVALID_ID_NUMBER, field `idNumber`, with
 * the parser's Chinese message); a 15-digit number is stored upgraded; birth date and sex come from it.
 * ID number and phone are stored encrypted with a lookup hash, a masked copy and the last four
 * characters (rules.md R37). The same ID number twice in one bureau is refused (PERSON.DUPLICATE_ID_NUMBER,
 * 409, `details.personId`). Audits `person.create` with masked values only.
 */
export async function createPerson(
  services: Services,
  { actor, input, meta }: UseCaseCall<CreatePersonInput>,
): Promise<{ item: PersonItem; warnings: string[] }> {
  assertCan(actor, 'person.read');
  const name = validatePersonName(input.name);
  if (!name.ok) throw badInput('PERSON.INVALID_NAME', name.message, 'name');
  let resident: { id: string; birthDate: string; sex: 'male' | 'female'; warnings: string[] } | undefined;
  if (input.idNumber) {
    const parsed = parseResidentId(input.idNumber, { today: businessDateOf(services.now()) });
    if (!parsed.ok)
      throw badInput('PERSON.INVALID_ID_NUMBER', parsed.message, 'idNumber', { reason: parsed.code });
    resident = parsed;
  }
  let phone: string | undefined;
  if (input.phone) {
    const parsed = normalizePhone(input.phone);
    if (!parsed.ok) throw badInput('PERSON.INVALID_PHONE', parsed.message, 'phone');
    phone = parsed.phone;
  }
  const { cipher } = services;
  const sealedId = resident ? sealIdNumber(cipher, resident.id) : undefined;

  return services.db.transaction(async (tx) => {
    const orgId = input.orgId ?? (await findHomeBureau(tx, actor.orgId))?.id ?? actor.orgId;
    assertCan(actor, 'person.read', { orgId });
    if (sealedId) {
      await tx.execute(sql`select pg_advisory_xact_lock(7370201, hashtext(${sealedId.idNumberHash}))`);
      const [existing] = await tx
        .select({ id: persons.id })
        .from(persons)
        .where(and(eq(persons.orgId, orgId), eq(persons.idNumberHash, sealedId.idNumberHash)));
      if (existing) {
        throw conflict('PERSON.DUPLICATE_ID_NUMBER', '该公民身份号码已登记，请直接选用已有人员', {
          personId: existing.id,
        });
      }
    }
    const [row] = await tx
      .insert(persons)
      .values({
        orgId,
        name: name.name,
        ...namePinyinColumns(name.name),
        ...(sealedId ?? {}),
        birthDate: resident?.birthDate ?? null,
        sex: resident?.sex ?? null,
        ...(phone ? sealPhone(cipher, phone) : {}),
        address: input.address ?? null,
      })
      .returning();
    const item = toPersonItem(row!);
    await recordAudit(tx, actor, meta, {
      action: 'person.create',
      entityType: 'person',
      entityId: item.id,
      orgId,
      after: item,
    });
    return { item, warnings: resident?.warnings ?? [] };
  });
}
