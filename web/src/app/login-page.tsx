import { GlobalOutlined, LockOutlined, UserOutlined } from '@ant-design/icons';
import { services } from '@core/queue/services';
import { Alert, Button, Form, Input } from 'antd';
import { useEffect, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { ApiError, errorMessage } from '../lib/api';
import { useLogin, useMeQuery, wasSessionExpired } from './auth';
import { Emblem } from './emblem';
import { pick, useDocumentTitle, useI18n } from './i18n';

interface LoginForm {
  username: string;
  password: string;
}

/** Where a `next` parameter may send the user after login: only a path inside this app. */
function safeNext(next: string | null): string {
  return next?.startsWith('/') && !next.startsWith('//') && !next.startsWith('/login') ? next : '/';
}

function lockedUntilText(error: unknown): string | undefined {
  if (!(error instanceof ApiError) || error.code !== 'AUTH.LOCKED') return undefined;
  const until = (error.details as { lockedUntil?: string } | undefined)?.lockedUntil;
  if (!until) return undefined;
  const time = new Date(until).toLocaleTimeString('zh-CN', {
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Asia/Shanghai',
  });
  return `（${time} 后可再次登录）`;
}

export function LoginPage() {
  const { t, locale, setLocale } = useI18n();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const me = useMeQuery();
  const login = useLogin();
  const [form] = Form.useForm<LoginForm>();
  const [error, setError] = useState<unknown>();
  const [expired] = useState(wasSessionExpired);
  const next = safeNext(params.get('next'));
  useDocumentTitle(t('login.title'));
  // Logged in (just now, or already when the page opened): on to the console. This page stays up, its
  // button spinning, until the console has rendered: returning <Navigate> here instead left a blank page
  // for as long as the console's first render took.
  const entering = Boolean(me.data);
  useEffect(() => {
    if (entering) void navigate(next, { replace: true });
  }, [entering, next, navigate]);

  const onFinish = (values: LoginForm) => {
    setError(undefined);
    login.mutate(values, {
      onError: (e) => {
        setError(e);
        form.setFieldValue('password', '');
      },
    });
  };

  return (
    <div className="lh-login">
      <aside className="lh-login-aside">
        <div className="lh-login-brand">
          <Emblem size={56} />
          <div>
            <div className="lh-login-hall">{t('app.hall')}</div>
            <div className="lh-login-system">{t('app.system')}</div>
          </div>
        </div>
        <div className="lh-login-services">
          {services.map((s) => (
            <div key={s.code} className="lh-login-service">
              <span className="lh-login-service-letter">{s.ticketPrefix}</span>
              {pick(locale, s.nameZh, s.nameEn)}
            </div>
          ))}
        </div>
        <div className="lh-login-motto">{t('app.footer')}</div>
      </aside>
      <main className="lh-login-main">
        <Button
          className="lh-login-lang"
          type="text"
          icon={<GlobalOutlined />}
          onClick={() => setLocale(locale === 'zh-CN' ? 'en-US' : 'zh-CN')}
        >
          {t('app.language')}
        </Button>
        <div className="lh-login-card">
          <h1 className="lh-login-title">{t('login.title')}</h1>
          <div className="lh-login-subtitle">{t('login.subtitle')}</div>
          {expired && !error ? (
            <Alert type="info" showIcon style={{ marginBottom: 20 }} title={t('login.expired')} />
          ) : null}
          {error ? (
            <Alert
              type="error"
              showIcon
              role="alert"
              style={{ marginBottom: 20 }}
              title={`${errorMessage(error)}${lockedUntilText(error) ?? ''}`}
            />
          ) : null}
          <Form<LoginForm>
            form={form}
            layout="vertical"
            requiredMark={false}
            size="large"
            onFinish={onFinish}
            autoComplete="on"
          >
            <Form.Item
              label={t('login.username')}
              name="username"
              htmlFor="login-username"
              rules={[{ required: true, whitespace: true, message: t('login.usernameRequired') }]}
            >
              <Input
                id="login-username"
                prefix={<UserOutlined />}
                autoComplete="username"
                autoFocus
                maxLength={64}
              />
            </Form.Item>
            <Form.Item
              label={t('login.password')}
              name="password"
              htmlFor="login-password"
              rules={[{ required: true, message: t('login.passwordRequired') }]}
            >
              <Input.Password
                id="login-password"
                prefix={<LockOutlined />}
                autoComplete="current-password"
                maxLength={256}
              />
            </Form.Item>
            <Form.Item style={{ marginBottom: 0, marginTop: 8 }}>
              <Button type="primary" htmlType="submit" block loading={login.isPending || entering}>
                {t('login.submit')}
              </Button>
            </Form.Item>
          </Form>
          <div className="lh-login-hint">{t('login.hint')}</div>
        </div>
      </main>
    </div>
  );
}
