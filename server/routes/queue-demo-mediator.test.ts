/**
 * The demo `mediator` (吴秀兰, 人民调解员 of 包头市公共法律服务中心人民调解委员会, not of the center itself) at
 * window 3 (人民调解窗口, the center's): with the demo data loaded, she logs in, sees the hall and window 3
 * among her windows, calls, starts and finishes a mediation ticket there, and registers a matter from
 * the ticket being served (登记事项; the matter is kept by her committee, her own organisation). Her scope
 * is the city bureau's subtree (the committee's nearest bureau), which holds the center and its windows;
 * a mediator of a county bureau, outside that scope, is refused at the same window.
 */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organisations, tickets, users, windows } from '../db/schema/index';
import { DEMO_PASSWORD, loadDemoData } from '../seed/demo';
import { ORGANISATION_SEED } from '../seed/organisations';
import { buildTestApp, type TestApp, type TestClient } from '../test/app';
import { CENTER } from './queue-test-kit';

let t: TestApp;
let mediator: TestClient;
let reception: TestClient;
let window3: string;

beforeAll(async () => {
  t = await buildTestApp();
  // A Monday in opening hours (Beijing): the demo history ends yesterday, so today's queue is empty.
  t.services.clock.set(new Date('2026-03-16T09:00:00+08:00'));
  const rows = await t.services.db
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations);
  const idByName = new Map(rows.map((r) => [r.name, r.id]));
  const orgIds = new Map(ORGANISATION_SEED.map((org) => [org.key, idByName.get(org.name)!]));
  await loadDemoData(t.services, orgIds, () => undefined);
  mediator = await t.login({ username: 'mediator', password: DEMO_PASSWORD });
  reception = await t.login({ username: 'reception', password: DEMO_PASSWORD });
  const [row] = await t.services.db
    .select({ id: windows.id })
    .from(windows)
    .where(and(eq(windows.orgId, await t.orgId(CENTER)), eq(windows.number, 3)));
  window3 = row!.id;
});
afterAll(async () => {
  await t?.close();
});

describe('the demo mediator at window 3 (人民调解窗口)', () => {
  it('belongs to the mediation committee, not to the center that runs the hall', async () => {
    const [account] = await t.services.db
      .select({ orgId: users.orgId, roles: users.roles })
      .from(users)
      .where(eq(users.username, 'mediator'));
    expect(account).toMatchObject({
      orgId: await t.orgId('包头市公共法律服务中心人民调解委员会'),
      roles: ['mediator'],
    });
  });

  it("works the center's hall: the console's abilities, and window 3 among her windows", async () => {
    const me = await mediator.get('/api/auth/me');
    expect(me.statusCode, me.body).toBe(200);
    const { abilities, hall } = me.json() as { abilities: string[]; hall: { name: string } | null };
    expect(abilities).toEqual(expect.arrayContaining(['queue.read', 'queue.serve', 'window.read']));
    expect(hall?.name).toBe(CENTER);
    const listed = await mediator.get('/api/windows?pageSize=200');
    expect(listed.statusCode, listed.body).toBe(200);
    const items = (
      listed.json() as { items: { id: string; number: number; name: string; services: string[] }[] }
    ).items;
    expect(items.find((w) => w.id === window3)).toMatchObject({
      number: 3,
      name: '人民调解窗口',
      services: ['mediation'],
    });
  });

  it('calls, starts and finishes a mediation ticket issued at reception', async () => {
    const issued = await reception.post('/api/queue/reception/tickets', { serviceCode: 'mediation' });
    expect(issued.statusCode, issued.body).toBe(201);
    const ticketId = (issued.json() as { id: string }).id;

    const before = await mediator.get(`/api/queue/console?windowId=${window3}`);
    expect(before.statusCode, before.body).toBe(200);
    expect((before.json() as { waiting: { id: string }[] }).waiting.map((w) => w.id)).toEqual([ticketId]);

    const called = await mediator.post(`/api/queue/windows/${window3}/call-next`);
    expect(called.statusCode, called.body).toBe(200);
    expect(called.json()).toMatchObject({ id: ticketId, status: 'called', windowNumber: 3 });
    const started = await mediator.post(`/api/queue/tickets/${ticketId}/start`, { windowId: window3 });
    expect(started.statusCode, started.body).toBe(200);
    const finished = await mediator.post(`/api/queue/tickets/${ticketId}/finish`, {
      windowId: window3,
      outcome: 'resolved',
    });
    expect(finished.statusCode, finished.body).toBe(200);
    expect(finished.json()).toMatchObject({ id: ticketId, status: 'finished' });

    const [row] = await t.services.db.select().from(tickets).where(eq(tickets.id, ticketId));
    expect(row).toMatchObject({ status: 'finished', outcome: 'resolved', windowId: window3 });
    const after = await mediator.get(`/api/queue/console?windowId=${window3}`);
    expect(after.json()).toMatchObject({ current: null, counts: { waiting: 0, finished: 1 } });
  });

  it('registers a mediation matter from the ticket being served (登记事项), kept by her committee', async () => {
    const issued = await reception.post('/api/queue/reception/tickets', { serviceCode: 'mediation' });
    const ticket = issued.json() as { id: string; number: string };
    expect((await mediator.post(`/api/queue/windows/${window3}/call-next`)).statusCode).toBe(200);
    const started = await mediator.post(`/api/queue/tickets/${ticket.id}/start`, { windowId: window3 });
    expect(started.statusCode, started.body).toBe(200);
    const opened = await mediator.post('/api/matters', {
      service: 'mediation',
      ticketId: ticket.id,
      payload: {
        initiatedBy: 'party',
        applicants: 'both',
        disputeKind: 'neighbour',
        facts: '楼上装修噪音扰民，双方协商未果',
      },
    });
    expect(opened.statusCode, opened.body).toBe(201);
    const { item } = opened.json() as { item: { number: string; orgId: string; ticketNumber: string } };
    expect(item).toMatchObject({
      orgId: await t.orgId('包头市公共法律服务中心人民调解委员会'),
      ticketNumber: ticket.number,
    });
    const [row] = await t.services.db.select().from(tickets).where(eq(tickets.id, ticket.id));
    expect(row).toMatchObject({ status: 'finished', outcome: 'matter-opened', matterId: item.number });
  });

  it('is still scoped on the server: a county mediator may not call at the city hall', async () => {
    const county = await t.login({ roles: ['mediator'], orgName: '东河区司法局' });
    await reception.post('/api/queue/reception/tickets', { serviceCode: 'mediation' });
    const refused = await county.post(`/api/queue/windows/${window3}/call-next`);
    expect(refused.statusCode, refused.body).toBe(403);
    const console = await county.get(`/api/queue/console?windowId=${window3}`);
    expect(console.statusCode).toBe(403);
  });
});
