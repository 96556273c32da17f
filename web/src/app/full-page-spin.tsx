import { Button, Result, Spin } from 'antd';
import { errorMessage } from '../lib/api';
import { useI18n } from './i18n';

/** The whole-page wait (session check, lazy page) or, with `error`, a retry. */
export function FullPageSpin({ error, onRetry }: { error?: unknown; onRetry?: () => void }) {
  const { t } = useI18n();
  if (error) {
    return (
      <Result
        status="warning"
        title={t('app.loadFailed')}
        subTitle={errorMessage(error)}
        extra={onRetry ? <Button onClick={onRetry}>{t('app.retry')}</Button> : undefined}
      />
    );
  }
  return (
    <div style={{ minHeight: 320, display: 'grid', placeItems: 'center' }}>
      <Spin size="large" description={t('app.loading')} />
    </div>
  );
}
