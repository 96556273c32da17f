/** Server state of the queue pages (TanStack Query keys and the calls behind them). */
import { useQuery } from '@tanstack/react-query';
import { useMe } from '../../app/auth';
import { api, type Page } from '../../lib/api';
import type { HallWindow } from '../../lib/types';
import type { ConsoleState, PublicServices, QueueStatsReply, Ticket } from './types';

export const QUEUE_KEY = ['queue'] as const;
export const consoleKey = (windowId: string | undefined) => ['queue', 'console', windowId] as const;
export const ticketsKey = (query: Record<string, string | undefined>) => ['queue', 'tickets', query] as const;
export const statsKey = (date: string, centerId?: string) => ['queue', 'stats', date, centerId] as const;
export const servicesKey = ['queue', 'services'] as const;

/**
 * The hall the user's queue pages work (GET /api/auth/me `hall`): the city's hall for its staff, a
 * county's own hall for a county's staff; undefined = the server's default hall.
 */
function useHallId(): string | undefined {
  return useMe().hall?.id;
}
export const windowsKey = ['queue', 'windows'] as const;

/** The windows a clerk may sit at (GET /api/windows, the admin pages' endpoint), by number. */
export function useQueueWindows() {
  return useQuery({
    queryKey: windowsKey,
    queryFn: async () => {
      const page = await api.get<Page<HallWindow>>('/api/windows', { pageSize: 200 });
      return [...page.items].sort((a, b) => a.number - b.number);
    },
    staleTime: 60_000,
  });
}

export function useConsole(windowId: string | undefined) {
  return useQuery({
    queryKey: consoleKey(windowId),
    queryFn: () => api.get<ConsoleState>('/api/queue/console', { windowId }),
    enabled: Boolean(windowId),
    refetchInterval: 30_000,
  });
}

export function useTickets(
  query: { date?: string; serviceCode?: string; status?: string; page?: number },
  enabled = true,
) {
  const centerId = useHallId();
  const key = Object.fromEntries(
    Object.entries({ ...query, centerId }).map(([k, v]) => [k, v === undefined ? undefined : String(v)]),
  );
  return useQuery({
    queryKey: ticketsKey(key),
    queryFn: () => api.get<Page<Ticket>>('/api/queue/tickets', { ...query, centerId }),
    enabled,
  });
}

/** The public service list (waiting counts, estimated waits); no login needed, used by staff pages too. */
export function usePublicServices(refetchInterval: number | false = 30_000) {
  const centerId = useHallId();
  return useQuery({
    queryKey: [...servicesKey, centerId],
    queryFn: () => api.get<PublicServices>('/api/queue/services', { centerId }),
    refetchInterval,
  });
}

export function useQueueStats(date: string, enabled = true) {
  const centerId = useHallId();
  return useQuery({
    queryKey: statsKey(date, centerId),
    queryFn: () => api.get<QueueStatsReply>('/api/queue/stats', { date, centerId }),
    enabled,
  });
}
