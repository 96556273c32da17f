import { describe, expect, it } from 'vitest';
import {
  applyTicketAction,
  availableActions,
  type TicketAction,
  ticketStateFromActions,
} from './ticket-status';
import { at, config, issue, run } from './ticket-status-test-kit';

describe('refusals', () => {
  it('refuses an action the status does not allow, in Chinese', () => {
    const waiting = run([issue]);
    expect(applyTicketAction(waiting, { type: 'start', at: at(1) }, config)).toEqual({
      ok: false,
      error: {
        code: 'QUEUE.INVALID_TRANSITION',
        message: '当前状态为“等候中”，不能开始办理',
        details: { status: 'waiting', action: 'start' },
      },
    });
  });

  it('refuses anything before issue, and a second issue', () => {
    const result = applyTicketAction(null, { type: 'call', at: at(1), windowId: 'W1' }, config);
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'QUEUE.INVALID_TRANSITION',
        message: '尚未取号，不能叫号',
        details: { status: null, action: 'call' },
      },
    });
    const again = applyTicketAction(run([issue]), issue, config);
    expect(again.ok || again.error.message).toBe('该号已取，不能重复取号');
  });

  it('refuses every action on a terminal ticket', () => {
    const finished = run([
      issue,
      { type: 'call', at: at(1), windowId: 'W1' },
      { type: 'start', at: at(2) },
      { type: 'finish', at: at(3), outcome: 'resolved' },
    ]);
    const cancelled = run([issue, { type: 'cancel', at: at(1), reason: 'citizen-request' }]);
    for (const state of [finished, cancelled]) {
      expect(availableActions(state, config)).toEqual([]);
      const result = applyTicketAction(state, { type: 'call', at: at(5), windowId: 'W1' }, config);
      expect(result.ok).toBe(false);
    }
    expect(cancelled).toMatchObject({ status: 'cancelled', endReason: 'citizen-request', endedAt: at(1) });
  });

  it.each<[TicketAction, string, string]>([
    [{ type: 'issue', at: at(0), serviceCode: 'divorce', priority: false }, 'serviceCode', '未知的服务事项'],
    [
      { type: 'issue', at: new Date(Number.NaN), serviceCode: 'legal-aid', priority: false },
      'at',
      '操作时间无效',
    ],
  ])('refuses a bad issue %#', (action, field, message) => {
    const result = applyTicketAction(null, action, config);
    expect(result.ok || [result.error.code, result.error.field, result.error.message]).toEqual([
      'QUEUE.INVALID_PAYLOAD',
      field,
      message,
    ]);
  });

  it.each<[TicketAction, string]>([
    [{ type: 'call', at: at(1), windowId: '' }, 'windowId'],
    [{ type: 'call', at: at(-1), windowId: 'W1' }, 'at'],
    [{ type: 'cancel', at: new Date(Number.NaN), reason: 'staff-decision' }, 'at'],
  ])('refuses a bad payload on a waiting ticket %#', (action, field) => {
    const result = applyTicketAction(run([issue]), action, config);
    expect(result.ok || [result.error.code, result.error.field]).toEqual(['QUEUE.INVALID_PAYLOAD', field]);
  });

  it('refuses a blank matter link', () => {
    const serving = run([issue, { type: 'call', at: at(1), windowId: 'W1' }, { type: 'start', at: at(2) }]);
    const result = applyTicketAction(
      serving,
      { type: 'finish', at: at(3), outcome: 'resolved', matterId: ' ' },
      config,
    );
    expect(result.ok || result.error.field).toBe('matterId');
  });

  it('reports the index of the refused action in a log, and refuses an empty log', () => {
    const result = ticketStateFromActions([issue, { type: 'start', at: at(1) }], config);
    expect(result.ok || result.error.details).toEqual({ status: 'waiting', action: 'start', index: 1 });
    const empty = ticketStateFromActions([], config);
    expect(empty.ok || empty.error).toEqual({
      code: 'QUEUE.INVALID_TRANSITION',
      message: '没有取号记录',
      details: { status: null, action: 'issue' },
    });
  });

  it.each([-1, 1.5, Number.NaN])('rejects maxRecalls %s', (maxRecalls) => {
    expect(() => applyTicketAction(null, issue, { maxRecalls })).toThrow(RangeError);
    expect(() => ticketStateFromActions([], { maxRecalls })).toThrow(RangeError);
  });
});
