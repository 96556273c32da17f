/** POST /api/matters/:id/parties: a party added after registration (scope, version, audit, conflicts). */
import { and, eq } from 'drizzle-orm';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, organisations } from '../db/schema/index';
import { buildTestApp, type TestApp, type TestClient } from '../test/app';
import { forgetCachedSessions } from '../use-cases/auth/session-cache';

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

    // The consenting party is picked among the matter's own parties: another matter's party is refused.
    const partyDetails = added.json().item.partyDetails as { id: string; name: string }[];
    const company = partyDetails.find((p) => p.name === '包头某装修公司')!;
    const elsewhere = await staff.post('/api/matters', {
      service: 'mediation',
      payload: { initiatedBy: 'party', applicants: 'one', disputeKind: 'neighbour', facts: '另一起纠纷' },
      parties: [{ personId: await person('其他当事人'), role: 'applicant' }],
    });
    const foreign = (elsewhere.json().item.partyDetails as { id: string }[])[0]!;
    const notMine = await staff.post(`/api/matters/${matter.id}/actions`, {
      type: 'other-party-consents',
      expectedVersion: item.version,
      payload: { partyId: foreign.id, partyName: '其他当事人' },
    });
    expect(notMine.statusCode).toBe(400);
    expect(notMine.json()).toMatchObject({
      code: 'MATTER.PARTY_NOT_IN_MATTER',
      field: 'payload.partyId',
      message: '所选当事人不是本事项的当事人',
    });
    // An action after it still lands in the log (the version moved on).
    const next = await staff.post(`/api/matters/${matter.id}/actions`, {
      type: 'other-party-consents',
      expectedVersion: item.version,
      payload: { partyId: company.id, partyName: company.name },
    });
    expect(next.statusCode, next.body).toBe(200);
    expect(next.json().item.state).toMatchObject({ allPartiesConsent: true });

    // The agreement lists both parties and counts its copies from them (人民调解法 第二十九条).
    // The mediator belongs to a 人民调解委员会 under the center: the agreement is that committee's.
    await t.services.db.insert(organisations).values({
      parentId: await t.orgId('包头市公共法律服务中心'),
      kind: 'mediation-committee',
      name: '昆都仑区少先路街道人民调解委员会',
    });
    // Written by plain SQL, not the use case: drop the cached sessions (scopes) now rather than at the NOTIFY.
    forgetCachedSessions(t.services.db);
    const mediator = await t.createStaff({
      roles: ['mediator'],
      displayName: '调解员乙',
      orgName: '昆都仑区少先路街道人民调解委员会',
    });
    let version = next.json().item.version as number;
    const act = async (type: string, payload: Record<string, unknown>) => {
      const r = await staff.post(`/api/matters/${matter.id}/actions`, {
        type,
        expectedVersion: version,
        payload,
      });
      expect(r.statusCode, r.body).toBe(200);
      version = r.json().item.version;
    };
    // The mediator picked must hold the mediator role.
    const notary = await t.createStaff({ roles: ['notary'], displayName: '公证员丙' });
    const wrongRole = await staff.post(`/api/matters/${matter.id}/actions`, {
      type: 'assign-mediator',
      expectedVersion: version,
      payload: { mediatorName: '公证员丙', mediatorUserId: notary.id, how: 'assigned' },
    });
    expect(wrongRole.statusCode).toBe(400);
    expect(wrongRole.json()).toMatchObject({
      code: 'MATTER.ACCOUNT_WRONG_ROLE',
      field: 'payload.mediatorUserId',
      message: '所选账号不是在职的人民调解员',
    });
    await act('assign-mediator', { mediatorName: '调解员乙', mediatorUserId: mediator.id, how: 'assigned' });
    await act('hold-session', { heldOn: '2026-09-01', summary: '双方陈述意见', public: false });
    await act('draft-agreement', {
      form: 'written',
      partiesDetails: '申请人乌兰其其格；被申请人包头某装修公司',
      facts: '装修噪音扰民',
      disputedPoints: '施工时间',
      responsibilities: '装修公司调整施工时间',
      terms: [
        { content: '每日20时后停止施工', performanceManner: '自行履行', performanceDeadline: '2026-09-30' },
      ],
    });
    const doc = await staff.get(`/api/matters/${matter.id}/documents/mediation-agreement`);
    expect(doc.statusCode).toBe(200);
    const xml = strFromU8(unzipSync(new Uint8Array(doc.rawPayload))['word/document.xml']!);
    const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/gu)].map((m) => m[1]).join('');
    expect(text).toContain('包头某装修公司');
    expect(text).toContain('本协议一式三份');
    expect(text.startsWith('昆都仑区少先路街道人民调解委员会人民调解协议书')).toBe(true);
    expect(text).not.toContain('包头市公共法律服务中心');
  });
});
