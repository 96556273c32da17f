import { and, eq } from 'drizzle-orm';
import { expect } from 'vitest';
import { auditLog } from '../db/schema/index';
import { buildTestApp, type TestApp, type TestClient } from '../test/app';

/**
 * Test helpers of the lawyer roster route tests lawyers-roster, -team and -search (not a test file itself):
 * the app on its fixed clock with the admins, receptionist and director logged in, and the calls they make.
 */

/** Business date of the fixed clock: 2026-06-15 (Beijing). */
export const NOW = new Date('2026-06-15T10:00:00+08:00');

export interface LawyersTestApp extends TestApp {
  cityAdmin: TestClient;
  countyAdmin: TestClient;
  receptionist: TestClient;
  director: TestClient;
  firmId: string;
  otherFirmId: string;
}

/** A test app on the fixed clock (NOW) with the city and county admins, a receptionist and a director. */
export async function buildLawyersTestApp(): Promise<LawyersTestApp> {
  const t = await buildTestApp();
  t.services.clock.set(NOW);
  return {
    ...t,
    cityAdmin: await t.login({ roles: ['admin'], orgName: '包头市司法局' }),
    countyAdmin: await t.login({ roles: ['admin'], orgName: '东河区司法局' }),
    receptionist: await t.login({ roles: ['receptionist'] }),
    director: await t.login({ roles: ['legal-aid-director'], orgName: '包头市法律援助中心' }),
    firmId: await t.orgId('内蒙古北疆明正律师事务所'),
    otherFirmId: await t.orgId('内蒙古鹿城信达律师事务所'),
  };
}

/** The calls of the lawyer tests on the app `app()` (set in beforeAll). */
export function lawyerCalls(app: () => LawyersTestApp) {
  let serial = 0;
  const licence = () => `11502${String(2000 + (serial % 20))}1${String(++serial).padStart(7, '0')}`;

  async function create(client: TestClient, body: Record<string, unknown> = {}) {
    const r = await client.post('/api/lawyers', {
      name: '周志远',
      licenceNo: licence(),
      firstPracticeYear: 2008,
      firmId: app().firmId,
      specialties: ['婚姻家事'],
      areas: ['150203'],
      ...body,
    });
    expect(r.statusCode, r.body).toBe(201);
    return r.json().item as {
      id: string;
      version: number;
      teamMember: boolean;
      orgId: string;
      licenceNo: string;
    };
  }

  const audits = (entityId: string, action?: string) =>
    app()
      .services.db.select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, entityId), action ? eq(auditLog.action, action) : undefined));

  return { licence, create, audits };
}
