import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import { readOutbox } from '../notifications/outbox';
import { buildLegalAidTestApp, type LegalAidTestApp, residentId, SIGNATURE_PNG } from './legal-aid-test-kit';

/** A legal-aid test app (clock Monday 2026-03-16 09:00) with the public rate limits off for loopback. */
export async function buildCitizenTestApp(): Promise<LegalAidTestApp> {
  const previous = process.env.LAWHALL_RATE_LIMIT;
  process.env.LAWHALL_RATE_LIMIT = 'off';
  try {
    return await buildLegalAidTestApp();
  } finally {
    if (previous === undefined) delete process.env.LAWHALL_RATE_LIMIT;
    else process.env.LAWHALL_RATE_LIMIT = previous;
  }
}

/** The 6-digit code of the newest SMS to `phone` in the outbox. */
export async function lastCode(t: LegalAidTestApp, phone: string): Promise<string> {
  const [latest] = await readOutbox(t.services, phone, 1);
  const code = latest?.text.match(/验证码 (\d{6})/)?.[1];
  if (!code) throw new Error(`no code in the outbox for ${phone}`);
  return code;
}

export function publicPost(
  t: LegalAidTestApp,
  url: string,
  payload: unknown,
  headers: Record<string, string> = {},
) {
  return t.app.inject({ method: 'POST', url, payload: payload as object, headers });
}

/** An online wage-claim application with a fresh SMS code; expects 201 and returns the reply. */
export async function applyOnline(
  t: LegalAidTestApp,
  phone: string,
  overrides: Record<string, unknown> = {},
): Promise<{ number: string; verdict: string }> {
  const sent = await publicPost(t, '/api/public/sms-codes', { phone, purpose: 'apply' });
  expect(sent.statusCode, sent.body).toBe(200);
  const r: LightMyRequestResponse = await publicPost(t, '/api/public/legal-aid/applications', {
    caseKind: 'civil',
    matter: 'labour-relation-or-remuneration',
    circumstances: [],
    exemptions: [],
    hardship: { householdSize: 3, householdMonthlyIncomeYuan: 2400 },
    applicant: { name: '李春梅', idNumber: residentId('19800502', '046') },
    facts: '在建筑工地务工，被拖欠工资两个月，请求法律援助追索劳动报酬。',
    phone,
    code: await lastCode(t, phone),
    signaturePng: `data:image/png;base64,${SIGNATURE_PNG}`,
    commitmentAccepted: true,
    ...overrides,
  });
  expect(r.statusCode, r.body).toBe(201);
  return r.json();
}
