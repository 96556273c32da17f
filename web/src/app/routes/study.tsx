/**
 * 教育整顿's routes, the staff programme (features/study), each behind the Guard of its menu page
 * (nav-pages/study.tsx); its public opinion form is in public.tsx. One chunk per page.
 */
import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { Guard } from '../guard';

const StudyPlansPage = lazy(() => import('../../features/study/plans-page'));
const StudyPlanPage = lazy(() => import('../../features/study/plan-page'));
const StudySessionScreenPage = lazy(() => import('../../features/study/session-screen-page'));
const StudyCheckInPage = lazy(() => import('../../features/study/check-in-page'));
const MyStudyPage = lazy(() => import('../../features/study/my-study-page'));
const StudyLeavePage = lazy(() => import('../../features/study/leave-page'));
const StudySpotChecksPage = lazy(() => import('../../features/study/spot-checks-page'));
const StudyQuestionsPage = lazy(() => import('../../features/study/questions-page'));
const StudyPapersPage = lazy(() => import('../../features/study/papers-page'));
const StudyPaperResultsPage = lazy(() => import('../../features/study/paper-results-page'));
const StudyTestsPage = lazy(() => import('../../features/study/tests-page'));
const StudyAttemptPage = lazy(() => import('../../features/study/attempt-page'));
const StudyBulletinsPage = lazy(() => import('../../features/study/bulletins-page'));
const OpinionsPage = lazy(() => import('../../features/study/opinions-page'));
const TalksPage = lazy(() => import('../../features/study/talks-page'));
const StudyAttendancePage = lazy(() => import('../../features/study/attendance-page'));

export const STUDY_ROUTES: RouteObject[] = [
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
];
