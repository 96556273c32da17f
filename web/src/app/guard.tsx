import { Button, Result } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useMe } from './auth';
import { useI18n } from './i18n';
import { accessFor, findPage } from './nav';
import { usePageTitle } from './page-title';

/** 403: the page exists, but this account may not open it. */
export function Forbidden() {
  const { t } = useI18n();
  usePageTitle(t('app.forbidden'));
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

/** Renders a page only for users whose abilities reach it (nav.tsx); others see 403. */
export function Guard({ page, children }: { page: string; children: ReactNode }) {
  const me = useMe();
  return accessFor(findPage(page), me.abilities) ? children : <Forbidden />;
}
