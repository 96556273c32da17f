import { assertCan } from '@core/access';
import { conflict, notFound, staleVersion } from '@core/errors';
import {
  EVALUATION_LEVEL_LABELS,
  RECTIFICATION_PERIODS,
  RECTIFICATION_STATUS_LABELS,
  type RectificationStatus,
  rectificationOverdue,
} from '@core/evaluation';
import { findService } from '@core/queue/services';
import { and, asc, eq, inArray, ne, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { recordAudit } from '../../audit/record-audit';
import type { Services, UseCaseCall } from '../../context';
import { evaluations, rectifications, windows } from '../../db/schema/index';

export const rectificationItem = z.object({
  id: z.string(),
  status: z.string(),
  statusLabel: z.string(),
  subjectNumber: z.string(),
  serviceName: z.string(),
  windowNumber: z.number().int().nullable(),
  staffName: z.string().nullable(),
  staffPartyMember: z.boolean(),
  lawyerName: z.string().nullable(),
  level: z.number().int(),
  levelLabel: z.string(),
  comment: z.string().nullable(),
  openedOn: z.string(),
  callbackDueOn: z.string(),
  fixDueOn: z.string(),
  callbackOverdue: z.boolean(),
  fixOverdue: z.boolean(),
  overdue: z.boolean(),
  escalatedAt: z.string().nullable(),
  calledBackAt: z.string().nullable(),
  callbackNote: z.string().nullable(),
  rectifiedAt: z.string().nullable(),
  rectificationNote: z.string().nullable(),
  followUpLevel: z.number().int().nullable(),
  version: z.number().int(),
  sources: z.object({ callback: z.string(), fix: z.string() }),
});
export type RectificationItem = z.infer<typeof rectificationItem>;

export const rectificationsQuery = z.object({
  status: z.enum(['active', 'open', 'called-back', 'rectified', 'closed', 'all']).default('active'),
  overdue: z.enum(['true', 'false']).optional(),
});

type Row = {
  item: typeof rectifications.$inferSelect;
  evaluation: typeof evaluations.$inferSelect;
  windowNumber: number | null;
};

function toItem(row: Row, now: Date): RectificationItem {
  const { item, evaluation } = row;
  const late = rectificationOverdue({ ...item, status: item.status as RectificationStatus }, now);
  const closed = item.status === 'closed';
  const level = evaluation.level as keyof typeof EVALUATION_LEVEL_LABELS;
  const iso = (d: Date | null) => (d ? d.toISOString() : null);
  return {
    id: item.id,
    status: item.status,
    statusLabel: RECTIFICATION_STATUS_LABELS[item.status as RectificationStatus],
    subjectNumber: evaluation.subjectNumber,
    serviceName: findService(evaluation.serviceCode)?.nameZh ?? evaluation.serviceCode,
    windowNumber: row.windowNumber,
    staffName: evaluation.staffName,
    staffPartyMember: evaluation.staffPartyMember,
    lawyerName: evaluation.lawyerName,
    level,
    levelLabel: EVALUATION_LEVEL_LABELS[level],
    comment: evaluation.comment,
    openedOn: item.openedOn,
    callbackDueOn: item.callbackDueOn,
    fixDueOn: item.fixDueOn,
    callbackOverdue: late.callbackOverdue,
    fixOverdue: late.fixOverdue,
    overdue: !closed && late.overdue,
    escalatedAt: iso(item.escalatedAt),
    calledBackAt: iso(item.calledBackAt),
    callbackNote: item.callbackNote,
    rectifiedAt: iso(item.rectifiedAt),
    rectificationNote: item.rectificationNote,
    followUpLevel: item.followUpLevel,
    version: item.version,
    sources: { callback: RECTIFICATION_PERIODS.callback.source, fix: RECTIFICATION_PERIODS.fix.source },
  };
}

async function selectRows(services: Services, where: SQL | undefined): Promise<Row[]> {
  return services.db
    .select({ item: rectifications, evaluation: evaluations, windowNumber: windows.number })
    .from(rectifications)
    .innerJoin(evaluations, eq(evaluations.id, rectifications.evaluationId))
    .leftJoin(windows, eq(windows.id, evaluations.windowId))
    .where(where)
    .orderBy(asc(rectifications.callbackDueOn), asc(rectifications.createdAt));
}

/**
 * 差评整改台账: the rectification items in the actor's scope with their deadlines and whether each is
 * overdue at `services.now()` (a county leader sees the county's, the city's leader the city and counties).
 */
export async function listRectifications(
  services: Services,
  { actor, input }: UseCaseCall<z.infer<typeof rectificationsQuery>>,
): Promise<{ items: RectificationItem[] }> {
  assertCan(actor, 'rectification.handle');
  const status =
    input.status === 'all'
      ? undefined
      : input.status === 'active'
        ? ne(rectifications.status, 'closed')
        : eq(rectifications.status, input.status);
  const rows = await selectRows(services, and(inArray(rectifications.orgId, [...actor.scopeOrgIds]), status));
  const now = services.now();
  const items = rows.map((row) => toItem(row, now));
  return {
    items:
      input.overdue === undefined ? items : items.filter((i) => i.overdue === (input.overdue === 'true')),
  };
}

export const rectificationStepBody = z.object({
  version: z.number({ error: '缺少版本号' }).int().min(1),
  note: z
    .string({ error: '请填写情况说明' })
    .trim()
    .min(5, '情况说明不少于 5 个字')
    .max(2000, '情况说明不能超过 2000 个字'),
});

/**
 * 回访 (callback) or 整改 (rectify): one step of the item, in order (409 RECTIFICATION.WRONG_STEP),
 * checked against the version the actor saw (409 COMMON.STALE_VERSION), in scope. Audited.
 */
export async function advanceRectification(
  services: Services,
  {
    actor,
    input,
    meta,
  }: UseCaseCall<z.infer<typeof rectificationStepBody> & { id: string; step: 'callback' | 'rectify' }>,
): Promise<RectificationItem> {
  assertCan(actor, 'rectification.handle');
  const now = services.now();
  const id = await services.db.transaction(async (tx) => {
    const [item] = await tx
      .select()
      .from(rectifications)
      .where(eq(rectifications.id, input.id))
      .for('update');
    if (!item) throw notFound('RECTIFICATION.NOT_FOUND', '整改事项不存在');
    assertCan(actor, 'rectification.handle', { orgId: item.orgId });
    if (item.version !== input.version) throw staleVersion('整改事项');
    const expected = input.step === 'callback' ? 'open' : 'called-back';
    if (item.status !== expected)
      throw conflict(
        'RECTIFICATION.WRONG_STEP',
        input.step === 'callback' ? '该事项已回访' : '请先回访群众，再登记整改情况',
      );
    const next = input.step === 'callback' ? 'called-back' : 'rectified';
    await tx
      .update(rectifications)
      .set(
        input.step === 'callback'
          ? {
              status: next,
              calledBackAt: now,
              calledBackBy: actor.userId,
              callbackNote: input.note,
              version: item.version + 1,
            }
          : {
              status: next,
              rectifiedAt: now,
              rectifiedBy: actor.userId,
              rectificationNote: input.note,
              version: item.version + 1,
            },
      )
      .where(eq(rectifications.id, item.id));
    await recordAudit(tx, actor, meta, {
      action: `rectification.${input.step}`,
      entityType: 'rectification',
      entityId: item.id,
      orgId: item.orgId,
      before: { status: item.status },
      after: { status: next },
      reason: input.note,
    });
    return item.id;
  });
  const [row] = await selectRows(services, eq(rectifications.id, id));
  return toItem(row!, services.now());
}
