/**
 * 法律援助's routes (features/legal-aid), each behind the Guard of its menu page (nav-pages/legal-aid.tsx).
 * One chunk per page.
 */
import { lazy } from 'react';
import { Navigate, type RouteObject } from 'react-router';
import { Guard } from '../guard';

const LegalAidIntakePage = lazy(() => import('../../features/legal-aid/intake-page'));
const LegalAidDetailPage = lazy(() => import('../../features/legal-aid/detail-page'));
const LegalAidListPage = lazy(() => import('../../features/legal-aid/list-page'));
const LegalAidTodayPage = lazy(() => import('../../features/legal-aid/today-page'));
const LegalAidMinePage = lazy(() => import('../../features/legal-aid/mine-page'));
const LegalAidVerificationsPage = lazy(() => import('../../features/legal-aid/verifications-page'));
const LegalAidRemindersPage = lazy(() => import('../../features/legal-aid/reminders-page'));

export const LEGAL_AID_ROUTES: RouteObject[] = [
  {
    path: 'legal-aid',
    element: (
      <Guard page="legalAidList">
        <LegalAidListPage />
      </Guard>
    ),
  },
  {
    path: 'legal-aid/new',
    element: (
      <Guard page="legalAidIntake">
        <LegalAidIntakePage />
      </Guard>
    ),
  },
  {
    path: 'legal-aid/today',
    element: (
      <Guard page="legalAidToday">
        <LegalAidTodayPage />
      </Guard>
    ),
  },
  {
    path: 'legal-aid/mine',
    element: (
      <Guard page="legalAidMine">
        <LegalAidMinePage />
      </Guard>
    ),
  },
  {
    path: 'legal-aid/verifications',
    element: (
      <Guard page="legalAidVerifications">
        <LegalAidVerificationsPage />
      </Guard>
    ),
  },
  // 我的提醒 is now part of 我的期限 (window matters and legal aid in one list); the old address leads
  // there, and the reminders' own page (mark read, the director's whole area) moved to …/manage.
  { path: 'legal-aid/reminders', element: <Navigate to="/matters/deadlines" replace /> },
  {
    path: 'legal-aid/reminders/manage',
    element: (
      <Guard page="legalAidReminders">
        <LegalAidRemindersPage />
      </Guard>
    ),
  },
  {
    path: 'legal-aid/:id',
    element: (
      <Guard page="legalAidList">
        <LegalAidDetailPage />
      </Guard>
    ),
  },
];
