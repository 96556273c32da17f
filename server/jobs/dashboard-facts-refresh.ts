import type { Services } from '../context';
import { refreshDashboardFacts } from '../use-cases/dashboard/refresh-dashboard-facts';
import { startLockedInterval } from './locked-interval';

const REFRESH_LOCK = 7370303;

/**
 * Keeps the dashboard's pre-aggregated facts current (refresh-dashboard-facts.ts): every `intervalMs`
 * (default five minutes) under an advisory lock, closed days not yet aggregated (after midnight: yesterday;
 * on the first run: the whole history) and days changed since their facts were built.
 */
export function startDashboardFactsRefresh(
  services: Services,
  log: { error(obj: unknown, msg?: string): void },
  options: { intervalMs?: number } = {},
): () => Promise<void> {
  return startLockedInterval(services, log, {
    name: 'dashboard facts refresh',
    lockKey: REFRESH_LOCK,
    intervalMs: options.intervalMs ?? 5 * 60_000,
    run: () => refreshDashboardFacts(services, { advance: true }),
  });
}
