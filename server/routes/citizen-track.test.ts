/**
 * Citizens' online application and tracking (issue #6): the online application creates an 'online' matter
 * with the signed commitment; tracking a matter needs number + phone + a one-time SMS code, and a wrong
 * phone or code learns nothing (identical status, body and — through the steady floor — timing); codes are
 * single-use, expire after 5 minutes, die after 5 wrong tries and are throttled per phone.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  legalAidActions,
  legalAidDocuments,
  legalAidMatters,
  matterContacts,
  notificationOutbox,
  smsCodes,
} from '../db/schema/index';
import { readOutbox } from '../notifications/outbox';
import { STEADY_RESPONSE_MS } from '../use-cases/citizen/steady-timing';
import { applyOnline, buildCitizenTestApp, lastCode, publicPost } from './citizen-test-kit';
import { actOk, BUREAU, beijing, type LegalAidTestApp } from './legal-aid-test-kit';

let t: LegalAidTestApp;
beforeAll(async () => {
  t = await buildCitizenTestApp();
});
afterAll(async () => {
  await t.close();
});

const PHONE = '13904721001';

describe('online legal-aid application', () => {
  it('guides: asks only what the verdict needs, then shows the outcome and its article', async () => {
    const first = await publicPost(t, '/api/public/legal-aid/guide', {});
    expect(first.json().next).toBe('caseKind');
    const done = await publicPost(t, '/api/public/legal-aid/guide', {
      caseKind: 'civil',
      matter: 'labour-relation-or-remuneration',
      circumstances: [],
      exemptions: ['migrant-worker-wage-or-injury'],
    });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ next: null, verdict: 'eligible', hardship: 'exempt' });
    expect(done.json().messages.map((m: { article: string }) => m.article)).toContain(
      '法律援助法 第四十二条',
    );
  });

  it('creates an online matter with the signed commitment and the verified phone, no login', async () => {
    const reply = await applyOnline(t, PHONE);
    expect(reply.number).toMatch(/^包法援〔2026〕第\d{4}号$/);
    expect(reply.verdict).toBe('eligible');
    const [matter] = await t.services.db
      .select()
      .from(legalAidMatters)
      .where(eq(legalAidMatters.number, reply.number));
    expect(matter).toMatchObject({
      channel: 'online',
      status: 'applied',
      hardshipMethod: 'commitment',
      createdBy: null,
    });
    const docs = await t.services.db
      .select()
      .from(legalAidDocuments)
      .where(eq(legalAidDocuments.matterId, matter!.id));
    expect(docs.map((d) => d.kind)).toEqual(['commitment-signature']);
    // The signed commitment is in the matter's log (办理记录), after the application.
    const actions = await t.services.db
      .select()
      .from(legalAidActions)
      .where(eq(legalAidActions.matterId, matter!.id));
    expect(actions.map((a) => [a.type, a.actorRole])).toEqual([
      ['apply', 'applicant'],
      ['attach', 'applicant'],
    ]);
    expect(actions[1]!.payload).toMatchObject({ kind: 'commitment-signature', fileId: docs[0]!.id });
    const [contact] = await t.services.db
      .select()
      .from(matterContacts)
      .where(eq(matterContacts.matterId, matter!.id));
    expect(contact!.phoneMasked).toBe('139****1001');
    // The clerk sees it in the list like any other application, received online.
    const list = await t.clerk.get('/api/legal-aid/applications?pageSize=50');
    expect(list.json().items.map((i: { number: string }) => i.number)).toContain(reply.number);
  });

  it('checks the signature by its bytes, refuses a wrong code, and spends a code once', async () => {
    t.clockAt('2026-03-16T09:30');
    const phone = '13904721002';
    await publicPost(t, '/api/public/sms-codes', { phone, purpose: 'apply' });
    const code = await lastCode(t, phone);
    const body = {
      caseKind: 'civil',
      matter: 'maintenance',
      applicant: { name: '李春梅', idNumber: '11010519491231002X' },
      facts: '请求法律援助追索赡养费。',
      phone,
      code,
      signaturePng: Buffer.from('GIF89a not a png').toString('base64'),
      commitmentAccepted: true,
    };
    const notPng = await publicPost(t, '/api/public/legal-aid/applications', body);
    expect(notPng.json().code).toBe('LEGAL_AID.INVALID_FILE');
    const png = `data:image/png;base64,${Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1]).toString('base64')}`;
    const wrongCode = await publicPost(t, '/api/public/legal-aid/applications', {
      ...body,
      signaturePng: png,
      code: code === '000000' ? '000001' : '000000',
    });
    expect(wrongCode.json().code).toBe('CITIZEN.INVALID_CODE');
    const ok = await publicPost(t, '/api/public/legal-aid/applications', { ...body, signaturePng: png });
    expect(ok.statusCode, ok.body).toBe(201);
    const reused = await publicPost(t, '/api/public/legal-aid/applications', { ...body, signaturePng: png });
    expect(reused.statusCode).toBe(400);
    expect(reused.json().code).toBe('CITIZEN.INVALID_CODE');
  });

  it('checks a code when it is typed without spending it; wrong checks count against its 5 tries', async () => {
    t.clockAt('2026-03-16T09:40');
    const phone = '13904721003';
    await publicPost(t, '/api/public/sms-codes', { phone, purpose: 'apply' });
    const code = await lastCode(t, phone);
    const wrong = code === '000000' ? '000001' : '000000';
    const check = (c: string, purpose = 'apply') =>
      publicPost(t, '/api/public/sms-codes/check', { phone, purpose, code: c });

    const bad = await check(wrong);
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ code: 'CITIZEN.INVALID_CODE' });
    expect((await check(code, 'book')).statusCode).toBe(400);
    // A right code stays live: checked twice, then spent by the application itself.
    expect((await check(code)).json()).toEqual({ valid: true });
    expect((await check(code)).statusCode).toBe(200);
    const applied = await publicPost(t, '/api/public/legal-aid/applications', {
      caseKind: 'civil',
      matter: 'maintenance',
      applicant: { name: '李春梅', idNumber: '11010519491231002X' },
      facts: '请求法律援助追索赡养费。',
      phone,
      code,
      signaturePng: `data:image/png;base64,${Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1]).toString('base64')}`,
      commitmentAccepted: true,
    });
    expect(applied.statusCode, applied.body).toBe(201);
    expect((await check(code)).statusCode).toBe(400);

    // Brute force: the check shares the code's 5 tries; after them even the right code is dead.
    t.clockAt('2026-03-16T09:42');
    await publicPost(t, '/api/public/sms-codes', { phone, purpose: 'apply' });
    const fresh = await lastCode(t, phone);
    const miss = fresh === '000000' ? '000001' : '000000';
    for (let i = 0; i < 5; i++) expect((await check(miss)).statusCode).toBe(400);
    expect((await check(fresh)).statusCode).toBe(400);
  });
});

describe('tracking with number + phone + SMS code', () => {
  let number: string;
  beforeAll(async () => {
    t.clockAt('2026-03-16T10:00');
    number = (await applyOnline(t, '13904721010')).number;
  });

  async function timed(url: string, body: unknown) {
    const started = performance.now();
    const r = await publicPost(t, url, body);
    return { r, ms: performance.now() - started };
  }

  it('answers a matching and a non-matching request alike, and sends an SMS only to the matching phone', async () => {
    t.clockAt('2026-03-16T10:05');
    const right = await timed('/api/public/track/code', { matterNumber: number, phone: '13904721010' });
    const wrongPhone = await timed('/api/public/track/code', { matterNumber: number, phone: '13904729999' });
    const wrongNumber = await timed('/api/public/track/code', {
      matterNumber: '包法援〔2026〕第9999号',
      phone: '13904721011',
    });
    for (const { r, ms } of [right, wrongPhone, wrongNumber]) {
      expect(r.statusCode).toBe(200);
      expect(r.body).toBe(right.r.body);
      expect(ms).toBeGreaterThanOrEqual(STEADY_RESPONSE_MS - 5);
    }
    expect((await readOutbox(t.services, '13904721010')).map((m) => m.template)).toContain('sms-code.track');
    expect(await readOutbox(t.services, '13904729999')).toEqual([]);
    expect(await readOutbox(t.services, '13904721011')).toEqual([]);
    // The decoys were written as codes too (same throttle, same work), bound to no matter.
    const decoys = await t.services.db
      .select()
      .from(smsCodes)
      .where(eq(smsCodes.phoneHash, t.services.cipher.lookupHash('13904729999')));
    expect(decoys).toHaveLength(1);
    expect(decoys[0]!.matterId).toBeNull();
    // Only the code's HMAC is kept, never the code.
    const code = await lastCode(t, '13904721010');
    const [stored] = await t.services.db
      .select()
      .from(smsCodes)
      .where(eq(smsCodes.phoneHash, t.services.cipher.lookupHash('13904721010')));
    expect(JSON.stringify(stored)).not.toContain(code);
    const outboxRows = await t.services.db.select().from(notificationOutbox);
    expect(JSON.stringify(outboxRows)).not.toContain(code);
  });

  it('gives the same 400 for a wrong phone, a wrong number and a wrong code; the right trio opens the matter once', async () => {
    const code = await lastCode(t, '13904721010');
    const attempts = [
      { matterNumber: number, phone: '13904729999', code },
      { matterNumber: '包法援〔2026〕第9999号', phone: '13904721010', code },
      { matterNumber: number, phone: '13904721010', code: code === '000000' ? '000001' : '000000' },
    ];
    const replies = [];
    for (const body of attempts) replies.push(await timed('/api/public/track/verify', body));
    for (const { r, ms } of replies) {
      expect(r.statusCode).toBe(400);
      expect(r.body).toBe(replies[0]!.r.body);
      expect(ms).toBeGreaterThanOrEqual(STEADY_RESPONSE_MS - 5);
    }
    expect(replies[0]!.r.json().code).toBe('CITIZEN.INVALID_CODE');

    // Typed loosely (wrong brackets, no 第): still the same matter.
    const loose = number.replace('〔', '[').replace('〕', ']').replace('第', '');
    const ok = await publicPost(t, '/api/public/track/verify', {
      matterNumber: loose,
      phone: '13904721010',
      code,
    });
    expect(ok.statusCode, ok.body).toBe(200);
    const { token, matter } = ok.json();
    expect(matter).toMatchObject({
      number,
      status: 'applied',
      channelLabel: '网上申请',
      applicantName: '李**',
    });
    expect(JSON.stringify(matter)).not.toMatch(/\d{17}[\dX]/);

    const again = await publicPost(t, '/api/public/track/verify', {
      matterNumber: number,
      phone: '13904721010',
      code,
    });
    expect(again.statusCode).toBe(400);
    expect(again.body).toBe(replies[0]!.r.body);

    const view = await t.app.inject({
      method: 'GET',
      url: '/api/public/track/matter',
      headers: { 'x-citizen-token': token },
    });
    expect(view.statusCode).toBe(200);
    const none = await t.app.inject({ method: 'GET', url: '/api/public/track/matter' });
    expect(none.statusCode).toBe(404);
    const forged = await t.app.inject({
      method: 'GET',
      url: '/api/public/track/matter',
      headers: { 'x-citizen-token': `${token}x` },
    });
    expect(forged.statusCode).toBe(404);
  });

  it('lets a code expire after 5 minutes', async () => {
    t.clockAt('2026-03-16T11:00');
    await publicPost(t, '/api/public/track/code', { matterNumber: number, phone: '13904721010' });
    const code = await lastCode(t, '13904721010');
    t.services.clock.set(new Date(beijing('2026-03-16T11:05').getTime() + 1000));
    const late = await publicPost(t, '/api/public/track/verify', {
      matterNumber: number,
      phone: '13904721010',
      code,
    });
    expect(late.statusCode).toBe(400);
    expect(late.json().code).toBe('CITIZEN.INVALID_CODE');
  });

  it('kills a code after 5 wrong tries, even for the right code afterwards', async () => {
    t.clockAt('2026-03-16T11:10');
    await publicPost(t, '/api/public/track/code', { matterNumber: number, phone: '13904721010' });
    const code = await lastCode(t, '13904721010');
    const wrong = code === '111111' ? '222222' : '111111';
    for (let i = 0; i < 5; i++)
      await publicPost(t, '/api/public/track/verify', {
        matterNumber: number,
        phone: '13904721010',
        code: wrong,
      });
    const right = await publicPost(t, '/api/public/track/verify', {
      matterNumber: number,
      phone: '13904721010',
      code,
    });
    expect(right.statusCode).toBe(400);
  });

  it('throttles codes per phone (one a minute per purpose), matched or not alike', async () => {
    t.clockAt('2026-03-16T11:20');
    const first = await publicPost(t, '/api/public/track/code', {
      matterNumber: number,
      phone: '13904721010',
    });
    const second = await publicPost(t, '/api/public/track/code', {
      matterNumber: number,
      phone: '13904721010',
    });
    const decoyFirst = await publicPost(t, '/api/public/track/code', {
      matterNumber: number,
      phone: '13904728888',
    });
    const decoySecond = await publicPost(t, '/api/public/track/code', {
      matterNumber: number,
      phone: '13904728888',
    });
    expect([first.statusCode, second.statusCode, decoyFirst.statusCode, decoySecond.statusCode]).toEqual([
      200, 429, 200, 429,
    ]);
    expect(second.body).toBe(decoySecond.body);
    expect(second.json().code).toBe('CITIZEN.CODE_RATE_LIMITED');
  });

  it('refuses malformed input as such (not a matter number, not a phone number)', async () => {
    const badNumber = await publicPost(t, '/api/public/track/code', {
      matterNumber: 'abc',
      phone: '13904721010',
    });
    expect(badNumber.json().code).toBe('CITIZEN.INVALID_MATTER_NUMBER');
    const badPhone = await publicPost(t, '/api/public/track/code', { matterNumber: number, phone: '12345' });
    expect(badPhone.json().code).toBe('PERSON.INVALID_PHONE');
  });
});

describe('a refused matter on the phone page (法律援助法 第四十三条、第四十九条)', () => {
  it('shows the refusal reasons and where to object, and marks the cut-off steps not applicable', async () => {
    t.clockAt('2026-03-17T09:00');
    const phone = '13904721077';
    const { number } = await applyOnline(t, phone);
    const [row] = await t.services.db
      .select({ id: legalAidMatters.id })
      .from(legalAidMatters)
      .where(eq(legalAidMatters.number, number));
    const id = row!.id;
    await actOk(t.clerk, id, 'accept');
    await actOk(t.reviewer, id, 'review', {
      recommendation: 'refuse',
      overrideReason: '核实发现申请人家庭另有经营收入，人均收入高于本市标准。',
    });
    await actOk(t.director, id, 'refuse', {
      reasonCodes: ['hardship-not-met'],
      reasons: '经核查，申请人家庭另有经营收入，家庭人均月收入超过本市经济困难标准。',
    });

    await publicPost(t, '/api/public/track/code', { matterNumber: number, phone });
    const ok = await publicPost(t, '/api/public/track/verify', {
      matterNumber: number,
      phone,
      code: await lastCode(t, phone),
    });
    expect(ok.statusCode, ok.body).toBe(200);
    const { matter } = ok.json();
    expect(matter.status).toBe('refused');
    expect(matter.steps.map((s: { label: string; state: string }) => [s.label, s.state])).toEqual([
      ['提交申请', 'done'],
      ['受理', 'done'],
      ['审查', 'done'],
      ['决定不予法律援助', 'done'],
      ['指派律师', 'not-applicable'],
      ['律师开始提供援助', 'not-applicable'],
      ['结案', 'not-applicable'],
    ]);
    expect(matter.refusal).toMatchObject({
      reasons: ['经济困难状况不符合规定标准'],
      explanation: '经核查，申请人家庭另有经营收入，家庭人均月收入超过本市经济困难标准。',
      objectionBody: BUREAU,
      objectionSource: '法律援助法 第四十九条',
      objectionDecided: false,
    });
    expect(matter.refusal.objectionNote).toContain(`可以向${BUREAU}提出`);
  });
});
