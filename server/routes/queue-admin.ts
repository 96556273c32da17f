import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Services } from '../context';
import { requestMeta, requireActor, requirePermission } from '../plugins/auth';
import { atField } from '../use-cases/queue/action-instant';
import { addKeyGroup, addKeyGroupBody } from '../use-cases/queue/add-key-group';
import { priorityGroupField } from '../use-cases/queue/claim-priority';
import { getQueueSettings, settingsQuery } from '../use-cases/queue/get-queue-settings';
import { getQueueStats, queueStats, statsQuery } from '../use-cases/queue/get-queue-stats';
import { issueTicket } from '../use-cases/queue/issue-ticket';
import { keyGroupItem } from '../use-cases/queue/key-group-item';
import { listKeyGroups, listKeyGroupsQuery } from '../use-cases/queue/list-key-groups';
import { listTickets, listTicketsQuery } from '../use-cases/queue/list-tickets';
import { queueSettingsItem } from '../use-cases/queue/queue-settings';
import { removeKeyGroup } from '../use-cases/queue/remove-key-group';
import { ticketItem } from '../use-cases/queue/ticket-item';
import { updateQueueSettings, updateSettingsBody } from '../use-cases/queue/update-queue-settings';

const tags = ['queue'];

const receptionTicketBody = z
  .object({
    serviceCode: z.string({ error: '请选择服务事项' }).min(1, '请选择服务事项'),
    idNumber: z.string().max(40, '公民身份号码格式不正确').optional(),
    priorityGroup: priorityGroupField.optional(),
    priorityReason: z.string().trim().max(500, '依据不能超过 500 个字').optional(),
    centerId: z.uuid({ error: '服务中心编号格式不正确' }).optional(),
    /** 'replay' (with `at`) is for scripts/replay-hall-day.ts and needs queue.manage. */
    channel: z.enum(['reception', 'remote', 'replay'], { error: '取号渠道无效' }).default('reception'),
    at: atField,
  })
  .refine((body) => !body.priorityGroup || (body.priorityReason ?? '').length > 0, {
    error: '设置优先需写明查验依据',
    path: ['priorityReason'],
  });

/** Reception, lists, statistics, settings and the key-group register of the queue. */
export function queueAdminRoutes(app: FastifyInstance, services: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.post(
    '/api/queue/reception/tickets',
    {
      schema: {
        tags,
        summary: '导服台取号（可设置优先；回放时可指定时间）',
        body: receptionTicketBody,
        response: {
          201: ticketItem.extend({
            peopleAhead: z.number().int(),
            estimatedWaitMinutes: z.number().int().nullable(),
          }),
        },
      },
      preHandler: requirePermission('queue.issue'),
    },
    async (request, reply) => {
      const { priorityGroup, priorityReason, ...rest } = request.body;
      const issued = await issueTicket(services, {
        actor: requireActor(request),
        input: {
          ...rest,
          ...(priorityGroup ? { priorityClaim: { group: priorityGroup, reason: priorityReason ?? '' } } : {}),
        },
        meta: requestMeta(request),
      });
      return reply.status(201).send({
        ...issued.ticket,
        peopleAhead: issued.peopleAhead,
        estimatedWaitMinutes: issued.estimatedWaitMinutes,
      });
    },
  );
  r.get(
    '/api/queue/tickets',
    {
      schema: {
        tags,
        summary: '号票列表（按日期、事项、状态、号码）',
        querystring: listTicketsQuery,
        response: { 200: z.object({ items: z.array(ticketItem), total: z.number().int() }) },
      },
      preHandler: requirePermission('queue.read'),
    },
    (request) =>
      listTickets(services, {
        actor: requireActor(request),
        input: request.query,
        meta: requestMeta(request),
      }),
  );
  r.get(
    '/api/queue/stats',
    {
      schema: {
        tags,
        summary: '排队统计（按事项、窗口、小时；等候与办理时长）',
        querystring: statsQuery,
        response: { 200: queueStats },
      },
      preHandler: requirePermission('queue.read'),
    },
    (request) =>
      getQueueStats(services, {
        actor: requireActor(request),
        input: request.query,
        meta: requestMeta(request),
      }),
  );
  r.get(
    '/api/queue/settings',
    {
      schema: {
        tags,
        summary: '取号叫号设置',
        querystring: settingsQuery,
        response: { 200: queueSettingsItem },
      },
      preHandler: requirePermission('queue.read'),
    },
    (request) =>
      getQueueSettings(services, {
        actor: requireActor(request),
        input: request.query,
        meta: requestMeta(request),
      }),
  );
  r.put(
    '/api/queue/settings',
    {
      schema: {
        tags,
        summary: '修改取号叫号设置（取号时间、过号次数、老年人年龄等）',
        body: updateSettingsBody,
        response: { 200: queueSettingsItem },
      },
      preHandler: requirePermission('queue.manage'),
    },
    (request) =>
      updateQueueSettings(services, {
        actor: requireActor(request),
        input: request.body,
        meta: requestMeta(request),
      }),
  );
  r.get(
    '/api/queue/key-groups',
    {
      schema: {
        tags,
        summary: '重点群体登记名单（身份证号脱敏）',
        querystring: listKeyGroupsQuery,
        response: { 200: z.object({ items: z.array(keyGroupItem), total: z.number().int() }) },
      },
      preHandler: requirePermission('queue.issue'),
    },
    (request) =>
      listKeyGroups(services, {
        actor: requireActor(request),
        input: request.query,
        meta: requestMeta(request),
      }),
  );
  r.post(
    '/api/queue/key-groups',
    {
      schema: {
        tags,
        summary: '登记重点群体（取号时自动优先）',
        body: addKeyGroupBody,
        response: { 201: keyGroupItem },
      },
      preHandler: requirePermission('queue.issue'),
    },
    async (request, reply) =>
      reply.status(201).send(
        await addKeyGroup(services, {
          actor: requireActor(request),
          input: request.body,
          meta: requestMeta(request),
        }),
      ),
  );
  r.delete(
    '/api/queue/key-groups/:id',
    {
      schema: {
        tags,
        summary: '删除重点群体登记',
        params: z.object({ id: z.uuid({ error: '编号格式不正确' }) }),
        response: { 204: z.null() },
      },
      preHandler: requirePermission('queue.issue'),
    },
    async (request, reply) => {
      await removeKeyGroup(services, {
        actor: requireActor(request),
        input: { id: request.params.id },
        meta: requestMeta(request),
      });
      return reply.status(204).send(null);
    },
  );
}
