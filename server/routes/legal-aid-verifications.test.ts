import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { legalAidReminders } from '../db/schema/index';
import { actOk, apply, buildLegalAidTestApp, type LegalAidTestApp, residentId } from './legal-aid-test-kit';

let t: LegalAidTestApp;
beforeAll(async () => {
  t = await buildLegalAidTestApp();
});
afterAll(async () => {
  await t?.close();
});

async function grantedByCommitment(name: string, idNumber: string) {
  const matter = await apply(t.clerk, { applicant: { name, idNumber } });
  await actOk(t.clerk, matter.id, 'accept');
  await actOk(t.reviewer, matter.id, 'review');
  return actOk(t.director, matter.id, 'grant');
}

describe('commitment verification (法律援助法 第四十一条、第四十八条、第六十四条)', () => {
  it('draws a reproducible sample and turns a false commitment into a termination prompt', async () => {
    t.clockAt('2026-03-16T09:00');
    const a = await grantedByCommitment('胡永刚', residentId('19830316', '015', '150221'));
    await grantedByCommitment('郭桂芳', residentId('19620427', '040', '150222'));
    const bad = await t.reviewer.post('/api/legal-aid/verifications/sample', { rate: 1.5 });
    expect(bad.statusCode).toBe(400);

    const drawn = await t.reviewer.post('/api/legal-aid/verifications/sample', {
      rate: 0.5,
      seed: '2026-03',
    });
    expect(drawn.statusCode, drawn.body).toBe(200);
    expect(drawn.json()).toMatchObject({ candidates: 2, seed: '2026-03' });
    expect(drawn.json().items).toHaveLength(1);
    const rest = await t.reviewer.post('/api/legal-aid/verifications/sample', { rate: 1, seed: 'x' });
    expect(rest.json().candidates).toBe(1);

    const list = await t.reviewer.get('/api/legal-aid/verifications?outcome=pending');
    expect(list.json().total).toBe(2);
    const task = list.json().items.find((v: { matterId: string }) => v.matterId === a.id);
    const decided = await t.reviewer.patch(`/api/legal-aid/verifications/${task.id}`, {
      outcome: 'false-commitment',
      note: '经民政部门信息核查，申请人家庭有经营收入未申报。',
      version: task.version,
    });
    expect(decided.statusCode, decided.body).toBe(200);
    expect(decided.json()).toMatchObject({ outcome: 'false-commitment', recoveryStatus: 'open' });
    expect(decided.json().terminationPrompt.grounds).toEqual([1, 2]);
    const twice = await t.reviewer.patch(`/api/legal-aid/verifications/${task.id}`, {
      outcome: 'confirmed',
      note: '再次核查',
    });
    expect(twice.statusCode).toBe(409);
    const prompts = await t.services.db
      .select()
      .from(legalAidReminders)
      .where(eq(legalAidReminders.matterId, a.id));
    expect(prompts.map((p) => p.kind)).toEqual(['termination-prompt']);

    const ended = await actOk(t.director, a.id, 'terminate', {
      ground: 1,
      reason: '受援人隐瞒家庭经营收入，以虚假承诺获得法律援助。',
    });
    expect(ended.flags.recoveryRequired).toBe(true);
  });
});
