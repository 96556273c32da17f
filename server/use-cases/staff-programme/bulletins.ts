import { assertCan, can } from '@core/access';
import { businessDateOf } from '@core/calendar/business-date';
import { conflict, forbidden, staleVersion } from '@core/errors';
import { and, desc, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { recordAudit } from '../../audit/record-audit';
import type { Executor, Services, StaffActor, UseCaseCall } from '../../context';
import { bulletins } from '../../db/schema/index';
import { renderBulletin } from '../../documents/staff-programme/bulletin';
import { type BulletinItem, toBulletinItem } from './bulletin-views';
import { ancestorOrgIds } from './list-plans';
import { orgDirectory, studyNotFound } from './programme-scope';

export const listBulletinsQuery = z.object({ view: z.enum(['mine', 'managed']).default('mine') });
export const updateBulletinBody = z.object({
  version: z.number().int().min(1),
  title: z.string().trim().min(1, '请填写标题').max(100),
  body: z.string().trim().min(10, '通报正文过短').max(20_000),
});
export const publishBulletinBody = z.object({ version: z.number().int().min(1) });

type Row = typeof bulletins.$inferSelect;

/**
 * Who may read a bulletin: its bureau's managers (drafts too), or — once published — the staff working
 * under that bureau (its own and, for the city's, the counties'). Others get 404.
 */
async function assertMayRead(executor: Executor, actor: StaffActor, row: Row): Promise<void> {
  if (can(actor, 'study.manage', { orgId: row.orgId })) return;
  if (row.status === 'published' && can(actor, 'study.participate')) {
    if ((await ancestorOrgIds(executor, actor.orgId)).includes(row.orgId)) return;
  }
  throw studyNotFound('通报');
}

async function loadBulletin(executor: Executor, id: string, forUpdate = false): Promise<Row> {
  const query = executor.select().from(bulletins).where(eq(bulletins.id, id));
  const [row] = forUpdate ? await query.for('update') : await query;
  if (!row) throw studyNotFound('通报');
  return row;
}

async function withNames(executor: Executor, rows: Row[]): Promise<BulletinItem[]> {
  const directory = await orgDirectory(
    executor,
    rows.map((r) => r.orgId),
  );
  return rows.map((r) => toBulletinItem(r, directory.nameOf(r.orgId)));
}

/** Published bulletins of the bureaus above the actor (`mine`), or all in scope for managers (`managed`). */
export async function listBulletins(
  services: Services,
  { actor, input }: UseCaseCall<z.infer<typeof listBulletinsQuery>>,
) {
  if (input.view === 'managed') {
    if (!can(actor, 'study.manage')) throw forbidden();
    const rows = await services.db
      .select()
      .from(bulletins)
      .where(inArray(bulletins.orgId, [...actor.scopeOrgIds]))
      .orderBy(desc(bulletins.periodTo), desc(bulletins.createdAt));
    return { items: await withNames(services.db, rows) };
  }
  assertCan(actor, 'study.participate');
  const rows = await services.db
    .select()
    .from(bulletins)
    .where(
      and(
        inArray(bulletins.orgId, await ancestorOrgIds(services.db, actor.orgId)),
        eq(bulletins.status, 'published'),
      ),
    )
    .orderBy(desc(bulletins.publishedAt));
  return { items: await withNames(services.db, rows) };
}

export async function getBulletin(services: Services, { actor, input }: UseCaseCall<{ id: string }>) {
  const row = await loadBulletin(services.db, input.id);
  await assertMayRead(services.db, actor, row);
  const [item] = await withNames(services.db, [row]);
  return item!;
}

/** Edits a draft's title and text (the figures stay as generated). `study.manage`; version-checked. */
export async function updateBulletin(
  services: Services,
  { actor, input, meta }: UseCaseCall<z.infer<typeof updateBulletinBody> & { id: string }>,
) {
  assertCan(actor, 'study.manage');
  const row = await services.db.transaction(async (tx) => {
    const row = await loadBulletin(tx, input.id, true);
    if (!can(actor, 'study.manage', { orgId: row.orgId })) throw studyNotFound('通报');
    if (row.version !== input.version) throw staleVersion('通报');
    if (row.status !== 'draft') throw conflict('STUDY.BULLETIN_PUBLISHED', '通报已发布，不能再修改');
    const [updated] = await tx
      .update(bulletins)
      .set({ title: input.title, body: input.body, version: row.version + 1, updatedAt: services.now() })
      .where(eq(bulletins.id, row.id))
      .returning();
    await recordAudit(tx, actor, meta, {
      action: 'study.edit-bulletin',
      entityType: 'bulletin',
      entityId: row.id,
      orgId: row.orgId,
      before: { title: row.title, length: row.body.length },
      after: { title: input.title, length: input.body.length },
    });
    return updated!;
  });
  const [item] = await withNames(services.db, [row]);
  return item!;
}

/** Publishes a draft: staff under the bureau now see it and may download it. `study.manage`. */
export async function publishBulletin(
  services: Services,
  { actor, input, meta }: UseCaseCall<z.infer<typeof publishBulletinBody> & { id: string }>,
) {
  assertCan(actor, 'study.manage');
  const row = await services.db.transaction(async (tx) => {
    const row = await loadBulletin(tx, input.id, true);
    if (!can(actor, 'study.manage', { orgId: row.orgId })) throw studyNotFound('通报');
    if (row.version !== input.version) throw staleVersion('通报');
    if (row.status !== 'draft') throw conflict('STUDY.BULLETIN_PUBLISHED', '通报已发布');
    const now = services.now();
    const [updated] = await tx
      .update(bulletins)
      .set({
        status: 'published',
        publishedAt: now,
        publishedBy: actor.userId,
        version: row.version + 1,
        updatedAt: now,
      })
      .where(eq(bulletins.id, row.id))
      .returning();
    await recordAudit(tx, actor, meta, {
      action: 'study.publish-bulletin',
      entityType: 'bulletin',
      entityId: row.id,
      orgId: row.orgId,
      after: { title: row.title },
    });
    return updated!;
  });
  const [item] = await withNames(services.db, [row]);
  return item!;
}

/** The bulletin as .docx (a draft for its managers, a published one for its readers). */
export async function bulletinDocument(services: Services, { actor, input }: UseCaseCall<{ id: string }>) {
  const row = await loadBulletin(services.db, input.id);
  await assertMayRead(services.db, actor, row);
  const [item] = await withNames(services.db, [row]);
  const buffer = await renderBulletin({
    title: row.title,
    body: row.body,
    orgName: item!.orgName,
    publishedOn: businessDateOf(row.publishedAt ?? services.now()),
    periodFrom: row.periodFrom,
    periodTo: row.periodTo,
  });
  return { fileName: `${row.title}.docx`, buffer };
}
