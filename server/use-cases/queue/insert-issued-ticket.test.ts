import { randomUUID } from 'node:crypto';
import { isAged, orderQueue, PEOPLE_AHEAD_CAP } from '@core/queue/call-order';
import { formatTicketNumber } from '@core/queue/ticket-number';
import { and, eq } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/client';
import { auditLog, organisations, ticketActions, ticketCounters, tickets } from '../../db/schema/index';
import { createTestServices } from '../../test/database';
import { insertIssuedTicket, type NewTicket } from './insert-issued-ticket';

let services: Awaited<ReturnType<typeof createTestServices>>;
let centerId: string;

beforeAll(async () => {
  services = await createTestServices();
  const [center] = await services.db
    .select({ id: organisations.id })
    .from(organisations)
    .where(eq(organisations.kind, 'service-center'));
  centerId = center!.id;
});
afterAll(async () => {
  await services?.close();
});

const at = new Date('2026-03-16T01:00:00Z');
const ticket = (serviceCode: string): NewTicket => ({
  id: randomUUID(),
  orgId: centerId,
  serviceCode,
  businessDate: '2026-03-16',
  status: 'waiting',
  priority: true,
  priorityGroups: ['elderly'],
  prioritySources: ['id-number'],
  priorityReason: null,
  personId: null,
  idNumberHash: 'hash',
  idNumberMasked: '1502**********1234',
  channel: 'kiosk',
  windowId: null,
  queuedAt: at,
  issuedAt: at,
  calledAt: null,
  firstCalledAt: null,
  startedAt: null,
  finishedAt: null,
  endedAt: null,
  recallCount: 0,
  noShowCount: 0,
  transferCount: 0,
  outcome: null,
  matterId: null,
  endReason: null,
  note: null,
  updatedAt: at,
  version: 1,
});
const log = {
  actor: null,
  meta: { ip: '10.0.0.8', requestId: 'req-1' },
  payload: { channel: 'kiosk' },
  audit: { after: { serviceCode: 'legal-aid' }, reason: null },
};

async function setCounter(serviceCode: string, last: number) {
  await services.db
    .insert(ticketCounters)
    .values({ orgId: centerId, serviceCode, businessDate: '2026-03-16', lastSequence: last })
    .onConflictDoUpdate({
      target: [ticketCounters.orgId, ticketCounters.serviceCode, ticketCounters.businessDate],
      set: { lastSequence: last },
    });
}

describe('insertIssuedTicket (the number, then the ticket)', () => {
  it('numbers tickets exactly as core formatTicketNumber', async () => {
    for (const sequence of [1, 2, 99, 100, 999, 1000, 9999]) {
      await setCounter('legal-aid', sequence - 1);
      const { row } = await insertIssuedTicket(services.db, ticket('legal-aid'), log);
      expect([row.sequence, row.number]).toEqual([sequence, formatTicketNumber('legal-aid', sequence)]);
    }
  });

  it('writes the issue action and the audit entry with the ticket', async () => {
    const { row } = await insertIssuedTicket(services.db, ticket('mediation'), log);
    const [action] = await services.db.select().from(ticketActions).where(eq(ticketActions.ticketId, row.id));
    expect(action).toMatchObject({
      action: 'issue',
      fromStatus: null,
      toStatus: 'waiting',
      at,
      payload: { channel: 'kiosk' },
    });
    const [audit] = await services.db.select().from(auditLog).where(eq(auditLog.entityId, row.id));
    expect(audit).toMatchObject({
      action: 'queue.ticket.issue',
      entityType: 'ticket',
      orgId: centerId,
      actorId: null,
      ip: '10.0.0.8',
      requestId: 'req-1',
      after: { number: 'C001', serviceCode: 'legal-aid' },
    });
  });

  it('counts the people ahead in the issuing statement, up to PEOPLE_AHEAD_CAP; none asked, none counted', async () => {
    const ahead = { now: at, agingLimitMinutes: 30, cls: 1 } as const; // a normal ticket: behind these priority ones
    const first = ticket('appraisal');
    expect((await insertIssuedTicket(services.db, first, log, ahead)).peopleAhead).toBe(0);
    const second = ticket('appraisal');
    expect((await insertIssuedTicket(services.db, second, log, ahead)).peopleAhead).toBe(1);
    expect((await insertIssuedTicket(services.db, ticket('appraisal'), log)).peopleAhead).toBeNull();
    for (let i = 0; i < PEOPLE_AHEAD_CAP; i++)
      await insertIssuedTicket(services.db, ticket('appraisal'), log);
    const last = ticket('appraisal');
    const { peopleAhead } = await insertIssuedTicket(services.db, last, log, ahead);
    expect(peopleAhead).toBe(PEOPLE_AHEAD_CAP); // 102 waiting before it, counted to the cap
  });

  it('counts as many people ahead as core orderQueue puts before the new ticket (random queues)', async () => {
    const base = at.getTime();
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            priority: fc.boolean(),
            offsetMinutes: fc.integer({ min: -120, max: 0 }),
            sentToWindow: fc.boolean(),
            status: fc.constantFrom('waiting', 'waiting', 'waiting', 'finished'),
          }),
          { maxLength: 25 },
        ),
        fc.boolean(),
        fc.integer({ min: 0, max: 90 }),
        async (queue, priority, agingLimitMinutes) => {
          await services.db.delete(tickets).where(eq(tickets.serviceCode, 'publicity'));
          const rows = queue.map((q, i) => ({
            ...ticket('publicity'),
            sequence: 5000 + i,
            number: `I${5000 + i}`,
            priority: q.priority,
            status: q.status,
            queuedAt: new Date(base + q.offsetMinutes * 60_000 + i),
            windowId: null,
          }));
          if (rows.length > 0) await services.db.insert(tickets).values(rows);
          const fresh = { ...ticket('publicity'), priority };
          const key = { id: fresh.id, serviceCode: 'publicity', priority, queuedAt: at };
          const cls = priority || isAged(key, at, { agingLimitMinutes }) ? 0 : 1;
          const { peopleAhead } = await insertIssuedTicket(services.db, fresh, log, {
            now: at,
            agingLimitMinutes,
            cls,
          });
          const waiting = rows
            .filter((r) => r.status === 'waiting')
            .map((r) => ({ id: r.id, serviceCode: 'publicity', priority: r.priority, queuedAt: r.queuedAt }));
          const order = orderQueue([...waiting, key], at, { agingLimitMinutes });
          expect(peopleAhead).toBe(order.findIndex((t) => t.id === fresh.id));
        },
      ),
      { numRuns: 40 },
    );
  }, 60_000);

  it('refuses the 10,000th ticket of a day and leaves the counter as it was', async () => {
    await setCounter('notarization', 9999);
    await expect(insertIssuedTicket(services.db, ticket('notarization'), log)).rejects.toMatchObject({
      code: 'QUEUE.SEQUENCE_EXHAUSTED',
    });
    const [counter] = await services.db
      .select()
      .from(ticketCounters)
      .where(and(eq(ticketCounters.orgId, centerId), eq(ticketCounters.serviceCode, 'notarization')));
    expect(counter?.lastSequence).toBe(9999);
  });

  it('leaves a gap, never a reuse, when the ticket after its number fails', async () => {
    await setCounter('arbitration', 4);
    const broken = { ...ticket('arbitration'), personId: randomUUID() }; // no such person: the insert fails
    await expect(insertIssuedTicket(services.db, broken, log)).rejects.toThrow();
    const { row: next } = await insertIssuedTicket(services.db, ticket('arbitration'), log);
    expect([next.sequence, next.number]).toEqual([6, formatTicketNumber('arbitration', 6)]);
  });

  it('turns synchronous_commit off for the transaction of the number only, not for the connection', async () => {
    const { db, pool } = openDatabase(services.url, { max: 1 }); // one connection: both statements and the check
    try {
      const { row } = await insertIssuedTicket(db, ticket('lawyer'), log);
      expect(row.number).toBe(formatTicketNumber('lawyer', row.sequence));
      const [after] = (await pool.query<{ synchronous_commit: string }>('show synchronous_commit')).rows;
      expect(after?.synchronous_commit).toBe('on');
    } finally {
      await pool.end();
    }
  });
});

describe('insertIssuedTicket in batches (group commit: the tickets of one tick share the statements)', () => {
  // Another business day than the tests above: its own counters and queues.
  const day = '2026-03-17';
  const onDay = (serviceCode: string, extra: Partial<NewTicket> = {}): NewTicket => ({
    ...ticket(serviceCode),
    businessDate: day,
    ...extra,
  });
  const counterOf = async (serviceCode: string) =>
    (
      await services.db
        .select()
        .from(ticketCounters)
        .where(
          and(
            eq(ticketCounters.orgId, centerId),
            eq(ticketCounters.serviceCode, serviceCode),
            eq(ticketCounters.businessDate, day),
          ),
        )
    )[0]?.lastSequence;

  it('numbers the tickets of each service consecutively in the order issued, with their log and audit', async () => {
    const issued = [0, 1, 2, 3, 4, 5, 6, 7, 8].map((i) =>
      onDay(i % 3 === 0 ? 'consultation' : 'reconsideration'),
    );
    const results = await Promise.all(issued.map((t) => insertIssuedTicket(services.db, t, log)));
    const numbers = results.map((r) => r.row.number);
    expect(numbers).toEqual([
      formatTicketNumber('consultation', 1),
      formatTicketNumber('reconsideration', 1),
      formatTicketNumber('reconsideration', 2),
      formatTicketNumber('consultation', 2),
      formatTicketNumber('reconsideration', 3),
      formatTicketNumber('reconsideration', 4),
      formatTicketNumber('consultation', 3),
      formatTicketNumber('reconsideration', 5),
      formatTicketNumber('reconsideration', 6),
    ]);
    expect([await counterOf('consultation'), await counterOf('reconsideration')]).toEqual([3, 6]);
    for (const { row } of results) {
      const [stored] = await services.db.select().from(tickets).where(eq(tickets.id, row.id));
      expect([stored?.number, stored?.sequence]).toEqual([row.number, row.sequence]);
      const actions = await services.db
        .select()
        .from(ticketActions)
        .where(eq(ticketActions.ticketId, row.id));
      expect(actions.map((a) => a.action)).toEqual(['issue']);
      const [audit] = await services.db.select().from(auditLog).where(eq(auditLog.entityId, row.id));
      expect(audit?.after).toEqual({ number: row.number, serviceCode: 'legal-aid' });
    }
  });

  it("counts each ticket's people ahead as core orderQueue does, its batch-mates included (random batches)", async () => {
    const base = at.getTime();
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ priority: fc.boolean(), offsetMinutes: fc.integer({ min: -90, max: 0 }) }), {
          maxLength: 8,
        }),
        fc.array(fc.record({ priority: fc.boolean(), offsetMs: fc.integer({ min: 0, max: 3 }) }), {
          minLength: 1,
          maxLength: 12,
        }),
        fc.integer({ min: 0, max: 60 }),
        async (earlier, batch, agingLimitMinutes) => {
          await services.db.delete(tickets).where(eq(tickets.serviceCode, 'aid-qualification'));
          const waiting = earlier.map((q, i) => ({
            ...onDay('aid-qualification'),
            sequence: 5000 + i,
            number: `J${5000 + i}`,
            priority: q.priority,
            queuedAt: new Date(base + q.offsetMinutes * 60_000 + i),
          }));
          if (waiting.length > 0) await services.db.insert(tickets).values(waiting);
          const fresh = batch.map((b) => {
            const queuedAt = new Date(base + b.offsetMs);
            return { ...onDay('aid-qualification'), priority: b.priority, queuedAt, issuedAt: queuedAt };
          });
          const results = await Promise.all(
            fresh.map((t) =>
              insertIssuedTicket(services.db, t, log, {
                now: at,
                agingLimitMinutes,
                cls: t.priority || isAged(t, at, { agingLimitMinutes }) ? 0 : 1,
              }),
            ),
          );
          const order = orderQueue(
            [...waiting, ...fresh].map((t) => ({
              id: t.id,
              serviceCode: t.serviceCode,
              priority: t.priority,
              queuedAt: t.queuedAt,
            })),
            at,
            { agingLimitMinutes },
          );
          expect(results.map((r) => r.peopleAhead)).toEqual(
            fresh.map((t) => order.findIndex((o) => o.id === t.id)),
          );
        },
      ),
      { numRuns: 30 },
    );
  }, 60_000);

  it('gives the last numbers of the day to the first tickets of a batch and refuses the rest', async () => {
    await services.db
      .insert(ticketCounters)
      .values({ orgId: centerId, serviceCode: 'notarization', businessDate: day, lastSequence: 9997 });
    const results = await Promise.allSettled(
      [1, 2, 3, 4].map(() => insertIssuedTicket(services.db, onDay('notarization'), log)),
    );
    expect(results.map((r) => (r.status === 'fulfilled' ? r.value.row.sequence : r.reason.code))).toEqual([
      9998,
      9999,
      'QUEUE.SEQUENCE_EXHAUSTED',
      'QUEUE.SEQUENCE_EXHAUSTED',
    ]);
    expect(await counterOf('notarization')).toBe(9999);
  });

  it('fails only the ticket that spoils its batch; the others are written with their numbers', async () => {
    const broken = onDay('mediation', { personId: randomUUID() }); // no such person: its insert fails
    const results = await Promise.allSettled(
      [onDay('mediation'), broken, onDay('mediation')].map((t) => insertIssuedTicket(services.db, t, log)),
    );
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    const written = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value.row] : []));
    expect(written.map((row) => row.sequence)).toEqual([1, 3]); // the broken one's number is a gap
    const stored = await services.db
      .select({ id: tickets.id })
      .from(tickets)
      .where(and(eq(tickets.serviceCode, 'mediation'), eq(tickets.businessDate, day)));
    expect(stored.map((s) => s.id).sort()).toEqual(written.map((row) => row.id).sort());
  });
});
