import { useQuery } from '@tanstack/react-query';
import { api } from '../../lib/api';
import type {
  LawyerTeamFigures,
  LectureTotals,
  LegalAidFigures,
  LiveFigures,
  QueueFigures,
  SatisfactionFigures,
} from './types';

/** The period and organisation every figure is asked for. */
export interface DashboardParams {
  from: string;
  to: string;
  orgId?: string | undefined;
}

function figureQuery<T>(path: string, params: DashboardParams) {
  return {
    queryKey: ['dashboard', path, params],
    queryFn: () => api.get<T>(`/api/dashboard/${path}`, { ...params }),
    staleTime: 30_000,
  };
}

export function useQueueFigures(params: DashboardParams) {
  return useQuery(figureQuery<QueueFigures>('queue', params));
}
export function useLegalAidFigures(params: DashboardParams) {
  return useQuery(figureQuery<LegalAidFigures>('legal-aid', params));
}
export function useSatisfactionFigures(params: DashboardParams) {
  return useQuery(figureQuery<SatisfactionFigures>('satisfaction', params));
}
export function useLawyerTeamFigures(params: DashboardParams) {
  return useQuery(figureQuery<LawyerTeamFigures>('lawyer-team', params));
}

export function useLectureTotals(params: DashboardParams) {
  return useQuery(figureQuery<LectureTotals>('lectures', params));
}

/** Today, refreshed every 15 seconds. */
export function useLiveFigures(orgId: string | undefined) {
  return useQuery({
    queryKey: ['dashboard', 'live', orgId],
    queryFn: () => api.get<LiveFigures>('/api/dashboard/live', { orgId }),
    refetchInterval: 15_000,
  });
}
