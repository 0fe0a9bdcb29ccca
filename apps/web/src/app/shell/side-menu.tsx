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
  // The longest matching path: /hazards/new selects 上报隐患, /hazards/<id> selects 隐患.
  const selected = items
    .filter((i) => pathname === i.path || pathname.startsWith(`${i.path}/`))
    .sort((a, b) => b.path.length - a.path.length)[0]?.path;
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
