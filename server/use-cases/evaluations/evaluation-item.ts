import { EVALUATION_CHANNEL_LABELS, EVALUATION_LEVEL_LABELS, EVALUATION_TAG_LABELS } from '@core/evaluation';
import { findService } from '@core/queue/services';
import { z } from 'zod';
import type { evaluations } from '../../db/schema/index';

export const evaluationItem = z.object({
  id: z.string(),
  subject: z.string(),
  subjectNumber: z.string(),
  serviceCode: z.string(),
  serviceName: z.string(),
  windowNumber: z.number().int().nullable(),
  windowName: z.string().nullable(),
  staffName: z.string().nullable(),
  staffPartyMember: z.boolean(),
  lawyerName: z.string().nullable(),
  level: z.number().int(),
  levelLabel: z.string(),
  tags: z.array(z.object({ code: z.string(), label: z.string() })),
  comment: z.string().nullable(),
  channel: z.string(),
  channelLabel: z.string(),
  businessDate: z.string(),
  createdAt: z.string(),
  rectificationStatus: z.string().nullable(),
});
export type EvaluationItem = z.infer<typeof evaluationItem>;

export function toEvaluationItem(
  row: typeof evaluations.$inferSelect,
  extra: { windowNumber: number | null; windowName: string | null; rectificationStatus: string | null },
): EvaluationItem {
  const level = row.level as keyof typeof EVALUATION_LEVEL_LABELS;
  return {
    id: row.id,
    subject: row.subject,
    subjectNumber: row.subjectNumber,
    serviceCode: row.serviceCode,
    serviceName: findService(row.serviceCode)?.nameZh ?? row.serviceCode,
    windowNumber: extra.windowNumber,
    windowName: extra.windowName,
    staffName: row.staffName,
    staffPartyMember: row.staffPartyMember,
    lawyerName: row.lawyerName,
    level,
    levelLabel: EVALUATION_LEVEL_LABELS[level],
    tags: row.tags.map((code) => ({
      code,
      label: EVALUATION_TAG_LABELS[code as keyof typeof EVALUATION_TAG_LABELS] ?? code,
    })),
    comment: row.comment,
    channel: row.channel,
    channelLabel:
      EVALUATION_CHANNEL_LABELS[row.channel as keyof typeof EVALUATION_CHANNEL_LABELS] ?? row.channel,
    businessDate: row.businessDate,
    createdAt: row.createdAt.toISOString(),
    rectificationStatus: extra.rectificationStatus,
  };
}
