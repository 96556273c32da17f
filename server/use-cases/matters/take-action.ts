import { assertCan } from '@core/access';
import { businessDateOf } from '@core/calendar';
import { badInput, staleVersion } from '@core/errors';
import type { ProcedureAction } from '@core/procedures/definition';
import { getProcedure, isMatterService } from '@core/procedures/registry';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { recordAudit } from '../../audit/record-audit';
import type { Services, UseCaseCall } from '../../context';
import { matters } from '../../db/schema/index';
import { loadCalendar } from '../calendar/load-calendar';
import type { ConflictWarning } from './conflict-check';
import {
  actingRole,
  foldLog,
  insertAction,
  loadLog,
  loadMatter,
  parsePayload,
  procedureErrorToAppError,
  resourceOf,
  stateJson,
  THIS_MATTER,
  writeClocks,
} from './matter-store';
import { type MatterDetail, readMatterDetail } from './matter-view';
import { carriedParties, insertMatter } from './open-matter';
import { actorAsHandler, checkPayloadReferences } from './payload-references';

export const matterActionBody = z.object({
  type: z.string({ error: '请选择操作' }).min(1, '请选择操作').max(50),
  expectedVersion: z.number({ error: '请提供当前版本号 expectedVersion' }).int().min(1),
  payload: z.record(z.string(), z.unknown()).default({}),
  /**
   * Only with a consultation's 'refer' to another window of the matters store: the payload of the
   * target window's opening action. The target matter is opened in the same transaction with the
   * consultation's parties carried over (一厅通办).
   */
  referralOpening: z.record(z.string(), z.unknown()).optional(),
});
export type MatterActionInput = z.infer<typeof matterActionBody> & { id: string };

export interface MatterActionResult {
  item: MatterDetail;
  /** The matter a referral opened, when any. */
  referredMatter: { id: string; number: string; service: string } | null;
  warnings: ConflictWarning[];
}

/**
 * POST /api/matters/:id/actions. One transaction: locks the matter, checks scope (403) and
 * `expectedVersion` (409 COMMON.STALE_VERSION when someone acted first), folds the log, applies the
 * action with the definition (unknown or not-allowed action 409, role 403, payload and statutory
 * rules 400 with `payload.<field>`; a picked account of the wrong role or scope, or a party not of this
 * matter, 400 — payload-references.ts), appends it as entry version+1, rewrites status, state and clocks,
 * audits `matter.<type>`. A consultation's referral with `referralOpening` also opens the target
 * window's matter (see `insertMatter`).
 */
export async function takeMatterAction(
  services: Services,
  { actor, input, meta }: UseCaseCall<MatterActionInput>,
): Promise<MatterActionResult> {
  assertCan(actor, 'matter.manage');
  return services.db.transaction(async (tx) => {
    const row = await loadMatter(tx, input.id, { forUpdate: true });
    assertCan(actor, 'matter.manage', resourceOf(row));
    if (row.version !== input.expectedVersion) throw staleVersion(THIS_MATTER);
    const { definition } = getProcedure(row.service);
    const calendar = await loadCalendar(tx);
    const state = foldLog(row.service, await loadLog(tx, row.id), calendar);
    const at = services.now();
    const roles = Object.hasOwn(definition.actionRoles, input.type)
      ? definition.actionRoles[input.type]!
      : [];
    const action: ProcedureAction = {
      type: input.type,
      at,
      actor: { id: actor.userId, role: actingRole(actor, roles), name: actor.displayName },
      payload: parsePayload(definition, input.type, input.payload),
    };
    const result = definition.apply(state, action, { calendar });
    if (!result.ok) throw procedureErrorToAppError(result.error);
    // The accounts and parties the payload picks; the mediator or notary picked becomes the handler.
    const picked = await checkPayloadReferences(tx, actor, row, definition, input.type, action.payload);
    const handlerUserId =
      picked ?? (await actorAsHandler(tx, actor, row, definition, input.type)) ?? row.handlerUserId;
    const version = row.version + 1;
    await insertAction(tx, row.id, version, action);
    await tx
      .update(matters)
      .set({
        status: result.state.status,
        closed: result.state.closed,
        version,
        state: stateJson(result.state),
        handlerUserId,
        closedAt: result.state.closed ? (row.closedAt ?? at) : null,
        updatedAt: at,
      })
      .where(eq(matters.id, row.id));
    await writeClocks(
      tx,
      { ...row, handlerUserId },
      definition.clocks(result.state, { calendar, today: businessDateOf(at) }),
    );
    await recordAudit(tx, actor, meta, {
      action: `matter.${input.type}`,
      entityType: 'matter',
      entityId: row.id,
      orgId: row.orgId,
      before: { status: state.status, version: row.version, handlerUserId: row.handlerUserId },
      after: { status: result.state.status, version, handlerUserId, payload: action.payload },
    });

    let referredMatter: MatterActionResult['referredMatter'] = null;
    let warnings: ConflictWarning[] = [];
    if (input.referralOpening !== undefined) {
      const target = (action.payload as { target?: unknown }).target;
      if (row.service !== 'consultation' || input.type !== 'refer' || !isMatterService(target))
        throw badInput(
          'MATTER.REFERRAL_NOT_POSSIBLE',
          {
            zh: '只有法律咨询转介到其他窗口（法律援助除外）时才能同时登记新事项',
            en: 'A new matter can be opened together only when a consultation is referred to another window (not legal aid)',
          },
          'referralOpening',
        );
      const opened = await insertMatter(tx, services, actor, meta, {
        service: target,
        orgId: row.orgId,
        handlerUserId: null,
        ticketNumber: row.ticketNumber,
        referredFromId: row.id,
        parties: await carriedParties(tx, row.id),
        payload: input.referralOpening,
      });
      const targetRow = await loadMatter(tx, opened.id);
      referredMatter = { id: targetRow.id, number: targetRow.number, service: targetRow.service };
      warnings = opened.warnings.filter((w) => w.matter?.id !== row.id);
    }
    const fresh = await loadMatter(tx, row.id);
    return { item: await readMatterDetail(tx, actor, fresh, services.now()), referredMatter, warnings };
  });
}
