import { GlobalOutlined, HomeOutlined, LogoutOutlined } from '@ant-design/icons';
import { isRole, ROLE_LABELS } from '@core/access';
import { App as AntApp, Avatar, Button, Grid, Layout, Menu, type MenuProps, Tag, Tooltip } from 'antd';
import { Suspense, useMemo, useState } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { DeadlineBadge } from '../features/matters/deadline-badge';
import { useOrganisations } from '../lib/queries';
import { useLogout, useMe } from './auth';
import { Emblem } from './emblem';
import { FullPageSpin } from './full-page-spin';
import { pick, useDocumentTitle, useI18n } from './i18n';
import { accessFor, NAV_GROUPS, NAV_PAGES, NAV_PARENTS } from './nav';
import { selectNavPath } from './nav-match';
import { NavSectionContext } from './nav-section';
import { PageTitleContext } from './page-title';

const { Header, Sider, Content, Footer } = Layout;

/** The console shell: the hall's name, the user, a menu of what this user may open, the page. */
export function AppLayout() {
  const me = useMe();
  const { t, locale, setLocale } = useI18n();
  const location = useLocation();
  const navigate = useNavigate();
  const logout = useLogout();
  const { message } = AntApp.useApp();
  const [collapsed, setCollapsed] = useState(false);
  // On a phone (below antd's sm, 576px) the menu folds away completely and opens over the page.
  const phone = Grid.useBreakpoint().sm === false;
  const [section, setSection] = useState<string>();
  const [pageTitle, setPageTitle] = useState<string>();
  const orgs = useOrganisations(me.abilities.includes('org.read'));
  const orgName = orgs.data?.items.find((o) => o.id === me.user.orgId)?.name;

  const items = useMemo<MenuProps['items']>(() => {
    const groups = NAV_GROUPS.map(({ group, label }) => {
      const children = NAV_PAGES.flatMap((page) => {
        const access = accessFor(page, me.abilities);
        return access && access.group === group
          ? [{ key: page.path, icon: page.icon, label: t(access.label) }]
          : [];
      });
      return children.length ? { type: 'group' as const, key: group, label: t(label), children } : null;
    }).filter((g) => g !== null);
    return [{ key: '/', icon: <HomeOutlined />, label: t('nav.home') }, ...groups];
  }, [me.abilities, t]);

  const selected = selectNavPath(
    location.pathname,
    NAV_PAGES.map((p) => p.path),
    NAV_PARENTS,
    section,
  );
  // The tab names the page: the title it asks for (403, 404: usePageTitle), else its menu entry (the hall
  // alone on 首页 and on a page the menu does not hold).
  const selectedPage = NAV_PAGES.find((p) => p.path === selected);
  const selectedAccess = selectedPage && accessFor(selectedPage, me.abilities);
  useDocumentTitle(pageTitle ?? (selectedAccess ? t(selectedAccess.label) : undefined));
  const roleNames = me.user.roles.map((role) =>
    isRole(role) ? pick(locale, ROLE_LABELS[role].zh, ROLE_LABELS[role].en) : role,
  );

  const onLogout = () => {
    logout.mutate(undefined, {
      onSettled: () => {
        void message.success(t('app.loggedOut'));
        void navigate('/login', { replace: true });
      },
    });
  };

  return (
    <Layout className={`lh-shell${phone ? ' lh-phone' : ''}`}>
      <Header className="lh-header">
        <button type="button" className="lh-brand" onClick={() => void navigate('/')}>
          <Emblem size={36} />
          <span className="lh-brand-text">
            <span className="lh-brand-hall">{t('app.hall')}</span>
            <span className="lh-brand-system">{t('app.system')}</span>
          </span>
        </button>
        <div className="lh-header-right">
          <DeadlineBadge />
          <Tooltip title={t('app.languageTitle')}>
            <Button
              type="text"
              className="lh-header-button"
              icon={<GlobalOutlined />}
              onClick={() => setLocale(locale === 'zh-CN' ? 'en-US' : 'zh-CN')}
            >
              {t('app.language')}
            </Button>
          </Tooltip>
          <div className="lh-user" data-testid="current-user">
            <Avatar className="lh-avatar">{me.user.displayName.slice(0, 1)}</Avatar>
            <div className="lh-user-text">
              <div className="lh-user-line">
                <span className="lh-user-name">{me.user.displayName}</span>
                {roleNames.map((name) => (
                  <Tag key={name} className="lh-role-tag" variant="filled">
                    {name}
                  </Tag>
                ))}
              </div>
              <div className="lh-user-org">{orgName ?? ''}</div>
            </div>
          </div>
          <Button
            type="text"
            className="lh-header-button"
            icon={<LogoutOutlined />}
            onClick={onLogout}
            loading={logout.isPending}
          >
            {t('app.logout')}
          </Button>
        </div>
      </Header>
      <Layout>
        <Sider
          width={216}
          theme="light"
          collapsible
          collapsed={collapsed}
          onCollapse={setCollapsed}
          className="lh-sider"
          breakpoint="lg"
          collapsedWidth={phone ? 0 : 80}
        >
          <Menu
            mode="inline"
            selectedKeys={selected ? [selected] : []}
            items={items}
            onClick={({ key }) => {
              if (phone) setCollapsed(true);
              void navigate(key);
            }}
            className="lh-menu"
            aria-label={t('nav.main')}
          />
        </Sider>
        <Layout className="lh-main">
          <Content className="lh-content">
            <NavSectionContext.Provider value={setSection}>
              <PageTitleContext.Provider value={setPageTitle}>
                <Suspense fallback={<FullPageSpin />}>
                  <Outlet />
                </Suspense>
              </PageTitleContext.Provider>
            </NavSectionContext.Provider>
          </Content>
          <Footer className="lh-footer">{t('app.footer')}</Footer>
        </Layout>
      </Layout>
    </Layout>
  );
}
