import { assertCan } from '@core/access';
import { badInput, conflict } from '@core/errors';
import {
  applyLegalAidAction,
  foldLegalAid,
  type LegalAidAction,
  legalAidErrorToAppError,
} from '@core/procedures/legal-aid';
import { z } from 'zod';
import { recordAudit } from '../../audit/record-audit';
import type { Services, UseCaseCall } from '../../context';
import { legalAidDocuments } from '../../db/schema/index';
import { readMatterDetail } from './get-matter';
import type { MatterDetail } from './matter-shapes';
import { appendAction, legalAidActorFor, loadLog, loadMatter, resourceOf } from './matter-store';

/** The statuses before a decision, while a commitment can be signed (and a grant waits for it). */
export const COMMITMENT_OPEN_STATUSES: readonly string[] = [
  'applied',
  'materials-requested',
  'under-review',
  'reviewed',
];

/** 5 MB, the contract's ceiling for a scan. */
export const MAX_COMMITMENT_BYTES = 5 * 1024 * 1024;

export const recordCommitmentBody = z.object({
  signaturePng: z.string().max(7_100_000, '文件不能超过 5 MB').optional(),
  scanPdfOrImage: z.string().max(7_100_000, '文件不能超过 5 MB').optional(),
  fileName: z.string().trim().max(200, '文件名不能超过 200 个字').optional(),
  mimeType: z
    .enum(['image/png', 'image/jpeg', 'application/pdf'], { error: '只接受 PNG、JPEG 或 PDF 文件' })
    .optional(),
});
export type RecordCommitmentInput = z.infer<typeof recordCommitmentBody> & { id: string };

/** The history line of a signed commitment (办理记录), by how it was given. */
export const COMMITMENT_FILE_NAMES = {
  'commitment-signature': '经济困难状况告知承诺书（现场签名）',
  'commitment-scan': '经济困难状况告知承诺书（扫描件）',
} as const;

/** The type a file's first bytes show (never trust the declared type alone). */
export function sniff(data: Buffer): 'image/png' | 'image/jpeg' | 'application/pdf' | undefined {
  if (data.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
    return 'image/png';
  if (data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) return 'image/jpeg';
  if (data.subarray(0, 5).toString('latin1') === '%PDF-') return 'application/pdf';
  return undefined;
}

export function decode(base64: string, field: string): Buffer {
  const body = base64.replace(/^data:[^;]+;base64,/, '');
  if (!/^[A-Za-z0-9+/=\s]+$/.test(body))
    throw badInput('LEGAL_AID.INVALID_FILE', '文件内容应为 base64 编码', field);
  const data = Buffer.from(body, 'base64');
  if (data.length === 0) throw badInput('LEGAL_AID.INVALID_FILE', '文件内容为空', field);
  if (data.length > MAX_COMMITMENT_BYTES)
    throw badInput('LEGAL_AID.FILE_TOO_LARGE', '文件不能超过 5 MB', field);
  return data;
}

/**
 * Records the signed 告知承诺书 (法律援助法 第四十一条: hardship evidenced by a personal integrity
 * commitment): a signature PNG from the pad, or a scan (PNG/JPEG/PDF), ≤ 5 MB, type checked by content.
 * Marks the matter's hardship evidence method 'commitment'. Intake staff only, while the application is
 * before a decision (409 LEGAL_AID.COMMITMENT_CLOSED after). The evidence enters the matter's action
 * log as an 'attach' entry (kind commitment-signature | commitment-scan, the document's id), so the
 * history (办理记录) shows it and the version moves on; one transaction with its audit entry.
 */
export async function recordCommitment(
  services: Services,
  { actor, input, meta }: UseCaseCall<RecordCommitmentInput>,
): Promise<MatterDetail> {
  assertCan(actor, 'legal-aid.intake');
  const given = input.signaturePng ?? input.scanPdfOrImage;
  const field = input.signaturePng ? 'signaturePng' : 'scanPdfOrImage';
  if (!given || (input.signaturePng && input.scanPdfOrImage))
    throw badInput('LEGAL_AID.INVALID_FILE', '请上传签名图片或承诺书扫描件（二选一）', 'signaturePng');
  const data = decode(given, field);
  const type = sniff(data);
  if (input.signaturePng ? type !== 'image/png' : type === undefined)
    throw badInput(
      'LEGAL_AID.INVALID_FILE',
      input.signaturePng ? '签名应为 PNG 图片' : '扫描件只接受 PNG、JPEG 或 PDF 文件',
      field,
    );
  if (input.mimeType && input.mimeType !== type)
    throw badInput('LEGAL_AID.INVALID_FILE', '文件内容与声明的类型不符', 'mimeType');

  return services.db.transaction(async (tx) => {
    const row = await loadMatter(tx, input.id, { forUpdate: true });
    assertCan(actor, 'legal-aid.intake', resourceOf(row));
    if (!COMMITMENT_OPEN_STATUSES.includes(row.status))
      throw conflict('LEGAL_AID.COMMITMENT_CLOSED', '已作出决定，不能再补签告知承诺书');
    const kind = input.signaturePng ? 'commitment-signature' : 'commitment-scan';
    const [doc] = await tx
      .insert(legalAidDocuments)
      .values({
        matterId: row.id,
        kind,
        fileName: input.fileName ?? null,
        mimeType: type!,
        size: data.length,
        data,
        createdBy: actor.userId,
        createdAt: services.now(),
      })
      .returning({ id: legalAidDocuments.id });
    const state = foldLegalAid((await loadLog(tx, row.id)).map((entry) => entry.action));
    const action: LegalAidAction = {
      type: 'attach',
      at: services.now(),
      actor: await legalAidActorFor(tx, actor, 'attach'),
      fileId: doc!.id,
      fileName: input.fileName?.trim() || COMMITMENT_FILE_NAMES[kind],
      kind,
    };
    const result = applyLegalAidAction(state, action, { expectedVersion: state.version });
    if (!result.ok) throw legalAidErrorToAppError(result.error);
    await appendAction(tx, row.id, action, result.state, { hardshipMethod: 'commitment' });
    await recordAudit(tx, actor, meta, {
      action: 'legal-aid.record-commitment',
      entityType: 'legal-aid-matter',
      entityId: row.id,
      orgId: row.orgId,
      before: { hardshipMethod: row.hardshipMethod, version: state.version },
      after: {
        hardshipMethod: 'commitment',
        documentId: doc!.id,
        kind,
        mimeType: type,
        size: data.length,
        version: result.state.version,
      },
    });
    return readMatterDetail(services, tx, actor, row.id);
  });
}
