import { HomeOutlined } from '@ant-design/icons';
import { Breadcrumb } from 'antd';
import { Link, useMatches } from 'react-router';
import { useI18n } from '../i18n/locale-context';

export type RouteHandle = { crumb?: string };

/** Home › the current screen, from each route's `handle.crumb` message key. */
export function Breadcrumbs() {
  const { t } = useI18n();
  const crumbs = useMatches()
    .map((m) => ({ path: m.pathname, key: (m.handle as RouteHandle | undefined)?.crumb }))
    .filter((c): c is { path: string; key: string } => Boolean(c.key));
  const items = [
    {
      key: 'home',
      title: (
        <Link to="/workbench" aria-label={t('nav.home')}>
          <HomeOutlined />
        </Link>
      ),
    },
    ...crumbs.map((c, i) => ({
      key: c.path,
      title:
        i === crumbs.length - 1 ? <span aria-current="page">{t(c.key)}</span> : <Link to={c.path}>{t(c.key)}</Link>,
    })),
  ];
  return <Breadcrumb items={items} aria-label={t('nav.breadcrumb')} />;
}
