import { orderQueue, pickNext } from '@core/queue/call-order';
import { eq, sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organisations, tickets, windows } from '../../db/schema/index';
import { createTestServices } from '../../test/database';
import { callOrderBy, lockNextForWindow, nextTicketIdSql } from './call-order-sql';

let services: Awaited<ReturnType<typeof createTestServices>>;
let centerId: string;

beforeAll(async () => {
  services = await createTestServices();
  const [center] = await services.db
    .select({ id: organisations.id })
    .from(organisations)
    .where(eq(organisations.kind, 'service-center'));
  centerId = center!.id;
  await services.db.insert(windows).values(
    [WINDOW, OTHER_WINDOW].map((id, i) => ({
      id,
      orgId: centerId,
      number: 901 + i,
      name: `测试窗口${901 + i}`,
      services: ['consultation', 'mediation'],
    })),
  );
});
afterAll(async () => {
  await services?.close();
});

const base = Date.parse('2026-03-16T01:00:00Z');

/** The window whose call is checked, and another window of the hall (rows added in beforeAll). */
const WINDOW = '00000000-0000-4000-8000-00000000000a';
const OTHER_WINDOW = '00000000-0000-4000-8000-00000000000b';

/**
 * Waiting tickets: priority or not, queued within two hours (minute, second and millisecond ties likely), of
 * three services (the window calls two of them), some transferred to the window or to another one.
 */
const queueArb = fc.uniqueArray(
  fc.record({
    priority: fc.boolean(),
    serviceCode: fc.constantFrom('consultation', 'mediation', 'lawyer'),
    sentTo: fc.constantFrom(null, null, null, null, WINDOW, OTHER_WINDOW),
    offsetMs: fc.oneof(
      fc.integer({ min: 0, max: 120 }).map((m) => m * 60_000),
      fc.integer({ min: 0, max: 7_200_000 }),
    ),
    id: fc.uuid({ version: 4 }),
  }),
  { minLength: 1, maxLength: 40, selector: (t) => t.id },
);

describe('callOrderBy (SQL) equals core orderQueue', () => {
  it('on random queues, aging limits and instants', async () => {
    await fc.assert(
      fc.asyncProperty(
        queueArb,
        fc.integer({ min: 0, max: 90 }),
        fc.integer({ min: 0, max: 240 }),
        async (queue, agingLimitMinutes, nowMinutes) => {
          await services.db.delete(tickets);
          const rows = queue.map((q, i) => ({
            id: q.id,
            orgId: centerId,
            serviceCode: q.serviceCode,
            windowId: q.sentTo,
            businessDate: '2026-03-16',
            sequence: i + 1,
            number: `A${String(i + 1).padStart(3, '0')}`,
            status: 'waiting',
            priority: q.priority,
            channel: 'kiosk',
            queuedAt: new Date(base + q.offsetMs),
            issuedAt: new Date(base + q.offsetMs),
            updatedAt: new Date(base + q.offsetMs),
          }));
          await services.db.insert(tickets).values(rows);
          const now = new Date(base + nowMinutes * 60_000);
          const sqlOrder = await services.db
            .select({ id: tickets.id })
            .from(tickets)
            .orderBy(...callOrderBy(now, agingLimitMinutes));
          const coreOrder = orderQueue(
            rows.map((r) => ({
              id: r.id,
              serviceCode: r.serviceCode,
              priority: r.priority,
              queuedAt: r.queuedAt,
            })),
            now,
            { agingLimitMinutes },
          );
          expect(sqlOrder.map((r) => r.id)).toEqual(coreOrder.map((r) => r.id));
          // call-next's lookups pick what core pickNext picks among the window's candidates queued by `now`:
          // tickets transferred to it, and tickets of its two services not sent to a window.
          const window = { id: WINDOW, orgId: centerId, services: ['consultation', 'mediation'] };
          const candidate = (r: (typeof rows)[number]) =>
            r.windowId === WINDOW || (r.windowId === null && window.services.includes(r.serviceCode));
          await services.db.transaction(async (tx) => {
            const row = await lockNextForWindow(tx, window, '2026-03-16', now, agingLimitMinutes);
            const expected = pickNext(
              rows.filter((r) => candidate(r) && r.queuedAt.getTime() <= now.getTime()),
              now,
              { agingLimitMinutes },
            );
            expect(row?.id).toBe(expected?.id);
          });
        },
      ),
      { numRuns: 60 },
    );
  }, 60_000);

  it('ages a ticket only when it has waited strictly longer than the limit', async () => {
    await services.db.delete(tickets);
    const ids = ['00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000002'];
    const common = {
      orgId: centerId,
      serviceCode: 'consultation',
      businessDate: '2026-03-16',
      status: 'waiting',
      channel: 'kiosk',
    };
    await services.db.insert(tickets).values([
      {
        ...common,
        id: ids[1]!,
        sequence: 1,
        number: 'A001',
        priority: false,
        queuedAt: new Date(base),
        issuedAt: new Date(base),
        updatedAt: new Date(base),
      },
      {
        ...common,
        id: ids[0]!,
        sequence: 2,
        number: 'A002',
        priority: true,
        queuedAt: new Date(base + 1),
        issuedAt: new Date(base + 1),
        updatedAt: new Date(base + 1),
      },
    ]);
    const order = async (nowMs: number) =>
      (
        await services.db
          .select({ id: tickets.id })
          .from(tickets)
          .orderBy(...callOrderBy(new Date(nowMs), 10))
      ).map((r) => r.id);
    expect(await order(base + 600_000)).toEqual([ids[0], ids[1]]); // waited exactly 10 minutes: not aged
    expect(await order(base + 600_001)).toEqual([ids[1], ids[0]]); // 1 ms more: aged, and queued first
  });

  it('finds the first priority ticket without stepping over the normal tickets queued before it', async () => {
    await services.db.delete(tickets);
    // 3,000 normal tickets within the aging limit, then one priority ticket: call-next's second step.
    await services.db.execute(sql`
      insert into tickets (org_id, service_code, business_date, sequence, number, status, priority, channel,
                           queued_at, issued_at, updated_at)
      select ${centerId}::uuid, 'consultation', '2026-03-16', n, 'A' || lpad(n::text, 4, '0'), 'waiting',
             n = 3001, 'kiosk', t, t, t
      from generate_series(1, 3001) as n,
           lateral (select ${new Date(base).toISOString()}::timestamptz + n * interval '100 milliseconds' as t) as x`);
    await services.db.execute(sql`analyze tickets`);
    const now = new Date(base + 600_000);
    const window = { id: WINDOW, orgId: centerId, services: ['consultation'] };
    await services.db.transaction(async (tx) => {
      const picked = await lockNextForWindow(tx, window, '2026-03-16', now, 30);
      expect(picked).toMatchObject({ sequence: 3001, priority: true });
      const next = nextTicketIdSql({
        id: sql`${WINDOW}::uuid`,
        orgId: sql`${centerId}::uuid`,
        services: sql`${sql.param(['consultation'])}::text[]`,
        agedBefore: sql`${new Date(now.getTime() - 30 * 60_000).toISOString()}::timestamptz`,
        businessDate: sql`'2026-03-16'::date`,
        now: sql`${now.toISOString()}::timestamptz`,
      });
      const { rows } = await tx.execute<{ 'QUERY PLAN': unknown }>(
        sql`explain (analyze, format json) select ${tickets.id} from ${tickets} where ${tickets.id} = ${next}`,
      );
      const plan = JSON.stringify(rows[0]!['QUERY PLAN']);
      expect(plan).toContain('tickets_waiting_service_priority_idx');
      const removed = [...plan.matchAll(/"Rows Removed by Filter":(\d+)/g)].map((m) => Number(m[1]));
      expect(Math.max(0, ...removed)).toBeLessThan(100);
    });
  });
});
