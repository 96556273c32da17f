import { App as AntApp, type FormInstance } from 'antd';
import { useCallback } from 'react';
import { ApiError, applyFieldErrors, errorMessage } from '../lib/api';
import { useI18n } from './i18n';

/** How long the 已被他人修改 toast stays, in seconds. */
const STALE_SECONDS = 8;

/**
 * The one way a failed save is shown: a stale version (409 COMMON.STALE_VERSION) gets
 * '已被他人修改，请刷新后重试' and `onStale` (refetch, close); field errors land on their form fields;
 * anything else is a toast with the server's Chinese message.
 */
export function useSaveError() {
  const { message } = AntApp.useApp();
  const { t } = useI18n();
  return useCallback(
    (error: unknown, options: { form?: FormInstance; onStale?: () => void } = {}) => {
      if (error instanceof ApiError && error.isStale) {
        // Longer than a plain toast (3 s): the dialog closes meanwhile, and this is what says why.
        void message.error({ content: t('common.stale'), duration: STALE_SECONDS });
        options.onStale?.();
        return;
      }
      if (options.form && applyFieldErrors(options.form, error)) return;
      void message.error(errorMessage(error));
    },
    [message, t],
  );
}
