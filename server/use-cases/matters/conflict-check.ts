import { type Actor, assertCan } from '@core/access';
import { businessDateOf } from '@core/calendar';
import type { Localized } from '@core/i18n/localized';
import { parseResidentId } from '@core/identity';
import { opposingSides, selfConflicts } from '@core/procedures/party-conflict';
import { adverseElsewhereMessage, selfConflictMessage } from '@core/procedures/party-conflict-message';
import { and, asc, eq, inArray, notInArray, or, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Executor, Services, UseCaseCall } from '../../context';
import { legalAidMatters, MATTER_PARTY_ROLES, matterParties, matters, persons } from '../../db/schema/index';
import { loadMatter, resourceOf } from './matter-store';

/** One party to check: a registered person, or a name (and ID number) typed on the form. */
export const conflictParty = z.object({
  personId: z.uuid({ error: '人员编号格式不正确' }).optional(),
  name: z.string().trim().max(100, '姓名不能超过 100 个字').optional(),
  idNumber: z.string().trim().max(40, '公民身份号码过长').optional(),
  role: z.enum(MATTER_PARTY_ROLES, { error: '请选择当事人身份' }),
});
export type ConflictParty = z.infer<typeof conflictParty>;

export const conflictCheckBody = z.object({
  parties: z.array(conflictParty).min(1, '请至少填写一名当事人').max(20, '当事人不能超过 20 名'),
});

export const conflictWarning = z.object({
  partyName: z.string(),
  partyRole: z.string(),
  matchedBy: z.enum(['id-number', 'name']),
  /** True when the person stands on opposite sides (always: same-side matches are no conflict). */
  adverse: z.boolean(),
  otherRole: z.string(),
  /** The other open matter; null when the person is on both sides of this matter itself. */
  matter: z
    .object({
      id: z.string(),
      service: z.string(),
      number: z.string(),
      status: z.string(),
    })
    .nullable(),
  /** The warning in Chinese and in English (the page shows the one of its language). */
  message: z.string(),
  messageEn: z.string(),
});
export type ConflictWarning = z.infer<typeof conflictWarning>;

const messages = (message: Localized) => ({ message: message.zh, messageEn: message.en });

/** Legal-aid statuses in which the matter is over (no longer a live conflict). */
const LEGAL_AID_ENDED = [
  'refused',
  'deemed-withdrawn',
  'closed',
  'file-submitted',
  'file-reviewed',
  'subsidy-paid',
  'archived',
  'terminated',
];

export interface ResolvedParty {
  personId: string | null;
  name: string;
  idNumberHash: string | null;
  role: string;
}

/** Fills in name and ID-number hash from the person record, or hashes a typed ID number (GB 11643). */
export async function resolveParties(
  executor: Executor,
  services: Services,
  actor: Actor,
  parties: readonly ConflictParty[],
): Promise<ResolvedParty[]> {
  const ids = parties.flatMap((p) => (p.personId ? [p.personId] : []));
  const rows = ids.length
    ? await executor
        .select({ id: persons.id, name: persons.name, hash: persons.idNumberHash, orgId: persons.orgId })
        .from(persons)
        .where(inArray(persons.id, ids))
    : [];
  const today = businessDateOf(services.now());
  return parties.map((party) => {
    const row = party.personId ? rows.find((r) => r.id === party.personId) : undefined;
    if (row && actor.scopeOrgIds.includes(row.orgId))
      return { personId: row.id, name: row.name, idNumberHash: row.hash, role: party.role };
    let hash: string | null = null;
    if (party.idNumber) {
      const parsed = parseResidentId(party.idNumber, { today });
      if (parsed.ok) hash = services.cipher.lookupHash(parsed.id);
    }
    return { personId: null, name: party.name ?? '', idNumberHash: hash, role: party.role };
  });
}

/**
 * The conflict check (一厅通办: one person, many matters): the parties of a new matter against the
 * OPEN matters of every window in the actor's scope — the generic matters and legal aid (applicant,
 * opposing party) — and against each other. A match by ID-number hash is certain; by exact name only,
 * possible. Only a person on opposite sides warns (core/procedures/party-conflict.ts): applicant here
 * and opposing party there, or applicant and respondent of this very matter; the same side (two
 * co-applicants, an applicant here and elsewhere) is no conflict. Warnings only: the staff member
 * decides. `excludeMatterId` leaves out the matter itself.
 */
export async function findConflicts(
  executor: Executor,
  actor: Actor,
  parties: readonly ResolvedParty[],
  excludeMatterId?: string,
): Promise<ConflictWarning[]> {
  const hashes = [...new Set(parties.flatMap((p) => (p.idNumberHash ? [p.idNumberHash] : [])))];
  const names = [...new Set(parties.map((p) => p.name.trim()).filter((n) => n !== ''))];
  if (hashes.length === 0 && names.length === 0) return [];
  const warnings = ownSideConflicts(parties);
  const scope = [...actor.scopeOrgIds];
  const found: {
    name: string;
    hash: string | null;
    role: string;
    matter: NonNullable<ConflictWarning['matter']>;
  }[] = [];

  const byParty = or(
    hashes.length ? inArray(matterParties.idNumberHash, hashes) : undefined,
    names.length ? inArray(matterParties.name, names) : undefined,
  );
  const rows = await executor
    .select({
      name: matterParties.name,
      hash: matterParties.idNumberHash,
      role: matterParties.role,
      id: matters.id,
      service: matters.service,
      number: matters.number,
      status: matters.status,
    })
    .from(matterParties)
    .innerJoin(matters, eq(matters.id, matterParties.matterId))
    .where(
      and(
        eq(matters.closed, false),
        inArray(matters.orgId, scope),
        byParty,
        excludeMatterId ? sql`${matters.id} <> ${excludeMatterId}` : undefined,
      ),
    );
  for (const r of rows)
    found.push({
      name: r.name,
      hash: r.hash,
      role: r.role,
      matter: { id: r.id, service: r.service, number: r.number, status: r.status },
    });

  const live = and(
    inArray(legalAidMatters.orgId, scope),
    notInArray(legalAidMatters.status, LEGAL_AID_ENDED),
  );
  const applicants = await executor
    .select({
      name: persons.name,
      hash: persons.idNumberHash,
      id: legalAidMatters.id,
      number: legalAidMatters.number,
      status: legalAidMatters.status,
    })
    .from(legalAidMatters)
    .innerJoin(persons, eq(persons.id, legalAidMatters.applicantPersonId))
    .where(
      and(
        live,
        or(
          hashes.length ? inArray(persons.idNumberHash, hashes) : undefined,
          names.length ? inArray(persons.name, names) : undefined,
        ),
      ),
    );
  for (const r of applicants)
    found.push({
      name: r.name,
      hash: r.hash,
      role: 'applicant',
      matter: { id: r.id, service: 'legal-aid', number: r.number, status: r.status },
    });
  const opposing = await executor
    .select({
      name: sql<string>`${legalAidMatters.opposingParty}->>'name'`,
      hash: sql<string | null>`${legalAidMatters.opposingParty}->>'idNumberHash'`,
      id: legalAidMatters.id,
      number: legalAidMatters.number,
      status: legalAidMatters.status,
    })
    .from(legalAidMatters)
    .where(
      and(
        live,
        or(
          hashes.length
            ? sql`${legalAidMatters.opposingParty}->>'idNumberHash' in (${sql.join(
                hashes.map((h) => sql`${h}`),
                sql`, `,
              )})`
            : undefined,
          names.length
            ? sql`${legalAidMatters.opposingParty}->>'name' in (${sql.join(
                names.map((n) => sql`${n}`),
                sql`, `,
              )})`
            : undefined,
        ),
      ),
    );
  for (const r of opposing)
    found.push({
      name: r.name,
      hash: r.hash,
      role: 'opposing-party',
      matter: { id: r.id, service: 'legal-aid', number: r.number, status: r.status },
    });

  for (const party of parties) {
    for (const hit of found) {
      const byId = party.idNumberHash !== null && hit.hash === party.idNumberHash;
      // A name match counts only when the ID numbers do not contradict it.
      const byName =
        !byId && hit.name === party.name.trim() && (party.idNumberHash === null || hit.hash === null);
      if (!byId && !byName) continue;
      if (!opposingSides(party.role, hit.role)) continue;
      warnings.push({
        partyName: party.name,
        partyRole: party.role,
        matchedBy: byId ? 'id-number' : 'name',
        adverse: true,
        otherRole: hit.role,
        matter: hit.matter,
        ...messages(
          adverseElsewhereMessage({
            partyName: party.name,
            role: party.role,
            otherRole: hit.role,
            service: hit.matter.service,
            number: hit.matter.number,
            byNameOnly: !byId,
          }),
        ),
      });
    }
  }
  // Certain matches first.
  return warnings.sort((a, b) => Number(b.matchedBy === 'id-number') - Number(a.matchedBy === 'id-number'));
}

/**
 * The same person on both sides of the new matter (by person, ID-number hash, else name): a warning
 * for each such pair, `matter` null.
 */
function ownSideConflicts(parties: readonly ResolvedParty[]): ConflictWarning[] {
  const keyed = parties.map((p) => ({
    ...p,
    key: p.personId ?? p.idNumberHash ?? `name:${p.name.trim()}`,
  }));
  return selfConflicts(keyed.filter((p) => p.key !== 'name:')).map(([a, b]) => {
    const certain = a.personId !== null || a.idNumberHash !== null;
    return {
      partyName: a.name,
      partyRole: a.role,
      matchedBy: certain ? 'id-number' : 'name',
      adverse: true,
      otherRole: b.role,
      matter: null,
      ...messages(selfConflictMessage(a.name, a.role, b.role)),
    };
  });
}

/** POST /api/matters/conflict-check: the warnings a new matter's parties would raise. */
export async function checkConflicts(
  services: Services,
  { actor, input }: UseCaseCall<z.infer<typeof conflictCheckBody>>,
): Promise<{ warnings: ConflictWarning[] }> {
  const parties = await resolveParties(services.db, services, actor, input.parties);
  return { warnings: await findConflicts(services.db, actor, parties) };
}

/**
 * GET /api/matters/:id/conflicts: the conflict check of a saved matter's parties, run again now (so the
 * matter page shows it after a reload and to every colleague, not only to whoever registered it). The
 * matter must be in the actor's scope (403 otherwise; 404 MATTER.NOT_FOUND); the matter itself is left out.
 */
export async function savedMatterConflicts(
  services: Services,
  { actor, input }: UseCaseCall<{ id: string }>,
): Promise<{ warnings: ConflictWarning[] }> {
  assertCan(actor, 'matter.read');
  const row = await loadMatter(services.db, input.id);
  assertCan(actor, 'matter.read', resourceOf(row));
  const parties = await services.db
    .select({
      personId: matterParties.personId,
      name: matterParties.name,
      idNumberHash: matterParties.idNumberHash,
      role: matterParties.role,
    })
    .from(matterParties)
    .where(eq(matterParties.matterId, row.id))
    .orderBy(asc(matterParties.position));
  return { warnings: await findConflicts(services.db, actor, parties, row.id) };
}
