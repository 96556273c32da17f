import { describe, expect, it } from 'vitest';
import {
  allowedActions,
  applyTicketAction,
  availableActions,
  type TicketAction,
  terminalStatuses,
  ticketActionLabels,
  ticketActionTypes,
  ticketOutcomeLabels,
  ticketOutcomes,
  ticketStatuses,
  ticketStatusLabels,
} from './ticket-status';
import { at, config, issue, ok, run } from './ticket-status-test-kit';

describe('vocabulary', () => {
  it('labels every status, action and outcome in Chinese', () => {
    for (const labels of [ticketStatusLabels, ticketActionLabels, ticketOutcomeLabels]) {
      for (const label of Object.values(labels)) expect(label).toMatch(/^[\u4e00-\u9fff]+$/);
    }
    expect(Object.keys(ticketStatusLabels)).toEqual([...ticketStatuses]);
    expect(Object.keys(ticketActionLabels)).toEqual([...ticketActionTypes]);
    expect(Object.keys(ticketOutcomeLabels)).toEqual([...ticketOutcomes]);
  });

  it('has exactly this table of allowed actions', () => {
    expect(allowedActions).toEqual({
      waiting: ['call', 'transfer', 'cancel'],
      called: ['start', 'no-show', 'transfer', 'cancel'],
      serving: ['finish', 'transfer'],
      'no-show': ['recall', 'requeue', 'close'],
      finished: [],
      closed: [],
      cancelled: [],
    });
    expect(terminalStatuses).toEqual(['finished', 'closed', 'cancelled']);
    for (const actions of Object.values(allowedActions)) {
      expect(actions as readonly string[]).not.toContain('issue');
    }
  });
});

describe('applyTicketAction: the normal journey', () => {
  it('issues, calls, starts and finishes with an outcome and a matter link', () => {
    const waiting = run([issue]);
    expect(waiting).toEqual({
      status: 'waiting',
      serviceCode: 'legal-aid',
      priority: false,
      windowId: null,
      issuedAt: at(0),
      queuedAt: at(0),
      calledAt: null,
      lastCalledAt: null,
      startedAt: null,
      finishedAt: null,
      endedAt: null,
      recallCount: 0,
      noShowCount: 0,
      transferCount: 0,
      outcome: null,
      matterId: null,
      endReason: null,
      updatedAt: at(0),
    });
    const called = ok(applyTicketAction(waiting, { type: 'call', at: at(10), windowId: 'W3' }, config));
    expect(called).toMatchObject({
      status: 'called',
      windowId: 'W3',
      calledAt: at(10),
      lastCalledAt: at(10),
    });
    const serving = ok(applyTicketAction(called, { type: 'start', at: at(11) }, config));
    expect(serving).toMatchObject({ status: 'serving', startedAt: at(11) });
    const finished = ok(
      applyTicketAction(
        serving,
        { type: 'finish', at: at(40), outcome: 'matter-opened', matterId: 'M-1' },
        config,
      ),
    );
    expect(finished).toMatchObject({
      status: 'finished',
      outcome: 'matter-opened',
      matterId: 'M-1',
      finishedAt: at(40),
      endedAt: at(40),
      updatedAt: at(40),
    });
  });

  it('finishes without a matter link', () => {
    const state = run([
      issue,
      { type: 'call', at: at(1), windowId: 'W1' },
      { type: 'start', at: at(2) },
      { type: 'finish', at: at(3), outcome: 'resolved' },
    ]);
    expect(state).toMatchObject({ status: 'finished', outcome: 'resolved', matterId: null });
  });

  it('does not change the state it is given', () => {
    const waiting = run([issue]);
    const copy = structuredClone(waiting);
    ok(applyTicketAction(waiting, { type: 'call', at: at(1), windowId: 'W1' }, config));
    expect(waiting).toEqual(copy);
  });

  it('accepts actions at the same instant as the previous one', () => {
    expect(run([issue, { type: 'call', at: at(0), windowId: 'W1' }]).status).toBe('called');
  });
});

describe('no-show, recall and requeue', () => {
  const calledOnce: TicketAction[] = [issue, { type: 'call', at: at(5), windowId: 'W1' }];

  it('gives maxRecalls second chances, then closes', () => {
    const state = run([
      ...calledOnce,
      { type: 'no-show', at: at(6) },
      { type: 'recall', at: at(7), windowId: 'W2' },
      { type: 'no-show', at: at(8) },
      { type: 'requeue', at: at(20) },
      { type: 'call', at: at(30), windowId: 'W1' },
      { type: 'no-show', at: at(31) },
    ]);
    expect(state).toMatchObject({
      status: 'closed',
      endReason: 'no-show-limit',
      endedAt: at(31),
      recallCount: 2,
      noShowCount: 3,
      calledAt: at(5),
      lastCalledAt: at(30),
    });
  });

  it('marks a no-show that can still be recalled', () => {
    const state = run([...calledOnce, { type: 'no-show', at: at(6) }]);
    expect(state).toMatchObject({ status: 'no-show', noShowCount: 1, recallCount: 0, endedAt: null });
    expect(availableActions(state, config)).toEqual(['recall', 'requeue', 'close']);
  });

  it('recalls to a window and counts it', () => {
    const state = run([
      ...calledOnce,
      { type: 'no-show', at: at(6) },
      { type: 'recall', at: at(9), windowId: 'W2' },
    ]);
    expect(state).toMatchObject({
      status: 'called',
      windowId: 'W2',
      recallCount: 1,
      calledAt: at(5),
      lastCalledAt: at(9),
    });
  });

  it('puts a requeued no-show at the back of the queue', () => {
    const state = run([...calledOnce, { type: 'no-show', at: at(6) }, { type: 'requeue', at: at(12) }]);
    expect(state).toMatchObject({
      status: 'waiting',
      queuedAt: at(12),
      issuedAt: at(0),
      windowId: null,
      lastCalledAt: null,
      calledAt: at(5),
      recallCount: 1,
    });
  });

  it('closes at the first no-show when maxRecalls is 0', () => {
    const state = run([...calledOnce, { type: 'no-show', at: at(6) }], { maxRecalls: 0 });
    expect(state).toMatchObject({
      status: 'closed',
      endReason: 'no-show-limit',
      recallCount: 0,
      noShowCount: 1,
    });
  });

  it('refuses a recall past the limit (e.g. after the config was lowered)', () => {
    const state = run([
      ...calledOnce,
      { type: 'no-show', at: at(6) },
      { type: 'recall', at: at(7), windowId: 'W1' },
      { type: 'no-show', at: at(8) },
    ]);
    expect(availableActions(state, { maxRecalls: 1 })).toEqual(['close']);
    const result = applyTicketAction(state, { type: 'recall', at: at(9), windowId: 'W1' }, { maxRecalls: 1 });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'QUEUE.INVALID_TRANSITION',
        message: '过号重呼次数已达上限（1次），不能过号重呼',
        details: { status: 'no-show', action: 'recall' },
      },
    });
    const requeue = applyTicketAction(state, { type: 'requeue', at: at(9) }, { maxRecalls: 1 });
    expect(requeue.ok).toBe(false);
  });

  it('closes a no-show at the end of the day, which still counts as a no-show', () => {
    const state = run([
      ...calledOnce,
      { type: 'no-show', at: at(6) },
      { type: 'close', at: at(480), reason: 'end-of-day' },
    ]);
    expect(state).toMatchObject({ status: 'closed', endReason: 'end-of-day', endedAt: at(480) });
  });

  it('cannot cancel a no-show (it is closed instead)', () => {
    const state = run([...calledOnce, { type: 'no-show', at: at(6) }]);
    const result = applyTicketAction(state, { type: 'cancel', at: at(7), reason: 'citizen-request' }, config);
    expect(result.ok || result.error.message).toBe('当前状态为“过号”，不能取消');
  });
});

describe('transfer', () => {
  const serving: TicketAction[] = [
    { type: 'issue', at: at(0), serviceCode: 'consultation', priority: true },
    { type: 'call', at: at(10), windowId: 'W1' },
    { type: 'start', at: at(12) },
  ];

  it('moves a served ticket to another service, keeping its place and first call', () => {
    const state = run([...serving, { type: 'transfer', at: at(20), toServiceCode: 'legal-aid' }]);
    expect(state).toMatchObject({
      status: 'waiting',
      serviceCode: 'legal-aid',
      priority: true,
      windowId: null,
      queuedAt: at(0),
      issuedAt: at(0),
      calledAt: at(10),
      lastCalledAt: null,
      startedAt: null,
      transferCount: 1,
    });
  });

  it('moves a ticket to a window of the same service', () => {
    const state = run([...serving, { type: 'transfer', at: at(20), toWindowId: 'W7' }]);
    expect(state).toMatchObject({
      status: 'waiting',
      serviceCode: 'consultation',
      windowId: 'W7',
      queuedAt: at(0),
    });
    const moved = run([issue, { type: 'transfer', at: at(1), toServiceCode: 'mediation', toWindowId: 'W2' }]);
    expect(moved).toMatchObject({
      status: 'waiting',
      serviceCode: 'mediation',
      windowId: 'W2',
      queuedAt: at(0),
    });
  });

  it('is allowed from waiting, called and serving only', () => {
    for (const status of ticketStatuses) {
      expect((allowedActions[status] as readonly string[]).includes('transfer')).toBe(
        ['waiting', 'called', 'serving'].includes(status),
      );
    }
  });

  it.each([
    [{}, 'toServiceCode', '转办需要指定服务事项或窗口'],
    [{ toServiceCode: 'divorce' }, 'toServiceCode', '未知的服务事项'],
    [{ toServiceCode: 'consultation' }, 'toServiceCode', '转办目标与当前相同'],
    [{ toWindowId: 'W1' }, 'toServiceCode', '转办目标与当前相同'],
    [{ toServiceCode: 'consultation', toWindowId: 'W1' }, 'toServiceCode', '转办目标与当前相同'],
    [{ toWindowId: ' ' }, 'toWindowId', '缺少窗口'],
  ])('refuses payload %j', (payload, field, message) => {
    const state = run(serving);
    const result = applyTicketAction(state, { type: 'transfer', at: at(20), ...payload }, config);
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'QUEUE.INVALID_PAYLOAD',
        message,
        field,
        details: { status: 'serving', action: 'transfer' },
      },
    });
  });
});
