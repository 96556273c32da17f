import { assertCan } from '@core/access';
import { businessDateOf } from '@core/calendar';
import { notFound } from '@core/errors';
import type { CaseKind, HardshipMethod } from '@core/legal-aid/eligibility';
import { foldLegalAid, type LegalAidActionOf, type LegalAidState } from '@core/procedures/legal-aid';
import { and, desc, eq } from 'drizzle-orm';
import { recordAudit } from '../../audit/record-audit';
import type { Executor, Services, UseCaseCall } from '../../context';
import { lawyers, legalAidDocuments, organisations, persons } from '../../db/schema/index';
import {
  renderApplicationForm,
  renderAssignmentNotice,
  renderCommitmentLetter,
  renderGrantDecision,
  renderRefusalDecision,
  renderTerminationDecision,
} from '../../documents/legal-aid/index';
import { HARDSHIP_BASIS_LABELS, type HardshipBasis } from '../hardship-standards/standard-item';
import { type Agency, getAgency } from './agency';
import { aidFormOf, legalBasisOf, matterLabel } from './labels';
import { DOCUMENT_LABELS, type DocumentKind } from './matter-shapes';
import { loadLog, loadMatter, type MatterRow, resourceOf, type StoredAction } from './matter-store';
import { documentKindsOf } from './matter-view';

export interface GeneratedDocument {
  fileName: string;
  buffer: Buffer;
}

const GENDER = { male: '男', female: '女' } as const;

function lastOf<T extends StoredAction['action']['type']>(log: StoredAction[], type: T) {
  const found = [...log].reverse().find((entry) => entry.action.type === type);
  return found?.action as LegalAidActionOf<T> | undefined;
}

const dateOf = (at: Date | undefined, fallback: Date) => businessDateOf(at ?? fallback);

/**
 * The official documents that carry the applicant's full resident ID number and phone for staff: the
 * application form (申请表, signed and filed) and the assignment notice (指派通知书) the assigned
 * lawyer needs to reach the aided person (法律援助法 第四十六条). Every such download is logged as a
 * personal-data access (`legal-aid.view-sensitive`, 个人信息保护法 第五十一条); lists and screens
 * stay masked, and the applicant's own copy from the phone page stays masked (PIPL 最小必要).
 */
export const FULL_CONTACT_DOCUMENTS: readonly DocumentKind[] = ['application-form', 'assignment-notice'];

/** The applicant's ID number and phone as printed: full for staff copies of FULL_CONTACT_DOCUMENTS. */
interface PrintedContact {
  idNumber: string | null;
  phone: string | null;
  /** Which full values were decrypted (for the audit entry); empty when masked. */
  full: ('idNumber' | 'phone')[];
}

interface Context {
  tx: Executor;
  contact: PrintedContact;
  services: Services;
  row: MatterRow;
  state: LegalAidState;
  log: StoredAction[];
  agency: Agency;
  applicant: typeof persons.$inferSelect;
}

async function householdOf({ services, row }: Context) {
  if (!row.householdIncomeEnc || !row.householdSize) return undefined;
  return {
    size: row.householdSize,
    monthlyIncomeFen: Number(services.cipher.decrypt(row.householdIncomeEnc)),
  };
}

async function providerOf({ tx, state }: Context) {
  if (!state.assignedProviderId) return undefined;
  const [row] = await tx
    .select({ name: lawyers.name, firmName: organisations.name })
    .from(lawyers)
    .leftJoin(organisations, eq(organisations.id, lawyers.firmId))
    .where(eq(lawyers.id, state.assignedProviderId));
  return row ? { name: row.name, firmName: row.firmName ?? '法律援助机构' } : undefined;
}

/**
 * The generator of each kind, fed from the matter: masked ID numbers (PIPL 最小必要) except the
 * applicant's contact on FULL_CONTACT_DOCUMENTS for staff (`c.contact`).
 */
async function render(kind: DocumentKind, c: Context): Promise<Buffer> {
  const { row, state, log, agency, applicant } = c;
  const agencyInfo = { name: agency.name, bureauName: agency.bureauName };
  const matter = matterLabel(row.caseKind, row.matter);
  const receivedOn = businessDateOf(row.appliedAt);
  const now = c.services.now();
  switch (kind) {
    case 'application-form': {
      const household = await householdOf(c);
      return renderApplicationForm({
        agencyName: agency.name,
        matterNumber: row.number,
        applicant: {
          name: applicant.name,
          ...(applicant.sex === 'male' || applicant.sex === 'female'
            ? { gender: GENDER[applicant.sex] }
            : {}),
          ...(applicant.birthDate ? { birthDate: applicant.birthDate } : {}),
          ...(c.contact.idNumber ? { idNumber: c.contact.idNumber } : {}),
          ...(applicant.address ? { address: applicant.address } : {}),
          ...(c.contact.phone ? { phone: c.contact.phone } : {}),
          priorityGroups: row.priorityGroups,
        },
        ...(row.agent
          ? {
              agent: {
                name: row.agent.name,
                kind: row.agent.relation,
                ...(row.agent.idNumberMasked ? { idNumber: row.agent.idNumberMasked } : {}),
                ...(row.agent.phoneMasked ? { phone: row.agent.phoneMasked } : {}),
              },
            }
          : {}),
        ...(row.opposingParty ? { opposingParty: { name: row.opposingParty.name } } : {}),
        caseKind: row.caseKind as CaseKind,
        matter,
        facts: row.facts,
        ...(household
          ? {
              household: {
                size: household.size,
                monthlyIncomeFen: household.monthlyIncomeFen,
                method: (row.hardshipMethod ?? 'documents') as HardshipMethod,
              },
            }
          : {}),
        appliedOn: receivedOn,
      });
    }
    case 'commitment-letter': {
      const household = await householdOf(c);
      const standard = (row.eligibility.standard ?? null) as {
        monthlyPerCapitaYuan: number;
        basis: string;
        source: string;
      } | null;
      const [signature] = await c.tx
        .select({ data: legalAidDocuments.data })
        .from(legalAidDocuments)
        .where(
          and(eq(legalAidDocuments.matterId, row.id), eq(legalAidDocuments.kind, 'commitment-signature')),
        )
        .orderBy(desc(legalAidDocuments.createdAt))
        .limit(1);
      return renderCommitmentLetter({
        agencyName: agency.name,
        matterNumber: row.number,
        applicant: {
          name: applicant.name,
          ...(applicant.idNumberMasked ? { idNumber: applicant.idNumberMasked } : {}),
        },
        standard: standard
          ? `家庭人均月收入不高于${standard.monthlyPerCapitaYuan.toFixed(2)}元（${HARDSHIP_BASIS_LABELS[standard.basis as HardshipBasis] ?? standard.basis}）`
          : '以自治区人民政府确定的经济困难标准为准',
        ...(standard?.source ? { standardSource: standard.source } : {}),
        household: household ?? { size: 0, monthlyIncomeFen: -1 },
        ...(signature ? { signaturePng: new Uint8Array(signature.data) } : {}),
        signedOn: receivedOn,
      });
    }
    case 'grant-decision':
      return renderGrantDecision({
        agency: agencyInfo,
        documentNumber: state.decision?.documentNumber ?? row.number,
        applicant: { name: applicant.name },
        receivedOn,
        matter,
        legalBasis: legalBasisOf(row.caseKind, row.matter, row.mandatory),
        aidForm: aidFormOf(row.caseKind, row.matter),
        decidedOn: dateOf(state.milestones.approvedAt, now),
      });
    case 'refusal-decision': {
      const refuse = lastOf(log, 'refuse');
      return renderRefusalDecision({
        // 法律援助法 第四十九条: the bureau that set up the agency hears the objection.
        agency: { ...agencyInfo, bureauName: refuse?.objectionBody ?? agency.bureauName },
        documentNumber: refuse?.documentNumber ?? row.number,
        applicant: { name: applicant.name },
        receivedOn,
        matter,
        reasonCodes: refuse?.reasonCodes ?? [],
        reasons: refuse?.reasons ?? '',
        decidedOn: dateOf(state.milestones.refusedAt, now),
      });
    }
    case 'assignment-notice': {
      const provider = await providerOf(c);
      return renderAssignmentNotice({
        agency: agencyInfo,
        documentNumber: row.number,
        firmName: provider?.firmName ?? '',
        providerName: provider?.name ?? state.assignedProviderName ?? '',
        aidedPerson: {
          name: applicant.name,
          ...(c.contact.idNumber ? { idNumber: c.contact.idNumber } : {}),
          ...(c.contact.phone ? { phone: c.contact.phone } : {}),
        },
        matterNumber: row.number,
        matter,
        aidForm: aidFormOf(row.caseKind, row.matter),
        ...(row.opposingParty ? { opposingParty: row.opposingParty.name } : {}),
        seniorLawyerRequired: state.review?.requiresSeniorLawyer === true,
        assignedOn: dateOf(state.milestones.assignedAt, now),
      });
    }
    case 'termination-decision': {
      const terminate = lastOf(log, 'terminate');
      const provider = await providerOf(c);
      return renderTerminationDecision({
        agency: { ...agencyInfo, bureauName: terminate?.objectionBody ?? agency.bureauName },
        documentNumber: terminate?.documentNumber ?? row.number,
        aidedPerson: { name: applicant.name },
        grantDocumentNumber: state.decision?.documentNumber ?? row.number,
        grantedOn: dateOf(state.milestones.approvedAt ?? state.milestones.advanceAidStartedAt, now),
        matter,
        ground: terminate?.ground ?? state.termination?.ground ?? 8,
        facts: terminate?.reason ?? '',
        ...(provider ? { provider } : {}),
        decidedOn: dateOf(state.milestones.terminatedAt, now),
      });
    }
    default: {
      const unreachable: never = kind;
      return unreachable;
    }
  }
}

/**
 * A matter's document as .docx (server/documents/legal-aid/*), filled from the matter and its log:
 * refusal and termination decisions name the 司法局 that set up the agency as the objection body
 * (法律援助法 第四十九条). Only the kinds the matter has reached (404 LEGAL_AID.NO_DOCUMENT otherwise).
 * Generating a document is audited (`legal-aid.generate-document`), as it may print household income.
 */
export async function generateDocument(
  services: Services,
  { actor, input, meta }: UseCaseCall<{ id: string; kind: DocumentKind }>,
): Promise<GeneratedDocument> {
  assertCan(actor, 'legal-aid.read');
  return services.db.transaction(async (tx) => {
    const row = await loadMatter(tx, input.id);
    assertCan(actor, 'legal-aid.read', resourceOf(row));
    return renderMatterDocument(tx, services, row, input.kind, { actor, meta });
  });
}

/** The applicant's ID number and phone for document `kind`: decrypted for staff on FULL_CONTACT_DOCUMENTS. */
function printedContact(
  services: Services,
  applicant: typeof persons.$inferSelect,
  kind: DocumentKind,
  forStaff: boolean,
): PrintedContact {
  const masked = { idNumber: applicant.idNumberMasked, phone: applicant.phoneMasked, full: [] };
  if (!forStaff || !FULL_CONTACT_DOCUMENTS.includes(kind)) return masked;
  const full: PrintedContact['full'] = [];
  let idNumber = applicant.idNumberMasked;
  let phone = applicant.phoneMasked;
  if (applicant.idNumberEnc) {
    idNumber = services.cipher.decrypt(applicant.idNumberEnc);
    full.push('idNumber');
  }
  if (applicant.phoneEnc) {
    phone = services.cipher.decrypt(applicant.phoneEnc);
    full.push('phone');
  }
  return { idNumber, phone, full };
}

/**
 * Renders document `kind` of matter `row` inside `tx` and audits it (`legal-aid.generate-document`,
 * `audit.actor` null for the applicant downloading their own document from the phone page). The caller
 * has checked access. 404 LEGAL_AID.NO_DOCUMENT for a kind the matter has not reached. A staff copy
 * of a FULL_CONTACT_DOCUMENTS kind prints the applicant's full ID number / phone and adds a
 * `legal-aid.view-sensitive` audit entry naming the fields, in the same transaction.
 */
export async function renderMatterDocument(
  tx: Executor,
  services: Services,
  row: MatterRow,
  kind: DocumentKind,
  audit: { actor: Parameters<typeof recordAudit>[1]; meta: UseCaseCall<unknown>['meta'] },
): Promise<GeneratedDocument> {
  const log = await loadLog(tx, row.id);
  const state = foldLegalAid(log.map((entry) => entry.action));
  if (!documentKindsOf(row, state).includes(kind))
    throw notFound('LEGAL_AID.NO_DOCUMENT', `该事项尚无${DOCUMENT_LABELS[kind]}`);
  const [applicant] = await tx.select().from(persons).where(eq(persons.id, row.applicantPersonId));
  const agency = await getAgency(tx, row.orgId);
  const contact = printedContact(services, applicant!, kind, audit.actor !== null);
  const buffer = await render(kind, {
    tx,
    services,
    contact,
    row,
    state,
    log,
    agency,
    applicant: applicant!,
  });
  if (contact.full.length > 0) {
    await recordAudit(tx, audit.actor, audit.meta, {
      action: 'legal-aid.view-sensitive',
      entityType: 'legal-aid-matter',
      entityId: row.id,
      orgId: row.orgId,
      reason: `下载${DOCUMENT_LABELS[kind]}（含申请人完整身份证号码、联系电话）`,
      after: { number: row.number, kind, fields: contact.full },
    });
  }
  await recordAudit(tx, audit.actor, audit.meta, {
    action: 'legal-aid.generate-document',
    entityType: 'legal-aid-matter',
    entityId: row.id,
    orgId: row.orgId,
    after: { kind, number: row.number, size: buffer.length },
  });
  return { fileName: `${DOCUMENT_LABELS[kind]}-${row.number}.docx`, buffer };
}
