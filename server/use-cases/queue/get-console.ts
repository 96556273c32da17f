import { assertCan } from '@core/access';
import { businessDateOf } from '@core/calendar';
import { orderQueue } from '@core/queue/call-order';
import { and, count, desc, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { Services, UseCaseCall } from '../../context';
import { tickets, windows } from '../../db/schema/index';
import { WINDOW_STATUSES, type WindowStatus } from '../windows/window-item';
import { windowCandidates } from './call-order-sql';
import { queueErrors } from './queue-errors';
import { loadQueueSettings } from './queue-settings';
import { selectTickets, type TicketItem, ticketItem, toTicketItem } from './ticket-item';

export const consoleQuery = z.object({ windowId: z.uuid({ error: '请选择窗口' }) });

/** How many waiting tickets the console lists (the count is always complete). */
export const CONSOLE_WAITING_SHOWN = 100;

export const queueWindowItem = z.object({
  id: z.string(),
  number: z.number().int(),
  name: z.string(),
  services: z.array(z.string()),
  status: z.enum(WINDOW_STATUSES),
  version: z.number().int(),
});

export const windowConsole = z.object({
  window: queueWindowItem,
  /** The ticket at the window: called or serving, latest call first. */
  current: ticketItem.nullable(),
  /** Tickets this window may call, in call order (core orderQueue), at most CONSOLE_WAITING_SHOWN. */
  waiting: z.array(ticketItem),
  /** Today's no-show tickets of this window (recall, requeue or close them). */
  noShows: z.array(ticketItem),
  counts: z.object({
    waiting: z.number().int(),
    finished: z.number().int(),
    noShows: z.number().int(),
  }),
});
export type WindowConsole = z.infer<typeof windowConsole>;

/**
 * A window's console (叫号终端): the window, its current ticket, who waits for it in call order (core
 * orderQueue at `services.now()` with the center's aging limit), today's no-shows and counts (tickets
 * finished and no-shows at this window). Needs queue.read on the window's center.
 */
export async function getConsole(
  services: Services,
  { actor, input }: UseCaseCall<{ windowId: string }>,
): Promise<WindowConsole> {
  const [window] = await services.db.select().from(windows).where(eq(windows.id, input.windowId));
  if (!window) throw queueErrors.windowNotFound();
  assertCan(actor, 'queue.read', { orgId: window.orgId });
  const now = services.now();
  const businessDate = businessDateOf(now);
  const atWindow = and(eq(tickets.windowId, window.id), eq(tickets.businessDate, businessDate));
  const [settings, candidates, current, noShows, finished] = await Promise.all([
    loadQueueSettings(services.db, window.orgId),
    selectTickets(services.db, windowCandidates(window, businessDate, now)),
    selectTickets(services.db, and(atWindow, inArray(tickets.status, ['called', 'serving'])), {
      orderBy: [desc(tickets.calledAt), desc(tickets.id)],
      limit: 1,
    }),
    selectTickets(services.db, and(atWindow, eq(tickets.status, 'no-show'))),
    services.db
      .select({ n: count() })
      .from(tickets)
      .where(and(atWindow, eq(tickets.status, 'finished'))),
  ]);
  const ordered = orderQueue(
    candidates.map((c) => ({
      id: c.ticket.id,
      serviceCode: c.ticket.serviceCode,
      priority: c.ticket.priority,
      queuedAt: c.ticket.queuedAt,
      joined: c,
    })),
    now,
    settings,
  );
  const item = (joined: (typeof candidates)[number]): TicketItem => toTicketItem(joined, settings.maxRecalls);
  const [currentRow] = current;
  return {
    window: {
      id: window.id,
      number: window.number,
      name: window.name,
      services: window.services,
      status: window.status as WindowStatus,
      version: window.version,
    },
    current: currentRow ? item(currentRow) : null,
    waiting: ordered.slice(0, CONSOLE_WAITING_SHOWN).map((o) => item(o.joined)),
    noShows: noShows.map(item),
    counts: { waiting: candidates.length, finished: finished[0]?.n ?? 0, noShows: noShows.length },
  };
}
