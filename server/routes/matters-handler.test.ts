/**
 * Who a matter's clocks remind: the clerk who registers a walk-in notarization hands it to the notary
 * who accepts it (公证法 第二十八条), audited; a notary already handling it keeps it.
 */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../db/schema/index';
import { buildTestApp, type TestApp, type TestClient } from '../test/app';

let t: TestApp;
let clerk: TestClient;

beforeAll(async () => {
  t = await buildTestApp();
  t.services.clock.set(new Date('2026-09-24T09:00:00+08:00'));
  clerk = await t.login({ roles: ['window-clerk'] });
});
afterAll(async () => {
  await t?.close();
});

interface Deadline {
  matterId: string;
  kind: string;
  dueOn: string;
}

async function walkIn(): Promise<{ id: string; version: number }> {
  const opened = await clerk.post('/api/matters', {
    service: 'notarization',
    payload: {
      channel: 'walk-in',
      matterType: 'education',
      applicantName: '王小明',
      byAgent: false,
      involvesImmovable: false,
      legalAidEligible: false,
    },
  });
  expect(opened.statusCode, opened.body).toBe(201);
  return opened.json().item;
}

async function act(client: TestClient, id: string, version: number, type: string, payload: object) {
  const r = await client.post(`/api/matters/${id}/actions`, { type, expectedVersion: version, payload });
  expect(r.statusCode, r.body).toBe(200);
  return r.json().item as { version: number; handlerUserId: string | null };
}

const deadlinesOf = async (client: TestClient, matterId: string) =>
  ((await client.get('/api/matters/my-deadlines')).json().items as Deadline[])
    .filter((c) => c.matterId === matterId)
    .map((c) => [c.kind, c.dueOn]);

describe('the notary who accepts a walk-in becomes its handler', () => {
  it('the 出具公证书 clock reminds the accepting notary, not the clerk; the change is audited', async () => {
    const account = await t.createStaff({ roles: ['notary'], displayName: '郑宏' });
    const notary = await t.login({ username: account.username });
    const matter = await walkIn();
    const withMaterials = await act(notary, matter.id, matter.version, 'record-materials', {
      items: ['id', 'diploma'],
    });
    const accepted = await act(notary, matter.id, withMaterials.version, 'accept', { notaryName: '郑宏' });
    expect(accepted.handlerUserId).toBe(account.id);
    // 公证法 第三十条: 15 working days from Thu 2026-09-24 (中秋、国庆 skipped) → Thu 10-22.
    expect(await deadlinesOf(notary, matter.id)).toEqual([['certificate', '2026-10-22']]);
    expect(await deadlinesOf(clerk, matter.id)).toEqual([]);
    const [audit] = await t.services.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, matter.id), eq(auditLog.action, 'matter.accept')));
    expect(audit?.before).toMatchObject({ handlerUserId: expect.any(String) });
    expect(audit?.before).not.toMatchObject({ handlerUserId: account.id });
    expect(audit?.after).toMatchObject({ handlerUserId: account.id });
  });

  it('a notary already handling it (picked as 承办公证员) keeps it when another notary records the acceptance', async () => {
    const handling = await t.createStaff({ roles: ['notary'], displayName: '李公证员' });
    const other = await t.login({ roles: ['notary'] });
    const matter = await walkIn();
    const withMaterials = await act(other, matter.id, matter.version, 'record-materials', {
      items: ['id', 'diploma'],
    });
    const accepted = await act(other, matter.id, withMaterials.version, 'accept', {
      notaryName: '李公证员',
      notaryUserId: handling.id,
    });
    expect(accepted.handlerUserId).toBe(handling.id);
    const again = await act(other, matter.id, accepted.version, 'record-explanation', {
      content: '已告知学历公证的法律意义及公证书用途、效力和可能产生的后果',
      acknowledgedBy: '王小明',
    });
    expect(again.handlerUserId).toBe(handling.id);
  });
});
