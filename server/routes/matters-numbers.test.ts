/**
 * Matter numbers are unique across organisations that print the same short name: the city's service
 * center and the mediation committee under the bureau both print '包' (the committee has no short name of
 * its own: its first character), so their mediations share the series '包调' (migration 0020).
 */
import { readFileSync } from 'node:fs';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, matters, organisations } from '../db/schema/index';
import type { TestApp, TestClient } from '../test/app';
import { buildTestApp } from '../test/app';

let t: TestApp;
let bureau: TestClient;

beforeAll(async () => {
  t = await buildTestApp();
  bureau = await t.login({ roles: ['window-clerk', 'mediator'], orgName: '包头市司法局' });
});
afterAll(async () => {
  await t?.close();
});

const mediation = {
  initiatedBy: 'party',
  applicants: 'both',
  disputeKind: 'neighbour',
  facts: '楼上漏水把顶棚泡坏了',
};

async function openAt(orgName: string): Promise<{ id: string; number: string }> {
  const r = await bureau.post('/api/matters', {
    service: 'mediation',
    orgId: await t.orgId(orgName),
    payload: mediation,
    parties: [],
  });
  expect(r.statusCode, r.body).toBe(201);
  return r.json().item;
}

describe('matter numbers', () => {
  it('two organisations printing the same short name take turns in one series, never one number twice', async () => {
    const first = await openAt('包头市公共法律服务中心');
    const second = await openAt('包头市公共法律服务中心人民调解委员会');
    const third = await openAt('包头市公共法律服务中心');
    const year = first.number.match(/〔(\d{4})〕/)?.[1];
    expect([first.number, second.number, third.number]).toEqual([
      `包调〔${year}〕第0001号`,
      `包调〔${year}〕第0002号`,
      `包调〔${year}〕第0003号`,
    ]);
  });

  it('a county bureau, with a short name of its own, has a series of its own', async () => {
    const county = await openAt('昆都仑区司法局');
    expect(county.number).toMatch(/^昆调〔\d{4}〕第0001号$/);
  });

  it('an organisation whose short name changes starts a new series (migration 0022 dropped the per-organisation index)', async () => {
    const orgId = await t.orgId('昆都仑区司法局');
    const before = await openAt('昆都仑区司法局');
    const [org] = await t.services.db.select().from(organisations).where(eq(organisations.id, orgId));
    await t.services.db.update(organisations).set({ shortName: '昆区' }).where(eq(organisations.id, orgId));
    try {
      const after = await openAt('昆都仑区司法局');
      expect(after.number).toMatch(/^昆区调〔\d{4}〕第0001号$/);
      const seqs = await t.services.db
        .select({ number: matters.number, seq: matters.seq })
        .from(matters)
        .where(and(eq(matters.orgId, orgId), eq(matters.service, 'mediation')));
      expect(
        seqs
          .filter((m) => m.seq === 1)
          .map((m) => m.number)
          .sort(),
      ).toEqual([after.number, seqs.find((m) => m.seq === 1 && m.number !== after.number)?.number].sort());
      expect(before.number).toMatch(/^昆调/);
    } finally {
      await t.services.db
        .update(organisations)
        .set({ shortName: org!.shortName })
        .where(eq(organisations.id, orgId));
    }
  });

  it('the database refuses a second matter with a number already given', async () => {
    const [row] = await t.services.db.select().from(matters).where(eq(matters.service, 'mediation')).limit(1);
    const { id: _id, ...copy } = row!;
    await expect(t.services.db.insert(matters).values({ ...copy, seq: 9_999 })).rejects.toMatchObject({
      cause: { constraint: 'matters_number_text_uq' },
    });
  });

  it('migration 0020 renumbers a number given twice: the later matter takes the next of its series, audited', async () => {
    const migration = readFileSync(
      new URL('../db/migrations/0020_matter_number_series.sql', import.meta.url),
      'utf8',
    );
    const renumber = migration.split('--> statement-breakpoint').find((s) => s.includes('matter.renumber'));
    expect(renumber).toBeDefined();
    const rolledBack = new Error('rolled back');
    let outcome: { numbers: string[]; audit: unknown[] } | undefined;
    await expect(
      t.services.db.transaction(async (tx) => {
        await tx.execute(sql`drop index matters_number_text_uq`);
        const rows = await tx.select().from(matters).where(eq(matters.service, 'mediation'));
        const earliest = rows.sort((a, b) => a.openedAt.getTime() - b.openedAt.getTime())[0]!;
        const { id: _id, ...copy } = earliest;
        const openedAt = new Date(earliest.openedAt.getTime() + 1000);
        const [twin] = await tx
          .insert(matters)
          .values({
            ...copy,
            orgId: await t.orgId('包头市公共法律服务中心人民调解委员会'),
            seq: 500,
            openedAt,
          })
          .returning();
        await tx.execute(sql.raw(renumber!));
        const [kept] = await tx.select().from(matters).where(eq(matters.id, earliest.id));
        const [moved] = await tx.select().from(matters).where(eq(matters.id, twin!.id));
        const highest = Math.max(...rows.filter((r) => r.number.startsWith('包调')).map((r) => r.seq), 500);
        outcome = {
          numbers: [kept!.number, moved!.number, String(moved!.seq)],
          audit: await tx
            .select({ before: auditLog.before, after: auditLog.after })
            .from(auditLog)
            .where(and(eq(auditLog.action, 'matter.renumber'), eq(auditLog.entityId, twin!.id))),
        };
        const year = earliest.year;
        expect(outcome.numbers).toEqual([
          earliest.number,
          `包调〔${year}〕第${String(highest + 1).padStart(4, '0')}号`,
          String(highest + 1),
        ]);
        throw rolledBack;
      }),
    ).rejects.toBe(rolledBack);
    expect(outcome?.audit).toEqual([
      { before: { number: outcome?.numbers[0] }, after: { number: outcome?.numbers[1] } },
    ]);
  });
});
