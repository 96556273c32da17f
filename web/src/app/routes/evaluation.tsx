/**
 * 好差评's routes (features/evaluations), each behind the Guard of its menu page (nav-pages/evaluation.tsx).
 * One chunk per page.
 */
import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { Guard } from '../guard';

const MyRatingsPage = lazy(() => import('../../features/evaluations/my-ratings-page'));
const RankingsPage = lazy(() => import('../../features/evaluations/rankings-page'));
const RectificationsPage = lazy(() => import('../../features/evaluations/rectifications-page'));

export const EVALUATION_ROUTES: RouteObject[] = [
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
];
