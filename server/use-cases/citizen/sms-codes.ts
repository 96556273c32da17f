import { randomInt, randomUUID, timingSafeEqual } from 'node:crypto';
import { maskPhone } from '@core/identity';
import { and, count, desc, eq, gt, isNull, lt, sql } from 'drizzle-orm';
import { z } from 'zod';
import { recordAudit } from '../../audit/record-audit';
import type { Executor, RequestMeta, Services } from '../../context';
import { smsCodes } from '../../db/schema/index';
import { dispatchOutbox, enqueueSms } from '../../notifications/outbox';
import type { SmsLog } from '../../notifications/sms-provider';
import { checkedPhone, citizenErrors } from './citizen-errors';
import { type CodeSentReply, codeSent, SMS_CODE_TTL_MS } from './code-sent';

export { SMS_CODE_TTL_MS };
/** Wrong tries before a code is dead. */
export const SMS_CODE_MAX_ATTEMPTS = 5;
/** One code per phone and purpose per this many milliseconds … */
export const SMS_CODE_INTERVAL_MS = 60_000;
/** … and at most this many codes per phone and hour, whatever the purpose. */
export const SMS_CODES_PER_HOUR = 10;

export const SMS_PURPOSES = ['apply', 'track', 'book', 'ticket'] as const;
export type SmsPurpose = (typeof SMS_PURPOSES)[number];
const PURPOSE_LABELS: Record<SmsPurpose, string> = {
  apply: '网上申请法律援助',
  track: '查询办理进度',
  book: '预约服务',
  ticket: '远程取号',
};

const HALL = '包头市公共法律服务中心';

function codeHash(services: Services, id: string, code: string): string {
  return services.cipher.lookupHash(`sms-code:${id}:${code}`);
}

export interface IssueCodeParams {
  purpose: SmsPurpose;
  phone: string;
  /** HMAC of what else the code is bound to (a matter number), if anything. */
  subjectHash?: string | null;
  matterId?: string | null;
  /** False for a tracking request that matched nothing: the row is written, no SMS is sent. */
  send: boolean;
}

/**
 * Writes a one-time code (only its HMAC) with `tx` and, when `send`, the SMS with it to the outbox.
 * Throttled per phone (one per purpose per minute, ten per hour; 429 CITIZEN.CODE_RATE_LIMITED) before
 * anything is written. Returns the outbox row id when an SMS was queued.
 */
export async function issueCode(
  tx: Executor,
  services: Services,
  params: IssueCodeParams,
): Promise<string | undefined> {
  const now = services.now();
  const phoneHash = services.cipher.lookupHash(params.phone);
  // One code at a time per phone: serialise concurrent requests for the same number.
  await tx.execute(sql`select pg_advisory_xact_lock(7370601, hashtext(${phoneHash}))`);
  const [recent] = await tx
    .select({
      lastMinute: sql<number>`count(*) filter (where ${smsCodes.purpose} = ${params.purpose} and ${smsCodes.createdAt} > ${new Date(now.getTime() - SMS_CODE_INTERVAL_MS)})::int`,
      lastHour: count(),
    })
    .from(smsCodes)
    .where(
      and(eq(smsCodes.phoneHash, phoneHash), gt(smsCodes.createdAt, new Date(now.getTime() - 3_600_000))),
    );
  if ((recent?.lastMinute ?? 0) > 0 || (recent?.lastHour ?? 0) >= SMS_CODES_PER_HOUR)
    throw citizenErrors.codeRateLimited();
  const id = randomUUID();
  const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
  await tx.insert(smsCodes).values({
    id,
    purpose: params.purpose,
    phoneHash,
    subjectHash: params.subjectHash ?? null,
    matterId: params.matterId ?? null,
    codeHash: codeHash(services, id, code),
    createdAt: now,
    expiresAt: new Date(now.getTime() + SMS_CODE_TTL_MS),
  });
  // Old codes are of no use to anyone: drop those that expired a day ago now and then.
  if (Math.random() < 0.01)
    await tx.delete(smsCodes).where(lt(smsCodes.expiresAt, new Date(now.getTime() - 86_400_000)));
  if (!params.send) return undefined;
  return enqueueSms(tx, services, {
    to: params.phone,
    template: `sms-code.${params.purpose}`,
    text: `【${HALL}】验证码 ${code}，5分钟内有效，仅用于${PURPOSE_LABELS[params.purpose]}。工作人员不会向您索要验证码，请勿告诉他人。`,
  });
}

/**
 * Checks and spends a code, in its own transaction (so a wrong try is counted even though the caller
 * then fails): the newest live code of this phone, purpose and subject; a wrong code counts a try
 * (the fifth kills it); a right one is marked used and can never serve again. Returns the code's
 * matter (null for a decoy) or undefined when the code is wrong, used, expired or absent.
 */
export async function consumeCode(
  services: Services,
  params: { purpose: SmsPurpose; phone: string; subjectHash?: string | null; code: string },
): Promise<{ matterId: string | null } | undefined> {
  return matchCode(services, params, { spend: true });
}

/**
 * `consumeCode` without spending a right code: lets a form tell the citizen at once that the code they
 * typed is wrong or stale, while the final submission still spends it. A wrong code counts a try just
 * the same (the fifth kills the code, whether tried here or on submission), so checking first gives a
 * guesser no extra tries. Returns whether the newest live code of this phone and purpose matches.
 */
export async function checkCode(
  services: Services,
  params: { purpose: SmsPurpose; phone: string; code: string },
): Promise<boolean> {
  return (await matchCode(services, params, { spend: false })) !== undefined;
}

async function matchCode(
  services: Services,
  params: { purpose: SmsPurpose; phone: string; subjectHash?: string | null; code: string },
  options: { spend: boolean },
): Promise<{ matterId: string | null } | undefined> {
  const now = services.now();
  const phoneHash = services.cipher.lookupHash(params.phone);
  return services.db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(smsCodes)
      .where(
        and(
          eq(smsCodes.phoneHash, phoneHash),
          eq(smsCodes.purpose, params.purpose),
          params.subjectHash ? eq(smsCodes.subjectHash, params.subjectHash) : isNull(smsCodes.subjectHash),
          isNull(smsCodes.usedAt),
          gt(smsCodes.expiresAt, now),
          lt(smsCodes.attempts, SMS_CODE_MAX_ATTEMPTS),
        ),
      )
      .orderBy(desc(smsCodes.createdAt))
      .limit(1)
      .for('update');
    if (!row) return undefined;
    const given = Buffer.from(codeHash(services, row.id, params.code.trim()));
    const stored = Buffer.from(row.codeHash);
    if (given.length !== stored.length || !timingSafeEqual(given, stored)) {
      await tx
        .update(smsCodes)
        .set({ attempts: sql`${smsCodes.attempts} + 1` })
        .where(eq(smsCodes.id, row.id));
      return undefined;
    }
    if (options.spend) await tx.update(smsCodes).set({ usedAt: now }).where(eq(smsCodes.id, row.id));
    return { matterId: row.matterId };
  });
}

export const checkCodeBody = z.object({
  phone: z.string({ error: '请输入手机号码' }).max(40),
  purpose: z.enum(['apply', 'book', 'ticket'], { error: '未知的验证码用途' }),
  code: z
    .string({ error: '请输入验证码' })
    .trim()
    .regex(/^\d{6}$/, '验证码为 6 位数字'),
});
export const checkCodeReply = z.object({ valid: z.literal(true) });

/**
 * `POST /api/public/sms-codes/check`: whether the code typed is the phone's live code for the purpose,
 * without spending it (`checkCode`: a wrong try counts against the code's 5 tries). 200 {valid: true},
 * or 400 CITIZEN.INVALID_CODE (field `code`) when wrong, used, expired or absent.
 */
export async function checkCodeRequest(
  services: Services,
  input: z.infer<typeof checkCodeBody>,
): Promise<z.infer<typeof checkCodeReply>> {
  const phone = checkedPhone(input.phone);
  if (!(await checkCode(services, { purpose: input.purpose, phone, code: input.code })))
    throw citizenErrors.invalidCode();
  return { valid: true };
}

/**
 * `POST /api/public/sms-codes`: a code to the citizen's own phone for an online application, a booking or
 * a remote ticket (nothing to reveal: the phone is the one typed). Throttled per phone.
 */
export async function requestCode(
  services: Services,
  input: { phone: string; purpose: Exclude<SmsPurpose, 'track'> },
  meta: RequestMeta,
  log?: SmsLog,
): Promise<CodeSentReply> {
  const phone = checkedPhone(input.phone);
  const outboxId = await services.db.transaction(async (tx) => {
    const id = await issueCode(tx, services, { purpose: input.purpose, phone, send: true });
    await recordAudit(tx, null, meta, {
      action: 'citizen.sms-code',
      entityType: 'sms-code',
      after: { purpose: input.purpose, phone: maskPhone(phone) },
    });
    return id;
  });
  if (outboxId) void dispatchOutbox(services, log, [outboxId]).catch(() => undefined);
  return codeSent('验证码已发送，5 分钟内有效');
}
