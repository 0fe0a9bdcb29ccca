import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import type { TGrid } from '@redline/contracts';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Empty, Table, type TableProps } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../app/i18n/locale-context';
import { ErrorState } from '../../app/states/states';
import { useAccount } from '../auth/session';
import { listGrids, regionKeys } from './api';
import { mayEditGrids, nextGridCode } from './grid-codes';
import { GridDialog } from './grid-dialog';

type Dialog = { grid: TGrid | null; open: boolean };

/** The grids of a village; admins and town officers add grids and rename them. */
export function RegionGrids({ code }: { code: string }) {
  const { t } = useI18n();
  const account = useAccount();
  const editor = mayEditGrids(account.roles);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const grids = useQuery({ queryKey: regionKeys.grids(code), queryFn: ({ signal }) => listGrids(code, signal) });
  const items = grids.data?.items ?? [];
  const columns: TableProps<TGrid>['columns'] = [
    { key: 'code', dataIndex: 'code', title: t('regions.gridCode') },
    { key: 'name', dataIndex: 'name', title: t('regions.gridName') },
  ];
  if (editor) {
    columns.push({
      key: 'actions',
      title: t('common.actions'),
      width: 110,
      render: (_, grid) => (
        <Button
          size="small"
          icon={<EditOutlined />}
          aria-label={t('regions.renameGridNamed', { name: grid.name })}
          onClick={() => setDialog({ grid, open: true })}
        >
          {t('regions.renameGrid')}
        </Button>
      ),
    });
  }
  return (
    <Card
      title={t('regions.grids')}
      style={{ marginTop: 16 }}
      extra={
        editor ? (
          <Button icon={<PlusOutlined />} onClick={() => setDialog({ grid: null, open: true })}>
            {t('regions.newGrid')}
          </Button>
        ) : null
      }
    >
      {grids.error ? (
        <ErrorState error={grids.error} onRetry={() => void grids.refetch()} />
      ) : (
        <Table<TGrid>
          rowKey="code"
          size="small"
          loading={grids.isPending}
          dataSource={items}
          pagination={false}
          locale={{ emptyText: <Empty description={t('regions.noGrids')} /> }}
          columns={columns}
        />
      )}
      {dialog ? (
        <GridDialog
          villageCode={code}
          grid={dialog.grid}
          suggestedCode={nextGridCode(
            code,
            items.map((g) => g.code),
          )}
          open={dialog.open}
          onClose={() => setDialog((prev) => (prev ? { ...prev, open: false } : null))}
          afterClose={() => setDialog(null)}
        />
      ) : null}
    </Card>
  );
}
