import { z } from 'zod';

/** A one-time code lives this long (issue #6: 5 minutes). */
export const SMS_CODE_TTL_MS = 5 * 60_000;

/** The one answer to every well-formed code request, matched or not. */
export const codeSentReply = z.object({
  sent: z.literal(true),
  expiresInSeconds: z.number().int(),
  message: z.string(),
});
export type CodeSentReply = z.infer<typeof codeSentReply>;

export function codeSent(hint: string): CodeSentReply {
  return { sent: true, expiresInSeconds: SMS_CODE_TTL_MS / 1000, message: hint };
}
