/** Server state shared by several pages (TanStack Query keys live here so invalidation stays consistent). */
import { useQuery } from '@tanstack/react-query';
import { api, type Page } from './api';
import type { Organisation } from './types';

export const ORGANISATIONS_KEY = ['organisations'] as const;

/** The organisations in the user's scope, tree-ordered (GET /api/organisations). */
export function useOrganisations(enabled = true) {
  return useQuery({
    queryKey: ORGANISATIONS_KEY,
    queryFn: () => api.get<Page<Organisation>>('/api/organisations'),
    staleTime: 60_000,
    enabled,
  });
}
