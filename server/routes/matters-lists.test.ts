/**
 * Lists over the matters of the mediation path (seedMediationPath): the lawyer team's consultation tally,
 * the duty lawyer's own consultations, paging and literal search, my deadlines and the deadline sweep.
 */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../db/schema/index';
import { sweepMatterDeadlines } from '../jobs/matter-deadline-sweep';
import type { TestClient } from '../test/app';
import {
  buildMattersTestApp,
  type Clock,
  type Matter,
  type MattersTestApp,
  matterCalls,
  seedMediationPath,
} from './matters-test-kit';

let t: MattersTestApp;
let staff: TestClient;
let reader: TestClient;
const { clockAt, open, actOk } = matterCalls(() => t);

beforeAll(async () => {
  t = await buildMattersTestApp();
  ({ staff, reader } = t);
  await seedMediationPath(t);
});
afterAll(async () => {
  await t?.close();
});

describe('the lawyer team’s free consultations, counted per lawyer', () => {
  it('counts duty-lawyer answers and minutes per lawyer in the period; clerks’ answers are not counted', async () => {
    clockAt('2026-09-03T09:00');
    const answer = (extra: Record<string, unknown>) => ({
      answer: '可以申请劳动仲裁',
      minutes: 10,
      ...extra,
    });
    const ask = { channel: 'phone-12348', category: 'labour', question: '加班费怎么算？' };
    const one = await open('consultation', ask);
    await actOk(
      one.item.id,
      'answer',
      answer({ answererKind: 'duty-lawyer', answererName: '周律师', firmName: '甲所', minutes: 20 }),
    );
    const two = await open('consultation', ask);
    await actOk(two.item.id, 'answer', answer({ answererKind: 'window-clerk', answererName: '窗口甲' }));
    const r = await reader.get('/api/matters/consultation-tally?from=2026-09-01&to=2026-09-30');
    expect(r.statusCode, r.body).toBe(200);
    // 周律师 also answered the consultation of 09-01 (15 minutes).
    expect(r.json().items).toEqual([{ key: '周律师', name: '周律师', count: 2, minutes: 35 }]);
    expect(
      (await reader.get('/api/matters/consultation-tally?from=2026-10-01&to=2026-10-31')).json().items,
    ).toEqual([]);
    const bad = await reader.get('/api/matters/consultation-tally?from=2026-13-01&to=2026-10-31');
    expect(bad.statusCode).toBe(400);
  });
});

describe('the duty lawyer of the lawyer team', () => {
  it('answers the consultations handed to them, and sees no others', async () => {
    clockAt('2026-09-04T09:00');
    const account = await t.createStaff({ roles: ['lawyer'], displayName: '值班律师钱某' });
    const lawyer = await t.login({ username: account.username });
    const handed = await staff.post('/api/matters', {
      service: 'consultation',
      handlerUserId: account.id,
      payload: { channel: 'window', category: 'contract', question: '合同违约金过高能否调整？' },
    });
    expect(handed.statusCode, handed.body).toBe(201);
    const id = handed.json().item.id as string;
    const listed = (await lawyer.get('/api/matters?service=consultation')).json();
    expect(listed.items.map((m: Matter) => m.id)).toEqual([id]);
    const answered = await lawyer.post(`/api/matters/${id}/actions`, {
      type: 'answer',
      expectedVersion: 1,
      payload: {
        answererKind: 'duty-lawyer',
        answererName: '值班律师钱某',
        firmName: '内蒙古乙律师事务所',
        answer: '可以请求人民法院予以适当减少（民法典 第五百八十五条）',
        citedArticles: ['民法典 第五百八十五条'],
        minutes: 12,
      },
    });
    expect(answered.statusCode, answered.body).toBe(200);
    expect(answered.json().item.actions.at(-1)).toMatchObject({ type: 'answer', actorRole: 'lawyer' });
    const other = (await staff.get('/api/matters?service=mediation&pageSize=1')).json().items[0].id as string;
    expect((await lawyer.get(`/api/matters/${other}`)).statusCode).toBe(403);
  });
});

describe('lists, my deadlines and the deadline sweep', () => {
  it('lists per window with stable paging and literal search', async () => {
    const first = (await staff.get('/api/matters?service=mediation&pageSize=1&page=1')).json();
    const second = (await staff.get('/api/matters?service=mediation&pageSize=1&page=2')).json();
    expect(first.total).toBe(2);
    expect(first.items[0].id).not.toBe(second.items[0].id);
    expect((await staff.get('/api/matters?q=%25')).json().total).toBe(0);
    expect((await staff.get('/api/matters?q=_')).json().total).toBe(0);
    expect((await staff.get(`/api/matters?q=${encodeURIComponent('张明华')}`)).json().total).toBe(2);
    // A party on file as a person is found by the pinyin of the name too (张明华).
    expect((await staff.get('/api/matters?q=zhangmh')).json().total).toBe(2);
    expect((await staff.get('/api/matters?q=zhangminghua')).json().total).toBe(2);
    expect((await staff.get('/api/matters?q=minghua')).json().total).toBe(2);
    expect((await staff.get('/api/matters?q=mh')).json().total).toBe(2);
    expect((await reader.get('/api/matters?service=consultation')).json().total).toBe(4);
  });

  it('my deadlines lists the handler’s open clocks; the sweep reminds before breach and flags the breach', async () => {
    clockAt('2026-11-02T09:00');
    const { item } = await open('appraisal', {
      receivedOn: '2026-11-02',
      clientKind: 'court',
      clientName: '包头市青山区人民法院',
      field: 'forensic-clinical',
      matter: '伤残等级评定',
      complex: false,
      legalAidRecipient: false,
    });
    const mine = (await staff.get('/api/matters/my-deadlines')).json().items as (Clock & {
      matterId: string;
    })[];
    const clock = mine.find((c) => c.matterId === item.id);
    expect(clock).toMatchObject({ kind: 'acceptance', dueOn: '2026-11-11', level: 'ok' });
    expect((await reader.get('/api/matters/my-deadlines')).json().items).toEqual([]);

    const soon = await sweepMatterDeadlines(t.services, new Date('2026-11-09T09:00:00+08:00'));
    expect(soon.reminded).toBeGreaterThanOrEqual(1);
    const again = await sweepMatterDeadlines(t.services, new Date('2026-11-09T09:00:00+08:00'));
    expect(again.reminded).toBe(0);
    const late = await sweepMatterDeadlines(t.services, new Date('2026-11-12T09:00:00+08:00'));
    expect(late.breached).toBeGreaterThanOrEqual(1);
    clockAt('2026-11-12T09:00');
    const after = (
      (await staff.get('/api/matters/my-deadlines')).json().items as (Clock & {
        matterId: string;
        breachedAt: string | null;
      })[]
    ).find((c) => c.matterId === item.id);
    expect(after).toMatchObject({ level: 'overdue' });
    expect(after?.breachedAt).not.toBeNull();
    const audits = await t.services.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'matter.clock-breached'), eq(auditLog.entityId, item.id)));
    expect(audits).toHaveLength(1);
    expect(
      (await staff.get('/api/matters?breached=true&service=appraisal')).json().items.map((m: Matter) => m.id),
    ).toContain(item.id);
  });
});
