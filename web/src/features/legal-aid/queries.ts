/** Server state of the legal-aid pages (TanStack Query); every key starts with LEGAL_AID_KEY. */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, type Page } from '../../lib/api';
import type {
  MatterDetail,
  MatterListItem,
  ProviderSuggestion,
  ReminderItem,
  ReminderSummary,
  TodayBoard,
  VerificationTask,
} from './types';

export const LEGAL_AID_KEY = ['legal-aid'] as const;
export const BASE = '/api/legal-aid';

export const matterKey = (id: string) => [...LEGAL_AID_KEY, 'matter', id] as const;

export function useMatter(id: string) {
  return useQuery({
    queryKey: matterKey(id),
    queryFn: () => api.get<MatterDetail>(`${BASE}/applications/${id}`),
    refetchInterval: 30_000,
  });
}

export interface ListFilters {
  status?: string;
  q?: string;
  date?: string;
  atRisk?: boolean;
  page: number;
  pageSize: number;
}

export function useMatters(filters: ListFilters) {
  return useQuery({
    queryKey: [...LEGAL_AID_KEY, 'list', filters],
    queryFn: () => api.get<Page<MatterListItem>>(`${BASE}/applications`, { ...filters }),
    placeholderData: keepPreviousData,
  });
}

export function useToday(date?: string) {
  return useQuery({
    queryKey: [...LEGAL_AID_KEY, 'today', date ?? ''],
    queryFn: () => api.get<TodayBoard>(`${BASE}/today`, { date }),
    refetchInterval: 30_000,
  });
}

export function useMyAssignments() {
  return useQuery({
    queryKey: [...LEGAL_AID_KEY, 'mine'],
    queryFn: () => api.get<Page<MatterListItem>>(`${BASE}/my-assignments`),
    select: (reply) => reply.items,
    refetchInterval: 30_000,
  });
}

export function useProviderSuggestions(id: string, enabled: boolean) {
  return useQuery({
    queryKey: [...LEGAL_AID_KEY, 'suggestions', id],
    queryFn: () => api.get<ProviderSuggestion[]>(`${BASE}/applications/${id}/provider-suggestions`),
    enabled,
  });
}

export function useVerifications() {
  return useQuery({
    queryKey: [...LEGAL_AID_KEY, 'verifications'],
    queryFn: () => api.get<Page<VerificationTask>>(`${BASE}/verifications`),
    select: (reply) => reply.items,
  });
}

export const REMINDERS_KEY = [...LEGAL_AID_KEY, 'reminders'] as const;

export interface ReminderFilters {
  /** 'mine': addressed to me; 'all': the agency's, for directors. */
  scope: 'mine' | 'all';
  state: 'open' | 'all';
  unread: boolean;
  page: number;
  pageSize: number;
}

export function useReminders({ scope, state, unread, page, pageSize }: ReminderFilters, enabled = true) {
  return useQuery({
    enabled,
    queryKey: [...REMINDERS_KEY, 'list', scope, state, unread, page, pageSize],
    queryFn: () =>
      api.get<Page<ReminderItem>>(`${BASE}/reminders${scope === 'all' ? '/all' : ''}`, {
        state,
        unread: unread ? 'true' : undefined,
        page,
        pageSize,
      }),
    placeholderData: keepPreviousData,
    refetchInterval: 60_000,
  });
}

/** The header badge: polled every minute while the console is open. */
export function useReminderSummary(enabled: boolean) {
  return useQuery({
    queryKey: [...REMINDERS_KEY, 'summary'],
    queryFn: () => api.get<ReminderSummary>(`${BASE}/reminders/summary`),
    enabled,
    refetchInterval: 60_000,
    refetchOnWindowFocus: true,
  });
}
