import { ApartmentOutlined, DashboardOutlined, ShopOutlined, TeamOutlined } from '@ant-design/icons';
import type { TMe } from '@redline/contracts';
import type { ReactNode } from 'react';

export type NavItem = { path: string; labelKey: string; icon: ReactNode };

/** The side menu for an account: what each role may open. */
export function navItemsFor(account: TMe): NavItem[] {
  const items: NavItem[] = [{ path: '/workbench', labelKey: 'nav.workbench', icon: <DashboardOutlined /> }];
  if (account.scope.kind !== 'enterprise') {
    items.push({ path: '/regions', labelKey: 'nav.regions', icon: <ApartmentOutlined /> });
  }
  items.push({ path: '/enterprises', labelKey: 'nav.enterprises', icon: <ShopOutlined /> });
  if (account.roles.includes('admin')) {
    items.push({ path: '/accounts', labelKey: 'nav.accounts', icon: <TeamOutlined /> });
  }
  return items;
}
