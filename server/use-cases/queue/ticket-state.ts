import type { ServiceCode } from '@core/queue/services';
import type { EndReason, TicketOutcome, TicketState, TicketStatus } from '@core/queue/ticket-status';
import type { tickets } from '../../db/schema/index';

export type TicketRow = typeof tickets.$inferSelect;

/** The core state (core/queue/ticket-status.ts) of a ticket row. */
export function rowToState(row: TicketRow): TicketState {
  return {
    status: row.status as TicketStatus,
    serviceCode: row.serviceCode as ServiceCode,
    priority: row.priority,
    windowId: row.windowId,
    issuedAt: row.issuedAt,
    queuedAt: row.queuedAt,
    calledAt: row.firstCalledAt,
    lastCalledAt: row.calledAt,
    startedAt: row.startedAt,
    finishedAt: row.finishedAt,
    endedAt: row.endedAt,
    recallCount: row.recallCount,
    noShowCount: row.noShowCount,
    transferCount: row.transferCount,
    outcome: row.outcome as TicketOutcome | null,
    matterId: row.matterId,
    endReason: row.endReason as EndReason | null,
    updatedAt: row.updatedAt,
  };
}

/** The columns that hold a core state (the inverse of `rowToState`). */
export function stateColumns(state: TicketState) {
  return {
    status: state.status,
    serviceCode: state.serviceCode,
    priority: state.priority,
    windowId: state.windowId,
    issuedAt: state.issuedAt,
    queuedAt: state.queuedAt,
    calledAt: state.lastCalledAt,
    firstCalledAt: state.calledAt,
    startedAt: state.startedAt,
    finishedAt: state.finishedAt,
    endedAt: state.endedAt,
    recallCount: state.recallCount,
    noShowCount: state.noShowCount,
    transferCount: state.transferCount,
    outcome: state.outcome,
    matterId: state.matterId,
    endReason: state.endReason,
    updatedAt: state.updatedAt,
  } satisfies Partial<TicketRow>;
}
