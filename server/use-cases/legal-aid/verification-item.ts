import { z } from 'zod';
import type { legalAidVerifications } from '../../db/schema/index';

export const verificationItem = z.object({
  id: z.string(),
  matterId: z.string(),
  matterNumber: z.string(),
  applicantName: z.string(),
  sampledAt: z.string(),
  rate: z.string(),
  seed: z.string(),
  outcome: z.enum(['pending', 'confirmed', 'false-commitment']),
  note: z.string().nullable(),
  decidedAt: z.string().nullable(),
  recoveryStatus: z.string().nullable(),
  version: z.number().int(),
  /** After a false commitment: the termination grounds to consider (法律援助法 第四十八条第一款第一项、第二项). */
  terminationPrompt: z.object({ grounds: z.array(z.number().int()), message: z.string() }).nullable(),
});
export type VerificationItem = z.infer<typeof verificationItem>;

export const TERMINATION_PROMPT =
  '抽查发现申请人作虚假承诺：请依《法律援助法》第四十八条第一款第一项或第二项审查是否终止法律援助，并依第六十四条责令支付已实施法律援助的费用。';

export function toVerificationItem(
  row: typeof legalAidVerifications.$inferSelect,
  matter: { number: string; applicantName: string },
): VerificationItem {
  return {
    id: row.id,
    matterId: row.matterId,
    matterNumber: matter.number,
    applicantName: matter.applicantName,
    sampledAt: row.sampledAt.toISOString(),
    rate: row.rate,
    seed: row.seed,
    outcome: row.outcome as VerificationItem['outcome'],
    note: row.note,
    decidedAt: row.decidedAt?.toISOString() ?? null,
    recoveryStatus: row.recoveryStatus,
    version: row.version,
    terminationPrompt:
      row.outcome === 'false-commitment' ? { grounds: [1, 2], message: TERMINATION_PROMPT } : null,
  };
}
