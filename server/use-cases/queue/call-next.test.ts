import { randomUUID } from 'node:crypto';
import { businessDateOf } from '@core/calendar';
import { isAged } from '@core/queue/call-order';
import { applyTicketAction } from '@core/queue/ticket-status';
import { and, eq } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaffActor } from '../../context';
import { auditLog, organisations, ticketActions, tickets, users, windows } from '../../db/schema/index';
import { createTestServices } from '../../test/database';
import { callNext } from './call-next';
import { DEFAULT_QUEUE_SETTINGS } from './queue-settings';
import { toTicketItem } from './ticket-item';
import { rowToState, stateColumns } from './ticket-state';

/**
 * call-next writes core's `call` transition in SQL (one statement): the stored ticket must be what core
 * applyTicketAction makes of it, for fresh tickets as for requeued ones called before.
 */
let services: Awaited<ReturnType<typeof createTestServices>>;
let actor: StaffActor;
let windowId: string;

beforeAll(async () => {
  services = await createTestServices();
  const [center] = await services.db
    .select({ id: organisations.id })
    .from(organisations)
    .where(eq(organisations.kind, 'service-center'));
  const [admin] = await services.db.select().from(users).where(eq(users.username, 'admin'));
  const [window] = await services.db
    .select()
    .from(windows)
    .where(and(eq(windows.orgId, center!.id), eq(windows.number, 1)));
  await services.db
    .update(windows)
    .set({ services: ['consultation'], status: 'open' })
    .where(eq(windows.id, window!.id));
  windowId = window!.id;
  actor = {
    userId: admin!.id,
    orgId: center!.id,
    roles: ['admin'],
    scopeOrgIds: [center!.id],
    displayName: '管理员',
    username: 'admin',
  };
});
afterAll(async () => {
  await services?.close();
});

describe('callNext (one statement)', () => {
  it('stores what core applyTicketAction makes of the called ticket, and logs and audits it', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          priority: fc.boolean(),
          calledBefore: fc.boolean(),
          recallCount: fc.integer({ min: 0, max: 2 }),
          noShowCount: fc.integer({ min: 0, max: 2 }),
          waitedMinutes: fc.integer({ min: 0, max: 120 }),
        }),
        async ({ priority, calledBefore, recallCount, noShowCount, waitedMinutes }) => {
          await services.db.delete(ticketActions);
          await services.db.delete(tickets);
          const now = services.now();
          const queuedAt = new Date(now.getTime() - waitedMinutes * 60_000);
          const id = randomUUID();
          const [before] = await services.db
            .insert(tickets)
            .values({
              id,
              orgId: actor.orgId,
              serviceCode: 'consultation',
              businessDate: businessDateOf(now),
              sequence: 1,
              number: 'A001',
              status: 'waiting',
              priority,
              channel: 'kiosk',
              queuedAt,
              issuedAt: new Date(queuedAt.getTime() - 60_000),
              firstCalledAt: calledBefore ? new Date(queuedAt.getTime() - 30_000) : null,
              calledAt: calledBefore ? new Date(queuedAt.getTime() - 30_000) : null,
              recallCount: calledBefore ? recallCount : 0,
              noShowCount: calledBefore ? noShowCount : 0,
              updatedAt: queuedAt,
            })
            .returning();
          const item = await callNext(services, {
            actor,
            input: { windowId },
            meta: { ip: '10.0.0.9', requestId: 'req-call' },
          });
          expect(item.id).toBe(id);
          const [after] = await services.db.select().from(tickets).where(eq(tickets.id, id));
          const expected = applyTicketAction(
            rowToState(before!),
            { type: 'call', at: after!.updatedAt, windowId },
            { maxRecalls: DEFAULT_QUEUE_SETTINGS.maxRecalls },
          );
          if (!expected.ok) throw new Error(expected.error.message);
          expect(stateColumns(rowToState(after!))).toEqual(stateColumns(expected.state));
          expect(after!.version).toBe(before!.version + 1);
          // The item comes from the row the statement returned: the same as from the stored row.
          expect(item).toEqual(
            toTicketItem(
              {
                ticket: after!,
                windowNumber: item.windowNumber,
                windowName: item.windowName,
                personName: null,
              },
              DEFAULT_QUEUE_SETTINGS.maxRecalls,
            ),
          );
          const [logged] = await services.db
            .select()
            .from(ticketActions)
            .where(eq(ticketActions.ticketId, id));
          expect(logged).toMatchObject({
            action: 'call',
            fromStatus: 'waiting',
            toStatus: 'called',
            windowId,
            actorId: actor.userId,
            // Aged as core says at the call's instant (the clock runs on between the insert and the call, so a
            // ticket queued exactly the limit ago is aged by then).
            payload: {
              aged: isAged(
                { id, serviceCode: 'consultation', priority, queuedAt },
                after!.updatedAt,
                DEFAULT_QUEUE_SETTINGS,
              ),
            },
          });
          const audits = await services.db
            .select()
            .from(auditLog)
            .where(and(eq(auditLog.entityId, id), eq(auditLog.action, 'queue.ticket.call')));
          expect(audits).toHaveLength(1);
          expect(audits[0]).toMatchObject({
            actorId: actor.userId,
            requestId: 'req-call',
            orgId: actor.orgId,
          });
        },
      ),
      { numRuns: 25 },
    );
  }, 60_000);
});
