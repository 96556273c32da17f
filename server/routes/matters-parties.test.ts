/** POST /api/matters/:id/parties: a party added after registration (scope, version, audit, conflicts). */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../db/schema/index';
import { buildTestApp, type TestApp, type TestClient } from '../test/app';

let t: TestApp;
let staff: TestClient;

beforeAll(async () => {
  t = await buildTestApp();
  t.services.clock.set(new Date('2026-09-01T10:00:00+08:00'));
  staff = await t.login({ roles: ['window-clerk', 'mediator'] });
});
afterAll(async () => {
  await t?.close();
});

async function person(name: string): Promise<string> {
  const r = await staff.post('/api/persons', { name });
  expect(r.statusCode, r.body).toBe(201);
  return r.json().item.id;
}

describe('adding a party to a registered matter', () => {
  it('adds the other side with a role, audited and versioned; refuses duplicates, stale versions, other scopes', async () => {
    const [applicant, other] = [await person('乌兰其其格'), await person('包头某装修公司')];
    const opened = await staff.post('/api/matters', {
      service: 'mediation',
      payload: { initiatedBy: 'party', applicants: 'one', disputeKind: 'neighbour', facts: '装修噪音扰民' },
      parties: [{ personId: applicant, role: 'applicant' }],
    });
    expect(opened.statusCode, opened.body).toBe(201);
    const matter = opened.json().item as { id: string; version: number };

    const added = await staff.post(`/api/matters/${matter.id}/parties`, {
      expectedVersion: matter.version,
      personId: other,
      role: 'respondent',
    });
    expect(added.statusCode, added.body).toBe(200);
    const item = added.json().item as { version: number; parties: { name: string; role: string }[] };
    expect(item.parties).toEqual([
      { name: '乌兰其其格', role: 'applicant' },
      { name: '包头某装修公司', role: 'respondent' },
    ]);
    expect(item.version).toBe(matter.version + 1);
    expect(added.json().warnings).toEqual([]);
    const audit = await t.services.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, matter.id), eq(auditLog.action, 'matter.add-party')));
    expect(audit).toHaveLength(1);

    const again = await staff.post(`/api/matters/${matter.id}/parties`, {
      expectedVersion: item.version,
      personId: other,
      role: 'respondent',
    });
    expect(again.statusCode).toBe(400);
    expect(again.json()).toMatchObject({ code: 'MATTER.PARTY_EXISTS', field: 'personId' });
    const stale = await staff.post(`/api/matters/${matter.id}/parties`, {
      expectedVersion: matter.version,
      personId: await person('第三人甲'),
      role: 'third-party',
    });
    expect(stale.statusCode).toBe(409);
    const county = await t.login({ roles: ['window-clerk'], orgName: '东河区司法局' });
    const outside = await county.post(`/api/matters/${matter.id}/parties`, {
      expectedVersion: item.version,
      personId: other,
      role: 'respondent',
    });
    expect(outside.statusCode).toBe(403);

    // An action after it still lands in the log (the version moved on).
    const next = await staff.post(`/api/matters/${matter.id}/actions`, {
      type: 'other-party-consents',
      expectedVersion: item.version,
      payload: { partyName: '包头某装修公司' },
    });
    expect(next.statusCode, next.body).toBe(200);
  });
});
