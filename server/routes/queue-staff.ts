import type { Permission } from '@core/access';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Services, UseCaseCall } from '../context';
import { requestMeta, requireActor, requirePermission } from '../plugins/auth';
import { atField } from '../use-cases/queue/action-instant';
import { callNext, callNextBody } from '../use-cases/queue/call-next';
import { cancelTicket, cancelTicketBody } from '../use-cases/queue/cancel-ticket';
import { claimPriority, claimPriorityBody } from '../use-cases/queue/claim-priority';
import { closeTicket, closeTicketBody } from '../use-cases/queue/close-ticket';
import { finishTicket, finishTicketBody } from '../use-cases/queue/finish-ticket';
import { consoleQuery, getConsole, queueWindowItem, windowConsole } from '../use-cases/queue/get-console';
import { markNoShow } from '../use-cases/queue/mark-no-show';
import { recallTicket } from '../use-cases/queue/recall-ticket';
import { requeueTicket, requeueTicketBody } from '../use-cases/queue/requeue-ticket';
import { setWindowStatus, windowStatusBody } from '../use-cases/queue/set-window-status';
import { startTicket } from '../use-cases/queue/start-ticket';
import { type TicketItem, ticketItem } from '../use-cases/queue/ticket-item';
import { transferTicket, transferTicketBody } from '../use-cases/queue/transfer-ticket';

const tags = ['queue'];
const ticketParams = z.object({ id: z.uuid({ error: '号票编号格式不正确' }) });
const windowParams = z.object({ id: z.uuid({ error: '窗口编号格式不正确' }) });
const atWindowBody = z.object({
  windowId: z.uuid({ error: '请选择窗口' }),
  version: z.number().int().min(1).optional(),
  at: atField,
});

/** The window consoles (叫号终端): call, recall, no-show, start, finish, transfer, end, pause/resume. */
export function queueStaffRoutes(app: FastifyInstance, services: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  /** POST /api/queue/tickets/:id/<verb>: one ticket action, replying with the changed ticket. */
  const ticketAction = <I extends object>(
    verb: string,
    summary: string,
    permission: Permission,
    body: z.ZodType<I>,
    run: (services: Services, call: UseCaseCall<I & { ticketId: string }>) => Promise<TicketItem>,
  ) =>
    r.post(
      `/api/queue/tickets/:id/${verb}`,
      {
        schema: { tags, summary, params: ticketParams, body, response: { 200: ticketItem } },
        preHandler: requirePermission(permission),
      },
      (request) =>
        run(services, {
          actor: requireActor(request),
          input: { ...(request.body as I), ticketId: request.params.id },
          meta: requestMeta(request),
        }),
    );

  r.get(
    '/api/queue/console',
    {
      schema: {
        tags,
        summary: '叫号工作台：当前号、等候队列（叫号顺序）、过号、统计',
        querystring: consoleQuery,
        response: { 200: windowConsole },
      },
      preHandler: requirePermission('queue.read'),
    },
    (request) =>
      getConsole(services, {
        actor: requireActor(request),
        input: request.query,
        meta: requestMeta(request),
      }),
  );
  r.post(
    '/api/queue/windows/:id/call-next',
    {
      schema: {
        tags,
        summary: '叫下一位（优先号优先，超时普通号顺延）',
        params: windowParams,
        body: callNextBody,
        response: { 200: ticketItem },
      },
      preHandler: requirePermission('queue.serve'),
    },
    (request) =>
      callNext(services, {
        actor: requireActor(request),
        input: { windowId: request.params.id, at: request.body?.at },
        meta: requestMeta(request),
      }),
  );
  ticketAction(
    'recall',
    '重呼（过号后重新叫号，或再次播报已叫的号）',
    'queue.serve',
    atWindowBody,
    recallTicket,
  );
  ticketAction('no-show', '标记过号', 'queue.serve', atWindowBody, markNoShow);
  ticketAction('start', '开始办理', 'queue.serve', atWindowBody, startTicket);
  ticketAction('finish', '办结（记录办理结果）', 'queue.serve', finishTicketBody, finishTicket);
  ticketAction('transfer', '转办（保留原排队顺序）', 'queue.serve', transferTicketBody, transferTicket);
  ticketAction('requeue', '过号重新排队（排到队尾）', 'queue.serve', requeueTicketBody, requeueTicket);
  ticketAction('cancel', '取消号票', 'queue.serve', cancelTicketBody, cancelTicket);
  ticketAction('close', '过号作废', 'queue.serve', closeTicketBody, closeTicket);
  ticketAction(
    'priority',
    '导服台设置优先（需写明查验依据）',
    'queue.issue',
    claimPriorityBody,
    claimPriority,
  );

  for (const [verb, status, summary] of [
    ['pause', 'paused', '窗口暂停服务'],
    ['resume', 'open', '窗口恢复服务'],
  ] as const) {
    r.post(
      `/api/queue/windows/:id/${verb}`,
      {
        schema: {
          tags,
          summary,
          params: windowParams,
          body: windowStatusBody,
          response: { 200: queueWindowItem },
        },
        preHandler: requirePermission('queue.serve'),
      },
      (request) =>
        setWindowStatus(services, {
          actor: requireActor(request),
          input: { windowId: request.params.id, status, reason: request.body?.reason },
          meta: requestMeta(request),
        }),
    );
  }
}
