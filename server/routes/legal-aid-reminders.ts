import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Services } from '../context';
import { requirePermission } from '../plugins/auth';
import {
  listAllReminders,
  listMyReminders,
  listRemindersQuery,
  summarizeMyReminders,
} from '../use-cases/legal-aid/list-reminders';
import { markAllRemindersRead, markReminderRead } from '../use-cases/legal-aid/mark-reminders-read';
import { reminderItem, reminderSummary } from '../use-cases/legal-aid/reminder-item';
import { callOf } from './legal-aid';

const tags = ['legal-aid'];
const page = z.object({ items: z.array(reminderItem), total: z.number().int() });

/**
 * `/api/legal-aid/reminders`: the deadline reminders the sweep (server/jobs/deadline-sweep.ts) writes,
 * for the people who answer for them (我的提醒), the director's view of all in scope, the header badge,
 * and marking them read.
 */
export function legalAidReminderRoutes(app: FastifyInstance, services: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/legal-aid/reminders',
    {
      schema: {
        tags,
        summary: '我的期限提醒（发给本人或本人所任角色的提醒）',
        querystring: listRemindersQuery,
        response: { 200: page },
      },
      preHandler: requirePermission('legal-aid.read'),
    },
    (request) => listMyReminders(services, callOf(request, request.query)),
  );
  r.get(
    '/api/legal-aid/reminders/all',
    {
      schema: {
        tags,
        summary: '辖区内全部期限提醒（中心主任）',
        querystring: listRemindersQuery,
        response: { 200: page },
      },
      preHandler: requirePermission('legal-aid.decide'),
    },
    (request) => listAllReminders(services, callOf(request, request.query)),
  );
  r.get(
    '/api/legal-aid/reminders/summary',
    {
      schema: {
        tags,
        summary: '我的即将到期和已逾期提醒数（页头角标）',
        response: { 200: reminderSummary },
      },
      preHandler: requirePermission('legal-aid.read'),
    },
    (request) => summarizeMyReminders(services, callOf(request, {})),
  );
  r.post(
    '/api/legal-aid/reminders/read-all',
    {
      schema: {
        tags,
        summary: '将我的未读提醒全部标为已读',
        response: { 200: z.object({ marked: z.number().int() }) },
      },
      preHandler: requirePermission('legal-aid.read'),
    },
    (request) => markAllRemindersRead(services, callOf(request, {})),
  );
  r.post(
    '/api/legal-aid/reminders/:id/read',
    {
      schema: {
        tags,
        summary: '将一条提醒标为已读',
        params: z.object({ id: z.uuid({ error: '提醒编号格式不正确' }) }),
        response: { 200: reminderItem },
      },
      preHandler: requirePermission('legal-aid.read'),
    },
    (request) => markReminderRead(services, callOf(request, { id: request.params.id })),
  );
}
