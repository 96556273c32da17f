import { count, eq } from 'drizzle-orm';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, legalAidActions, legalAidMatters, persons } from '../db/schema/index';
import {
  act,
  actOk,
  applicationBody,
  apply,
  beijing,
  buildLegalAidTestApp,
  type LegalAidTestApp,
  residentId,
  SIGNATURE_PNG,
} from './legal-aid-test-kit';

let t: LegalAidTestApp;

function documentXml(body: Buffer): string {
  return strFromU8(unzipSync(new Uint8Array(body))['word/document.xml']!);
}
beforeAll(async () => {
  t = await buildLegalAidTestApp();
});
afterAll(async () => {
  await t?.close();
});

async function rowCounts() {
  const db = t.services.db;
  const [matters] = await db.select({ n: count() }).from(legalAidMatters);
  const [actions] = await db.select({ n: count() }).from(legalAidActions);
  const [people] = await db.select({ n: count() }).from(persons);
  return { matters: matters!.n, actions: actions!.n, persons: people!.n };
}

describe('legal aid: the happy path on one business day (五个当天)', () => {
  it('applies with a commitment, accepts, reviews, grants, assigns, and the lawyer accepts', async () => {
    t.clockAt('2026-03-16T09:00');
    const preview = await t.clerk.post('/api/legal-aid/eligibility/preview', {
      caseKind: 'civil',
      matter: 'labour-relation-or-remuneration',
      hardship: { householdSize: 3, householdMonthlyIncomeYuan: 2400, method: 'commitment' },
    });
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json().result.verdict).toBe('eligible');
    expect(preview.json().result.perCapitaIncomeYuan).toBe(800);
    expect(preview.json().standard).toMatchObject({
      monthlyPerCapitaYuan: 1000,
      regionCode: '150200',
      isSample: true,
    });
    expect(preview.json().messages.map((m: { code: string }) => m.code)).toContain('HARDSHIP_MET');

    const matter = await apply(t.clerk, {}, { signCommitment: false });
    expect(matter.number).toBe('包法援〔2026〕第0001号');
    expect(matter.status).toBe('applied');
    expect(matter.version).toBe(1);
    expect(matter.applicant.idNumberMasked).toMatch(/^1502\*+/);
    expect(JSON.stringify(matter)).not.toContain('2400');
    expect(matter.eligibility.verdict).toBe('eligible');
    expect(matter.eligibility).not.toHaveProperty('perCapitaIncomeYuan');
    expect(matter.availableActions).toContain('accept');
    expect(matter.deadlines.map((d: { kind: string }) => d.kind)).toEqual(['decision']);
    expect(matter.deadlines[0]).toMatchObject({
      dueAt: '2026-03-23',
      source: '法律援助法 第四十三条',
      state: 'running',
    });
    const id = matter.id;

    t.clockAt('2026-03-16T09:05');
    const signed = await t.clerk.post(`/api/legal-aid/applications/${id}/commitment`, {
      signaturePng: SIGNATURE_PNG,
    });
    expect(signed.statusCode, signed.body).toBe(200);
    expect(signed.json().commitmentSigned).toBe(true);
    expect(signed.json().documents.map((d: { kind: string }) => d.kind)).toContain('commitment-letter');
    // The signature is evidence: in the history (办理记录) and the audit log, and the version moves on.
    expect(signed.json().version).toBe(matter.version + 1);
    expect(signed.json().actions.at(-1)).toMatchObject({
      type: 'attach',
      label: '签署告知承诺书',
      summary: '经济困难状况告知承诺书（现场签名）',
      at: beijing('2026-03-16T09:05').toISOString(),
    });

    t.clockAt('2026-03-16T09:10');
    expect((await actOk(t.clerk, id, 'accept')).status).toBe('under-review');
    t.clockAt('2026-03-16T09:40');
    const reviewed = await actOk(t.reviewer, id, 'review', { opinion: '符合条件' });
    expect(reviewed.eligibility.verdict).toBe('eligible');
    // Reviewed: awaiting the director's decision (待审批); the reviewer may only revise the review.
    expect(reviewed).toMatchObject({ status: 'reviewed', statusLabel: '待审批' });
    expect(reviewed.availableActions).toContain('review');
    expect(reviewed.availableActions).not.toContain('grant');
    const asDirector = (await t.director.get(`/api/legal-aid/applications/${id}`)).json();
    expect(asDirector.availableActions).toEqual(expect.arrayContaining(['grant', 'refuse']));
    t.clockAt('2026-03-16T10:30');
    const granted = await actOk(t.director, id, 'grant');
    expect(granted.status).toBe('granted');
    expect(granted.deadlines[0]).toMatchObject({ kind: 'assignment', dueAt: '2026-03-19' });

    const suggestions = await t.reviewer.get(`/api/legal-aid/applications/${id}/provider-suggestions`);
    expect(suggestions.statusCode, suggestions.body).toBe(200);
    expect(suggestions.json()[0]).toMatchObject({ lawyerId: t.lawyerId, conflict: false });
    expect(suggestions.json()[0].reasons.join()).toContain('劳动争议');
    // The same reasons as data, one Chinese text per code, for the client's language.
    const top = suggestions.json()[0] as { reasons: string[]; reasonCodes: { code: string; n?: number }[] };
    expect(top.reasonCodes).toContainEqual({ code: 'specialty', specialties: ['劳动争议'] });
    expect(top.reasonCodes).toContainEqual({ code: 'load', n: 0 });
    expect(top.reasons).toHaveLength(top.reasonCodes.length);
    expect(top.reasons[top.reasonCodes.findIndex((r) => r.code === 'load')]).toBe('在办法律援助案件 0 件');

    // Before assignment, the lawyer cannot see the matter at all.
    expect((await t.lawyer.get(`/api/legal-aid/applications/${id}`)).statusCode).toBe(403);

    t.clockAt('2026-03-16T11:00');
    const assigned = await actOk(t.reviewer, id, 'assign', { providerId: t.lawyerId, basis: 'expertise' });
    expect(assigned.status).toBe('assigned');
    expect(assigned.assignedProvider).toMatchObject({ lawyerId: t.lawyerId, name: '周志远' });
    // The list names the 承办人 too.
    const listed = (await t.reviewer.get('/api/legal-aid/applications')).json();
    expect(listed.items.find((m: { id: string }) => m.id === id)).toMatchObject({
      assignedLawyerId: t.lawyerId,
      assignedLawyerName: '周志远',
    });

    // Another lawyer still cannot see it, nor accept it.
    const other = await t.otherLawyer.get(`/api/legal-aid/applications/${id}`);
    expect([403, 404]).toContain(other.statusCode);
    const stolen = await t.otherLawyer.post(`/api/legal-aid/applications/${id}/actions`, {
      type: 'accept-assignment',
      expectedVersion: assigned.version,
    });
    expect([403, 404]).toContain(stolen.statusCode);
    expect((await t.otherLawyer.get('/api/legal-aid/applications')).json().total).toBe(0);

    const mine = await t.lawyer.get('/api/legal-aid/my-assignments');
    expect(mine.statusCode, mine.body).toBe(200);
    expect(mine.json().items.map((m: { id: string }) => m.id)).toEqual([id]);

    t.clockAt('2026-03-16T14:00');
    const started = await actOk(t.lawyer, id, 'accept-assignment');
    expect(started.status).toBe('in-progress');
    expect(started.fiveSameDay).toMatchObject({ met: true, businessDate: '2026-03-16', light: 'green' });
    expect(started.milestones).toHaveProperty('aidStartedAt');
    expect(started.actions.map((a: { type: string }) => a.type)).toEqual([
      'apply',
      'attach',
      'accept',
      'review',
      'grant',
      'assign',
      'accept-assignment',
    ]);
    // Each history line comes with its parts as data, for the client's English (free text as typed).
    const line = (type: string) =>
      started.actions.find((a: { type: string }) => a.type === type) as { summary: string; facts: object };
    expect(line('review')).toMatchObject({
      summary: '审查意见：给予法律援助（符合条件）',
      facts: { recommendation: 'grant', opinion: '符合条件' },
    });
    expect(line('assign').facts).toMatchObject({ providerName: '周志远' });
    expect(line('attach')).toMatchObject({
      label: '签署告知承诺书',
      facts: { kind: expect.stringMatching(/^commitment-s/) },
    });
    expect(line('accept').facts).toEqual({});

    const board = await t.director.get('/api/legal-aid/today?date=2026-03-16');
    expect(board.statusCode, board.body).toBe(200);
    expect(board.json().summary).toMatchObject({ total: 1, met: 1, rate: 1 });

    for (const kind of ['application-form', 'commitment-letter', 'grant-decision', 'assignment-notice']) {
      const doc = await t.reviewer.get(`/api/legal-aid/applications/${id}/documents/${kind}`);
      expect(doc.statusCode, `${kind}: ${doc.body.slice(0, 200)}`).toBe(200);
      expect(doc.headers['content-disposition']).toContain("filename*=UTF-8''");
    }

    // The lawyer's assignment notice and the application form carry the full ID number and phone
    // (the lawyer must reach the aided person), each download logged as a personal-data access;
    // the screens stay masked, and decisions without contact lines add no such entry.
    const fullId = residentId('19560318', '022');
    const before = await t.services.db.select().from(auditLog).where(eq(auditLog.entityId, id));
    const notice = await t.lawyer.get(`/api/legal-aid/applications/${id}/documents/assignment-notice`);
    expect(notice.statusCode, notice.body.slice(0, 200)).toBe(200);
    const noticeXml = documentXml(notice.rawPayload);
    expect(noticeXml).toContain(fullId);
    expect(noticeXml).toContain('13904720101');
    expect(noticeXml).not.toContain('****');
    const form = documentXml(
      (await t.clerk.get(`/api/legal-aid/applications/${id}/documents/application-form`)).rawPayload,
    );
    expect(form).toContain(fullId);
    expect(form).toContain('13904720101');
    await t.reviewer.get(`/api/legal-aid/applications/${id}/documents/grant-decision`);
    const after = await t.services.db.select().from(auditLog).where(eq(auditLog.entityId, id));
    const accesses = after
      .filter((a) => a.action === 'legal-aid.view-sensitive' && !before.some((b) => b.id === a.id))
      .map((a) => ({
        kind: (a.after as { kind: string }).kind,
        fields: (a.after as { fields: string[] }).fields,
      }));
    expect(accesses).toEqual([
      { kind: 'assignment-notice', fields: ['idNumber', 'phone'] },
      { kind: 'application-form', fields: ['idNumber', 'phone'] },
    ]);
    const screen = (await t.lawyer.get(`/api/legal-aid/applications/${id}`)).json();
    expect(screen.applicant.idNumberMasked).toContain('*');
    expect(screen.applicant.phoneMasked).toContain('*');
    expect(JSON.stringify(screen)).not.toContain(fullId);
  });

  it('lists matters masked, and searches by full ID number', async () => {
    const list = await t.reviewer.get('/api/legal-aid/applications');
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json().total).toBeGreaterThanOrEqual(1);
    expect(list.json().items[0].idNumberMasked).toContain('*');
    const byId = await t.reviewer.get(`/api/legal-aid/applications?q=${residentId('19560318', '022')}`);
    expect(byId.json().total).toBeGreaterThanOrEqual(1);
    // The applicant's name by pinyin, from any syllable: full, initials or a mixture (王秀英).
    for (const q of ['wangxiuying', 'wxy', 'wangxy', 'Wang Xiu', 'xiuying', 'xy']) {
      const found = (await t.reviewer.get(`/api/legal-aid/applications?q=${encodeURIComponent(q)}`)).json();
      expect(
        found.items.map((m: { applicantName: string }) => m.applicantName),
        q,
      ).toContain('王秀英');
    }
    // A syllable cannot be skipped.
    const skipping = (await t.reviewer.get('/api/legal-aid/applications?q=wangying')).json();
    expect(skipping.items.map((m: { applicantName: string }) => m.applicantName)).not.toContain('王秀英');
  });
});

describe('legal aid: the sensitive view', () => {
  it('returns income and the ID number only with a purpose, and audits the read', async () => {
    const matter = await apply(t.clerk, {
      applicant: { name: '李建华', idNumber: residentId('19720905', '013', '150204') },
    });
    const noPurpose = await t.reviewer.get(`/api/legal-aid/applications/${matter.id}/sensitive`);
    expect(noPurpose.statusCode).toBe(400);
    expect(
      (await t.clerk.get(`/api/legal-aid/applications/${matter.id}/sensitive?purpose=核对`)).statusCode,
    ).toBe(403);

    const r = await t.reviewer.get(
      `/api/legal-aid/applications/${matter.id}/sensitive?purpose=${encodeURIComponent('复核经济困难')}`,
    );
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toEqual({
      householdSize: 3,
      householdMonthlyIncomeYuan: 2400,
      perCapitaIncomeYuan: 800,
      idNumber: residentId('19720905', '013', '150204'),
    });
    const audits = await t.services.db.select().from(auditLog).where(eq(auditLog.entityId, matter.id));
    const read = audits.find((a) => a.action === 'legal-aid.view-sensitive');
    expect(read?.reason).toBe('复核经济困难');
    expect(JSON.stringify(audits)).not.toContain('2400');
  });
});

describe('legal aid: bad input is refused field by field, with nothing saved', () => {
  const cases: [string, Record<string, unknown>, string, string?][] = [
    [
      'invalid ID number',
      { applicant: { name: '张三', idNumber: '150203195603180221' } },
      'applicant.idNumber',
      'PERSON.INVALID_ID_NUMBER',
    ],
    [
      'household size 0',
      { hardship: { householdSize: 0, householdMonthlyIncomeYuan: 100, method: 'commitment' } },
      'hardship.householdSize',
    ],
    [
      'household size 2.5',
      { hardship: { householdSize: 2.5, householdMonthlyIncomeYuan: 100, method: 'commitment' } },
      'hardship.householdSize',
    ],
    [
      'negative income',
      { hardship: { householdSize: 2, householdMonthlyIncomeYuan: -1, method: 'commitment' } },
      'hardship.householdMonthlyIncomeYuan',
    ],
    [
      'non-numeric income',
      { hardship: { householdSize: 2, householdMonthlyIncomeYuan: '很多', method: 'commitment' } },
      'hardship.householdMonthlyIncomeYuan',
    ],
    [
      'received in the future',
      { receivedAt: '2026-03-17T09:00:00+08:00' },
      'receivedAt',
      'LEGAL_AID.FUTURE_DATE',
    ],
    ['unknown case kind', { caseKind: 'tax' }, 'caseKind'],
  ];
  for (const [name, overrides, field, code] of cases) {
    it(`${name} → 400 ${field}`, async () => {
      t.clockAt('2026-03-16T09:00');
      const before = await rowCounts();
      const r = await t.clerk.post('/api/legal-aid/applications', applicationBody(overrides));
      expect(r.statusCode, r.body).toBe(400);
      expect(r.json().field).toBe(field);
      if (code) expect(r.json().code).toBe(code);
      expect(r.json().message).toMatch(/[\u4e00-\u9fff]/u);
      expect(await rowCounts()).toEqual(before);
    });
  }

  it('refuses a wrong role with 403 and an unknown action payload with 400', async () => {
    const matter = await apply(t.clerk, {
      applicant: { name: '张桂兰', idNumber: residentId('19480712', '046', '150202') },
    });
    const byDirector = await act(t.director, matter.id, 'accept');
    expect(byDirector.statusCode).toBe(403);
    await actOk(t.clerk, matter.id, 'accept');
    const badDue = await act(t.clerk, matter.id, 'request-materials', {
      items: ['身份证'],
      dueDate: '2026-03-10',
    });
    expect(badDue.statusCode).toBe(400);
    expect(badDue.json()).toMatchObject({ code: 'LEGAL_AID.INVALID_PAYLOAD', field: 'dueDate' });
    const early = await act(t.director, matter.id, 'grant');
    expect(early.statusCode).toBe(409);
    expect(early.json().code).toBe('LEGAL_AID.INVALID_TRANSITION');
  });
});
