import { assertCan } from '@core/access';
import { conflict } from '@core/errors';
import type { MediationAgreement } from '@core/procedures/mediation';
import { asc, eq } from 'drizzle-orm';
import { recordAudit } from '../../audit/record-audit';
import type { Services, UseCaseCall } from '../../context';
import { matterParties, organisations, users } from '../../db/schema/index';
import { renderMediationAgreement } from '../../documents/matters/mediation-agreement';
import { loadMatter, resourceOf } from './matter-store';

/**
 * The mediation agreement of a mediation matter as .docx (人民调解法 第二十九条), from its drafted
 * agreement: 409 MATTER.NO_AGREEMENT before one is drafted or for another window. The parties (agents
 * left out) sign in the order entered. Headed by the 人民调解委员会 that mediates it (第二十九条: the
 * committee's seal; the picked mediator's committee, else the matter's organisation when it is one),
 * else by the organisation keeping the matter; dated with the signing date once recorded. The
 * download is audited ('matter.document').
 */
export async function mediationAgreementDocument(
  services: Services,
  { actor, input, meta }: UseCaseCall<{ id: string }>,
): Promise<{ buffer: Buffer; fileName: string }> {
  assertCan(actor, 'matter.read');
  const row = await loadMatter(services.db, input.id);
  assertCan(actor, 'matter.read', resourceOf(row));
  const state = row.state as {
    agreement?: MediationAgreement | null;
    mediator?: { name: string; userId?: string | null } | null;
  };
  const agreement = row.service === 'mediation' ? state.agreement : null;
  if (agreement?.form !== 'written')
    throw conflict('MATTER.NO_AGREEMENT', {
      zh: '该事项尚未拟定书面调解协议',
      en: 'No written mediation agreement has been drafted for this matter',
    });
  const [org] = await services.db
    .select({ name: organisations.name, kind: organisations.kind })
    .from(organisations)
    .where(eq(organisations.id, row.orgId));
  const [mediatorOrg] = state.mediator?.userId
    ? await services.db
        .select({ name: organisations.name, kind: organisations.kind })
        .from(users)
        .innerJoin(organisations, eq(organisations.id, users.orgId))
        .where(eq(users.id, state.mediator.userId))
    : [];
  const committee = [mediatorOrg, org].find((o) => o?.kind === 'mediation-committee') ?? org;
  const parties = await services.db
    .select({ name: matterParties.name, role: matterParties.role })
    .from(matterParties)
    .where(eq(matterParties.matterId, row.id))
    .orderBy(asc(matterParties.position), asc(matterParties.id));
  const buffer = await renderMediationAgreement({
    committeeName: committee?.name ?? '',
    documentNumber: row.number,
    partiesDetails: agreement.partiesDetails,
    partyNames: parties.filter((p) => p.role !== 'agent').map((p) => p.name),
    facts: agreement.facts,
    disputedPoints: agreement.disputedPoints,
    responsibilities: agreement.responsibilities,
    terms: agreement.terms,
    mediatorName: state.mediator?.name ?? null,
    draftedOn: agreement.draftedOn,
    signedOn: agreement.effectiveOn,
  });
  await recordAudit(services.db, actor, meta, {
    action: 'matter.document',
    entityType: 'matter',
    entityId: row.id,
    orgId: row.orgId,
    reason: '下载人民调解协议书',
  });
  return { buffer, fileName: `人民调解协议书-${row.number}.docx` };
}
