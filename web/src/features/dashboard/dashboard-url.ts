import { isIsoDate } from '@core/calendar/iso-date';
import { type DashboardPeriod, defaultPeriod, resolvePeriod } from '@core/dashboard/period';

/**
 * What the dashboard shows, kept in the page's address so that a reload, a bookmark or a shared link
 * opens the same view and the back button returns to the view before: `?from=2026-03-01&to=2026-03-31`
 * for the period and `&org=<uuid>` for a county chosen instead of the caller's own bureau.
 */
export interface DashboardView extends DashboardPeriod {
  /** The bureau picked in the organisation picker; absent = the caller's own (the server's default). */
  orgId?: string | undefined;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The view an address asks for, falling back to the defaults on whatever is missing or unusable: a
 * missing or malformed date is that end of `defaultPeriod(today)` (this month so far), and a period the
 * server would refuse (reversed, longer than five years) is the default period whole; an organisation
 * that is not a uuid is left out. Whether the caller may see that organisation is the server's call
 * (and the page's, which drops one that is not among its bureaus).
 */
export function viewFromSearch(search: URLSearchParams, today: string): DashboardView {
  const date = (key: string) => {
    const value = search.get(key);
    return isIsoDate(value) ? value : undefined;
  };
  let period: DashboardPeriod;
  try {
    period = resolvePeriod(today, date('from'), date('to'));
  } catch {
    period = defaultPeriod(today);
  }
  const org = search.get('org');
  return { ...period, orgId: org && UUID.test(org) ? org : undefined };
}

/**
 * The address's search params for a view, keeping the params it does not own (`current`): the period,
 * and the organisation when one is picked.
 */
export function searchOfView(view: DashboardView, current?: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams(current);
  next.set('from', view.from);
  next.set('to', view.to);
  if (view.orgId) next.set('org', view.orgId);
  else next.delete('org');
  return next;
}
