import type { TGrid } from '@redline/contracts';
import { useQuery } from '@tanstack/react-query';
import { Card, Empty, Table } from 'antd';
import { useI18n } from '../../app/i18n/locale-context';
import { ErrorState } from '../../app/states/states';
import { listGrids, regionKeys } from './api';

/** The grids of a village. */
export function RegionGrids({ code }: { code: string }) {
  const { t } = useI18n();
  const grids = useQuery({ queryKey: regionKeys.grids(code), queryFn: ({ signal }) => listGrids(code, signal) });
  return (
    <Card title={t('regions.grids')} style={{ marginTop: 16 }}>
      {grids.error ? (
        <ErrorState error={grids.error} onRetry={() => void grids.refetch()} />
      ) : (
        <Table<TGrid>
          rowKey="code"
          size="small"
          loading={grids.isPending}
          dataSource={grids.data?.items ?? []}
          pagination={false}
          locale={{ emptyText: <Empty description={t('regions.noGrids')} /> }}
          columns={[
            { key: 'code', dataIndex: 'code', title: t('regions.gridCode') },
            { key: 'name', dataIndex: 'name', title: t('regions.gridName') },
          ]}
        />
      )}
    </Card>
  );
}
