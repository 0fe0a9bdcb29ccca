import { MenuFoldOutlined, MenuUnfoldOutlined } from '@ant-design/icons';
import { Button, Grid, Layout, Typography } from 'antd';
import { Suspense, useState } from 'react';
import { Outlet, useNavigation } from 'react-router';
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

/** Side menu by role, header with scope, language and account, breadcrumbs, and the current screen. */
export function AppShell() {
  const { t } = useI18n();
  const [collapsed, setCollapsed] = useState(false);
  // On a phone the collapsed menu takes no width at all: the header needs the 375 px for the bell, language and account.
  const screens = Grid.useBreakpoint();
  // While the next screen's code downloads, the current one stays; a thin bar at the top says something is coming.
  const navigating = useNavigation().state === 'loading';
  return (
    <Layout className={styles.shell}>
      {navigating ? <div className={styles.progress} role="progressbar" aria-label={t('state.loading')} /> : null}
      <Layout.Sider
        collapsible
        collapsed={collapsed}
        onCollapse={setCollapsed}
        breakpoint="lg"
        width={208}
        collapsedWidth={screens.md === false ? 0 : 80}
        className={styles.sider}
        trigger={null}
      >
        <div className={styles.brand}>
          <span className={styles.mark} aria-hidden="true" />
          {collapsed ? null : <span className={styles.brandName}>{t('app.name')}</span>}
        </div>
        <SideMenu />
      </Layout.Sider>
      <Layout>
        <Layout.Header className={styles.header}>
          <div className={styles.headerStart}>
            <Button
              type="text"
              icon={collapsed ? <MenuUnfoldOutlined /> : <MenuFoldOutlined />}
              aria-label={collapsed ? t('nav.expand') : t('nav.collapse')}
              aria-expanded={!collapsed}
              onClick={() => setCollapsed((c) => !c)}
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
