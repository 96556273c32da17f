import { businessDateOf } from '@core/calendar';
import { conflict } from '@core/errors';
import { getService } from '@core/queue/services';
import { type TicketStatus, ticketStatusLabels } from '@core/queue/ticket-status';
import { and, count, eq, isNull, lt, or } from 'drizzle-orm';
import { z } from 'zod';
import type { RequestMeta, Services } from '../../context';
import { remoteTickets, tickets, windows } from '../../db/schema/index';
import { issueTicket } from '../queue/issue-ticket';
import { resolveCenter } from '../queue/queue-center';
import { checkedPhone, citizenErrors } from './citizen-errors';
import { type CitizenEvaluationState, citizenEvaluationState, evaluationStateOf } from './citizen-matter';
import { consumeCode } from './sms-codes';
import { evaluationCodeOf, sameCode, ticketOfToken, ticketToken } from './ticket-token';

export const remoteTicketBody = z.object({
  serviceCode: z.string({ error: '请选择服务事项' }).min(1, '请选择服务事项').max(40),
  phone: z.string({ error: '请输入手机号码' }).max(40, '手机号码过长'),
  code: z
    .string({ error: '请输入验证码' })
    .trim()
    .regex(/^\d{6}$/, '验证码为 6 位数字'),
});

export const citizenTicket = z.object({
  token: z.string(),
  number: z.string(),
  serviceCode: z.string(),
  serviceName: z.string(),
  status: z.string(),
  statusLabel: z.string(),
  businessDate: z.string(),
  peopleAhead: z.number().int().nullable(),
  window: z.object({ number: z.number().int(), name: z.string() }).nullable(),
  evaluationCode: z.string(),
  evaluation: citizenEvaluationState,
});
export type CitizenTicket = z.infer<typeof citizenTicket>;

/**
 * 远程取号: a ticket of today's queue taken from the phone (issue-ticket.ts, channel 'remote'), after an
 * SMS code (purpose 'ticket'); one per phone, service and day (409 CITIZEN.TICKET_EXISTS). Replies with
 * the ticket's token for the status page.
 */
export async function issueRemoteTicket(
  services: Services,
  input: z.infer<typeof remoteTicketBody>,
  meta: RequestMeta,
): Promise<CitizenTicket> {
  const phone = checkedPhone(input.phone);
  const phoneHash = services.cipher.lookupHash(phone);
  const businessDate = businessDateOf(services.now());
  const consumed = await consumeCode(services, { purpose: 'ticket', phone, code: input.code });
  if (!consumed) throw citizenErrors.invalidCode();
  // Told only to the phone's owner, after the code.
  const [existing] = await services.db
    .select({ n: count() })
    .from(remoteTickets)
    .where(
      and(
        eq(remoteTickets.phoneHash, phoneHash),
        eq(remoteTickets.serviceCode, input.serviceCode),
        eq(remoteTickets.businessDate, businessDate),
      ),
    );
  if ((existing?.n ?? 0) > 0)
    throw conflict('CITIZEN.TICKET_EXISTS', '今天已用该手机号领取过此项服务的号，请勿重复取号');
  const issued = await issueTicket(services, {
    actor: null,
    input: { serviceCode: input.serviceCode, channel: 'remote' },
    meta,
  });
  await services.db
    .insert(remoteTickets)
    .values({ ticketId: issued.ticket.id, phoneHash, serviceCode: issued.ticket.serviceCode, businessDate })
    .onConflictDoNothing();
  return readCitizenTicket(services, ticketToken(services, issued.ticket.id));
}

/** A ticket as its holder sees it: status, people ahead while waiting, the window when called, rating. */
export async function readCitizenTicket(services: Services, token: string): Promise<CitizenTicket> {
  const id = ticketOfToken(services, token);
  if (!id) throw citizenErrors.ticketNotFound();
  const [row] = await services.db
    .select({ ticket: tickets, windowNumber: windows.number, windowName: windows.name })
    .from(tickets)
    .leftJoin(windows, eq(windows.id, tickets.windowId))
    .where(eq(tickets.id, id));
  if (!row) throw citizenErrors.ticketNotFound();
  const t = row.ticket;
  let peopleAhead: number | null = null;
  if (t.status === 'waiting') {
    const [ahead] = await services.db
      .select({ n: count() })
      .from(tickets)
      .where(
        and(
          eq(tickets.orgId, t.orgId),
          eq(tickets.businessDate, t.businessDate),
          eq(tickets.serviceCode, t.serviceCode),
          eq(tickets.status, 'waiting'),
          isNull(tickets.windowId),
          or(lt(tickets.queuedAt, t.queuedAt), and(eq(tickets.queuedAt, t.queuedAt), lt(tickets.id, t.id))),
        ),
      );
    peopleAhead = ahead?.n ?? 0;
  }
  const status = t.status as TicketStatus;
  const evaluation: CitizenEvaluationState = await evaluationStateOf(
    services.db,
    { ticketId: t.id },
    status === 'finished',
  );
  return {
    token,
    number: t.number,
    serviceCode: t.serviceCode,
    serviceName: getService(t.serviceCode).nameZh,
    status,
    statusLabel: ticketStatusLabels[status],
    businessDate: t.businessDate,
    peopleAhead,
    window:
      row.windowNumber !== null &&
      row.windowName !== null &&
      ['called', 'serving', 'finished'].includes(status)
        ? { number: row.windowNumber, name: row.windowName }
        : null,
    evaluationCode: evaluationCodeOf(services, t.id),
    evaluation,
  };
}

export const ticketLookupBody = z.object({
  ticketNumber: z
    .string({ error: '请输入票号' })
    .trim()
    .toUpperCase()
    .regex(/^[A-J]\d{3,4}$/, '票号格式不正确，例如 B017'),
  code: z
    .string({ error: '请输入评价码' })
    .trim()
    .regex(/^\d{6}$/, '评价码为 6 位数字'),
  centerId: z.uuid().optional(),
});

/**
 * 大屏二维码 → 评价: today's ticket with this number at the hall, opened with the 6-digit 评价码 from the slip.
 * A wrong number and a wrong code answer alike (404 CITIZEN.TICKET_NOT_FOUND).
 */
export async function lookupTicket(
  services: Services,
  input: z.infer<typeof ticketLookupBody>,
): Promise<{ token: string }> {
  const center = await resolveCenter(services.db, input.centerId);
  const rows = await services.db
    .select({ id: tickets.id })
    .from(tickets)
    .where(
      and(
        eq(tickets.orgId, center.id),
        eq(tickets.businessDate, businessDateOf(services.now())),
        eq(tickets.number, input.ticketNumber),
      ),
    );
  const match = rows.find((r) => sameCode(evaluationCodeOf(services, r.id), input.code));
  if (!match) throw citizenErrors.ticketNotFound();
  return { token: ticketToken(services, match.id) };
}
