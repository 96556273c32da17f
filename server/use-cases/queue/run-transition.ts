import { assertCan, type Permission } from '@core/access';
import { staleVersion } from '@core/errors';
import { applyTicketAction, type TicketAction, type TicketState } from '@core/queue/ticket-status';
import { eq, sql } from 'drizzle-orm';
import { recordAudit } from '../../audit/record-audit';
import type { Executor, Services, UseCaseCall } from '../../context';
import { ticketActions, tickets, windows } from '../../db/schema/index';
import { publishQueueEvent, type QueueEvent } from '../../realtime/queue-events';
import { actionInstant } from './action-instant';
import { fromTicketError, queueErrors } from './queue-errors';
import { loadQueueSettings, type QueueSettings } from './queue-settings';
import { loadTicketItem, type TicketItem } from './ticket-item';
import { rowToState, stateColumns, type TicketRow } from './ticket-state';

/** What every ticket action request carries besides its own fields. */
export interface TicketActionInput {
  ticketId: string;
  /** Optimistic concurrency: when given, must be the ticket's current version (409 COMMON.STALE_VERSION). */
  version?: number | undefined;
  /** Replay only (queue.manage): the instant of the action. */
  at?: string | undefined;
}

export type WindowRow = typeof windows.$inferSelect;

export interface TransitionContext {
  tx: Executor;
  row: TicketRow;
  state: TicketState;
  at: Date;
  settings: QueueSettings;
  /** The acting window, when the spec names one. */
  window: WindowRow | undefined;
}

export interface TransitionSpec {
  permission: Permission;
  /** Audit action, e.g. `queue.ticket.start`. */
  auditAction: string;
  /**
   * The window the staff member acts at, in the ticket's center (404 QUEUE.WINDOW_NOT_FOUND). Rule
   * 'current' (default): it must be the ticket's window; 'serves': the ticket's window or one serving its
   * service (a recall after a no-show) (409 QUEUE.WRONG_WINDOW). `open`: the window must be open
   * (409 QUEUE.WINDOW_NOT_OPEN), for actions that call the citizen.
   */
  window?: { id: string; rule?: 'current' | 'serves'; open?: boolean } | undefined;
  /** The core action to apply (may read the database, e.g. to check a transfer target). */
  action(context: TransitionContext): TicketAction | Promise<TicketAction>;
  /** Extra columns to write with the new state (e.g. the finishing note). */
  extra?: Partial<TicketRow>;
  reason?: string | null | undefined;
  /** Payload of the action log row besides the core action's fields. */
  payload?: Record<string, unknown>;
  /** Announce a call on the display board (call, recall) instead of a plain board refresh. */
  announce?: boolean;
}

/** Loads a ticket for update (404 QUEUE.TICKET_NOT_FOUND) and checks permission, version and `at`. */
export async function lockTicket(
  services: Services,
  tx: Executor,
  call: UseCaseCall<TicketActionInput>,
  permission: Permission,
): Promise<{ row: TicketRow; at: Date }> {
  const [row] = await tx
    .select()
    .from(tickets)
    .where(eq(tickets.id, call.input.ticketId))
    .for('no key update');
  if (!row) throw queueErrors.ticketNotFound();
  assertCan(call.actor, permission, { orgId: row.orgId });
  const at = actionInstant(services, call.actor, row.orgId, call.input.at);
  if (call.input.version !== undefined && call.input.version !== row.version) throw staleVersion('号票');
  return { row, at };
}

/** The acting window of a ticket action (see `TransitionSpec.window`). */
export async function actingWindow(
  tx: Executor,
  row: TicketRow,
  rule: NonNullable<TransitionSpec['window']>,
): Promise<WindowRow> {
  const [window] = await tx.select().from(windows).where(eq(windows.id, rule.id));
  if (!window || window.orgId !== row.orgId) throw queueErrors.windowNotFound();
  const serves = rule.rule === 'serves' && window.services.includes(row.serviceCode);
  if (row.windowId !== window.id && !serves) throw queueErrors.wrongWindow();
  if (rule.open && window.status !== 'open') throw queueErrors.windowNotOpen(window.status);
  return window;
}

/** Writes the action log row of a ticket action. */
export async function appendTicketAction(
  tx: Executor,
  entry: Parameters<typeof ticketActionInsert>[1],
): Promise<void> {
  await ticketActionInsert(tx, entry);
}

/** The insert of `appendTicketAction`, not yet run. */
export function ticketActionInsert(
  tx: Executor,
  entry: {
    row: TicketRow;
    action: string;
    at: Date;
    actorId: string | null;
    windowId: string | null;
    toStatus: string;
    payload?: Record<string, unknown> | null;
  },
) {
  return tx.insert(ticketActions).values({
    ticketId: entry.row.id,
    orgId: entry.row.orgId,
    action: entry.action,
    at: entry.at,
    actorId: entry.actorId,
    windowId: entry.windowId,
    payload: entry.payload ?? null,
    fromStatus: entry.row.status,
    toStatus: entry.toStatus,
  });
}

/** The display-board event of a (re)call at `window`. */
export function callEvent(row: TicketRow, window: WindowRow, at: Date, recall: boolean): QueueEvent {
  return {
    type: 'call',
    orgId: row.orgId,
    ticketNumber: row.number,
    windowNumber: window.number,
    windowName: window.name,
    serviceCode: row.serviceCode,
    calledAt: at.toISOString(),
    recall,
  };
}

/**
 * One ticket action inside the caller's transaction `tx`: lock the ticket (`for no key update`), check
 * permission and scope, version and window, apply core `applyTicketAction` (409 QUEUE.INVALID_TRANSITION
 * when the status does not allow it: a concurrent console got there first), write the new state, the
 * action log row and the audit entry. Returns the ticket and the display-board event to publish once the
 * transaction has committed (another use case may finish a ticket as part of its own change, e.g. a
 * legal-aid application submitted from the ticket).
 */
export async function transitionTicket(
  services: Services,
  tx: Executor,
  call: UseCaseCall<TicketActionInput>,
  spec: TransitionSpec,
): Promise<{ item: TicketItem; event: QueueEvent }> {
  const { actor, meta } = call;
  const { row, at } = await lockTicket(services, tx, call, spec.permission);
  const window = spec.window === undefined ? undefined : await actingWindow(tx, row, spec.window);
  const settings = await loadQueueSettings(tx, row.orgId);
  const state = rowToState(row);
  const action = await spec.action({ tx, row, state, at, settings, window });
  const result = applyTicketAction(state, action, { maxRecalls: settings.maxRecalls });
  if (!result.ok) throw fromTicketError(result.error);
  await tx
    .update(tickets)
    .set({ ...stateColumns(result.state), ...spec.extra, version: sql`${tickets.version} + 1` })
    .where(eq(tickets.id, row.id));
  const { type, at: _at, ...actionFields } = action;
  await appendTicketAction(tx, {
    row,
    action: type,
    at,
    actorId: actor.userId,
    windowId: window?.id ?? result.state.windowId,
    toStatus: result.state.status,
    payload: { ...actionFields, ...spec.payload },
  });
  const after = await loadTicketItem(tx, row.id, settings.maxRecalls);
  await recordAudit(tx, actor, meta, {
    action: spec.auditAction,
    entityType: 'ticket',
    entityId: row.id,
    orgId: row.orgId,
    before: {
      number: row.number,
      status: row.status,
      serviceCode: row.serviceCode,
      windowId: row.windowId,
    },
    after: {
      number: after.number,
      status: after.status,
      serviceCode: after.serviceCode,
      windowId: after.windowId,
    },
    reason: spec.reason ?? null,
  });
  const event: QueueEvent =
    spec.announce && window ? callEvent(row, window, at, true) : { type: 'board', orgId: row.orgId };
  return { item: after, event };
}

/**
 * Runs one ticket action in ONE transaction (`transitionTicket`); after commit NOTIFY the display boards.
 */
export async function runTicketTransition(
  services: Services,
  call: UseCaseCall<TicketActionInput>,
  spec: TransitionSpec,
): Promise<TicketItem> {
  const { item, event } = await services.db.transaction((tx) => transitionTicket(services, tx, call, spec));
  await publishQueueEvent(services.db, event);
  return item;
}
