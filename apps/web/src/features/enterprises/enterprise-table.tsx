import type { TEnterprise, TPage, TSector } from '@redline/contracts';
import { Button, Empty, Table, type TableProps } from 'antd';
import { Link } from 'react-router';
import { useI18n } from '../../app/i18n/locale-context';
import { listPlaceChange } from '../../app/table-change';
import { enterpriseHref } from './enterprise-links';
import { StatusTag, sectorNames } from './labels';
import type { EnterpriseFilters } from './use-enterprise-filters';

type Props = {
  page: TPage<TEnterprise> | undefined;
  loading: boolean;
  filters: EnterpriseFilters;
  sectors: TSector[] | undefined;
  onChange: (changes: Partial<EnterpriseFilters>) => void;
  onOpen: (id: string) => void;
};

function sortOrder(sort: string | undefined, field: string) {
  if (sort === field) return 'ascend' as const;
  if (sort === `-${field}`) return 'descend' as const;
  return null;
}

/** Server-side pages and sorting; the row's name opens the enterprise's page, 速览 its fields in a drawer. */
export function EnterpriseTable({ page, loading, filters, sectors, onChange, onOpen }: Props) {
  const { t, locale } = useI18n();
  const columns: TableProps<TEnterprise>['columns'] = [
    {
      key: 'name',
      dataIndex: 'name',
      title: t('field.name'),
      sorter: true,
      sortOrder: sortOrder(filters.sort, 'name'),
      render: (name: string, row) => <Link to={enterpriseHref(row.id)}>{name}</Link>,
    },
    {
      key: 'uscc',
      dataIndex: 'uscc',
      title: t('field.uscc'),
      sorter: true,
      sortOrder: sortOrder(filters.sort, 'uscc'),
    },
    { key: 'region', dataIndex: 'regionName', title: t('enterprises.region') },
    {
      key: 'sectors',
      dataIndex: 'sectorCodes',
      title: t('field.sectorCodes'),
      render: (codes: string[]) => sectorNames(codes, sectors, locale).join('、'),
    },
    {
      key: 'employees',
      dataIndex: 'employees',
      title: t('field.employees'),
      align: 'right',
      sorter: true,
      sortOrder: sortOrder(filters.sort, 'employees'),
      render: (n: number | null) => n ?? '—',
    },
    {
      key: 'status',
      dataIndex: 'status',
      title: t('field.status'),
      render: (status: TEnterprise['status']) => <StatusTag status={status} t={t} />,
    },
    {
      key: 'actions',
      title: t('common.actions'),
      render: (_: unknown, row) => (
        <Button
          type="link"
          style={{ padding: 0, height: 'auto' }}
          aria-label={t('enterprises.quickViewOf', { name: row.name })}
          onClick={() => onOpen(row.id)}
        >
          {t('enterprises.quickView')}
        </Button>
      ),
    },
  ];
  return (
    <Table<TEnterprise>
      rowKey="id"
      columns={columns}
      dataSource={page?.items ?? []}
      loading={loading}
      scroll={{ x: 900 }}
      locale={{ emptyText: loading ? ' ' : <Empty description={t('enterprises.empty')} /> }}
      pagination={{
        current: filters.page,
        pageSize: filters.pageSize,
        total: page?.total ?? 0,
        showSizeChanger: true,
        pageSizeOptions: [10, 20, 50, 100],
        showTotal: (total) => t('common.total', { total }),
      }}
      onChange={(pagination, _filters, sorter) => onChange(listPlaceChange(pagination, sorter, filters))}
    />
  );
}
