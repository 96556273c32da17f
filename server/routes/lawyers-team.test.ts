/**
 * The 公共法律服务律师团 over HTTP: joining (≥ 10 years, no sanctions), leaving, and the sanctions, practice-year
 * corrections and deactivations that take a member off the team.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lawyerSanctions, lawyers } from '../db/schema/index';
import type { TestClient } from '../test/app';
import { buildLawyersTestApp, type LawyersTestApp, lawyerCalls } from './lawyers-test-kit';

let t: LawyersTestApp;
let cityAdmin: TestClient;
let director: TestClient;
const { create, audits } = lawyerCalls(() => t);

beforeAll(async () => {
  t = await buildLawyersTestApp();
  ({ cityAdmin, director } = t);
});
afterAll(async () => {
  await t?.close();
});

describe('the 公共法律服务律师团', () => {
  it('admits a lawyer with ≥ 10 years and no sanctions, audited', async () => {
    const lawyer = await create(cityAdmin, { firstPracticeYear: 2016 });
    const r = await cityAdmin.post(`/api/lawyers/${lawyer.id}/team`, { version: 1 });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json().item).toMatchObject({ teamMember: true, teamJoinedOn: '2026-06-15', version: 2 });
    const [audit] = await audits(lawyer.id, 'lawyer.team-join');
    expect(audit!.after).toMatchObject({ teamMember: true, practiceYears: 10 });
    const again = await cityAdmin.post(`/api/lawyers/${lawyer.id}/team`, { version: 2 });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('LAWYER.ALREADY_IN_TEAM');
  });

  it('refuses a lawyer with 9 years, with the rule’s reasons, and changes nothing', async () => {
    const lawyer = await create(cityAdmin, { firstPracticeYear: 2017 });
    const r = await cityAdmin.post(`/api/lawyers/${lawyer.id}/team`, { version: 1 });
    expect(r.statusCode).toBe(409);
    expect(r.json()).toMatchObject({
      code: 'LAWYER.TEAM_INELIGIBLE',
      details: {
        reasons: [
          { code: 'INSUFFICIENT_PRACTICE_YEARS', message: '执业年限不足10年（2017年起执业，至2026年为9年）' },
        ],
      },
    });
    expect(r.json().message).toContain('执业年限不足10年');
    const [row] = await t.services.db.select().from(lawyers).where(eq(lawyers.id, lawyer.id));
    expect(row).toMatchObject({ teamMember: false, version: 1 });
    expect(await audits(lawyer.id, 'lawyer.team-join')).toHaveLength(0);
  });

  it('refuses a stale version on joining', async () => {
    const lawyer = await create(cityAdmin);
    const r = await cityAdmin.post(`/api/lawyers/${lawyer.id}/team`, { version: 7 });
    expect(r.statusCode).toBe(409);
    expect(r.json().code).toBe('COMMON.STALE_VERSION');
  });

  it('lets a member leave with a reason (required), audited', async () => {
    const lawyer = await create(cityAdmin);
    await cityAdmin.post(`/api/lawyers/${lawyer.id}/team`, { version: 1 });
    const noReason = await cityAdmin.delete(`/api/lawyers/${lawyer.id}/team`, { version: 2 });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().field).toBe('reason');
    const r = await cityAdmin.delete(`/api/lawyers/${lawyer.id}/team`, {
      version: 2,
      reason: '本人申请退出',
    });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json().item).toMatchObject({ teamMember: false, teamRemovedReason: '本人申请退出', version: 3 });
    const [audit] = await audits(lawyer.id, 'lawyer.team-leave');
    expect(audit!.reason).toBe('本人申请退出');
    const notMember = await cityAdmin.delete(`/api/lawyers/${lawyer.id}/team`, {
      version: 3,
      reason: '再次退出',
    });
    expect(notMember.json().code).toBe('LAWYER.NOT_IN_TEAM');
  });

  it('a sanction removes a team member in the same transaction, with an audit entry naming the reason', async () => {
    const lawyer = await create(cityAdmin, { firstPracticeYear: 2001 });
    await cityAdmin.post(`/api/lawyers/${lawyer.id}/team`, { version: 1 });
    const r = await director.post(`/api/lawyers/${lawyer.id}/sanctions`, {
      kind: 'administrative-penalty',
      decidedOn: '2026-05-20',
      authority: '包头市司法局',
      description: '违反执业规范，警告',
    });
    expect(r.statusCode, r.body).toBe(201);
    const body = r.json();
    expect(body.removedFromTeam).toBe(true);
    expect(body.reasons).toEqual([
      { code: 'ADMINISTRATIVE_PENALTY', message: '有行政处罚记录1条（最近一次：2026-05-20）' },
    ]);
    expect(body.item).toMatchObject({ teamMember: false, sanctionCount: 1, version: 3 });
    expect(body.item.teamRemovedReason).toContain('行政处罚');

    const recorded = await audits(lawyer.id, 'lawyer.sanction-record');
    expect(recorded).toHaveLength(1);
    expect(recorded[0]!.actorId).toBe(director.userId);
    const [removal] = await audits(lawyer.id, 'lawyer.team-remove');
    expect(removal!.reason).toContain('有行政处罚记录1条');

    // And cannot re-join.
    const rejoin = await cityAdmin.post(`/api/lawyers/${lawyer.id}/team`, { version: 3 });
    expect(rejoin.statusCode).toBe(409);
    expect(rejoin.json().details.reasons[0].code).toBe('ADMINISTRATIVE_PENALTY');

    const detail = (await cityAdmin.get(`/api/lawyers/${lawyer.id}`)).json();
    expect(detail.sanctions).toHaveLength(1);
    expect(detail.teamEligibility).toMatchObject({ eligible: false, practiceYears: 25 });
  });

  it('a sanction on a non-member is recorded without a removal', async () => {
    const lawyer = await create(cityAdmin);
    const r = await cityAdmin.post(`/api/lawyers/${lawyer.id}/sanctions`, {
      kind: 'industry-sanction',
      decidedOn: '2024-03-01',
      authority: '包头市律师协会',
      description: '训诫',
    });
    expect(r.json()).toMatchObject({ removedFromTeam: false, item: { version: 1, sanctionCount: 1 } });
    expect(await audits(lawyer.id, 'lawyer.team-remove')).toHaveLength(0);
  });

  it('refuses a sanction decided in the future and writes nothing', async () => {
    const lawyer = await create(cityAdmin);
    const r = await cityAdmin.post(`/api/lawyers/${lawyer.id}/sanctions`, {
      kind: 'industry-sanction',
      decidedOn: '2026-06-16',
      authority: '包头市律师协会',
      description: '训诫',
    });
    expect(r.statusCode).toBe(400);
    expect(r.json()).toMatchObject({ code: 'LAWYER.SANCTION_DATE_IN_FUTURE', field: 'decidedOn' });
    const bad = await cityAdmin.post(`/api/lawyers/${lawyer.id}/sanctions`, {
      kind: 'warning',
      decidedOn: '2026-01-01',
      authority: 'xx',
      description: 'yy',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().field).toBe('kind');
    const rows = await t.services.db
      .select()
      .from(lawyerSanctions)
      .where(eq(lawyerSanctions.lawyerId, lawyer.id));
    expect(rows).toHaveLength(0);
  });

  it('correcting the first practice year of a member re-checks the rule', async () => {
    const lawyer = await create(cityAdmin, { firstPracticeYear: 2010 });
    await cityAdmin.post(`/api/lawyers/${lawyer.id}/team`, { version: 1 });
    const r = await cityAdmin.patch(`/api/lawyers/${lawyer.id}`, {
      version: 2,
      firstPracticeYear: 2019,
      reason: '更正执业年份',
    });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toMatchObject({ removedFromTeam: true, item: { teamMember: false, version: 4 } });
    const [removal] = await audits(lawyer.id, 'lawyer.team-remove');
    expect(removal!.reason).toContain('执业年限不足10年');
  });

  it('deactivating a member takes them off the team', async () => {
    const lawyer = await create(cityAdmin);
    await cityAdmin.post(`/api/lawyers/${lawyer.id}/team`, { version: 1 });
    const r = await cityAdmin.patch(`/api/lawyers/${lawyer.id}`, { version: 2, active: false });
    expect(r.json()).toMatchObject({ removedFromTeam: true, item: { teamMember: false, active: false } });
    expect(await audits(lawyer.id, 'lawyer.team-remove')).toHaveLength(1);
    const join = await cityAdmin.post(`/api/lawyers/${lawyer.id}/team`, { version: 3 });
    expect(join.json().code).toBe('LAWYER.INACTIVE');
  });
});
