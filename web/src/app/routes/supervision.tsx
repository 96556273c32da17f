/**
 * 监督审计's routes: the audit log and the leaders' dashboard, each behind the Guard of its menu page
 * (nav-pages/supervision.tsx). One chunk per page.
 */
import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { Guard } from '../guard';

const AuditLogPage = lazy(() => import('../../features/audit/audit-log-page'));
const DashboardPage = lazy(() => import('../../features/dashboard/dashboard-page'));

export const SUPERVISION_ROUTES: RouteObject[] = [
  {
    path: 'admin/audit',
    element: (
      <Guard page="audit">
        <AuditLogPage />
      </Guard>
    ),
  },
  // The leaders' dashboard (issue 7).
  {
    path: 'dashboard',
    element: (
      <Guard page="dashboard">
        <DashboardPage />
      </Guard>
    ),
  },
];
