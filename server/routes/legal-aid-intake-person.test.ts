import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, legalAidMatters, persons } from '../db/schema/index';
import {
  applicationBody,
  buildLegalAidTestApp,
  type LegalAidTestApp,
  residentId,
} from './legal-aid-test-kit';

/**
 * An application for a person picked from the shared records (`applicant.personId`): linked to that
 * person, the ID number on record used when none is typed, the person checked to exist and be in scope,
 * and a typed name or ID number that is not theirs refused with nothing saved.
 */
let t: LegalAidTestApp;
beforeAll(async () => {
  t = await buildLegalAidTestApp();
});
afterAll(async () => {
  await t?.close();
});

/** Registers a person through the persons API (as the party picker does); returns its id. */
async function registerPerson(body: Record<string, unknown>): Promise<string> {
  const r = await t.clerk.post('/api/persons', body);
  expect(r.statusCode, r.body).toBe(201);
  return r.json().item.id;
}

const matterCount = async () => (await t.services.db.select({ n: count() }).from(legalAidMatters))[0]!.n;
const personRow = async (id: string) =>
  (await t.services.db.select().from(persons).where(eq(persons.id, id)))[0]!;
const post = (applicant: Record<string, unknown>, client = t.clerk) =>
  client.post('/api/legal-aid/applications', applicationBody({ applicant }));

describe('POST /api/legal-aid/applications with applicant.personId', () => {
  it('links the picked person and takes the ID number on record when none is typed', async () => {
    const idNumber = residentId('19610204', '031');
    const personId = await registerPerson({ name: '韩桂芝', idNumber, phone: '13904720111' });
    const personsBefore = (await t.services.db.select({ n: count() }).from(persons))[0]!.n;

    const r = await post({ personId, name: '韩桂芝' });
    expect(r.statusCode, r.body).toBe(201);
    const detail = r.json();
    expect(detail.applicant).toMatchObject({
      personId,
      name: '韩桂芝',
      idNumberMasked: (await personRow(personId)).idNumberMasked,
      birthDate: '1961-02-04',
    });
    expect((await t.services.db.select({ n: count() }).from(persons))[0]!.n).toBe(personsBefore);
    const [audit] = await t.services.db
      .select({ after: auditLog.after })
      .from(auditLog)
      .where(and(eq(auditLog.entityId, detail.id), eq(auditLog.action, 'legal-aid.apply')));
    expect(audit?.after).toMatchObject({ applicantPersonId: personId, applicantPicked: true });
  });

  it('accepts the same ID number typed again, and refuses another one or another name, saving nothing', async () => {
    const idNumber = residentId('19700815', '047');
    const personId = await registerPerson({ name: '乔建国', idNumber });
    const same = await post({ personId, name: '乔建国', idNumber });
    expect(same.statusCode, same.body).toBe(201);
    expect(same.json().applicant.personId).toBe(personId);

    const before = await matterCount();
    const otherId = await post({ personId, name: '乔建国', idNumber: residentId('19700815', '055') });
    expect(otherId.statusCode).toBe(400);
    expect(otherId.json()).toMatchObject({
      code: 'LEGAL_AID.APPLICANT_MISMATCH',
      field: 'applicant.idNumber',
    });
    const otherName = await post({ personId, name: '乔建民' });
    expect(otherName.statusCode).toBe(400);
    expect(otherName.json()).toMatchObject({ code: 'LEGAL_AID.APPLICANT_MISMATCH', field: 'applicant.name' });
    expect(await matterCount()).toBe(before);
  });

  it('refuses a person that does not exist or is outside the clerk’s scope, as the same unknown person', async () => {
    const unknown = await post({ personId: '00000000-0000-4000-8000-000000000000', name: '韩桂芝' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json()).toMatchObject({ code: 'LEGAL_AID.UNKNOWN_PERSON', field: 'applicant.personId' });

    // A city-bureau person is outside a county clerk's scope (a county sees only itself).
    const cityPerson = await registerPerson({ name: '邢淑华', idNumber: residentId('19660909', '062') });
    const countyClerk = await t.login({ roles: ['window-clerk'], orgName: '东河区司法局' });
    const outside = await post({ personId: cityPerson, name: '邢淑华' }, countyClerk);
    expect(outside.statusCode).toBe(400);
    expect(outside.json()).toMatchObject({ code: 'LEGAL_AID.UNKNOWN_PERSON', field: 'applicant.personId' });

    const malformed = await post({ personId: 'not-a-uuid', name: '邢淑华' });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().field).toBe('applicant.personId');
  });

  it('completes a picked person registered without an ID number with the typed one', async () => {
    const personId = await registerPerson({ name: '庞海燕' });
    const missing = await post({ personId, name: '庞海燕' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json()).toMatchObject({ code: 'PERSON.INVALID_ID_NUMBER', field: 'applicant.idNumber' });

    const idNumber = residentId('19820420', '088');
    const r = await post({ personId, name: '庞海燕', idNumber });
    expect(r.statusCode, r.body).toBe(201);
    const row = await personRow(personId);
    expect(row).toMatchObject({ idNumberTail: idNumber.slice(-4), birthDate: '1982-04-20', sex: 'female' });
    expect(t.services.cipher.decrypt(row.idNumberEnc!)).toBe(idNumber);
    expect(r.json().applicant.idNumberMasked).toBe(row.idNumberMasked);
  });

  it('refuses to give a picked person an ID number another person of the bureau holds (409, that person named)', async () => {
    const idNumber = residentId('19880112', '073');
    const holder = await registerPerson({ name: '苗春梅', idNumber });
    const personId = await registerPerson({ name: '苗春梅' });
    const before = await matterCount();
    const r = await post({ personId, name: '苗春梅', idNumber });
    expect(r.statusCode).toBe(409);
    expect(r.json()).toMatchObject({ code: 'PERSON.DUPLICATE_ID_NUMBER', details: { personId: holder } });
    expect((await personRow(personId)).idNumberHash).toBeNull();
    expect(await matterCount()).toBe(before);
  });

  it('still finds or creates the applicant by ID number when no person is picked', async () => {
    const idNumber = residentId('19590630', '019');
    const personId = await registerPerson({ name: '鲍玉兰', idNumber });
    const r = await post({ name: '鲍玉兰', idNumber });
    expect(r.statusCode, r.body).toBe(201);
    expect(r.json().applicant.personId).toBe(personId);
    const noId = await post({ name: '鲍玉兰' });
    expect(noId.statusCode).toBe(400);
    expect(noId.json()).toMatchObject({ code: 'PERSON.INVALID_ID_NUMBER', field: 'applicant.idNumber' });
  });
});
