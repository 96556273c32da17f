import { type Resource, ROLE_PERMISSIONS, ROLES, type Role } from '@core/access';
import { AppError, badInput, conflict, notFound } from '@core/errors';
import {
  foldActions,
  type ProcedureAction,
  type ProcedureCalendar,
  type ProcedureClock,
  type ProcedureError,
} from '@core/procedures/definition';
import { invalidPayload, type MatterState } from '@core/procedures/procedure-kit';
import {
  type AnyWindowProcedure,
  getProcedure,
  isMatterService,
  type MatterService,
} from '@core/procedures/registry';
import { asc, eq, sql } from 'drizzle-orm';
import type { Executor, StaffActor } from '../../context';
import {
  matterActions,
  matterClocks,
  matterNumberSeries,
  matters,
  organisations,
} from '../../db/schema/index';

export type MatterRow = typeof matters.$inferSelect;
type ActionRow = typeof matterActions.$inferSelect;

/** The matter row, or MATTER.NOT_FOUND (404). `forUpdate` locks it for the transaction. */
export async function loadMatter(
  executor: Executor,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<MatterRow & { service: MatterService }> {
  const query = executor.select().from(matters).where(eq(matters.id, id));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  if (!row || !isMatterService(row.service))
    throw notFound('MATTER.NOT_FOUND', { zh: '该事项不存在', en: 'The matter does not exist' });
  return row as MatterRow & { service: MatterService };
}

/**
 * The policy resource of a matter: the organisation that keeps it, and its handler (a lawyer — the
 * lawyer team's duty lawyer — reaches only the matters they handle; other roles the whole scope).
 */
export function resourceOf(row: Pick<MatterRow, 'orgId' | 'handlerUserId'>): Resource {
  return { orgId: row.orgId, assignedUserIds: row.handlerUserId ? [row.handlerUserId] : [] };
}

/** True when only the lawyer role grants the actor `matter.read` (they list only what they handle). */
export function onlyHandled(actor: Pick<StaffActor, 'roles'>): boolean {
  return !actor.roles.some(
    (role) => role !== 'lawyer' && (ROLE_PERMISSIONS[role] as readonly string[]).includes('matter.read'),
  );
}

/** A stored log entry as a core ProcedureAction. */
export function toProcedureAction(row: ActionRow): ProcedureAction {
  return {
    type: row.type,
    at: row.at,
    actor: {
      id: row.actorId ?? row.actorRole,
      role: row.actorRole as Role | 'party' | 'system',
      ...(row.actorName ? { name: row.actorName } : {}),
    },
    payload: row.payload,
  };
}

/** The matter's log in order. */
export async function loadLog(executor: Executor, matterId: string): Promise<ActionRow[]> {
  return executor
    .select()
    .from(matterActions)
    .where(eq(matterActions.matterId, matterId))
    .orderBy(asc(matterActions.seq));
}

/** Folds a stored log with the service's definition; a log that no longer folds is a 500 (data fault). */
export function foldLog(
  service: MatterService,
  log: readonly ActionRow[],
  calendar: ProcedureCalendar,
): MatterState<string> {
  const result = foldActions(getProcedure(service).definition, log.map(toProcedureAction), { calendar });
  if (!result.ok) throw new Error(`matter log does not fold at ${result.failedAt}: ${result.error.code}`);
  return result.state;
}

/** The matter in a stale-version message ('该事项已被他人修改…'). */
export const THIS_MATTER = { zh: '该事项', en: 'This matter' } as const;

/** A party's person id that is unknown or outside the actor's scope. */
export const UNKNOWN_PERSON = {
  zh: '找不到该人员，或不在本辖区',
  en: 'No such person, or not within your area',
} as const;

/**
 * A procedure's refusal as the API's error: the role → 403, the status → 409 with the code, anything
 * else (payload, dates, statutory limits) → 400 with the field.
 */
export function procedureErrorToAppError(error: ProcedureError): AppError {
  const message = { zh: error.message, en: error.messageEn };
  if (error.code.endsWith('.ROLE_NOT_ALLOWED'))
    return new AppError('forbidden', error.code, message, error.field);
  if (/\.(ACTION_NOT_ALLOWED|ALREADY_OPENED|NOT_OPENED)$/.test(error.code))
    return conflict(error.code, message, error.field ? { field: error.field } : undefined);
  const field = error.field?.startsWith('actor') || error.field === 'at' ? undefined : error.field;
  return badInput(error.code, message, field && field !== 'type' ? `payload.${field}` : field);
}

/**
 * The payload of `type` parsed by the definition's schema (trimmed text, defaults), or
 * `<PREFIX>.INVALID_PAYLOAD` (400) naming `payload.<field>` with the schema's Chinese message. Checked
 * before the action's roles, so a malformed request is a 400 whoever sends it. An unknown type passes
 * through (the definition refuses it).
 */
export function parsePayload(
  definition: AnyWindowProcedure,
  type: string,
  payload: Record<string, unknown>,
): Record<string, unknown> {
  if (!Object.hasOwn(definition.payloadSchemas, type)) return payload;
  const schema = definition.payloadSchemas[type]!;
  const parsed = schema.safeParse(payload);
  if (parsed.success) return parsed.data;
  return procedureErrorToAppErrorThrow(
    invalidPayload(definition.codePrefix, parsed.error.issues[0], payload).error,
  );
}

function procedureErrorToAppErrorThrow(error: ProcedureError): never {
  throw procedureErrorToAppError(error);
}

/**
 * The role a staff member acts in for `type`: the first of their roles the definition allows for it;
 * none → their first role, which the definition then refuses (403).
 */
export function actingRole(actor: StaffActor, allowed: readonly (Role | 'party')[]): Role {
  return actor.roles.find((role) => allowed.includes(role)) ?? actor.roles[0] ?? ROLES[0];
}

/**
 * Next sequence of a number series (`head`: the organisation's short name and the service's type word,
 * '包调', or '包法援' for a legal-aid matter) in `year`: an upsert inside the caller's transaction, so the
 * series row stays locked until it commits and no two matters get the same number (migrations 0020, 0021).
 * Numbers are unique per printed series and year, not per organisation, since organisations may print
 * the same short name.
 */
export async function allocateSeq(tx: Executor, head: string, year: number): Promise<number> {
  const [row] = await tx
    .insert(matterNumberSeries)
    .values({ head, year, lastSeq: 1 })
    .onConflictDoUpdate({
      target: [matterNumberSeries.head, matterNumberSeries.year],
      set: { lastSeq: sql`${matterNumberSeries.lastSeq} + 1` },
    })
    .returning({ seq: matterNumberSeries.lastSeq });
  return row!.seq;
}

/** The organisation's short name for numbers ('包'), else its first character. */
export async function orgShortName(tx: Executor, orgId: string): Promise<string> {
  const [row] = await tx
    .select({ name: organisations.name, shortName: organisations.shortName })
    .from(organisations)
    .where(eq(organisations.id, orgId));
  const short = row?.shortName ?? [...(row?.name ?? '')][0] ?? '';
  return /^\p{Script=Han}{1,8}$/u.test(short) ? short : '公';
}

/** JSON of a folded state (instants as ISO strings). */
export function stateJson(state: MatterState<string>): Record<string, unknown> {
  return JSON.parse(JSON.stringify(state)) as Record<string, unknown>;
}

/**
 * Rewrites the matter's clocks: deletes those no longer open, upserts the open ones. A clock whose
 * kind and due date are unchanged keeps its `remindedAt`/`breachedAt`; a moved due date clears them.
 */
export async function writeClocks(
  tx: Executor,
  row: Pick<MatterRow, 'id' | 'orgId' | 'handlerUserId' | 'createdBy'>,
  clocks: readonly ProcedureClock[],
): Promise<void> {
  const c = matterClocks;
  const kinds = clocks.map((clock) => clock.kind);
  await tx.delete(c).where(
    kinds.length === 0
      ? eq(c.matterId, row.id)
      : sql`${c.matterId} = ${row.id} and ${c.kind} not in (${sql.join(
          kinds.map((kind) => sql`${kind}`),
          sql`, `,
        )})`,
  );
  for (const clock of clocks) {
    const values = {
      matterId: row.id,
      orgId: row.orgId,
      kind: clock.kind,
      label: clock.label,
      source: clock.source,
      basis: clock.basis,
      amount: clock.amount,
      extendedBy: clock.extendedBy ?? 0,
      startsOn: clock.startsAt,
      dueOn: clock.dueAt,
      pausedSince: clock.pausedSince ?? null,
      pausedDays: clock.pausedDays ?? 0,
      provisional: clock.provisional,
      responsibleRole: clock.responsibleRole ?? null,
      responsibleUserId: row.handlerUserId ?? row.createdBy ?? null,
    };
    await tx
      .insert(c)
      .values(values)
      .onConflictDoUpdate({
        target: [c.matterId, c.kind],
        set: {
          ...values,
          remindedAt: sql`case when ${c.dueOn} = excluded.due_on then ${c.remindedAt} else null end`,
          breachedAt: sql`case when ${c.dueOn} = excluded.due_on then ${c.breachedAt} else null end`,
        },
      });
  }
}

/** Appends `action` as entry `version` of the matter's log (payload as JSON). */
export async function insertAction(
  tx: Executor,
  matterId: string,
  version: number,
  action: ProcedureAction,
): Promise<void> {
  await tx.insert(matterActions).values({
    matterId,
    seq: version,
    type: action.type,
    at: action.at,
    actorId: action.actor.role === 'system' || action.actor.role === 'party' ? null : action.actor.id,
    actorRole: action.actor.role,
    actorName: action.actor.name ?? null,
    payload: JSON.parse(JSON.stringify(action.payload)) as Record<string, unknown>,
  });
}

/** A one-line summary of an opening payload for lists (≤ 100 characters). */
export function summaryOf(nameZh: string, payload: Record<string, unknown>): string {
  for (const key of [
    'question',
    'facts',
    'matterSummary',
    'matter',
    'summary',
    'title',
    'name',
    'personName',
  ]) {
    const value = payload[key];
    if (typeof value === 'string' && value.trim() !== '') return [...value.trim()].slice(0, 100).join('');
  }
  return nameZh;
}
