import { PEOPLE_AHEAD_CAP } from '@core/queue/call-order';
import type { IssuedTicket } from '../../features/queue/types';

/**
 * The slip's estimated wait: `约 N 分钟`, or `N 分钟以上` when the people ahead reached PEOPLE_AHEAD_CAP (the
 * count stopped there, so the estimate is a lower bound).
 */
export function waitText(ticket: Pick<IssuedTicket, 'peopleAhead' | 'estimatedWaitMinutes'>): string {
  if (ticket.peopleAhead === 0) return '马上就到您';
  if (ticket.estimatedWaitMinutes === null) return '暂时无法估算';
  if (ticket.peopleAhead >= PEOPLE_AHEAD_CAP) return `${Math.max(1, ticket.estimatedWaitMinutes)} 分钟以上`;
  if (ticket.estimatedWaitMinutes < 1) return '约 1 分钟';
  return `约 ${ticket.estimatedWaitMinutes} 分钟`;
}
