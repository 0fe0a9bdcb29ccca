import { MenuFoldOutlined, MenuUnfoldOutlined } from '@ant-design/icons';
import { Button, Grid, Layout, Typography } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { Outlet, useLocation, useNavigation } from 'react-router';
import { NotificationBell } from '../../features/notifications/notification-bell';
import { GlobalSearch } from '../../features/search/global-search';
import { useI18n } from '../i18n/locale-context';
import { LoadingState } from '../states/states';
import { AccountMenu } from './account-menu';
import styles from './app-shell.module.css';
import { Breadcrumbs } from './breadcrumbs';
import { LocaleSwitch } from './locale-switch';
import { ScopeBadge } from './scope-badge';
import { SideMenu } from './side-menu';

const PhoneMenu = lazy(() => import('./phone-menu').then((m) => ({ default: m.PhoneMenu })));

/** Side menu by role, header with scope, language and account, breadcrumbs, and the current screen. */
export function AppShell() {
  const { t } = useI18n();
  const [collapsed, setCollapsed] = useState(false);
  // On a phone the menu is a drawer over the page, open until the next screen (it was opened at this path).
  const phone = Grid.useBreakpoint().md === false;
  const { pathname } = useLocation();
  const [menuOpenedAt, setMenuOpenedAt] = useState<string | null>(null);
  const menuOpen = phone && menuOpenedAt === pathname;
  const expanded = phone ? menuOpen : !collapsed;
  // While the next screen's code downloads, the current one stays; a thin bar at the top says something is coming.
  const navigating = useNavigation().state === 'loading';
  return (
    <Layout className={styles.shell}>
      {navigating ? <div className={styles.progress} role="progressbar" aria-label={t('state.loading')} /> : null}
      {phone ? (
        menuOpen ? (
          <Suspense fallback={null}>
            <PhoneMenu onClose={() => setMenuOpenedAt(null)} />
          </Suspense>
        ) : null
      ) : (
        <Layout.Sider
          collapsible
          collapsed={collapsed}
          onCollapse={setCollapsed}
          breakpoint="lg"
          width={208}
          collapsedWidth={80}
          className={styles.sider}
          trigger={null}
        >
          <div className={styles.brand}>
            <span className={styles.mark} aria-hidden="true" />
            {collapsed ? null : <span className={styles.brandName}>{t('app.name')}</span>}
          </div>
          <SideMenu />
        </Layout.Sider>
      )}
      <Layout>
        <Layout.Header className={styles.header}>
          <div className={styles.headerStart}>
            <Button
              type="text"
              className={styles.toggle}
              icon={expanded ? <MenuFoldOutlined /> : <MenuUnfoldOutlined />}
              aria-label={expanded ? t('nav.collapse') : t('nav.expand')}
              aria-expanded={expanded}
              onClick={() => (phone ? setMenuOpenedAt(menuOpen ? null : pathname) : setCollapsed((c) => !c))}
            />
            <ScopeBadge />
          </div>
          <div className={styles.headerActions}>
            <GlobalSearch />
            <NotificationBell />
            <LocaleSwitch />
            <AccountMenu />
          </div>
        </Layout.Header>
        <div className={styles.content}>
          <Breadcrumbs />
          <main className={styles.main}>
            <Suspense fallback={<LoadingState rows={6} />}>
              <Outlet />
            </Suspense>
          </main>
        </div>
        <Layout.Footer className={styles.footer}>
          <Typography.Text type="secondary">
            {t('app.name')} · {t('app.tagline')}
          </Typography.Text>
        </Layout.Footer>
      </Layout>
    </Layout>
  );
}
