import { residentIdCheckChar } from '@core/identity';
import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import { hardshipStandards, lawyers } from '../db/schema/index';
import { buildTestApp, type TestApp, type TestClient } from '../test/app';

/** Test helpers of the legal-aid route tests (not a test file itself). */

export const AGENCY = '包头市法律援助中心';
export const BUREAU = '包头市司法局';

/** A valid resident ID number (GB 11643 check character). */
export function residentId(birth: string, sequence = '123', division = '150203'): string {
  const body = `${division}${birth}${sequence}`;
  return body + residentIdCheckChar(body);
}

/** Beijing wall-clock time `YYYY-MM-DDTHH:MM` as an instant. */
export function beijing(local: string): Date {
  return new Date(`${local}:00+08:00`);
}

export interface LegalAidTestApp extends TestApp {
  clockAt(local: string): void;
  clerk: TestClient;
  reviewer: TestClient;
  director: TestClient;
  director2: TestClient;
  leader: TestClient;
  /** The lawyer with a staff account (roster id `lawyerId`, 12 years of practice, 劳动争议). */
  lawyer: TestClient;
  lawyerId: string;
  /** Another lawyer with an account, never assigned in the happy path. */
  otherLawyer: TestClient;
  otherLawyerId: string;
  /** A lawyer with 1 year of practice (art. 26 tests). */
  juniorLawyerId: string;
}

/**
 * A test app whose clock stands on Monday 2026-03-16 09:00 Beijing, with the sample standard (1000 yuan per person per month,
 * 包头市, from 2022-01-01), three lawyers and the agency's staff logged in.
 */
export async function buildLegalAidTestApp(): Promise<LegalAidTestApp> {
  const t = await buildTestApp();
  const clockAt = (local: string) => t.services.clock.set(beijing(local));
  const cityId = await t.orgId(BUREAU);
  await t.services.db.insert(hardshipStandards).values({
    regionCode: '150200',
    basis: 'low-income',
    area: 'all',
    monthlyPerCapitaYuan: '1000.00',
    effectiveFrom: '2022-01-01',
    source: '测试用示例标准',
    isSample: true,
  });
  const lawyerUser = await t.createStaff({ roles: ['lawyer'], displayName: '周志远' });
  const otherUser = await t.createStaff({ roles: ['lawyer'], displayName: '高雅琴' });
  const rows = await t.services.db
    .insert(lawyers)
    .values([
      {
        orgId: cityId,
        userId: lawyerUser.id,
        name: '周志远',
        licenceNo: '11502201410000001',
        firstPracticeYear: 2014,
        specialties: ['劳动争议', '婚姻家事'],
        areas: ['150203'],
        teamMember: true,
      },
      {
        orgId: cityId,
        userId: otherUser.id,
        name: '高雅琴',
        licenceNo: '11502201020000002',
        firstPracticeYear: 2010,
        specialties: ['刑事辩护'],
        areas: ['150202'],
      },
      {
        orgId: cityId,
        name: '潘一鸣',
        licenceNo: '11502202510000003',
        firstPracticeYear: 2025,
        specialties: ['刑事辩护', '劳动争议'],
        areas: ['150203'],
      },
    ])
    .returning({ id: lawyers.id });
  // Sessions are opened on the real clock (late 2026), so they outlive the simulated March days.
  const login = (username: string) => t.login({ username });
  const app: LegalAidTestApp = {
    ...t,
    clockAt,
    clerk: await t.login({ roles: ['window-clerk'] }),
    reviewer: await t.login({ roles: ['legal-aid-reviewer'], orgName: AGENCY }),
    director: await t.login({ roles: ['legal-aid-director'], orgName: AGENCY }),
    director2: await t.login({ roles: ['legal-aid-director'], orgName: AGENCY }),
    leader: await t.login({ roles: ['bureau-leader'], orgName: BUREAU }),
    lawyer: await login(lawyerUser.username),
    lawyerId: rows[0]!.id,
    otherLawyer: await login(otherUser.username),
    otherLawyerId: rows[1]!.id,
    juniorLawyerId: rows[2]!.id,
  };
  clockAt('2026-03-16T09:00');
  return app;
}

/** A complete, eligible application body (labour remuneration, 3 people, 2,400 yuan a month). */
export function applicationBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    channel: 'window',
    applicant: { name: '王秀英', idNumber: residentId('19560318', '022'), phone: '13904720101' },
    opposingParty: { name: '包头市某建筑公司', kind: 'organisation' },
    facts: '申请人在某工地务工，被拖欠工资三个月，请求法律援助追索劳动报酬。',
    caseKind: 'civil',
    matter: 'labour-relation-or-remuneration',
    hardship: { householdSize: 3, householdMonthlyIncomeYuan: 2400, method: 'commitment' },
    ...overrides,
  };
}

/**
 * POST an application and expect 201; returns the detail. An application whose hardship is evidenced by
 * commitment (the default body's) then has its 告知承诺书 signed, as the window does before a grant
 * (法律援助法 第四十一条; `signCommitment: false` leaves it unsigned).
 */
export async function apply(
  client: TestClient,
  overrides: Record<string, unknown> = {},
  options: { signCommitment?: boolean } = {},
) {
  const body = applicationBody(overrides);
  const r = await client.post('/api/legal-aid/applications', body);
  expect(r.statusCode, r.body).toBe(201);
  const method = (body.hardship as { method?: string } | undefined)?.method;
  if ((options.signCommitment ?? true) && method === 'commitment') return signCommitment(client, r.json().id);
  return r.json();
}

/** Signs the matter's 告知承诺书 on the pad (SIGNATURE_PNG), expecting 200; returns the detail. */
export async function signCommitment(client: TestClient, id: string) {
  const r = await client.post(`/api/legal-aid/applications/${id}/commitment`, {
    signaturePng: SIGNATURE_PNG,
  });
  expect(r.statusCode, r.body).toBe(200);
  return r.json();
}

/** Takes an action at the matter's current version (read first); returns the response. */
export async function act(
  client: TestClient,
  id: string,
  type: string,
  body: Record<string, unknown> = {},
  reader: TestClient = client,
): Promise<LightMyRequestResponse> {
  const current = await reader.get(`/api/legal-aid/applications/${id}`);
  expect(current.statusCode, current.body).toBe(200);
  return client.post(`/api/legal-aid/applications/${id}/actions`, {
    type,
    expectedVersion: current.json().version,
    ...body,
  });
}

/** `act`, expecting 200; returns the detail. */
export async function actOk(
  client: TestClient,
  id: string,
  type: string,
  body: Record<string, unknown> = {},
  reader: TestClient = client,
) {
  const r = await act(client, id, type, body, reader);
  expect(r.statusCode, r.body).toBe(200);
  return r.json();
}

/** A minimal PNG signature (1 × 1 grey), base64. */
export const SIGNATURE_PNG =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNoAAAAggCBd81ytgAAAABJRU5ErkJggg==';
