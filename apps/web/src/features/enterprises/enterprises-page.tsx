import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Card, Space, Typography } from 'antd';
import { Navigate } from 'react-router';
import { useI18n } from '../../app/i18n/locale-context';
import { ErrorState } from '../../app/states/states';
import { useAccount } from '../auth/session';
import { enterpriseKeys, listEnterprises, listSectors } from './api';
import { EnterpriseDrawer } from './enterprise-drawer';
import { EnterpriseFilterForm } from './enterprise-filters';
import { enterpriseHref } from './enterprise-links';
import { EnterpriseTable } from './enterprise-table';
import { useEnterpriseFilters } from './use-enterprise-filters';

/** 企业: the enterprises of the account's scope; an enterprise account, whose scope is one enterprise, opens its page. */
export function EnterprisesPage() {
  const { scope } = useAccount();
  if (scope.kind === 'enterprise') return <Navigate to={enterpriseHref(scope.enterpriseId)} replace />;
  return <EnterpriseList />;
}

function EnterpriseList() {
  const { t } = useI18n();
  const { filters, update, detailId, setDetailId } = useEnterpriseFilters();
  const sectors = useQuery({
    queryKey: enterpriseKeys.sectors,
    queryFn: ({ signal }) => listSectors(signal),
    staleTime: 10 * 60_000,
  });
  const list = useQuery({
    queryKey: enterpriseKeys.list(filters),
    queryFn: ({ signal }) => listEnterprises(filters, signal),
    placeholderData: keepPreviousData,
  });
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>
        {t('enterprises.title')}
      </Typography.Title>
      <Card>
        <EnterpriseFilterForm filters={filters} sectors={sectors.data} error={list.error} onApply={update} />
      </Card>
      <Card>
        {list.error ? (
          <ErrorState error={list.error} onRetry={() => void list.refetch()} />
        ) : (
          <EnterpriseTable
            page={list.data}
            loading={list.isFetching}
            filters={filters}
            sectors={sectors.data}
            onChange={update}
            onOpen={setDetailId}
          />
        )}
      </Card>
      <EnterpriseDrawer id={detailId} sectors={sectors.data} onClose={() => setDetailId(null)} />
    </Space>
  );
}
