import { z } from 'zod';
import type { persons } from '../../db/schema/index';

/**
 * A person as lists and detail replies return them: masked ID number and phone only (rules.md R37).
 * The full ID number comes only from `GET /api/persons/:id/id-number`, which is audited.
 */
export const personItem = z.object({
  id: z.string(),
  orgId: z.string(),
  name: z.string(),
  namePinyinInitials: z.string().nullable(),
  idNumberMasked: z.string().nullable(),
  birthDate: z.string().nullable(),
  sex: z.enum(['male', 'female']).nullable(),
  phoneMasked: z.string().nullable(),
  address: z.string().nullable(),
  version: z.number().int(),
});
export type PersonItem = z.infer<typeof personItem>;

export function toPersonItem(row: typeof persons.$inferSelect): PersonItem {
  return {
    id: row.id,
    orgId: row.orgId,
    name: row.name,
    namePinyinInitials: row.namePinyinInitials,
    idNumberMasked: row.idNumberMasked,
    birthDate: row.birthDate,
    sex: row.sex === 'male' || row.sex === 'female' ? row.sex : null,
    phoneMasked: row.phoneMasked,
    address: row.address,
    version: row.version,
  };
}
