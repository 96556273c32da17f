import { assertCan } from '@core/access';
import { businessDateOf } from '@core/calendar';
import { badInput, conflict } from '@core/errors';
import type { ProcedureAction, ProcedureCalendar } from '@core/procedures/definition';
import { type LateApplicationWarning, lateApplicationWarnings } from '@core/procedures/late-application';
import { formatMatterNumber } from '@core/procedures/matter-number';
import type { MatterState } from '@core/procedures/procedure-kit';
import { getProcedure, MATTER_SERVICES, type MatterService } from '@core/procedures/registry';
import { and, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { recordAudit } from '../../audit/record-audit';
import type { Executor, RequestMeta, Services, StaffActor, UseCaseCall } from '../../context';
import { MATTER_PARTY_ROLES, matterParties, matters, persons, users } from '../../db/schema/index';
import { publishQueueEvent, type QueueEvent } from '../../realtime/queue-events';
import { loadCalendar } from '../calendar/load-calendar';
import { finishLinkedTicket, lockLinkedTicket } from '../queue/ticket-matter-link';
import { type ConflictWarning, findConflicts, type ResolvedParty } from './conflict-check';
import {
  actingRole,
  allocateSeq,
  insertAction,
  loadMatter,
  orgShortName,
  parsePayload,
  procedureErrorToAppError,
  resourceOf,
  stateJson,
  summaryOf,
  UNKNOWN_PERSON,
  writeClocks,
} from './matter-store';
import { type MatterDetail, readMatterDetail } from './matter-view';

export const matterParty = z
  .object({
    /** A registered person (persons); required for a natural person. */
    personId: z.uuid({ error: '人员编号格式不正确' }).optional(),
    /** An organisation party (a company, an administrative organ) has a name and no person record. */
    name: z.string().trim().min(1, '请填写当事人名称').max(200, '名称不能超过 200 个字').optional(),
    role: z.enum(MATTER_PARTY_ROLES, { error: '请选择当事人身份' }),
  })
  .refine((p) => p.personId !== undefined || p.name !== undefined, {
    message: '请选择登记的人员，或填写单位名称',
    params: { en: 'Choose a registered person, or give the name of the organisation' },
    path: ['personId'],
  });

export const openMatterBody = z.object({
  service: z.enum(MATTER_SERVICES, { error: '请选择办理窗口（服务）' }),
  /** The organisation that keeps the matter; default the actor's own. */
  orgId: z.uuid({ error: '请选择有效的机构' }).optional(),
  /** The responsible staff member; default the actor. */
  handlerUserId: z.uuid({ error: '承办人编号格式不正确' }).optional(),
  ticketNumber: z.string().trim().max(10, '排队号过长').optional(),
  /**
   * The queue ticket being served that the matter is registered from (叫号工作台 登记事项): its number is
   * the matter's, and the same transaction finishes it with the matter linked (queue/ticket-matter-link.ts).
   */
  ticketId: z.uuid({ error: '取号记录编号格式不正确' }).optional(),
  /** A consultation referred to this window (一厅通办): its parties are carried over when none are given. */
  referredFromId: z.uuid({ error: '转介来源事项编号格式不正确' }).optional(),
  parties: z.array(matterParty).max(20, '当事人不能超过 20 名').default([]),
  /** The opening action's payload (validated by the service's procedure definition). */
  payload: z.record(z.string(), z.unknown()).default({}),
});
export type OpenMatterInput = z.infer<typeof openMatterBody>;

export interface OpenMatterResult {
  item: MatterDetail;
  warnings: ConflictWarning[];
  /** The application was made after a statutory limit had passed (a warning; core/procedures/late-application.ts). */
  lateWarnings: LateApplicationWarning[];
}

/**
 * The opening action of `service` by `actor` at `at`, folded from the empty state with the service's
 * definition: the payload parsed by its schema, the handler's checks (400/403 on failure). Writes
 * nothing; `insertMatter` stores the result, the opening check (check-opening.ts) only reads it.
 */
export function foldOpening(
  actor: StaffActor,
  service: MatterService,
  payload: Record<string, unknown>,
  at: Date,
  calendar: ProcedureCalendar,
): { action: ProcedureAction; state: MatterState } {
  const { definition } = getProcedure(service);
  const type = definition.openingAction;
  const action: ProcedureAction = {
    type,
    at,
    actor: {
      id: actor.userId,
      role: actingRole(actor, definition.actionRoles[type] ?? []),
      name: actor.displayName,
    },
    payload: parsePayload(definition, type, payload),
  };
  const result = definition.apply(definition.initialState(), action, { calendar });
  if (!result.ok) throw procedureErrorToAppError(result.error);
  return { action, state: result.state };
}

/** The parties of an open request, resolved against persons in the actor's scope (400 otherwise). */
async function resolveOpeningParties(
  tx: Executor,
  actor: StaffActor,
  parties: OpenMatterInput['parties'],
): Promise<ResolvedParty[]> {
  const ids = parties.flatMap((p) => (p.personId ? [p.personId] : []));
  const rows = ids.length
    ? await tx
        .select({ id: persons.id, name: persons.name, hash: persons.idNumberHash })
        .from(persons)
        .where(and(inArray(persons.id, ids), inArray(persons.orgId, [...actor.scopeOrgIds])))
    : [];
  return parties.map((party, index) => {
    if (!party.personId)
      return { personId: null, name: party.name ?? '', idNumberHash: null, role: party.role };
    const row = rows.find((r) => r.id === party.personId);
    if (!row) throw badInput('MATTER.UNKNOWN_PERSON', UNKNOWN_PERSON, `parties.${index}.personId`);
    return { personId: row.id, name: row.name, idNumberHash: row.hash, role: party.role };
  });
}

/**
 * Opens a matter inside `tx` (also used by a consultation's referral): folds the opening action with
 * the service's definition (payload schema, roles — 400/403), allocates the number
 * ('包调〔2026〕第0001号'), stores matter, action 1, parties, clocks and an audit entry 'matter.open'.
 * Returns the new row id and the conflict warnings of its parties.
 */
export async function insertMatter(
  tx: Executor,
  services: Services,
  actor: StaffActor,
  meta: RequestMeta,
  input: {
    service: MatterService;
    orgId: string;
    handlerUserId: string | null;
    ticketNumber: string | null;
    referredFromId: string | null;
    parties: ResolvedParty[];
    payload: Record<string, unknown>;
  },
): Promise<{ id: string; warnings: ConflictWarning[]; lateWarnings: LateApplicationWarning[] }> {
  const { definition, typeWord } = getProcedure(input.service);
  const at = services.now();
  const calendar = await loadCalendar(tx);
  const { action, state } = foldOpening(actor, input.service, input.payload, at, calendar);
  const warnings = await findConflicts(tx, actor, input.parties);

  const year = Number(businessDateOf(at).slice(0, 4));
  const orgShort = await orgShortName(tx, input.orgId);
  const seq = await allocateSeq(tx, `${orgShort}${typeWord}`, year);
  const number = formatMatterNumber({ orgShort, year, seq, typeWord });
  const [row] = await tx
    .insert(matters)
    .values({
      orgId: input.orgId,
      service: input.service,
      number,
      year,
      seq,
      status: state.status,
      closed: state.closed,
      version: 1,
      summary: summaryOf(definition.nameZh, action.payload),
      state: stateJson(state),
      handlerUserId: input.handlerUserId,
      referredFromId: input.referredFromId,
      ticketNumber:
        input.ticketNumber ??
        (typeof action.payload.ticketNumber === 'string' ? action.payload.ticketNumber : null),
      openedAt: at,
      closedAt: state.closed ? at : null,
      createdBy: actor.userId,
      createdAt: at,
      updatedAt: at,
    })
    .returning();
  await insertAction(tx, row!.id, 1, action);
  if (input.parties.length)
    await tx.insert(matterParties).values(
      input.parties.map((p, position) => ({
        matterId: row!.id,
        position,
        personId: p.personId,
        role: p.role,
        name: p.name,
        idNumberHash: p.idNumberHash,
        createdAt: at,
      })),
    );
  const today = businessDateOf(at);
  await writeClocks(tx, row!, definition.clocks(state, { calendar, today }));
  await recordAudit(tx, actor, meta, {
    action: 'matter.open',
    entityType: 'matter',
    entityId: row!.id,
    orgId: input.orgId,
    after: {
      service: input.service,
      number,
      status: state.status,
      parties: input.parties.map((p) => ({ personId: p.personId, role: p.role })),
      referredFromId: input.referredFromId,
      conflictWarnings: warnings.length,
    },
  });
  return { id: row!.id, warnings, lateWarnings: lateApplicationWarnings(input.service, state) };
}

/** The handler: a staff member of an organisation in the actor's scope (400 otherwise). */
export async function checkHandler(
  tx: Executor,
  actor: StaffActor,
  userId: string,
  field = 'handlerUserId',
): Promise<string> {
  const [row] = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.id, userId), inArray(users.orgId, [...actor.scopeOrgIds])));
  if (!row)
    throw badInput(
      'MATTER.UNKNOWN_HANDLER',
      { zh: '找不到该承办人，或不在本辖区', en: 'No such handler, or not within your area' },
      field,
    );
  return row.id;
}

/**
 * POST /api/matters: opens a matter of a window (see `insertMatter`) in one transaction. With
 * `referredFromId` (a consultation referred to this window), the source must be a referred
 * consultation whose target is this service (409 MATTER.REFERRAL_MISMATCH otherwise); its parties
 * are carried over when the request names none. With `ticketId` (the ticket being served), the matter
 * takes the ticket's number and the same transaction finishes the ticket with the matter linked
 * (outcome 'matter-opened'; queue.serve at the ticket's window; 400 MATTER.UNKNOWN_TICKET outside the
 * actor's scope). Returns the detail and the conflict warnings.
 */
export async function openMatter(
  services: Services,
  { actor, input, meta }: UseCaseCall<OpenMatterInput>,
): Promise<OpenMatterResult> {
  const orgId = input.orgId ?? actor.orgId;
  assertCan(actor, 'matter.manage', { orgId });
  let events: QueueEvent[] = [];
  const result = await services.db.transaction(async (tx) => {
    const ticket = input.ticketId
      ? await lockLinkedTicket(tx, actor, input.ticketId, 'MATTER.UNKNOWN_TICKET')
      : undefined;
    let parties = await resolveOpeningParties(tx, actor, input.parties);
    if (input.referredFromId) {
      const source = await loadMatter(tx, input.referredFromId);
      assertCan(actor, 'matter.read', resourceOf(source));
      const referral = (source.state as { referral?: { target?: string } | null }).referral;
      if (source.service !== 'consultation' || referral?.target !== input.service)
        throw conflict('MATTER.REFERRAL_MISMATCH', {
          zh: '来源事项不是转介到本窗口的法律咨询',
          en: 'The source matter is not a consultation referred to this window',
        });
      if (parties.length === 0) parties = await carriedParties(tx, source.id);
    }
    const handlerUserId = input.handlerUserId
      ? await checkHandler(tx, actor, input.handlerUserId)
      : actor.userId;
    const { id, warnings, lateWarnings } = await insertMatter(tx, services, actor, meta, {
      service: input.service,
      orgId,
      handlerUserId,
      ticketNumber: ticket?.number ?? input.ticketNumber ?? null,
      referredFromId: input.referredFromId ?? null,
      parties,
      payload: input.payload,
    });
    const row = await loadMatter(tx, id);
    if (ticket)
      events = await finishLinkedTicket(services, tx, { actor, meta }, ticket, {
        matterNumber: row.number,
        note: `登记事项 ${row.number}`,
      });
    return { item: await readMatterDetail(tx, actor, row, services.now()), warnings, lateWarnings };
  });
  for (const event of events) await publishQueueEvent(services.db, event);
  return result;
}

/** The parties of a matter, to carry over to the matter it is referred to. */
export async function carriedParties(tx: Executor, matterId: string): Promise<ResolvedParty[]> {
  return tx
    .select({
      personId: matterParties.personId,
      name: matterParties.name,
      idNumberHash: matterParties.idNumberHash,
      role: matterParties.role,
    })
    .from(matterParties)
    .where(eq(matterParties.matterId, matterId))
    .orderBy(matterParties.position, matterParties.id);
}
