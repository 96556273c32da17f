import { badInput } from '@core/errors';
import { and, eq } from 'drizzle-orm';
import type { Executor } from '../../context';
import { organisations } from '../../db/schema/index';
import { findHomeBureau } from '../access/reference-scope';

export interface Agency {
  id: string;
  name: string;
  shortName: string;
  divisionCode: string | null;
  /** The 司法局 that set up the agency: where objections go (法律援助法 第四十九条). */
  bureauId: string;
  bureauName: string;
}

async function agencyOf(executor: Executor, id: string): Promise<Agency | undefined> {
  const [row] = await executor.select().from(organisations).where(eq(organisations.id, id));
  if (row?.kind !== 'legal-aid-agency') return undefined;
  const bureau = await findHomeBureau(executor, row.parentId ?? row.id);
  const [bureauRow] = bureau
    ? await executor.select().from(organisations).where(eq(organisations.id, bureau.id))
    : [];
  return {
    id: row.id,
    name: row.name,
    shortName: row.shortName ?? [...row.name][0] ?? '法',
    divisionCode: row.divisionCode,
    bureauId: bureauRow?.id ?? row.id,
    bureauName: bureauRow?.name ?? '',
  };
}

/** The agency that owns a matter (by id). */
export async function getAgency(executor: Executor, id: string): Promise<Agency> {
  const agency = await agencyOf(executor, id);
  if (!agency) throw new Error(`organisation ${id} is not a legal aid agency`);
  return agency;
}

/**
 * The agency that receives an application taken by `actorOrgId`'s staff (法律援助法 第十二条: each
 * county-level 司法局 sets up one): the actor's own organisation when it is an agency, else the agency
 * set up by the actor's home bureau (a hall clerk of 包头市公共法律服务中心 → 包头市法律援助中心).
 * LEGAL_AID.NO_AGENCY (400) when there is none.
 */
export async function findReceivingAgency(executor: Executor, actorOrgId: string): Promise<Agency> {
  const own = await agencyOf(executor, actorOrgId);
  if (own) return own;
  const bureau = await findHomeBureau(executor, actorOrgId);
  if (bureau) {
    const [row] = await executor
      .select({ id: organisations.id })
      .from(organisations)
      .where(
        and(
          eq(organisations.parentId, bureau.id),
          eq(organisations.kind, 'legal-aid-agency'),
          eq(organisations.active, true),
        ),
      )
      .limit(1);
    const agency = row ? await agencyOf(executor, row.id) : undefined;
    if (agency) return agency;
  }
  throw badInput('LEGAL_AID.NO_AGENCY', '未找到本级司法行政部门设立的法律援助机构，请联系管理员');
}
