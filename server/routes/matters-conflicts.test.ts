/**
 * The conflict check across windows, legal aid included, and the party search of the shared person
 * records, against the parties of the mediation path (seedMediationPath).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hardshipStandards } from '../db/schema/index';
import type { TestClient } from '../test/app';
import {
  buildMattersTestApp,
  type MattersTestApp,
  matterCalls,
  residentId,
  seedMediationPath,
  type Warning,
} from './matters-test-kit';

let t: MattersTestApp;
let staff: TestClient;
let reader: TestClient;
const { clockAt, person, open } = matterCalls(() => t);

beforeAll(async () => {
  t = await buildMattersTestApp();
  ({ staff, reader } = t);
  await seedMediationPath(t);
});
afterAll(async () => {
  await t?.close();
});

describe('conflict check across windows, legal aid included', () => {
  const idNumber = residentId('19700505', '017');

  it('warns when the legal-aid applicant is the opposing party in a new mediation', async () => {
    clockAt('2026-11-02T10:00');
    await t.services.db.insert(hardshipStandards).values({
      regionCode: '150200',
      basis: 'low-income',
      area: 'all',
      monthlyPerCapitaYuan: '1000.00',
      effectiveFrom: '2022-01-01',
      source: '测试用示例标准',
      isSample: true,
    });
    const applied = await staff.post('/api/legal-aid/applications', {
      channel: 'window',
      applicant: { name: '孙桂芳', idNumber, phone: '13904720188' },
      opposingParty: { name: '包头市某物业公司', kind: 'organisation' },
      facts: '物业公司拖欠保洁工资三个月，申请法律援助追索劳动报酬。',
      caseKind: 'civil',
      matter: 'labour-relation-or-remuneration',
      hardship: { householdSize: 3, householdMonthlyIncomeYuan: 2400, method: 'commitment' },
    });
    expect(applied.statusCode, applied.body).toBe(201);
    // The legal-aid intake registered the applicant in the shared person records.
    const found = (await staff.post('/api/persons/search', { q: idNumber })).json().items as { id: string }[];
    expect(found).toHaveLength(1);
    const check = await staff.post('/api/matters/conflict-check', {
      parties: [{ personId: found[0]!.id, role: 'respondent' }],
    });
    expect(check.statusCode, check.body).toBe(200);
    const warning = (check.json().warnings as Warning[]).find((w) => w.matter?.service === 'legal-aid');
    expect(warning).toMatchObject({ matchedBy: 'id-number', adverse: true, otherRole: 'applicant' });
    expect(warning?.message).toContain('利益冲突');
    expect(warning?.matter?.number).toBe(applied.json().number);
  });

  it('matches by ID number typed with blanks and a lower-case x, and by name only as "possible"', async () => {
    // 张明华 is the applicant in the (closed) consultation and the concluded mediation; open a new one.
    const zhao = await person('赵德福');
    const zhang = (await staff.get(`/api/persons?q=${encodeURIComponent('张明华')}`)).json().items[0].id;
    await open(
      'mediation',
      { initiatedBy: 'party', applicants: 'one', disputeKind: 'neighbour', facts: '又发生漏水' },
      [
        { personId: zhang, role: 'applicant' },
        { personId: zhao, role: 'respondent' },
      ],
    );
    const zhangId = residentId('19800101', '018');
    const typed = `${zhangId.slice(0, 6)} ${zhangId.slice(6, 14)} ${zhangId.slice(14).toLowerCase()}`;
    const warnings = (
      await staff.post('/api/matters/conflict-check', {
        parties: [
          { name: '张明华', idNumber: typed, role: 'respondent' },
          // the old 15-digit number of the same person (GB 11643: upgraded before hashing)
          { name: '张明华', idNumber: '150203800101018', role: 'opposing-party' },
          { name: '赵德福', role: 'applicant' },
          { name: '张明华', idNumber: residentId('19900101', '055'), role: 'applicant' },
          { name: '100%_', role: 'applicant' },
        ],
      })
    ).json().warnings as Warning[];
    expect(zhangId.endsWith('X')).toBe(true);
    const byId = warnings.filter((w) => w.matchedBy === 'id-number');
    expect(byId.map((w) => w.partyRole).sort()).toEqual(['opposing-party', 'respondent']);
    for (const w of byId)
      expect(w).toMatchObject({ partyName: '张明华', adverse: true, otherRole: 'applicant' });
    const byName = warnings.filter((w) => w.matchedBy === 'name');
    expect(byName.map((w) => w.partyName)).toContain('赵德福');
    // Same name with a different ID number is a different person: no warning for that row.
    expect(warnings.filter((w) => w.partyName === '张明华')).toHaveLength(byId.length);
    expect(warnings.some((w) => w.partyName === '100%_')).toBe(false);
  });

  it('co-applicants are no conflict; the same person on both sides of the new matter is', async () => {
    const [wu, zheng] = [await person('吴秀兰'), await person('郑海军')];
    await open(
      'mediation',
      { initiatedBy: 'party', applicants: 'both', disputeKind: 'neighbour', facts: '共同申请调解' },
      [
        { personId: wu, role: 'applicant' },
        { personId: zheng, role: 'applicant' },
      ],
    );
    const check = async (parties: unknown[]) =>
      (await staff.post('/api/matters/conflict-check', { parties })).json().warnings as Warning[];
    // Applicants together again: the same side, nothing to warn about.
    expect(
      await check([
        { personId: wu, role: 'applicant' },
        { personId: zheng, role: 'applicant' },
      ]),
    ).toEqual([]);
    // 郑海军 now against 吴秀兰: opposite sides of the open matter.
    const against = await check([
      { personId: wu, role: 'applicant' },
      { personId: zheng, role: 'respondent' },
    ]);
    expect(against.map((w) => [w.partyName, w.otherRole])).toEqual([['郑海军', 'applicant']]);
    // One person as applicant and respondent of the new matter itself.
    const self = await check([
      { name: '钱某', role: 'applicant' },
      { name: '钱某', role: 'respondent' },
    ]);
    expect(self).toHaveLength(1);
    expect(self[0]).toMatchObject({
      matter: null,
      adverse: true,
      partyRole: 'applicant',
      otherRole: 'respondent',
    });
    expect(self[0]?.message).toContain('既是申请人又是被申请人');
  });

  it('opening a matter returns the warnings; GET /api/matters/:id/conflicts shows them again', async () => {
    const zhang = (await staff.get(`/api/persons?q=${encodeURIComponent('张明华')}`)).json().items[0].id;
    const { item, warnings } = await open(
      'arbitration',
      {
        disputeKind: 'labour',
        receivedOn: '2026-11-02',
        form: 'written',
        applicantSide: 'worker',
        applicantName: '某工人',
        respondentName: '张明华',
        claims: [{ kind: 'wages', amountFen: 100_000 }],
        limitation: { knewOn: '2026-10-01' },
      },
      [{ personId: zhang, role: 'respondent' }],
    );
    expect(warnings.some((w) => w.matter?.service === 'mediation' && w.adverse)).toBe(true);
    // The saved matter's check, for a reload or a colleague: the same warnings, the matter itself left out.
    const saved = await reader.get(`/api/matters/${item.id}/conflicts`);
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().warnings).toEqual(warnings);
    expect(JSON.stringify(saved.json().warnings)).not.toContain(item.id);
    // Only within the matter's scope: a county clerk does not see a city matter.
    const county = await t.login({ roles: ['window-clerk'], orgName: '东河区司法局' });
    expect((await county.get(`/api/matters/${item.id}/conflicts`)).statusCode).toBe(403);
    expect((await reader.get(`/api/matters/${crypto.randomUUID()}/conflicts`)).statusCode).toBe(404);
  });
});

describe('party search (shared person records)', () => {
  it('finds by name, pinyin initials (surname mode), ID tail and phone; % and _ are literal', async () => {
    await person('单田芳');
    const q = async (text: string) =>
      ((await staff.post('/api/persons/search', { q: text })).json().items as { name: string }[]).map(
        (p) => p.name,
      );
    expect(await q('张明')).toContain('张明华');
    expect(await q('zmh')).toContain('张明华');
    // 单 as a surname reads shàn (pinyin-pro surname mode), so the initials are s-t-f.
    expect(await q('stf')).toContain('单田芳');
    expect(await q(residentId('19800101', '018').slice(-4))).toContain('张明华');
    expect(await q('13904721234')).toContain('张明华');
    expect(await q('%')).toEqual([]);
    expect(await q('_')).toEqual([]);
    expect(await q('张_')).toEqual([]);
  });
});
