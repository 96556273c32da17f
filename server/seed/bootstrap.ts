import { hash } from '@node-rs/argon2';
import { count } from 'drizzle-orm';
import type { Database } from '../db/client';
import { organisations, users, windows } from '../db/schema/index';
import { staffNamePinyin } from '../search/name-pinyin';
import { ORGANISATION_SEED, WINDOW_SEED } from './organisations';

/**
 * Fills an empty database with what every installation needs: the organisation tree, the hall's ten
 * windows and one administrator account (`admin`). Idempotent: does nothing when organisations exist.
 * Returns the keyed organisation ids, or undefined when the database was not empty.
 */
export async function bootstrapDatabase(
  db: Database,
  adminPassword: string,
): Promise<Map<string, string> | undefined> {
  return db.transaction(async (tx) => {
    // Serialise concurrent first starts of several instances.
    await tx.execute('select pg_advisory_xact_lock(7370002)');
    const [existing] = await tx.select({ n: count() }).from(organisations);
    if ((existing?.n ?? 0) > 0) return undefined;
    const ids = new Map<string, string>();
    for (const org of ORGANISATION_SEED) {
      const parentId = org.parentKey ? ids.get(org.parentKey) : undefined;
      const [row] = await tx
        .insert(organisations)
        .values({
          kind: org.kind,
          name: org.name,
          shortName: org.shortName ?? null,
          divisionCode: org.divisionCode ?? null,
          parentId: parentId ?? null,
        })
        .returning({ id: organisations.id });
      ids.set(org.key, row!.id);
    }
    const centerId = ids.get('center')!;
    await tx.insert(windows).values(WINDOW_SEED.map((w) => ({ ...w, orgId: centerId })));
    await tx.insert(users).values({
      orgId: ids.get('city')!,
      username: 'admin',
      displayName: '系统管理员',
      namePinyin: staffNamePinyin('系统管理员'),
      passwordHash: await hash(adminPassword),
      roles: ['admin'],
    });
    return ids;
  });
}
