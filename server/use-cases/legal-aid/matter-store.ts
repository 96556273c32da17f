import type { Resource, Role } from '@core/access';
import { notFound } from '@core/errors';
import {
  ACTION_ROLES,
  foldLegalAid,
  type LegalAidAction,
  type LegalAidActionType,
  type LegalAidActor,
  type LegalAidActorRole,
  type LegalAidState,
} from '@core/procedures/legal-aid';
import { asc, eq } from 'drizzle-orm';
import type { Executor, StaffActor } from '../../context';
import { lawyers, legalAidActions, legalAidMatters } from '../../db/schema/index';

export type MatterRow = typeof legalAidMatters.$inferSelect;
type ActionRow = typeof legalAidActions.$inferSelect;

/** Payload fields that are instants (ISO strings in jsonb, `Date` in core). */
const INSTANT_FIELDS = ['receivedAt'] as const;

/** The matter row, or LEGAL_AID.NOT_FOUND (404). `forUpdate` locks it for the transaction. */
export async function loadMatter(
  executor: Executor,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<MatterRow> {
  const query = executor.select().from(legalAidMatters).where(eq(legalAidMatters.id, id));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  if (!row) throw notFound('LEGAL_AID.NOT_FOUND', '该法律援助事项不存在');
  return row;
}

/** The policy resource of a matter: its agency, and its assigned lawyer's account (a lawyer sees only those). */
export function resourceOf(row: Pick<MatterRow, 'orgId' | 'assignedUserId'>): Resource {
  return { orgId: row.orgId, assignedUserIds: row.assignedUserId ? [row.assignedUserId] : [] };
}

export function toDomainAction(row: ActionRow): LegalAidAction {
  const payload: Record<string, unknown> = { ...row.payload };
  for (const field of INSTANT_FIELDS) {
    if (typeof payload[field] === 'string') payload[field] = new Date(payload[field]);
  }
  const actor: LegalAidActor = { id: row.actorId ?? 'system', role: row.actorRole as LegalAidActorRole };
  if (row.actorName) actor.name = row.actorName;
  if (row.actorProviderId) actor.providerId = row.actorProviderId;
  return { ...payload, type: row.type, at: row.at, actor } as LegalAidAction;
}

export interface StoredAction {
  row: ActionRow;
  action: LegalAidAction;
}

/** The matter's log in order, as stored rows and as core actions. */
export async function loadLog(executor: Executor, matterId: string): Promise<StoredAction[]> {
  const rows = await executor
    .select()
    .from(legalAidActions)
    .where(eq(legalAidActions.matterId, matterId))
    .orderBy(asc(legalAidActions.seq));
  return rows.map((row) => ({ row, action: toDomainAction(row) }));
}

export async function loadState(executor: Executor, matterId: string): Promise<LegalAidState> {
  return foldLegalAid((await loadLog(executor, matterId)).map((entry) => entry.action));
}

/**
 * Appends `action` as entry `state.version` (the version after it) and rewrites the denormalised
 * columns from `state` (status, version, five-same-day milestones) plus `extra`. The unique
 * (matter_id, seq) index refuses a second writer of the same entry.
 */
export async function appendAction(
  executor: Executor,
  matterId: string,
  action: LegalAidAction,
  state: LegalAidState,
  extra: Partial<typeof legalAidMatters.$inferInsert> = {},
): Promise<void> {
  const { type, at, actor, ...payload } = action;
  await executor.insert(legalAidActions).values({
    matterId,
    seq: state.version,
    type,
    at,
    actorId: actor.role === 'system' || actor.role === 'applicant' ? null : actor.id,
    actorRole: actor.role,
    actorName: actor.name ?? null,
    actorProviderId: actor.providerId ?? null,
    payload: JSON.parse(JSON.stringify(payload)) as Record<string, unknown>,
  });
  const m = state.milestones;
  await executor
    .update(legalAidMatters)
    .set({
      status: state.status,
      version: state.version,
      acceptedAt: m.acceptedAt ?? null,
      approvedAt: m.approvedAt ?? null,
      assignedAt: m.assignedAt ?? null,
      aidStartedAt: m.aidStartedAt ?? null,
      updatedAt: at,
      ...extra,
    })
    .where(eq(legalAidMatters.id, matterId));
}

/** The lawyer roster id linked to a staff account, if any. */
export async function findProviderIdOf(executor: Executor, userId: string): Promise<string | undefined> {
  const [row] = await executor.select({ id: lawyers.id }).from(lawyers).where(eq(lawyers.userId, userId));
  return row?.id;
}

/**
 * The core actor for a staff member taking `type`: the first of their roles that ACTION_ROLES allows
 * for it (else their first role, which core then refuses with AUTH.FORBIDDEN); a lawyer carries their
 * roster id, which core compares with the matter's assigned provider (法律援助法 第四十六条).
 */
export async function legalAidActorFor(
  executor: Executor,
  actor: StaffActor,
  type: LegalAidActionType,
): Promise<LegalAidActor> {
  const allowed: readonly LegalAidActorRole[] = ACTION_ROLES[type];
  const role: Role = actor.roles.find((r) => allowed.includes(r)) ?? actor.roles[0] ?? 'window-clerk';
  const result: LegalAidActor = { id: actor.userId, role, name: actor.displayName };
  if (role === 'lawyer') {
    const providerId = await findProviderIdOf(executor, actor.userId);
    if (providerId) result.providerId = providerId;
  }
  return result;
}
