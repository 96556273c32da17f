import { lazy, Suspense } from 'react';
import { useCan } from '../../app/auth';
import { useQueueMessages } from './messages';

const QueueHomePanel = lazy(() => import('./queue-home-panel'));

/**
 * The staff home page's queue panel: today's waiting per service (bars) and the average wait so far
 * (line). Renders nothing for users without `queue.read`; ECharts loads in its own chunk.
 */
export function QueueHomeChart() {
  const m = useQueueMessages();
  if (!useCan('queue.read')) return null;
  return (
    <>
      <div className="lh-section-title">{m('todayQueue')}</div>
      <Suspense fallback={null}>
        <QueueHomePanel />
      </Suspense>
    </>
  );
}
