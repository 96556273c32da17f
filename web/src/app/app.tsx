import { QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { useEffect } from 'react';
import { RouterProvider } from 'react-router';
import { ApiError } from '../lib/api';
import { setDateLocale } from '../lib/dates';
import { I18nProvider, useI18n } from './i18n';
import { router } from './router';
import { theme } from './theme';

const queryClient = new QueryClient({
  queryCache: new QueryCache(),
  defaultOptions: {
    queries: {
      // Client errors will not heal by retrying; network blips might.
      retry: (count, error) =>
        !(error instanceof ApiError && error.status >= 400 && error.status < 500) && count < 2,
      refetchOnWindowFocus: false,
    },
  },
});

function Themed() {
  const { locale } = useI18n();
  useEffect(() => {
    setDateLocale(locale);
    document.documentElement.lang = locale;
  }, [locale]);
  return (
    <ConfigProvider locale={locale === 'zh-CN' ? zhCN : enUS} theme={theme}>
      <AntApp>
        <RouterProvider router={router} />
      </AntApp>
    </ConfigProvider>
  );
}

/** Providers, outermost first: i18n, server state, antd (locale, theme, message/modal context), router. */
export function App() {
  return (
    <I18nProvider>
      <QueryClientProvider client={queryClient}>
        <Themed />
      </QueryClientProvider>
    </I18nProvider>
  );
}
