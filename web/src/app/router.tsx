/**
 * The app's routes: login, the public pages (routes/public.tsx) and the staff console, whose pages come in
 * one table per menu area (routes/, like nav-pages/), each page behind the Guard of its menu entry.
 */
import { Button, Result } from 'antd';
import { createBrowserRouter, Link } from 'react-router';
import { RequireAuth } from './auth';
import { HomePage } from './home-page';
import { useI18n } from './i18n';
import { AppLayout } from './layout';
import { LoginPage } from './login-page';
import { usePageTitle } from './page-title';
import { ADMIN_ROUTES } from './routes/admin';
import { EVALUATION_ROUTES } from './routes/evaluation';
import { HALL_ROUTES } from './routes/hall';
import { LEGAL_AID_ROUTES } from './routes/legal-aid';
import { PUBLIC_ROUTES } from './routes/public';
import { STUDY_ROUTES } from './routes/study';
import { SUPERVISION_ROUTES } from './routes/supervision';

function NotFound() {
  const { t } = useI18n();
  usePageTitle(t('app.notFound'));
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

export const router = createBrowserRouter([
  { path: '/login', element: <LoginPage /> },
  ...PUBLIC_ROUTES,
  {
    path: '/',
    element: (
      <RequireAuth>
        <AppLayout />
      </RequireAuth>
    ),
    children: [
      { index: true, element: <HomePage /> },
      ...HALL_ROUTES,
      ...LEGAL_AID_ROUTES,
      ...EVALUATION_ROUTES,
      ...ADMIN_ROUTES,
      ...SUPERVISION_ROUTES,
      ...STUDY_ROUTES,
      { path: '*', element: <NotFound /> },
    ],
  },
]);
