/**
 * Error language (docs/api-conventions.md): the same bad request gets its message in Chinese by default
 * and in English with `x-lawhall-locale: en` — code and field unchanged — for the matter procedures'
 * refusals, their payload checks, the matter routes' own schemas and use cases, stale versions, missing
 * and forbidden records, and login; conflict warnings carry both languages.
 */
import { hasCjk } from '@core/i18n/localized';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp, type TestClient } from '../test/app';

let t: TestApp;
let staff: TestClient;
let auditor: TestClient;
const EN = { 'x-lawhall-locale': 'en' };

beforeAll(async () => {
  t = await buildTestApp();
  t.services.clock.set(new Date('2026-09-01T10:00:00+08:00'));
  staff = await t.login({ roles: ['window-clerk', 'mediator'] });
  auditor = await t.login({ roles: ['auditor'] });
});
afterAll(async () => {
  await t?.close();
});

interface ErrorReply {
  code: string;
  message: string;
  field?: string;
  details?: { field?: string; message: string }[];
}

/** Sends the request twice, without and with the English header; both replies must share status, code, field. */
async function both(
  client: TestClient,
  method: 'GET' | 'POST',
  url: string,
  body?: unknown,
): Promise<{ status: number; zh: ErrorReply; en: ErrorReply }> {
  const send = (headers: Record<string, string>): Promise<LightMyRequestResponse> =>
    client.request({ method, url, headers, ...(body === undefined ? {} : { payload: body as object }) });
  const [zh, en] = [await send({}), await send(EN)];
  expect(en.statusCode, en.body).toBe(zh.statusCode);
  const [zhBody, enBody] = [zh.json() as ErrorReply, en.json() as ErrorReply];
  expect(enBody.code).toBe(zhBody.code);
  expect(enBody.field).toBe(zhBody.field);
  expect(zhBody.message).toMatch(/\p{Script=Han}/u);
  expect(enBody.message.trim()).not.toBe('');
  expect(hasCjk(enBody.message), enBody.message).toBe(false);
  return { status: zh.statusCode, zh: zhBody, en: enBody };
}

const consultation = {
  channel: 'window',
  category: 'property',
  question: '楼上漏水把我家顶棚泡坏了',
};

async function openConsultation(): Promise<{ id: string; version: number }> {
  const r = await staff.post('/api/matters', { service: 'consultation', payload: consultation });
  expect(r.statusCode, r.body).toBe(201);
  return r.json().item;
}

describe('error messages in the language of the request', () => {
  it("a procedure's own refusal (a clerk's answer naming a lawyer)", async () => {
    const matter = await openConsultation();
    const r = await both(staff, 'POST', `/api/matters/${matter.id}/actions`, {
      type: 'answer',
      expectedVersion: matter.version,
      payload: {
        answererKind: 'window-clerk',
        answererName: '窗口工作人员',
        lawyerId: '6f1c2b9e-3a4d-4e5f-8a7b-1c2d3e4f5a6b',
        answer: '可以申请人民调解',
        minutes: 10,
      },
    });
    expect(r.status).toBe(400);
    expect(r.zh).toMatchObject({
      code: 'CONSULTATION.CLERK_WITH_LAWYER_ID',
      message: '窗口工作人员解答的，不应填写律师编号',
      field: 'payload.lawyerId',
    });
    expect(r.en.message).toBe('A consultation answered by window staff takes no lawyer id');
  });

  it("a payload its procedure's schema rejects names the field in English", async () => {
    const r = await both(staff, 'POST', '/api/matters', {
      service: 'consultation',
      payload: { channel: 'window', category: 'property' },
    });
    expect(r.status).toBe(400);
    expect(r.zh).toMatchObject({ code: 'CONSULTATION.INVALID_PAYLOAD', field: 'payload.question' });
    expect(r.zh.message).toBe('请填写咨询的问题');
    expect(r.en.message).toBe('Question is required');
  });

  it("the action a matter's status does not allow names action and status in English", async () => {
    const matter = await openConsultation();
    const r = await both(staff, 'POST', `/api/matters/${matter.id}/actions`, {
      type: 'register',
      expectedVersion: matter.version,
      payload: consultation,
    });
    expect(r.status).toBe(409);
    expect(r.zh.code).toBe('CONSULTATION.ALREADY_OPENED');
    expect(r.en.message).toMatch(/^The matter is already registered; “.+” cannot be taken again$/);
  });

  it("the matter routes' request schema: the field's English name and what is wrong, per issue", async () => {
    const r = await both(staff, 'POST', '/api/matters', {
      service: 'no-such-window',
      parties: [{ role: 'applicant' }],
    });
    expect(r.status).toBe(400);
    expect(r.zh.code).toBe('COMMON.INVALID_INPUT');
    expect(r.zh.message).toBe('输入有误：请选择办理窗口（服务）');
    expect(r.en.message).toBe('Invalid input: Window (service): choose one of the values offered');
    expect(r.en.details).toEqual([
      { field: 'service', message: 'Window (service): choose one of the values offered' },
      {
        field: 'parties.0.personId',
        message: 'Choose a registered person, or give the name of the organisation',
      },
    ]);
    expect(r.zh.details?.map((d) => d.message)).toEqual([
      '请选择办理窗口（服务）',
      '请选择登记的人员，或填写单位名称',
    ]);
  });

  it('a stale version, a missing matter, a forbidden write, a use case of the matters store', async () => {
    const matter = await openConsultation();
    const stale = await both(staff, 'POST', `/api/matters/${matter.id}/actions`, {
      type: 'withdraw',
      expectedVersion: matter.version + 5,
      payload: {},
    });
    expect(stale.zh).toMatchObject({
      code: 'COMMON.STALE_VERSION',
      message: '该事项已被他人修改，请刷新后重试',
    });
    expect(stale.en.message).toBe('This matter was changed by someone else; refresh and try again');

    const missing = await both(staff, 'GET', '/api/matters/6f1c2b9e-3a4d-4e5f-8a7b-1c2d3e4f5a6b');
    expect(missing.status).toBe(404);
    expect(missing.en).toMatchObject({ code: 'MATTER.NOT_FOUND', message: 'The matter does not exist' });

    const forbidden = await both(auditor, 'POST', '/api/matters', {
      service: 'consultation',
      payload: consultation,
    });
    expect(forbidden.status).toBe(403);
    expect(forbidden.en).toMatchObject({ code: 'AUTH.FORBIDDEN', message: 'You are not allowed to do this' });

    const unknownPerson = await both(staff, 'POST', `/api/matters/${matter.id}/parties`, {
      expectedVersion: matter.version,
      personId: '6f1c2b9e-3a4d-4e5f-8a7b-1c2d3e4f5a6b',
      role: 'respondent',
    });
    expect(unknownPerson.en).toMatchObject({
      code: 'MATTER.UNKNOWN_PERSON',
      field: 'personId',
      message: 'No such person, or not within your area',
    });
  });

  it('login and unknown routes', async () => {
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: EN,
      payload: { username: 'nobody-here', password: 'wrong-password' },
    });
    expect(login.statusCode).toBe(401);
    expect(login.json()).toMatchObject({
      code: 'AUTH.INVALID_CREDENTIALS',
      message: 'Wrong user name or password',
    });
    const anonymous = await t.app.inject({ method: 'GET', url: '/api/matters', headers: EN });
    expect(anonymous.json()).toMatchObject({ code: 'AUTH.UNAUTHENTICATED', message: 'Please log in first' });
    const route = await both(staff, 'GET', '/api/no-such-route');
    expect(route.en.message).toBe('Not found: GET /api/no-such-route');
  });
});

describe('conflict warnings in both languages', () => {
  it('the same person on both sides of a new matter', async () => {
    const r = await staff.post('/api/matters/conflict-check', {
      parties: [
        { name: '包头某装修公司', role: 'applicant' },
        { name: '包头某装修公司', role: 'respondent' },
      ],
    });
    expect(r.statusCode, r.body).toBe(200);
    const [warning] = r.json().warnings as { message: string; messageEn: string }[];
    expect(warning?.message).toBe(
      '包头某装修公司在本事项中既是申请人又是被申请人，双方立场相对，请注意利益冲突',
    );
    expect(warning?.messageEn).toBe(
      'The same person is both applicant and respondent in this matter: opposite sides, mind the conflict of interest',
    );
  });
});
