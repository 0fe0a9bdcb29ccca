import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { App, Button, Card, Flex, Space, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { useI18n } from '../../app/i18n/locale-context';
import { ErrorState } from '../../app/states/states';
import { useAccount } from '../auth/session';
import { enterpriseKeys, listSectors } from '../enterprises/api';
import { downloadExport, hazardKeys, listHazards } from './api';
import { mayReport } from './codes';
import { HazardFilterForm } from './hazard-filters';
import { activeFilterCount } from './hazard-query';
import { ColumnSettings, HazardTable, useColumnPrefs } from './hazard-table';
import { useHazardFilters } from './use-hazard-filters';

/** 隐患: the hazards in the account's scope, filtered by the URL's query (the same as GET /api/v1/hazards). */
export function HazardsPage() {
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const account = useAccount();
  const navigate = useNavigate();
  const { filters, update } = useHazardFilters();
  const columns = useColumnPrefs();
  const sectors = useQuery({
    queryKey: enterpriseKeys.sectors,
    queryFn: ({ signal }) => listSectors(signal),
    staleTime: 10 * 60_000,
  });
  const list = useQuery({
    queryKey: hazardKeys.list(filters),
    queryFn: ({ signal }) => listHazards(filters, signal),
    placeholderData: keepPreviousData,
  });
  const exporting = useMutation({
    mutationFn: (format: 'xlsx' | 'csv') => downloadExport(format, filters, locale),
    onError: (error) => message.error(error instanceof Error ? error.message : String(error)),
  });
  const filtered = activeFilterCount(filters) > 0;
  // An enterprise account sees only its own enterprise's hazards: that column would say the same on every row.
  const ownEnterprise = account.scope.kind === 'enterprise';
  const hidden = ownEnterprise ? [...columns.hidden, 'enterprise' as const] : columns.hidden;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>
          {t('hazards.title')}
        </Typography.Title>
        {mayReport(account.roles) ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/hazards/new')}>
            {t('nav.reportHazard')}
          </Button>
        ) : null}
      </Flex>
      <Card>
        <HazardFilterForm filters={filters} sectors={sectors.data} error={list.error} onApply={update} />
      </Card>
      <Card>
        <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 12 }}>
          <Typography.Text type="secondary" aria-live="polite">
            {list.data ? t('hazards.found', { total: list.data.total }) : '\u00a0'}
          </Typography.Text>
          <Space wrap>
            <Button
              icon={<DownloadOutlined />}
              loading={exporting.isPending && exporting.variables === 'xlsx'}
              disabled={exporting.isPending}
              onClick={() => exporting.mutate('xlsx')}
            >
              {t('hazards.exportXlsx')}
            </Button>
            <Button
              icon={<DownloadOutlined />}
              loading={exporting.isPending && exporting.variables === 'csv'}
              disabled={exporting.isPending}
              onClick={() => exporting.mutate('csv')}
            >
              {t('hazards.exportCsv')}
            </Button>
            <ColumnSettings
              hidden={columns.hidden}
              onChange={columns.change}
              unavailable={ownEnterprise ? ['enterprise'] : []}
            />
          </Space>
        </Flex>
        {list.error ? (
          <ErrorState error={list.error} onRetry={() => void list.refetch()} />
        ) : (
          <HazardTable
            page={list.data}
            loading={list.isFetching}
            filters={filters}
            sectors={sectors.data}
            filtered={filtered}
            hidden={hidden}
            onChange={update}
          />
        )}
      </Card>
    </Space>
  );
}
