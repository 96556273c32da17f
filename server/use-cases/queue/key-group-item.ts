import { z } from 'zod';
import type { keyGroupRegister } from '../../db/schema/index';

export const keyGroupItem = z.object({
  id: z.string(),
  centerId: z.string(),
  idNumberMasked: z.string(),
  name: z.string(),
  group: z.string(),
  note: z.string().nullable(),
  createdAt: z.string(),
});
export type KeyGroupItem = z.infer<typeof keyGroupItem>;

/** Shapes a register row for the API and the audit log (masked ID number only). */
export function toKeyGroupItem(row: typeof keyGroupRegister.$inferSelect): KeyGroupItem {
  return {
    id: row.id,
    centerId: row.orgId,
    idNumberMasked: row.idNumberMasked,
    name: row.name,
    group: row.group,
    note: row.note,
    createdAt: row.createdAt.toISOString(),
  };
}
