import { formatMatterNumber, parseMatterNumber } from '@core/procedures/matter-number';
import { and, eq, or } from 'drizzle-orm';
import { z } from 'zod';
import { recordAudit } from '../../audit/record-audit';
import type { RequestMeta, Services } from '../../context';
import { legalAidMatters, matterContacts, persons } from '../../db/schema/index';
import { dispatchOutbox } from '../../notifications/outbox';
import type { SmsLog } from '../../notifications/sms-provider';
import { openCitizenAccess } from './citizen-access';
import { checkedPhone, citizenErrors } from './citizen-errors';
import { type CitizenMatter, readCitizenMatter } from './citizen-matter';
import { type CodeSentReply, codeSent } from './code-sent';
import { consumeCode, issueCode } from './sms-codes';
import { steady } from './steady-timing';

export const trackCodeBody = z.object({
  matterNumber: z.string({ error: '请输入事项编号' }).trim().min(1, '请输入事项编号').max(60, '事项编号过长'),
  phone: z.string({ error: '请输入手机号码' }).trim().min(1, '请输入手机号码').max(40, '手机号码过长'),
});
export const trackVerifyBody = trackCodeBody.extend({
  code: z
    .string({ error: '请输入验证码' })
    .trim()
    .regex(/^\d{6}$/, '验证码为 6 位数字'),
});

function canonicalNumber(text: string): string {
  const parts = parseMatterNumber(text);
  if (!parts) throw citizenErrors.invalidMatterNumber();
  return formatMatterNumber(parts);
}

/** The matter with this number whose applicant (or online contact) has this phone, if any. */
async function findTrackedMatter(services: Services, number: string, phoneHash: string) {
  const [row] = await services.db
    .select({ id: legalAidMatters.id, orgId: legalAidMatters.orgId })
    .from(legalAidMatters)
    .innerJoin(persons, eq(persons.id, legalAidMatters.applicantPersonId))
    .leftJoin(matterContacts, eq(matterContacts.matterId, legalAidMatters.id))
    .where(
      and(
        eq(legalAidMatters.number, number),
        or(eq(persons.phoneHash, phoneHash), eq(matterContacts.phoneHash, phoneHash)),
      ),
    )
    .limit(1);
  return row;
}

/**
 * 进度查询, step 1 (法律援助法 第五十五条: the aided person may ask about progress): a one-time code to the
 * phone IF the number and the phone belong to one matter. The answer, its status code and (through
 * `steady`) its timing are the same either way; a mismatch still writes a code row (a decoy nobody
 * receives) so the throttle and the work are the same too. Malformed input (not a matter number, not a
 * phone number) is refused as such, which says nothing about any person.
 */
export async function requestTrackCode(
  services: Services,
  input: z.infer<typeof trackCodeBody>,
  meta: RequestMeta,
  log?: SmsLog,
): Promise<CodeSentReply> {
  const phone = checkedPhone(input.phone);
  const number = canonicalNumber(input.matterNumber);
  return steady(async () => {
    const phoneHash = services.cipher.lookupHash(phone);
    const matter = await findTrackedMatter(services, number, phoneHash);
    const outboxId = await services.db.transaction(async (tx) => {
      const id = await issueCode(tx, services, {
        purpose: 'track',
        phone,
        subjectHash: services.cipher.lookupHash(`matter:${number}`),
        matterId: matter?.id ?? null,
        send: matter !== undefined,
      });
      await recordAudit(tx, null, meta, {
        action: 'citizen.track-code',
        entityType: 'legal-aid-matter',
        entityId: matter?.id ?? null,
        orgId: matter?.orgId ?? null,
        after: { matched: matter !== undefined },
      });
      return id;
    });
    // Sent after the reply is decided: the gateway's latency must not show in the timing either.
    if (outboxId) void dispatchOutbox(services, log, [outboxId]).catch(() => undefined);
    return codeSent('如果事项编号与手机号码和登记信息一致，验证码将发送到该手机，5 分钟内有效');
  });
}

export const trackVerifyReply = z.object({
  token: z.string(),
  expiresAt: z.string(),
  matter: z.custom<CitizenMatter>(),
});

/**
 * 进度查询, step 2: the code, the number and the phone together open a 30-minute access to the matter
 * (header `x-citizen-token`). Anything wrong → 400 CITIZEN.INVALID_CODE, the same for a wrong phone, a
 * wrong number, a wrong, used or expired code.
 */
export async function verifyTrackCode(
  services: Services,
  input: z.infer<typeof trackVerifyBody>,
  meta: RequestMeta,
): Promise<{ token: string; expiresAt: string; matter: CitizenMatter }> {
  const phone = checkedPhone(input.phone);
  const number = canonicalNumber(input.matterNumber);
  return steady(async () => {
    const consumed = await consumeCode(services, {
      purpose: 'track',
      phone,
      subjectHash: services.cipher.lookupHash(`matter:${number}`),
      code: input.code,
    });
    if (!consumed?.matterId) throw citizenErrors.invalidCode();
    const matterId = consumed.matterId;
    const access = await services.db.transaction(async (tx) => {
      const opened = await openCitizenAccess(tx, services, matterId, services.cipher.lookupHash(phone));
      const [row] = await tx
        .select({ orgId: legalAidMatters.orgId })
        .from(legalAidMatters)
        .where(eq(legalAidMatters.id, matterId));
      await recordAudit(tx, null, meta, {
        action: 'citizen.track-open',
        entityType: 'legal-aid-matter',
        entityId: matterId,
        orgId: row?.orgId ?? null,
        after: { expiresAt: opened.expiresAt.toISOString() },
      });
      return opened;
    });
    return {
      token: access.token,
      expiresAt: access.expiresAt.toISOString(),
      matter: await readCitizenMatter(services, matterId),
    };
  });
}
