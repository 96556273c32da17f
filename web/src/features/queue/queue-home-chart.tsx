import { lazy, Suspense } from 'react';
import { useCan } from '../../app/auth';

const QueueHomePanel = lazy(() => import('./queue-home-panel'));

/**
 * The staff home page's queue panel: today's waiting per service (bars) and the average wait so far
 * (line). Renders nothing for users without `queue.read`; ECharts loads in its own chunk.
 */
export function QueueHomeChart() {
  if (!useCan('queue.read')) return null;
  return (
    <>
      <div className="lh-section-title">今日排队</div>
      <Suspense fallback={null}>
        <QueueHomePanel />
      </Suspense>
    </>
  );
}
