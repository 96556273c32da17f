import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { serviceCodes } from './services';
import {
  applyTicketAction,
  availableActions,
  type TicketAction,
  type TicketActionType,
  type TicketState,
  terminalStatuses,
  ticketActionTypes,
  ticketOutcomes,
  ticketStateFromActions,
  ticketStatuses,
} from './ticket-status';
import { at, config } from './ticket-status-test-kit';

/** A random action of any type, with a valid payload (transfer targets a fresh window). */
function randomAction(type: TicketActionType, i: number, when: Date): fc.Arbitrary<TicketAction> {
  const service = fc.constantFrom(...serviceCodes);
  switch (type) {
    case 'issue':
      return fc.record({
        type: fc.constant('issue'),
        at: fc.constant(when),
        serviceCode: service,
        priority: fc.boolean(),
      });
    case 'call':
    case 'recall':
      return fc.constantFrom('W1', 'W2').map((windowId) => ({ type, at: when, windowId }));
    case 'transfer':
      return fc.option(service, { nil: undefined }).map((toServiceCode) => ({
        type: 'transfer',
        at: when,
        toWindowId: `T${i}`,
        ...(toServiceCode === undefined ? {} : { toServiceCode }),
      }));
    case 'finish':
      return fc
        .tuple(fc.constantFrom(...ticketOutcomes), fc.option(fc.constant(`M${i}`), { nil: undefined }))
        .map(([outcome, matterId]) => ({
          type: 'finish',
          at: when,
          outcome,
          ...(matterId ? { matterId } : {}),
        }));
    case 'cancel':
      return fc
        .constantFrom('citizen-request', 'end-of-day', 'staff-decision')
        .map((reason) => ({ type, at: when, reason }));
    case 'close':
      return fc.constantFrom('end-of-day', 'staff-decision').map((reason) => ({ type, at: when, reason }));
    case 'no-show':
    case 'requeue':
    case 'start':
      return fc.constant({ type, at: when });
  }
}

/** Mostly-valid action logs: an issue, then random actions at non-decreasing minutes. */
const actionLog = fc
  .tuple(
    fc.constantFrom(...serviceCodes),
    fc.array(fc.tuple(fc.constantFrom(...ticketActionTypes), fc.integer({ min: 0, max: 5 })), {
      maxLength: 40,
    }),
  )
  .chain(([serviceCode, steps]) => {
    let minute = 0;
    return fc.tuple(
      fc.constant<TicketAction>({ type: 'issue', at: at(0), serviceCode, priority: false }),
      ...steps.map(([type, gap], i) => {
        minute += gap;
        return randomAction(type, i, at(minute));
      }),
    );
  });

describe('applyTicketAction properties', () => {
  const cfg = fc.record({ maxRecalls: fc.integer({ min: 0, max: 3 }) });

  it('accepts exactly the available actions and keeps the invariants', () => {
    let accepted = 0;
    fc.assert(
      fc.property(actionLog, cfg, (log, c) => {
        let state: TicketState | null = null;
        for (const action of log) {
          const available = availableActions(state, c);
          const result = applyTicketAction(state, action, c);
          expect(result.ok).toBe(available.includes(action.type));
          if (!result.ok) {
            expect(result.error.code).toBe('QUEUE.INVALID_TRANSITION');
            expect(result.error.message).toMatch(/[\u4e00-\u9fff]/);
            continue;
          }
          accepted += 1;
          const prev = state;
          state = result.state;
          expect(state.updatedAt).toEqual(action.at);
          expect(state.recallCount).toBeLessThanOrEqual(c.maxRecalls);
          expect(state.noShowCount - state.recallCount).toBe(
            state.status === 'no-show' || (state.status === 'closed' && state.noShowCount > 0) ? 1 : 0,
          );
          if (state.status === 'no-show') expect(state.recallCount).toBeLessThan(c.maxRecalls);
          expect(state.endedAt !== null).toBe(terminalStatuses.includes(state.status));
          expect(state.finishedAt !== null).toBe(state.status === 'finished');
          expect(state.outcome !== null).toBe(state.status === 'finished');
          expect(state.startedAt !== null).toBe(state.status === 'serving' || state.status === 'finished');
          expect(state.issuedAt.getTime()).toBeLessThanOrEqual(state.queuedAt.getTime());
          if (state.calledAt)
            expect(state.calledAt.getTime()).toBeGreaterThanOrEqual(state.issuedAt.getTime());
          if (state.lastCalledAt && state.calledAt) {
            expect(state.lastCalledAt.getTime()).toBeGreaterThanOrEqual(state.calledAt.getTime());
          }
          if (['called', 'serving'].includes(state.status)) expect(state.windowId).not.toBeNull();
          if (prev !== null) {
            // Only issue and requeue set the place in the queue; a transfer keeps it.
            if (action.type !== 'requeue') expect(state.queuedAt).toEqual(prev.queuedAt);
            if (prev.calledAt) expect(state.calledAt).toEqual(prev.calledAt);
            expect(state.issuedAt).toEqual(prev.issuedAt);
            expect(state.priority).toBe(prev.priority);
          }
        }
      }),
      { numRuns: 500 },
    );
    // Not vacuous: many actions were accepted (about a thousand in 500 runs).
    expect(accepted).toBeGreaterThan(500);
  });

  it('reaches every status', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(actionLog, (log) => {
        let state: TicketState | null = null;
        for (const action of log) {
          const result = applyTicketAction(state, action, config);
          if (result.ok) {
            state = result.state;
            seen.add(state.status);
          }
        }
      }),
      // 500 random logs missed a rare status about once in a few hundred CI runs: 2,000 make that negligible.
      { numRuns: 2000 },
    );
    expect([...seen].sort()).toEqual([...ticketStatuses].sort());
  });

  it('folds a log of accepted actions to the same state', () => {
    fc.assert(
      fc.property(actionLog, cfg, (log, c) => {
        let state: TicketState | null = null;
        const acceptedLog: TicketAction[] = [];
        for (const action of log) {
          const result = applyTicketAction(state, action, c);
          if (result.ok) {
            state = result.state;
            acceptedLog.push(action);
          }
        }
        expect(ticketStateFromActions(acceptedLog, c)).toEqual({ ok: true, state });
      }),
    );
  });
});
