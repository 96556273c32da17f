import { PEOPLE_AHEAD_CAP } from '@core/queue/call-order';
import type { Locale } from '../../app/i18n';
import type { IssuedTicket } from '../../features/queue/types';

/**
 * The slip's estimated wait in `locale`: `约 N 分钟` / `About N min`, or `N 分钟以上` / `N+ min` when the
 * people ahead reached PEOPLE_AHEAD_CAP (the count stopped there, so the estimate is a lower bound).
 */
export function waitText(
  ticket: Pick<IssuedTicket, 'peopleAhead' | 'estimatedWaitMinutes'>,
  locale: Locale = 'zh-CN',
): string {
  const zh = locale === 'zh-CN';
  if (ticket.peopleAhead === 0) return zh ? '马上就到您' : "You're next";
  if (ticket.estimatedWaitMinutes === null) return zh ? '暂时无法估算' : 'Cannot be estimated now';
  const minutes = Math.max(1, ticket.estimatedWaitMinutes);
  if (ticket.peopleAhead >= PEOPLE_AHEAD_CAP) return zh ? `${minutes} 分钟以上` : `${minutes}+ min`;
  return zh ? `约 ${minutes} 分钟` : `About ${minutes} min`;
}
