import { keepPreviousData, useQuery } from '@tanstack/react-query';
import DataLoader from 'dataloader';
import { api } from '../../lib/api';
import type {
  InstrumentDetail,
  InstrumentList,
  LibraryStatus,
  ResolvedCitation,
  SearchResult,
} from './types';

export interface LawFilters {
  q?: string;
  kind?: string;
  status?: 'current' | 'superseded';
  page: number;
  pageSize: number;
}

export function useLibraryStatus() {
  return useQuery({
    queryKey: ['laws', 'status'],
    queryFn: () => api.get<LibraryStatus>('/api/laws/status'),
    // While the library imports (first start), poll for its progress.
    refetchInterval: (query) => (query.state.data?.state === 'importing' ? 3000 : false),
  });
}

export function useInstrumentList(filters: LawFilters, enabled = true) {
  return useQuery({
    queryKey: ['laws', 'instruments', filters],
    queryFn: () => api.get<InstrumentList>('/api/laws/instruments', { ...filters }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useLawSearch(filters: LawFilters) {
  return useQuery({
    queryKey: ['laws', 'search', filters],
    queryFn: () => api.get<SearchResult>('/api/laws/search', { ...filters }),
    placeholderData: keepPreviousData,
    enabled: Boolean(filters.q?.trim()),
  });
}

export function useInstrument(code: string | undefined) {
  return useQuery({
    queryKey: ['laws', 'instrument', code],
    queryFn: () => api.get<InstrumentDetail>(`/api/laws/instruments/${code}`),
    enabled: Boolean(code),
    staleTime: 10 * 60_000,
  });
}

/**
 * The citation links of one page resolve in one request: every source asked for in the same tick goes to
 * `POST /api/laws/citations/resolve` together (at most 50 a request). No cache of its own: TanStack Query
 * keeps the answers per source.
 */
const citationLoader = new DataLoader<string, { citations: ResolvedCitation[] }>(
  async (sources) => {
    const { results } = await api.post<{ results: { source: string; citations: ResolvedCitation[] }[] }>(
      '/api/laws/citations/resolve',
      { sources },
    );
    return sources.map((_, i) => ({ citations: results[i]?.citations ?? [] }));
  },
  { cache: false, maxBatchSize: 50 },
);

export function useCitations(source: string, enabled: boolean) {
  return useQuery({
    queryKey: ['laws', 'citations', source],
    queryFn: () => citationLoader.load(source),
    enabled,
    staleTime: 10 * 60_000,
  });
}
