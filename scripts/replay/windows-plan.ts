import { getService, serviceCodes } from '@core/queue/services';
import type { ApiSession } from './api-client';

export interface WindowRow {
  id: string;
  number: number;
  name: string;
  services: string[];
  status: string;
  version: number;
}

/**
 * 一厅通办 for the day: while the busiest service's load per serving window (visitors × default minutes) is
 * above the hall's average load per window, the least-loaded open window also takes that service.
 */
export function planWindows(
  windows: WindowRow[],
  visitorsPerService: Map<string, number>,
): Map<string, string[]> {
  const open = windows.filter((w) => w.status === 'open');
  const plan = new Map(open.map((w) => [w.id, [...w.services]]));
  const load = (code: string) =>
    (visitorsPerService.get(code) ?? 0) * getService(code).defaultAvgServiceMinutes;
  const total = [...visitorsPerService.keys()].reduce((sum, code) => sum + load(code), 0);
  const target = total / Math.max(1, open.length);
  const serving = (code: string) => open.filter((w) => plan.get(w.id)?.includes(code)).length;
  const windowLoad = (id: string) =>
    (plan.get(id) ?? []).reduce((sum, code) => sum + load(code) / Math.max(1, serving(code)), 0);
  for (let step = 0; step < open.length * serviceCodes.length; step++) {
    const busiest = [...visitorsPerService.keys()]
      .map((code) => ({ code, perWindow: load(code) / Math.max(1, serving(code)) }))
      .sort((a, b) => b.perWindow - a.perWindow)[0];
    if (!busiest || busiest.perWindow <= target) break;
    const helper = open
      .filter((w) => !plan.get(w.id)?.includes(busiest.code))
      .sort((a, b) => windowLoad(a.id) - windowLoad(b.id) || a.number - b.number)[0];
    if (
      !helper ||
      windowLoad(helper.id) + load(busiest.code) / (serving(busiest.code) + 1) > busiest.perWindow
    )
      break;
    plan.get(helper.id)?.push(busiest.code);
  }
  return plan;
}

export const TEMPORARY_SUFFIX = '（回放）';

/**
 * Temporary windows a busy Monday gets by default: with the demo hall's ten windows alone the 09:00–10:00 peak
 * (66 arrivals, about 1,400 minutes of work) leaves an average wait near 50 minutes; with four more about 25.
 */
export const DEFAULT_EXTRA_WINDOWS = 4;

/**
 * Opens `count` temporary 综合窗口 for the day (all services are added by the plan as needed): windows of
 * earlier replays are reopened, missing ones created after the highest window number.
 */
export async function openTemporaryWindows(
  api: ApiSession,
  centerId: string,
  listed: WindowRow[],
  count: number,
  log: (line: string) => void,
): Promise<WindowRow[]> {
  const existing = listed
    .filter((w) => w.name.endsWith(TEMPORARY_SUFFIX))
    .sort((a, b) => a.number - b.number);
  const opened: WindowRow[] = [];
  let number = Math.max(0, ...listed.map((w) => w.number));
  for (let i = 0; i < count; i++) {
    const reuse = existing[i];
    const window = reuse
      ? await api.ok<WindowRow>('PATCH', `/api/windows/${reuse.id}`, {
          version: reuse.version,
          status: 'open',
          reason: '回放：临时综合窗口',
        })
      : await api.ok<WindowRow>('POST', '/api/windows', {
          orgId: centerId,
          number: ++number,
          name: `${number}号综合窗口${TEMPORARY_SUFFIX}`,
          services: ['consultation'],
        });
    log(`  临时开放 ${window.number}号综合窗口`);
    opened.push(window);
  }
  return opened;
}
