/** Server state of the window matters (TanStack Query); every key starts with MATTERS_KEY. */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useLocation } from 'react-router';
import { useI18n } from '../../app/i18n';
import { api, type Page } from '../../lib/api';
import { matterSummaryIn } from './matter-summary';
import type { ConflictWarning, DeadlineItem, MatterDetail, MatterListItem, Procedure } from './types';

export const MATTERS_KEY = ['matters'] as const;

/** The windows' procedures (`enabled` false: not fetched, e.g. for a user without `matter.read`). */
export function useProcedures(enabled = true) {
  return useQuery({
    queryKey: [...MATTERS_KEY, 'procedures'],
    queryFn: () => api.get<{ items: Procedure[] }>('/api/matters/procedures'),
    staleTime: Number.POSITIVE_INFINITY,
    enabled,
  });
}

/**
 * The window of a /matters/w/<service>[/new] page. The router declares one static route per window (so
 * its Guard can name the page), hence no `:service` param: the code is read from the path.
 */
export function useWindowService(): string {
  const { pathname } = useLocation();
  return /\/matters\/w\/([^/]+)/.exec(pathname)?.[1] ?? 'consultation';
}

export function useProcedure(service: string | undefined): Procedure | undefined {
  return useProcedures().data?.items.find((p) => p.service === service);
}

export interface MatterFilters {
  service?: string;
  open?: 'true';
  mine?: 'true';
  breached?: 'true';
  q?: string;
  page: number;
  pageSize: number;
}

export function useMatterList(filters: MatterFilters) {
  return useQuery({
    queryKey: [...MATTERS_KEY, 'list', filters],
    queryFn: () => api.get<Page<MatterListItem>>('/api/matters', { ...filters }),
    placeholderData: keepPreviousData,
  });
}

export const matterKey = (id: string) => [...MATTERS_KEY, 'matter', id] as const;

export function useMatterDetail(id: string | undefined) {
  return useQuery({
    queryKey: matterKey(id ?? ''),
    queryFn: () => api.get<MatterDetail>(`/api/matters/${id}`),
    enabled: Boolean(id),
  });
}

/** The conflict check of a saved matter's parties (GET /api/matters/:id/conflicts), run anew. */
export function useMatterConflicts(id: string | undefined) {
  return useQuery({
    queryKey: [...matterKey(id ?? ''), 'conflicts'],
    queryFn: () => api.get<{ warnings: ConflictWarning[] }>(`/api/matters/${id}/conflicts`),
    enabled: Boolean(id),
  });
}

export function useMyDeadlines(enabled = true) {
  return useQuery({
    queryKey: [...MATTERS_KEY, 'my-deadlines'],
    queryFn: () => api.get<{ items: DeadlineItem[] }>('/api/matters/my-deadlines'),
    refetchInterval: 60_000,
    enabled,
  });
}

/** The status name in the current language (the server sends the Chinese `statusLabel`). */
export function useStatusLabel(service: string | undefined): (status: string, zh: string) => string {
  const { locale } = useI18n();
  const procedure = useProcedure(service);
  return (status, zh) =>
    locale === 'zh-CN' ? zh : (procedure?.statuses.find((s) => s.value === status)?.labelEn ?? zh);
}

/** A window's name in the current language (the server sends the Chinese `serviceName`). */
export function useServiceName(): (service: string, zh: string) => string {
  const { locale } = useI18n();
  const procedures = useProcedures().data?.items;
  return (service, zh) =>
    locale === 'zh-CN' ? zh : (procedures?.find((p) => p.service === service)?.nameEn ?? zh);
}

/**
 * A matter's one-line summary in the current language: the text told at opening as it was typed, or — when
 * the opening had none and the server fell back to the window's Chinese name — the window's name.
 */
export function useMatterSummary(): (service: string, summary: string) => string {
  const { locale } = useI18n();
  const procedures = useProcedures().data?.items;
  return (service, summary) => matterSummaryIn(locale, procedures, service, summary);
}

/** A matter's title in the current language (the server sends both, core/procedures/matter-title.ts). */
export function useMatterTitle(): (matter: { title: string; titleEn: string }) => string {
  const { locale } = useI18n();
  return (matter) => (locale === 'zh-CN' ? matter.title : matter.titleEn);
}

/** A clock's name in the current language (the server sends the Chinese `label`). */
export function useClockLabel(): (service: string, clock: { kind: string; label: string }) => string {
  const { locale } = useI18n();
  const procedures = useProcedures().data?.items;
  return (service, clock) =>
    locale === 'zh-CN'
      ? clock.label
      : (procedures?.find((p) => p.service === service)?.clockLabelsEn[clock.kind] ?? clock.label);
}

/** An action's name in the current language. */
export function useActionLabel(service: string | undefined): (type: string, zh: string) => string {
  const { locale } = useI18n();
  const procedure = useProcedure(service);
  return (type, zh) =>
    locale === 'zh-CN' ? zh : (procedure?.actions.find((a) => a.type === type)?.labelEn ?? zh);
}
