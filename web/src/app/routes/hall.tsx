/**
 * 窗口服务's routes: the queue, appointments, the lecturers, the nine windows' matters and 我的期限, each
 * behind the Guard of its menu page (nav-pages/hall.tsx). One chunk per page.
 */
import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { Guard } from '../guard';

const QueueConsolePage = lazy(() => import('../../features/queue/console-page'));
const QueueReceptionPage = lazy(() => import('../../features/queue/reception-page'));
const QueueStatsPage = lazy(() => import('../../features/queue/stats-page'));
const AppointmentsPage = lazy(() => import('../../features/appointments/appointments-page'));
const LecturesPage = lazy(() => import('../../features/publicity/lectures-page'));
const MatterListPage = lazy(() => import('../../features/matters/list-page'));
const NewMatterPage = lazy(() => import('../../features/matters/new-page'));
const MatterDetailPage = lazy(() => import('../../features/matters/detail-page'));
const MyDeadlinesPage = lazy(() => import('../../features/matters/deadlines-page'));

export const HALL_ROUTES: RouteObject[] = [
  {
    path: 'queue/console',
    element: (
      <Guard page="queueConsole">
        <QueueConsolePage />
      </Guard>
    ),
  },
  {
    path: 'queue/reception',
    element: (
      <Guard page="queueReception">
        <QueueReceptionPage />
      </Guard>
    ),
  },
  {
    path: 'queue/stats',
    element: (
      <Guard page="queueStats">
        <QueueStatsPage />
      </Guard>
    ),
  },
  {
    path: 'appointments',
    element: (
      <Guard page="appointments">
        <AppointmentsPage />
      </Guard>
    ),
  },
  {
    path: 'publicity/lectures',
    element: (
      <Guard page="publicity">
        <LecturesPage />
      </Guard>
    ),
  },
  // matters of the nine windows (issue #5): the page key names the window, for the guard and the menu
  ...[
    'consultation',
    'mediation',
    'notarization',
    'lawyer',
    'arbitration',
    'appraisal',
    'reconsideration',
    'publicity',
    'aid-qualification',
  ].flatMap((service) => [
    {
      path: `matters/w/${service}`,
      element: (
        <Guard page={`matters-${service}`}>
          <MatterListPage />
        </Guard>
      ),
    },
    {
      path: `matters/w/${service}/new`,
      element: (
        <Guard page={`matters-${service}`}>
          <NewMatterPage />
        </Guard>
      ),
    },
  ]),
  {
    path: 'matters/deadlines',
    element: (
      <Guard page="myDeadlines">
        <MyDeadlinesPage />
      </Guard>
    ),
  },
  {
    path: 'matters/:id',
    element: (
      <Guard page="myDeadlines">
        <MatterDetailPage />
      </Guard>
    ),
  },
];
