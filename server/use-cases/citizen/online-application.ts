import { businessDateOf } from '@core/calendar';
import { badInput } from '@core/errors';
import { maskPhone } from '@core/identity';
import {
  ART31_MATTERS,
  ART32_CIRCUMSTANCES,
  ART42_EXEMPTIONS,
  CASE_KINDS,
  type CaseKind,
  MANDATORY_GROUNDS,
} from '@core/legal-aid/eligibility';
import { GUIDED_QUESTIONS, nextQuestion } from '@core/legal-aid/guided-questions';
import {
  applyLegalAidAction,
  foldLegalAid,
  type LegalAidAction,
  legalAidErrorToAppError,
} from '@core/procedures/legal-aid';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { RequestMeta, Services } from '../../context';
import { legalAidDocuments, legalAidMatters, matterContacts } from '../../db/schema/index';
import { findReceivingAgency } from '../legal-aid/agency';
import { assessIntake } from '../legal-aid/eligibility-policy';
import type { SubmitApplicationInput } from '../legal-aid/intake-schema';
import { appendAction, loadLog } from '../legal-aid/matter-store';
import { messagesOf, regionOf } from '../legal-aid/preview-eligibility';
import { COMMITMENT_FILE_NAMES, decode, sniff } from '../legal-aid/record-commitment';
import { insertApplication, validate } from '../legal-aid/submit-application';
import { resolveCenter } from '../queue/queue-center';
import { checkedPhone, citizenErrors } from './citizen-errors';
import { consumeCode } from './sms-codes';

/** The guided answers (core GuidedAnswers): undefined = not asked, null / [] = "none of these". */
const answers = {
  caseKind: z.enum(CASE_KINDS, { error: '请选择案件类别' }).optional(),
  mandatory: z.enum(MANDATORY_GROUNDS, { error: '无法识别的情形' }).nullable().optional(),
  /** An art. 31 matter, or 'other' for a matter outside the list. */
  matter: z.union([z.enum(ART31_MATTERS), z.literal('other')], { error: '请选择申请事项' }).optional(),
  circumstances: z
    .array(z.enum(ART32_CIRCUMSTANCES, { error: '未知的情形' }))
    .max(4)
    .optional(),
  exemptions: z
    .array(z.enum(ART42_EXEMPTIONS, { error: '未知的情形' }))
    .max(7)
    .optional(),
  hardship: z
    .object({
      householdSize: z.number().int('家庭人口数应为正整数').min(1, '家庭人口数应为正整数').max(99),
      householdMonthlyIncomeYuan: z.number().min(0, '家庭月收入不能为负数').max(100_000_000),
    })
    .optional(),
};
export const guideBody = z.object({ ...answers, idNumber: z.string().max(40).optional() });
export type GuideInput = z.infer<typeof guideBody>;

export const guideReply = z.object({
  next: z.enum(GUIDED_QUESTIONS).nullable(),
  verdict: z.enum(['eligible', 'ineligible', 'incomplete']),
  hardship: z.string(),
  messages: z.array(z.object({ code: z.string(), article: z.string(), message: z.string() })),
  standard: z.object({ monthlyPerCapitaYuan: z.number(), regionCode: z.string() }).nullable(),
});
export type GuideReply = z.infer<typeof guideReply>;

/** The answers as intake facts: hardship evidenced by the credit commitment signed at the end (第四十一条). */
function factsOf(input: GuideInput) {
  return {
    caseKind: input.caseKind as CaseKind | undefined,
    mandatory: input.mandatory ?? undefined,
    matter: input.matter,
    circumstances: input.circumstances,
    exemptions: input.exemptions,
    hardship: input.hardship ? { ...input.hardship, method: 'commitment' as const } : undefined,
  };
}

/**
 * The phone page's guide (no login): core `assessEligibility` on the answers so far against the standard
 * in force today for the applicant's region (from the ID number when typed), and core `nextQuestion`: the
 * one question whose answer the verdict still needs, or null with the likely outcome and its articles.
 * Saves nothing; reads no personal data.
 */
export async function guideApplication(services: Services, input: GuideInput): Promise<GuideReply> {
  const today = businessDateOf(services.now());
  const center = await resolveCenter(services.db);
  const agency = await findReceivingAgency(services.db, center.id);
  const region = regionOf(undefined, input.idNumber, today, agency.divisionCode);
  const { result, standard } = await assessIntake(services.db, factsOf(input), today, region);
  return {
    next: nextQuestion(input, result),
    verdict: result.verdict,
    hardship: result.hardship,
    messages: messagesOf(result),
    standard: standard
      ? { monthlyPerCapitaYuan: standard.monthlyPerCapitaYuan, regionCode: standard.regionCode }
      : null,
  };
}

export const onlineApplicationBody = guideBody.extend({
  applicant: z.object({
    name: z.string({ error: '请输入姓名' }).max(100, '姓名不能超过 100 个字'),
    idNumber: z.string({ error: '请输入公民身份号码' }).max(40, '公民身份号码过长'),
    address: z.string().trim().max(200, '地址不能超过 200 个字').optional(),
  }),
  opposingPartyName: z.string().trim().max(200, '对方当事人名称过长').optional(),
  facts: z
    .string({ error: '请简要说明案情及申请理由' })
    .trim()
    .min(5, '请简要说明案情及申请理由（不少于 5 个字）')
    .max(2000, '案情不能超过 2000 个字'),
  phone: z.string({ error: '请输入手机号码' }).max(40, '手机号码过长'),
  code: z
    .string({ error: '请输入验证码' })
    .trim()
    .regex(/^\d{6}$/, '验证码为 6 位数字'),
  /** 告知承诺书: the applicant's signature drawn on screen, a PNG data URL (≤ 5 MB). */
  signaturePng: z.string({ error: '请在屏幕上签署个人诚信承诺' }).max(7_100_000, '签名图片过大'),
  commitmentAccepted: z.literal(true, { error: '请阅读并同意个人诚信承诺' }),
});
export type OnlineApplicationInput = z.infer<typeof onlineApplicationBody>;

export const onlineApplicationReply = z.object({
  number: z.string(),
  agencyName: z.string(),
  verdict: z.string(),
  appliedAt: z.string(),
});

/**
 * 网上申请 (法律援助法 第二十三条 internet channel; 第三十八条至第四十一条): creates a legal-aid matter with
 * channel 'online' and the applicant as the actor of 'apply' (core ACTION_ROLES), received by the agency of
 * the hall's bureau. Order: every input check (identity, phone, signature PNG by its bytes), then the SMS
 * code for the phone (purpose 'apply', spent even if the rest fails), then ONE transaction: the matter
 * (shared insertApplication: person, eligibility snapshot, number, log, audit), the signed commitment as
 * its 'commitment-signature' document (hardship method 'commitment', 第四十一条), and the verified phone
 * as the matter's contact for tracking. Replies with the number only.
 */
export async function submitOnlineApplication(
  services: Services,
  input: OnlineApplicationInput,
  meta: RequestMeta,
): Promise<z.infer<typeof onlineApplicationReply>> {
  const now = services.now();
  const phone = checkedPhone(input.phone);
  const facts = factsOf(input);
  if (!facts.caseKind) throw badInput('COMMON.INVALID_INPUT', '请选择案件类别', 'caseKind');
  const intake: SubmitApplicationInput = {
    channel: 'online',
    applicant: {
      name: input.applicant.name,
      idNumber: input.applicant.idNumber,
      phone,
      ...(input.applicant.address ? { address: input.applicant.address } : {}),
    },
    ...(input.opposingPartyName
      ? { opposingParty: { name: input.opposingPartyName, kind: 'person' as const } }
      : {}),
    facts: input.facts,
    caseKind: facts.caseKind,
    ...(facts.matter ? { matter: facts.matter } : {}),
    ...(facts.mandatory ? { mandatory: facts.mandatory } : {}),
    ...(facts.circumstances ? { circumstances: facts.circumstances } : {}),
    ...(facts.exemptions ? { exemptions: facts.exemptions } : {}),
    ...(facts.hardship ? { hardship: facts.hardship } : {}),
  };
  const checked = validate(intake, now, services.cipher);
  const signature = decode(input.signaturePng, 'signaturePng');
  if (sniff(signature) !== 'image/png')
    throw badInput('LEGAL_AID.INVALID_FILE', '签名应为 PNG 图片', 'signaturePng');

  const consumed = await consumeCode(services, { purpose: 'apply', phone, code: input.code });
  if (!consumed) throw citizenErrors.invalidCode();

  return services.db.transaction(async (tx) => {
    const center = await resolveCenter(tx);
    const agency = await findReceivingAgency(tx, center.id);
    const { id } = await insertApplication(tx, services, {
      agency,
      input: intake,
      checked,
      now,
      actor: { id: 'applicant', role: 'applicant', name: checked.name },
      createdBy: null,
      audit: { actor: null, meta },
    });
    const [doc] = await tx
      .insert(legalAidDocuments)
      .values({
        matterId: id,
        kind: 'commitment-signature',
        fileName: 'signature.png',
        mimeType: 'image/png',
        size: signature.length,
        data: signature,
        createdBy: null,
        createdAt: now,
      })
      .returning({ id: legalAidDocuments.id });
    // The signed commitment is evidence: it enters the action log (and so the history) as the
    // applicant's attachment, like a commitment signed at the window.
    const state = foldLegalAid((await loadLog(tx, id)).map((entry) => entry.action));
    const attach: LegalAidAction = {
      type: 'attach',
      at: now,
      actor: { id: 'applicant', role: 'applicant', name: checked.name },
      fileId: doc!.id,
      fileName: COMMITMENT_FILE_NAMES['commitment-signature'],
      kind: 'commitment-signature',
    };
    const attached = applyLegalAidAction(state, attach, { expectedVersion: state.version });
    if (!attached.ok) throw legalAidErrorToAppError(attached.error);
    await appendAction(tx, id, attach, attached.state, { hardshipMethod: 'commitment' });
    await tx.insert(matterContacts).values({
      matterId: id,
      phoneEnc: services.cipher.encrypt(phone),
      phoneHash: services.cipher.lookupHash(phone),
      phoneMasked: maskPhone(phone),
      createdAt: now,
    });
    const [row] = await tx
      .select({ number: legalAidMatters.number, eligibility: legalAidMatters.eligibility })
      .from(legalAidMatters)
      .where(eq(legalAidMatters.id, id));
    return {
      number: row!.number,
      agencyName: agency.name,
      verdict: String(row!.eligibility.verdict ?? 'incomplete'),
      appliedAt: now.toISOString(),
    };
  });
}
