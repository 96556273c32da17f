import { assertCan, can } from '@core/access';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { recordAudit } from '../../audit/record-audit';
import type { Services, UseCaseCall } from '../../context';
import { organisations } from '../../db/schema/index';
import { dispatchOutbox, enqueueSms } from '../../notifications/outbox';
import type { SmsLog } from '../../notifications/sms-provider';
import { transition } from './opinions';

export const replyBody = z.object({
  version: z.number().int().min(1),
  handlingNote: z.string().trim().min(2, '请填写办理情况').max(2000),
  reply: z.string().trim().min(2, '请填写答复内容').max(2000),
});

/** The reply as an SMS says it: at most this many characters of it, the rest cut with "…". */
export const REPLY_SMS_CHARS = 300;

/** The text of the SMS that carries a reply to the respondent. */
export function replySmsText(orgName: string, reply: string): string {
  const body = reply.length > REPLY_SMS_CHARS ? `${reply.slice(0, REPLY_SMS_CHARS)}…` : reply;
  return `【${orgName}】您提出的意见建议已办理，答复如下：${body}`;
}

/**
 * The assignee (or a manager in scope) records how it was handled and the reply to the respondent. When
 * the respondent left a phone, the reply goes to it by SMS through the outbox (queued in the same
 * transaction, audited as `opinion.reply-sms` with the masked number; sent after commit); otherwise the
 * reply is recorded only (`replySms` null in the item).
 */
export async function replyOpinion(
  services: Services,
  call: UseCaseCall<z.infer<typeof replyBody> & { id: string }>,
  log?: SmsLog,
) {
  const { actor, input, meta } = call;
  assertCan(actor, 'study.participate');
  let smsId: string | undefined;
  const item = await transition(
    services,
    call,
    'replied',
    (o) => o.assigneeId === actor.userId || can(actor, 'opinion.manage', { orgId: o.orgId }),
    async (o, tx) => {
      if (o.contactEnc) {
        const [org] = await tx
          .select({ name: organisations.name })
          .from(organisations)
          .where(eq(organisations.id, o.orgId));
        smsId = await enqueueSms(tx, services, {
          to: services.cipher.decrypt(o.contactEnc),
          template: 'opinion.reply',
          text: replySmsText(org?.name ?? '司法局', input.reply),
        });
        await recordAudit(tx, actor, meta, {
          action: 'opinion.reply-sms',
          entityType: 'opinion',
          entityId: o.id,
          orgId: o.orgId,
          after: { toMasked: o.contactMasked, outboxId: smsId },
        });
      }
      return {
        handlingNote: input.handlingNote,
        reply: input.reply,
        repliedBy: actor.userId,
        repliedAt: services.now(),
        replySmsId: smsId ?? null,
      };
    },
  );
  if (smsId) void dispatchOutbox(services, log, [smsId]).catch(() => undefined);
  return item;
}
