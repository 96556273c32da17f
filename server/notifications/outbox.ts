import { maskPhone } from '@core/identity';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor, Services } from '../context';
import { notificationOutbox } from '../db/schema/index';
import { type SmsLog, smsProvider } from './sms-provider';

/**
 * Writes an SMS to the outbox with `executor` (the transaction of the change that causes it), encrypted.
 * Returns the row id; `dispatchOutbox` sends it after commit.
 */
export async function enqueueSms(
  executor: Executor,
  services: Services,
  message: { to: string; text: string; template: string },
): Promise<string> {
  const [row] = await executor
    .insert(notificationOutbox)
    .values({
      toEnc: services.cipher.encrypt(message.to),
      toHash: services.cipher.lookupHash(message.to),
      toMasked: maskPhone(message.to),
      template: message.template,
      bodyEnc: services.cipher.encrypt(message.text),
      createdAt: services.now(),
    })
    .returning({ id: notificationOutbox.id });
  return row!.id;
}

/**
 * Hands pending outbox rows (`ids`, or the oldest 50) to the SMS provider, one by one: `sent` with the
 * provider's message id, or `failed` with the error after 3 attempts (`pending` until then). Each row is
 * claimed with `for update skip locked`, so two instances never send one message twice.
 */
export async function dispatchOutbox(services: Services, log?: SmsLog, ids?: string[]): Promise<number> {
  const provider = smsProvider(log);
  const pending = await services.db
    .select({ id: notificationOutbox.id })
    .from(notificationOutbox)
    .where(
      and(
        eq(notificationOutbox.status, 'pending'),
        ids
          ? inArray(notificationOutbox.id, ids.length > 0 ? ids : ['00000000-0000-0000-0000-000000000000'])
          : undefined,
      ),
    )
    .orderBy(asc(notificationOutbox.createdAt))
    .limit(50);
  let sent = 0;
  for (const { id } of pending) {
    const done = await services.db.transaction(async (tx) => {
      const [row] = await tx
        .select()
        .from(notificationOutbox)
        .where(and(eq(notificationOutbox.id, id), eq(notificationOutbox.status, 'pending')))
        .for('update', { skipLocked: true });
      if (!row) return false;
      try {
        const result = await provider.send({
          to: services.cipher.decrypt(row.toEnc),
          text: services.cipher.decrypt(row.bodyEnc),
          template: row.template,
        });
        await tx
          .update(notificationOutbox)
          .set({
            status: 'sent',
            attempts: sql`${notificationOutbox.attempts} + 1`,
            provider: provider.name,
            providerMessageId: result.messageId ?? null,
            sentAt: services.now(),
          })
          .where(eq(notificationOutbox.id, id));
        return true;
      } catch (error) {
        await tx
          .update(notificationOutbox)
          .set({
            status: row.attempts + 1 >= 3 ? 'failed' : 'pending',
            attempts: sql`${notificationOutbox.attempts} + 1`,
            provider: provider.name,
            error: error instanceof Error ? error.message.slice(0, 500) : String(error).slice(0, 500),
          })
          .where(eq(notificationOutbox.id, id));
        return false;
      }
    });
    if (done) sent += 1;
  }
  return sent;
}

/** The latest messages to a phone number, decrypted (test kit and operator support only). */
export async function readOutbox(services: Services, phone: string, limit = 10) {
  const rows = await services.db
    .select()
    .from(notificationOutbox)
    .where(eq(notificationOutbox.toHash, services.cipher.lookupHash(phone)))
    .orderBy(sql`${notificationOutbox.createdAt} desc`)
    .limit(limit);
  return rows.map((row) => ({
    id: row.id,
    template: row.template,
    text: services.cipher.decrypt(row.bodyEnc),
    status: row.status,
    createdAt: row.createdAt.toISOString(),
  }));
}
