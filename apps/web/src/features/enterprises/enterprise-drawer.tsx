import { ArrowRightOutlined } from '@ant-design/icons';
import type { TSector } from '@redline/contracts';
import { useQuery } from '@tanstack/react-query';
import { Drawer } from 'antd';
import { Link } from 'react-router';
import { useI18n } from '../../app/i18n/locale-context';
import { ErrorState, LoadingState } from '../../app/states/states';
import { enterpriseKeys, getEnterprise } from './api';
import { EnterpriseFields } from './enterprise-fields';
import { enterpriseHref } from './enterprise-links';

type Props = { id: string | null; sectors: TSector[] | undefined; onClose: () => void };

/** Every field of one enterprise; the id is in the URL, so the drawer can be linked to. Its page has the hazards. */
export function EnterpriseDrawer({ id, sectors, onClose }: Props) {
  const { t } = useI18n();
  const enterprise = useQuery({
    queryKey: enterpriseKeys.one(id ?? ''),
    queryFn: ({ signal }) => getEnterprise(id ?? '', signal),
    enabled: Boolean(id),
  });
  return (
    <Drawer
      open={Boolean(id)}
      onClose={onClose}
      size={640}
      title={enterprise.data?.name ?? t('enterprises.detail')}
      closable={{ 'aria-label': t('common.close') }}
      extra={
        enterprise.data ? (
          <Link to={enterpriseHref(enterprise.data.id)}>
            {t('enterprises.openPage')} <ArrowRightOutlined />
          </Link>
        ) : null
      }
    >
      {enterprise.isPending ? <LoadingState rows={8} /> : null}
      {enterprise.error ? <ErrorState error={enterprise.error} onRetry={() => void enterprise.refetch()} /> : null}
      {enterprise.data ? <EnterpriseFields enterprise={enterprise.data} sectors={sectors} /> : null}
    </Drawer>
  );
}
