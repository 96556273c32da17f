import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt } from 'drizzle-orm';
import type { Executor, Services } from '../../context';
import { citizenAccess } from '../../db/schema/index';
import { citizenErrors } from './citizen-errors';

/** The header that carries the phone page's access token (no cookie: nothing to forge across sites). */
export const CITIZEN_TOKEN_HEADER = 'x-citizen-token';
/** How long a verified phone may look at its matter. */
export const CITIZEN_ACCESS_MS = 30 * 60_000;

const sha256 = (text: string) => createHash('sha256').update(text).digest('base64url');

/** Opens a 30-minute access to `matterId` after a verified code; returns the random token (stored hashed). */
export async function openCitizenAccess(
  tx: Executor,
  services: Services,
  matterId: string,
  phoneHash: string,
): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const now = services.now();
  const expiresAt = new Date(now.getTime() + CITIZEN_ACCESS_MS);
  await tx
    .insert(citizenAccess)
    .values({ tokenHash: sha256(token), matterId, phoneHash, createdAt: now, expiresAt });
  return { token, expiresAt };
}

/** The matter a live token opens, or 401 CITIZEN.ACCESS_EXPIRED. */
export async function matterOfToken(
  services: Services,
  token: string | string[] | undefined,
): Promise<string> {
  const value = Array.isArray(token) ? token[0] : token;
  if (!value || value.length > 200) throw citizenErrors.accessExpired();
  const [row] = await services.db
    .select({ matterId: citizenAccess.matterId })
    .from(citizenAccess)
    .where(and(eq(citizenAccess.tokenHash, sha256(value)), gt(citizenAccess.expiresAt, services.now())));
  if (!row) throw citizenErrors.accessExpired();
  return row.matterId;
}
