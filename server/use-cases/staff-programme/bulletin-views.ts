import { z } from 'zod';
import type { bulletins } from '../../db/schema/index';

export const bulletinItem = z.object({
  id: z.string(),
  orgId: z.string(),
  orgName: z.string(),
  title: z.string(),
  periodFrom: z.string(),
  periodTo: z.string(),
  figures: z.record(z.string(), z.unknown()),
  body: z.string(),
  status: z.enum(['draft', 'published']),
  publishedAt: z.string().nullable(),
  version: z.number().int(),
});
export type BulletinItem = z.infer<typeof bulletinItem>;

export const toBulletinItem = (row: typeof bulletins.$inferSelect, orgName: string): BulletinItem => ({
  id: row.id,
  orgId: row.orgId,
  orgName,
  title: row.title,
  periodFrom: row.periodFrom,
  periodTo: row.periodTo,
  figures: row.figures,
  body: row.body,
  status: row.status as BulletinItem['status'],
  publishedAt: row.publishedAt?.toISOString() ?? null,
  version: row.version,
});
