/**
 * 系统管理 and 业务资料's routes: organisations, windows, queue settings, staff, lawyers, the calendar, hardship standards and
 * the law library, each behind the Guard of its menu page (nav-pages/admin.tsx). One chunk per page.
 */
import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { Guard } from '../guard';

const OrganisationsPage = lazy(() => import('../../features/organisations/organisations-page'));
const WindowsPage = lazy(() => import('../../features/windows/windows-page'));
const QueueSettingsPage = lazy(() => import('../../features/queue-settings/queue-settings-page'));
const StaffPage = lazy(() => import('../../features/staff/staff-page'));
const LawyersPage = lazy(() => import('../../features/lawyers/lawyers-page'));
const CalendarPage = lazy(() => import('../../features/calendar/calendar-page'));
const HardshipStandardsPage = lazy(() => import('../../features/hardship-standards/hardship-standards-page'));
const LawsPage = lazy(() => import('../../features/laws/laws-page'));
const LawInstrumentPage = lazy(() => import('../../features/laws/instrument-page'));

export const ADMIN_ROUTES: RouteObject[] = [
  {
    path: 'admin/organisations',
    element: (
      <Guard page="organisations">
        <OrganisationsPage />
      </Guard>
    ),
  },
  {
    path: 'admin/windows',
    element: (
      <Guard page="windows">
        <WindowsPage />
      </Guard>
    ),
  },
  {
    path: 'admin/queue-settings',
    element: (
      <Guard page="queueSettings">
        <QueueSettingsPage />
      </Guard>
    ),
  },
  {
    path: 'admin/staff',
    element: (
      <Guard page="staff">
        <StaffPage />
      </Guard>
    ),
  },
  {
    path: 'admin/lawyers',
    element: (
      <Guard page="lawyers">
        <LawyersPage />
      </Guard>
    ),
  },
  {
    path: 'admin/calendar',
    element: (
      <Guard page="calendar">
        <CalendarPage />
      </Guard>
    ),
  },
  {
    path: 'admin/hardship-standards',
    element: (
      <Guard page="hardship">
        <HardshipStandardsPage />
      </Guard>
    ),
  },
  {
    path: 'laws',
    element: (
      <Guard page="laws">
        <LawsPage />
      </Guard>
    ),
  },
  {
    path: 'laws/:code',
    element: (
      <Guard page="laws">
        <LawInstrumentPage />
      </Guard>
    ),
  },
  {
    path: 'laws/:code/articles/:key',
    element: (
      <Guard page="laws">
        <LawInstrumentPage />
      </Guard>
    ),
  },
];
