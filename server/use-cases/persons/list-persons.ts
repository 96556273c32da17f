import { assertCan } from '@core/access';
import { businessDateOf } from '@core/calendar';
import { normalizePhone, parseResidentId } from '@core/identity';
import { and, asc, count, desc, eq, ilike, inArray, or, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Services, UseCaseCall } from '../../context';
import { persons } from '../../db/schema/index';
import { containsPattern } from '../../search/like';
import { nameCondition } from '../../search/name-condition';
import { type PersonItem, toPersonItem } from './person-item';

export const listPersonsQuery = z.object({
  page: z.coerce.number({ error: '页码应为数字' }).int().min(1, '页码从 1 开始').default(1),
  pageSize: z.coerce
    .number({ error: '每页条数应为数字' })
    .int()
    .min(1)
    .max(100, '每页最多 100 条')
    .default(20),
  q: z.string().trim().max(50, '搜索词不能超过 50 个字').optional(),
});
export type ListPersonsInput = z.infer<typeof listPersonsQuery>;

/**
 * What a search text `q` can mean, decided from its shape:
 * - a valid resident ID number (18 or 15 characters) → exactly that number, by lookup hash;
 * - a valid phone number → exactly that number, by lookup hash (or a name containing it);
 * - 4 characters of digits/X → the last four of the ID number or the phone (or a name containing it);
 * - otherwise → the name (substring, literal: `%` and `_` are escaped) or, for Latin letters (spaces and
 *   apostrophes allowed), its pinyin: full, initials or a mixture, from any syllable, case-insensitive
 *   ('ls', 'lis', 'lisi', 'li si', 'si' find 李四; core/identity name-pinyin), as a regular expression over
 *   the stored `name_pinyin` beginning at a syllable (namePinyinPattern, which says why no index serves it).
 */
function searchCondition(services: Services, q: string): SQL | undefined {
  const resident = parseResidentId(q, { today: businessDateOf(services.now()) });
  if (resident.ok) return eq(persons.idNumberHash, services.cipher.lookupHash(resident.id));
  const byName = ilike(persons.name, containsPattern(q));
  const phone = normalizePhone(q);
  if (phone.ok) return or(eq(persons.phoneHash, services.cipher.lookupHash(phone.phone)), byName);
  if (/^[\dXx]{4}$/.test(q)) {
    return or(eq(persons.idNumberTail, q.toUpperCase()), eq(persons.phoneTail, q), byName);
  }
  return personNameCondition(q);
}

/**
 * A person's name matching what was typed: the Chinese name containing it, or, when it reads as pinyin,
 * the stored `name_pinyin` matching it from any syllable (core/identity name-pinyin). For every
 * search that finds people by name (persons, legal-aid applicants, matter parties).
 */
export function personNameCondition(q: string): SQL {
  return nameCondition({ name: persons.name, pinyin: persons.namePinyin }, q);
}

/**
 * Persons kept by the organisations in the actor's scope, newest first (then id), with masked values
 * only. Prefer `POST /api/persons/search` for a full ID or phone number, so it stays out of URLs and logs.
 */
export async function listPersons(
  services: Services,
  { actor, input }: UseCaseCall<ListPersonsInput>,
): Promise<{ items: PersonItem[]; total: number }> {
  assertCan(actor, 'person.read');
  const condition = and(
    inArray(persons.orgId, [...actor.scopeOrgIds]),
    input.q ? searchCondition(services, input.q) : undefined,
  );
  const [total] = await services.db.select({ n: count() }).from(persons).where(condition);
  const rows = await services.db
    .select()
    .from(persons)
    .where(condition)
    .orderBy(desc(persons.createdAt), asc(persons.id))
    .limit(input.pageSize)
    .offset((input.page - 1) * input.pageSize);
  return { items: rows.map(toPersonItem), total: total?.n ?? 0 };
}
