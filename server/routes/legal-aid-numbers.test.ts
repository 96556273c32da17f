/**
 * Legal-aid matter numbers are unique per printed series (the agency's short name and 法援) and year, not
 * per agency: two agencies printing the same short name share the series '包法援', so they never both
 * print 包法援〔2026〕第0001号 (migration 0021).
 */
import { readFileSync } from 'node:fs';
import { and, eq, like, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, legalAidMatters, organisations } from '../db/schema/index';
import type { TestClient } from '../test/app';
import {
  AGENCY,
  apply,
  BUREAU,
  buildLegalAidTestApp,
  type LegalAidTestApp,
  residentId,
} from './legal-aid-test-kit';

/** An agency of the city that prints '包' too (a development zone's, set up under the city bureau). */
const ZONE_AGENCY = '包头稀土高新区法律援助中心';

let t: LegalAidTestApp;
let zone: TestClient;
let county: TestClient;
let applicants = 0;

beforeAll(async () => {
  t = await buildLegalAidTestApp();
  await t.services.db.insert(organisations).values({
    kind: 'legal-aid-agency',
    name: ZONE_AGENCY,
    shortName: '包',
    parentId: await t.orgId(BUREAU),
    divisionCode: '150200',
  });
  zone = await t.login({ roles: ['legal-aid-reviewer'], orgName: ZONE_AGENCY });
  county = await t.login({ roles: ['legal-aid-reviewer'], orgName: '昆都仑区法律援助中心' });
});
afterAll(async () => {
  await t?.close();
});

async function applyAt(client: TestClient): Promise<{ id: string; number: string }> {
  applicants += 1;
  const sequence = String(100 + applicants);
  const matter = await apply(
    client,
    { applicant: { name: '王秀英', idNumber: residentId('19560318', sequence) } },
    { signCommitment: false },
  );
  return { id: matter.id, number: matter.number };
}

describe('legal-aid matter numbers', () => {
  it('two agencies printing the same short name take turns in one series, never one number twice', async () => {
    const first = await applyAt(t.reviewer);
    const second = await applyAt(zone);
    const third = await applyAt(t.reviewer);
    expect([first.number, second.number, third.number]).toEqual([
      '包法援〔2026〕第0001号',
      '包法援〔2026〕第0002号',
      '包法援〔2026〕第0003号',
    ]);
    const [row] = await t.services.db.select().from(legalAidMatters).where(eq(legalAidMatters.id, second.id));
    expect(row).toMatchObject({ orgId: await t.orgId(ZONE_AGENCY), year: 2026, seq: 2 });
  });

  it('a county agency, with a short name of its own, has a series of its own', async () => {
    expect((await applyAt(county)).number).toBe('昆法援〔2026〕第0001号');
  });

  it('the database refuses a second matter with a number already given', async () => {
    const [row] = await t.services.db
      .select()
      .from(legalAidMatters)
      .where(eq(legalAidMatters.orgId, await t.orgId(AGENCY)))
      .limit(1);
    const { id: _id, ...copy } = row!;
    await expect(
      t.services.db
        .insert(legalAidMatters)
        .values({ ...copy, orgId: await t.orgId(ZONE_AGENCY), seq: 9_999 }),
    ).rejects.toMatchObject({ cause: { constraint: 'legal_aid_matters_number_uq' } });
  });

  it('migration 0021 renumbers a number given twice: the later matter takes the next of its series (after an old counter ahead of it), audited', async () => {
    const migration = readFileSync(
      new URL('../db/migrations/0021_legal_aid_number_series.sql', import.meta.url),
      'utf8',
    );
    const renumber = migration
      .split('--> statement-breakpoint')
      .find((s) => s.includes("'legal-aid.renumber'"));
    expect(renumber).toBeDefined();
    const rolledBack = new Error('rolled back');
    let outcome: { numbers: string[]; audit: unknown[] } | undefined;
    await expect(
      t.services.db.transaction(async (tx) => {
        await tx.execute(sql`drop index legal_aid_matters_number_uq`);
        const rows = await tx.select().from(legalAidMatters).where(like(legalAidMatters.number, '包法援%'));
        const earliest = rows.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())[0]!;
        const { id: _id, ...copy } = earliest;
        const [twin] = await tx
          .insert(legalAidMatters)
          .values({
            ...copy,
            orgId: await t.orgId(ZONE_AGENCY),
            seq: 500,
            createdAt: new Date(earliest.createdAt.getTime() + 1000),
          })
          .returning();
        // The dropped per-agency counters, one of them ahead of its matters (a matter gone since).
        await tx.execute(
          sql`create temp table legal_aid_counters (org_id uuid, year int, last_seq int) on commit drop`,
        );
        await tx.execute(
          sql`insert into legal_aid_counters values (${await t.orgId(ZONE_AGENCY)}, ${earliest.year}, 600)`,
        );
        await tx.execute(sql.raw(renumber!));
        const [kept] = await tx.select().from(legalAidMatters).where(eq(legalAidMatters.id, earliest.id));
        const [moved] = await tx.select().from(legalAidMatters).where(eq(legalAidMatters.id, twin!.id));
        const highest = Math.max(...rows.map((r) => r.seq), 500, 600);
        outcome = {
          numbers: [kept!.number, moved!.number, String(moved!.seq)],
          audit: await tx
            .select({ before: auditLog.before, after: auditLog.after, entityType: auditLog.entityType })
            .from(auditLog)
            .where(and(eq(auditLog.action, 'legal-aid.renumber'), eq(auditLog.entityId, twin!.id))),
        };
        expect(outcome.numbers).toEqual([
          earliest.number,
          `包法援〔${earliest.year}〕第${String(highest + 1).padStart(4, '0')}号`,
          String(highest + 1),
        ]);
        throw rolledBack;
      }),
    ).rejects.toBe(rolledBack);
    expect(outcome?.audit).toEqual([
      {
        before: { number: outcome?.numbers[0] },
        after: { number: outcome?.numbers[1] },
        entityType: 'legal-aid-matter',
      },
    ]);
  });
});
