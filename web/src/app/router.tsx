import { Button, Result } from 'antd';
import { lazy, type ReactNode, Suspense } from 'react';
import { createBrowserRouter, Link, Navigate } from 'react-router';
import { RequireAuth, useMe } from './auth';
import { HomePage } from './home-page';
import { useI18n } from './i18n';
import { AppLayout } from './layout';
import { LoginPage } from './login-page';
import { accessFor, findPage } from './nav';

// One chunk per feature page.
const OrganisationsPage = lazy(() => import('../features/organisations/organisations-page'));
const WindowsPage = lazy(() => import('../features/windows/windows-page'));
const StaffPage = lazy(() => import('../features/staff/staff-page'));
const LawyersPage = lazy(() => import('../features/lawyers/lawyers-page'));
const CalendarPage = lazy(() => import('../features/calendar/calendar-page'));
const HardshipStandardsPage = lazy(() => import('../features/hardship-standards/hardship-standards-page'));
const AuditLogPage = lazy(() => import('../features/audit/audit-log-page'));
const QueueConsolePage = lazy(() => import('../features/queue/console-page'));
const QueueReceptionPage = lazy(() => import('../features/queue/reception-page'));
const QueueStatsPage = lazy(() => import('../features/queue/stats-page'));
const LegalAidIntakePage = lazy(() => import('../features/legal-aid/intake-page'));
const LegalAidDetailPage = lazy(() => import('../features/legal-aid/detail-page'));
const LegalAidListPage = lazy(() => import('../features/legal-aid/list-page'));
const LegalAidTodayPage = lazy(() => import('../features/legal-aid/today-page'));
const LegalAidMinePage = lazy(() => import('../features/legal-aid/mine-page'));
const LegalAidVerificationsPage = lazy(() => import('../features/legal-aid/verifications-page'));
const LegalAidRemindersPage = lazy(() => import('../features/legal-aid/reminders-page'));
const LawsPage = lazy(() => import('../features/laws/laws-page'));
const LawInstrumentPage = lazy(() => import('../features/laws/instrument-page'));
// Public full-screen pages of the hall: no login, no staff layout.
const KioskPage = lazy(() => import('../screens/kiosk/kiosk-page'));
const DisplayPage = lazy(() => import('../screens/display/display-page'));
// The citizens' phone pages (/m): no login, one column, large-font option.
const MobileLayout = lazy(() => import('../screens/mobile/mobile-layout'));
const MobileHome = lazy(() => import('../screens/mobile/mobile-home'));
const MobileApply = lazy(() => import('../screens/mobile/apply-page'));
const MobileBook = lazy(() => import('../screens/mobile/book-page'));
const MobileRemoteTicket = lazy(() => import('../screens/mobile/remote-ticket-page'));
const MobileTicket = lazy(() => import('../screens/mobile/ticket-page'));
const MobileRate = lazy(() => import('../screens/mobile/rate-page'));
const MobileTrack = lazy(() => import('../screens/mobile/track-page'));
// 好差评 and appointments (staff console).
const MyRatingsPage = lazy(() => import('../features/evaluations/my-ratings-page'));
const RankingsPage = lazy(() => import('../features/evaluations/rankings-page'));
const RectificationsPage = lazy(() => import('../features/evaluations/rectifications-page'));
const AppointmentsPage = lazy(() => import('../features/appointments/appointments-page'));
// The leadership dashboard (issue 7).
const DashboardPage = lazy(() => import('../features/dashboard/dashboard-page'));
const LecturesPage = lazy(() => import('../features/publicity/lectures-page'));
// matters of the nine windows (issue #5)
const MatterListPage = lazy(() => import('../features/matters/list-page'));
const NewMatterPage = lazy(() => import('../features/matters/new-page'));
const MatterDetailPage = lazy(() => import('../features/matters/detail-page'));
const MyDeadlinesPage = lazy(() => import('../features/matters/deadlines-page'));
// Staff programme 队伍教育整顿 (features/study) and its public opinion form (/m/opinion/:token).
const StudyPlansPage = lazy(() => import('../features/study/plans-page'));
const StudyPlanPage = lazy(() => import('../features/study/plan-page'));
const StudySessionScreenPage = lazy(() => import('../features/study/session-screen-page'));
const StudyCheckInPage = lazy(() => import('../features/study/check-in-page'));
const MyStudyPage = lazy(() => import('../features/study/my-study-page'));
const StudyLeavePage = lazy(() => import('../features/study/leave-page'));
const StudySpotChecksPage = lazy(() => import('../features/study/spot-checks-page'));
const StudyQuestionsPage = lazy(() => import('../features/study/questions-page'));
const StudyPapersPage = lazy(() => import('../features/study/papers-page'));
const StudyPaperResultsPage = lazy(() => import('../features/study/paper-results-page'));
const StudyTestsPage = lazy(() => import('../features/study/tests-page'));
const StudyAttemptPage = lazy(() => import('../features/study/attempt-page'));
const StudyBulletinsPage = lazy(() => import('../features/study/bulletins-page'));
const OpinionsPage = lazy(() => import('../features/study/opinions-page'));
const TalksPage = lazy(() => import('../features/study/talks-page'));
const StudyAttendancePage = lazy(() => import('../features/study/attendance-page'));
const MobileOpinion = lazy(() => import('../screens/mobile/opinion-page'));

function Forbidden() {
  const { t } = useI18n();
  return (
    <Result
      status="403"
      title={t('app.forbidden')}
      subTitle={t('app.forbiddenHint')}
      extra={
        <Link to="/">
          <Button type="primary">{t('app.backHome')}</Button>
        </Link>
      }
    />
  );
}

function NotFound() {
  const { t } = useI18n();
  return (
    <Result
      status="404"
      title={t('app.notFound')}
      subTitle={t('app.notFoundHint')}
      extra={
        <Link to="/">
          <Button type="primary">{t('app.backHome')}</Button>
        </Link>
      }
    />
  );
}

/** Renders a page only for users whose abilities reach it (nav.tsx); others see 403. */
function Guard({ page, children }: { page: string; children: ReactNode }) {
  const me = useMe();
  return accessFor(findPage(page), me.abilities) ? children : <Forbidden />;
}

export const router = createBrowserRouter([
  { path: '/login', element: <LoginPage /> },
  {
    path: '/kiosk',
    element: (
      <Suspense fallback={null}>
        <KioskPage />
      </Suspense>
    ),
  },
  {
    path: '/display',
    element: (
      <Suspense fallback={null}>
        <DisplayPage />
      </Suspense>
    ),
  },
  {
    path: '/m',
    element: (
      <Suspense fallback={null}>
        <MobileLayout />
      </Suspense>
    ),
    children: [
      { index: true, element: <MobileHome /> },
      { path: 'apply', element: <MobileApply /> },
      { path: 'book', element: <MobileBook /> },
      { path: 'ticket', element: <MobileRemoteTicket /> },
      { path: 't/:token', element: <MobileTicket /> },
      { path: 'rate', element: <MobileRate /> },
      { path: 'track', element: <MobileTrack /> },
      // Staff programme: 开门纳谏 public form.
      { path: 'opinion/:token', element: <MobileOpinion /> },
    ],
  },
  {
    path: '/',
    element: (
      <RequireAuth>
        <AppLayout />
      </RequireAuth>
    ),
    children: [
      { index: true, element: <HomePage /> },
      {
        path: 'admin/organisations',
        element: (
          <Guard page="organisations">
            <OrganisationsPage />
          </Guard>
        ),
      },
      // The leadership dashboard (issue 7).
      {
        path: 'dashboard',
        element: (
          <Guard page="dashboard">
            <DashboardPage />
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
      {
        path: 'admin/windows',
        element: (
          <Guard page="windows">
            <WindowsPage />
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
      {
        path: 'evaluations/mine',
        element: (
          <Guard page="myRatings">
            <MyRatingsPage />
          </Guard>
        ),
      },
      {
        path: 'evaluations/rankings',
        element: (
          <Guard page="ratingRankings">
            <RankingsPage />
          </Guard>
        ),
      },
      {
        path: 'evaluations/rectifications',
        element: (
          <Guard page="rectifications">
            <RectificationsPage />
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
        path: 'admin/audit',
        element: (
          <Guard page="audit">
            <AuditLogPage />
          </Guard>
        ),
      },
      // Staff programme (features/study).
      {
        path: 'study/me',
        element: (
          <Guard page="studyMine">
            <MyStudyPage />
          </Guard>
        ),
      },
      {
        path: 'check-in',
        element: (
          <Guard page="studyMine">
            <StudyCheckInPage />
          </Guard>
        ),
      },
      {
        path: 'study/plans',
        element: (
          <Guard page="studyPlans">
            <StudyPlansPage />
          </Guard>
        ),
      },
      {
        path: 'study/plans/:id',
        element: (
          <Guard page="studyPlans">
            <StudyPlanPage />
          </Guard>
        ),
      },
      {
        path: 'study/sessions/:id/screen',
        element: (
          <Guard page="studyPlans">
            <StudySessionScreenPage />
          </Guard>
        ),
      },
      {
        path: 'study/leave',
        element: (
          <Guard page="studyLeave">
            <StudyLeavePage />
          </Guard>
        ),
      },
      {
        path: 'study/spot-checks',
        element: (
          <Guard page="studySpotChecks">
            <StudySpotChecksPage />
          </Guard>
        ),
      },
      {
        path: 'study/questions',
        element: (
          <Guard page="studyQuestions">
            <StudyQuestionsPage />
          </Guard>
        ),
      },
      {
        path: 'study/papers',
        element: (
          <Guard page="studyPapers">
            <StudyPapersPage />
          </Guard>
        ),
      },
      {
        path: 'study/papers/:id/results',
        element: (
          <Guard page="studyPapers">
            <StudyPaperResultsPage />
          </Guard>
        ),
      },
      {
        path: 'study/tests',
        element: (
          <Guard page="studyTests">
            <StudyTestsPage />
          </Guard>
        ),
      },
      {
        path: 'study/attempts/:id',
        element: (
          <Guard page="studyTests">
            <StudyAttemptPage />
          </Guard>
        ),
      },
      {
        path: 'study/bulletins',
        element: (
          <Guard page="studyBulletins">
            <StudyBulletinsPage />
          </Guard>
        ),
      },
      {
        path: 'study/opinions',
        element: (
          <Guard page="opinions">
            <OpinionsPage />
          </Guard>
        ),
      },
      {
        path: 'study/talks',
        element: (
          <Guard page="studyTalks">
            <TalksPage />
          </Guard>
        ),
      },
      {
        path: 'study/attendance',
        element: (
          <Guard page="studyAttendance">
            <StudyAttendancePage />
          </Guard>
        ),
      },
      { path: '*', element: <NotFound /> },
    ],
  },
]);
