import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../db/schema/index';
import { buildTestApp, type TestApp, type TestClient } from '../test/app';

/** 普法讲师团 through the API. Clock: 2026-03-17 10:00 Beijing. */
const NOW = new Date('2026-03-17T10:00:00+08:00');
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

let t: TestApp;
let trainer: TestClient;
let countyTrainer: TestClient;
let leader: TestClient;
let countyLeader: TestClient;
let receptionist: TestClient;

beforeAll(async () => {
  t = await buildTestApp();
  t.services.clock.set(NOW);
  trainer = await t.login({ roles: ['training-officer'], orgName: '包头市司法局' });
  countyTrainer = await t.login({ roles: ['training-officer'], orgName: '东河区司法局' });
  leader = await t.login({ roles: ['bureau-leader'], orgName: '包头市司法局' });
  countyLeader = await t.login({ roles: ['bureau-leader'], orgName: '东河区司法局' });
  receptionist = await t.login({ roles: ['receptionist'] });
});
afterAll(async () => {
  await t?.close();
});

const plan = {
  status: 'planned',
  plannedOn: '2026-03-20',
  venueType: 'community',
  venue: '东河区和平路社区',
  topic: 'civil-code',
  title: '民法典与百姓生活',
};

describe('lecturers and lectures', () => {
  let lecturerId: string;
  let lectureId: string;

  it('keeps lecturers on the bureau roster, audited', async () => {
    const r = await trainer.post('/api/publicity/lecturers', {
      name: '白玉兰',
      affiliation: '包头市中级人民法院 法官',
      topics: ['civil-code', 'minors'],
    });
    expect(r.statusCode, r.body).toBe(201);
    lecturerId = r.json().item.id;
    expect(r.json().item).toMatchObject({ orgId: await t.orgId('包头市司法局'), version: 1 });
    const list = await leader.get('/api/publicity/lecturers');
    expect(list.json().items.map((l: { name: string }) => l.name)).toContain('白玉兰');
    expect((await countyLeader.get('/api/publicity/lecturers')).json().total).toBe(0);
    const audits = await t.services.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'lecturer.create'), eq(auditLog.entityId, lecturerId)));
    expect(audits).toHaveLength(1);
  });

  it('plans a lecture, then records it as held with audience and photos', async () => {
    const r = await trainer.post('/api/publicity/lectures', { ...plan, lecturerIds: [lecturerId] });
    expect(r.statusCode, r.body).toBe(201);
    lectureId = r.json().item.id;
    expect(r.json().item).toMatchObject({
      status: 'planned',
      lectureOn: '2026-03-20',
      lecturerNames: ['白玉兰'],
    });

    const future = await trainer.patch(`/api/publicity/lectures/${lectureId}`, {
      version: 1,
      status: 'held',
      heldOn: '2026-03-18',
      audienceSize: 80,
    });
    expect(future.statusCode).toBe(400);
    expect(future.json()).toMatchObject({ code: 'PUBLICITY.HELD_IN_FUTURE', field: 'heldOn' });

    const noAudience = await trainer.patch(`/api/publicity/lectures/${lectureId}`, {
      version: 1,
      status: 'held',
      heldOn: '2026-03-16',
    });
    expect(noAudience.json()).toMatchObject({ code: 'PUBLICITY.AUDIENCE_REQUIRED', field: 'audienceSize' });

    const held = await trainer.patch(`/api/publicity/lectures/${lectureId}`, {
      version: 1,
      status: 'held',
      heldOn: '2026-03-16',
      audienceSize: 86,
      photoUrls: ['https://example.org/lecture-1.jpg'],
      reason: '讲座已开展',
    });
    expect(held.statusCode, held.body).toBe(200);
    expect(held.json().item).toMatchObject({
      status: 'held',
      lectureOn: '2026-03-16',
      audienceSize: 86,
      version: 2,
    });

    const stale = await trainer.patch(`/api/publicity/lectures/${lectureId}`, {
      version: 1,
      audienceSize: 90,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('COMMON.STALE_VERSION');

    const photo = await trainer.post(`/api/publicity/lectures/${lectureId}/photos`, {
      fileName: '现场.png',
      dataBase64: PNG.toString('base64'),
    });
    expect(photo.statusCode, photo.body).toBe(201);
    const bytes = await leader.get(`/api/publicity/photos/${photo.json().id}`);
    expect(bytes.headers['content-type']).toBe('image/png');
    expect(bytes.rawPayload.equals(PNG)).toBe(true);
    const svg = await trainer.post(`/api/publicity/lectures/${lectureId}/photos`, {
      fileName: 'x.svg',
      dataBase64: Buffer.from('<svg/>').toString('base64'),
    });
    expect(svg.json()).toMatchObject({ code: 'PUBLICITY.PHOTO_TYPE', field: 'dataBase64' });
  });

  it('lets a county keep only its own lectures', async () => {
    const r = await countyTrainer.patch(`/api/publicity/lectures/${lectureId}`, {
      version: 3,
      audienceSize: 1,
    });
    expect(r.statusCode).toBe(403);
    const own = await countyTrainer.post('/api/publicity/lectures', {
      ...plan,
      status: 'held',
      heldOn: '2026-03-02',
      audienceSize: 40,
      venueType: 'school',
      venue: '东河区第一小学',
      topic: 'minors',
      title: '未成年人保护法进校园',
    });
    expect(own.statusCode, own.body).toBe(201);
    expect(own.json().item.orgId).toBe(await t.orgId('东河区司法局'));
    expect((await receptionist.get('/api/publicity/lectures')).statusCode).toBe(403);
  });

  it('totals lectures by venue type on the dashboard, the city with its counties', async () => {
    const city = await leader.get('/api/dashboard/lectures?from=2026-03-01&to=2026-03-31');
    expect(city.statusCode, city.body).toBe(200);
    const body = city.json();
    expect(body.overall).toEqual({ held: 2, audience: 126, planned: 0 });
    expect(body.byVenueType.find((v: { venueType: string }) => v.venueType === 'community')).toMatchObject({
      label: '社区',
      held: 1,
      audience: 86,
    });
    const county = (await countyLeader.get('/api/dashboard/lectures?from=2026-03-01&to=2026-03-31')).json();
    expect(county.overall).toEqual({ held: 1, audience: 40, planned: 0 });
    const list = await leader.get(
      '/api/dashboard/lists/lectures?from=2026-03-01&to=2026-03-31&venueType=school',
    );
    expect(list.json().items).toEqual([
      expect.objectContaining({ title: '未成年人保护法进校园', audienceSize: 40 }),
    ]);
  });
});
