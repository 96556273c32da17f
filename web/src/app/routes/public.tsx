/**
 * The public pages, no login and no staff layout: the hall's kiosk and display board (full screen) and the
 * citizens' phone pages (/m: one column, large-font option). One chunk per page.
 */
import { lazy, Suspense } from 'react';
import type { RouteObject } from 'react-router';

const KioskPage = lazy(() => import('../../screens/kiosk/kiosk-page'));
const DisplayPage = lazy(() => import('../../screens/display/display-page'));
const MobileLayout = lazy(() => import('../../screens/mobile/mobile-layout'));
const MobileHome = lazy(() => import('../../screens/mobile/mobile-home'));
const MobileApply = lazy(() => import('../../screens/mobile/apply-page'));
const MobileBook = lazy(() => import('../../screens/mobile/book-page'));
const MobileRemoteTicket = lazy(() => import('../../screens/mobile/remote-ticket-page'));
const MobileTicket = lazy(() => import('../../screens/mobile/ticket-page'));
const MobileRate = lazy(() => import('../../screens/mobile/rate-page'));
const MobileTrack = lazy(() => import('../../screens/mobile/track-page'));
const MobileOpinion = lazy(() => import('../../screens/mobile/opinion-page'));

export const PUBLIC_ROUTES: RouteObject[] = [
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
];
