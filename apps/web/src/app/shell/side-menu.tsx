import { Menu } from 'antd';
import { Link, useLocation } from 'react-router';
import { useAccount } from '../../features/auth/session';
import { useI18n } from '../i18n/locale-context';
import { navItemsFor } from './nav-items';

export function SideMenu() {
  const { t } = useI18n();
  const account = useAccount();
  const { pathname } = useLocation();
  const items = navItemsFor(account);
  const selected = items.find((i) => pathname === i.path || pathname.startsWith(`${i.path}/`))?.path;
  return (
    <nav aria-label={t('nav.menu')}>
      <Menu
        theme="dark"
        mode="inline"
        selectedKeys={selected ? [selected] : []}
        items={items.map((i) => ({ key: i.path, icon: i.icon, label: <Link to={i.path}>{t(i.labelKey)}</Link> }))}
      />
    </nav>
  );
}
