import { EditOutlined } from '@ant-design/icons';
import type { TDepartment, TPage, TSector } from '@redline/contracts';
import { Button, Empty, Space, Table, type TableProps, Tag, Typography } from 'antd';
import { useI18n } from '../../app/i18n/locale-context';
import type { DepartmentFilters } from './department-query';
import { sectorName } from './labels';

type Props = {
  page: TPage<TDepartment> | undefined;
  loading: boolean;
  filters: DepartmentFilters;
  sectors: TSector[] | undefined;
  /** Present for the roles that may edit departments: each row gets an edit button. */
  onEdit?: (department: TDepartment) => void;
  onChange: (changes: Partial<DepartmentFilters>) => void;
};

/** Server-side pages; each department with its region and the sectors it supervises as tags. */
export function DepartmentTable({ page, loading, filters, sectors, onEdit, onChange }: Props) {
  const { t, locale } = useI18n();
  const columns: TableProps<TDepartment>['columns'] = [
    {
      key: 'name',
      dataIndex: 'name',
      title: t('departments.name'),
      render: (name: string, d) => (
        <Space size={4} wrap>
          <span>{name}</span>
          {d.kind === 'safety_committee_office' ? <Tag color="purple">{t(`departments.kind.${d.kind}`)}</Tag> : null}
        </Space>
      ),
    },
    {
      key: 'region',
      title: t('departments.region'),
      width: 180,
      render: (_, d) => (
        <span>
          {d.regionName}
          <Typography.Text type="secondary" style={{ marginInlineStart: 6, fontSize: 12 }}>
            {d.regionCode}
          </Typography.Text>
        </span>
      ),
    },
    {
      key: 'sectors',
      dataIndex: 'sectorCodes',
      title: t('departments.sectors'),
      render: (codes: string[]) =>
        codes.length ? (
          <Space size={[0, 4]} wrap>
            {codes.map((code) => (
              <Tag key={code}>{sectorName(code, sectors, locale)}</Tag>
            ))}
          </Space>
        ) : (
          <Typography.Text type="secondary">{t('departments.noSectors')}</Typography.Text>
        ),
    },
  ];
  if (onEdit) {
    columns.push({
      key: 'actions',
      title: t('common.actions'),
      width: 100,
      render: (_, d) => (
        <Button
          size="small"
          icon={<EditOutlined />}
          aria-label={t('departments.editNamed', { name: d.name })}
          onClick={() => onEdit(d)}
        >
          {t('departments.edit')}
        </Button>
      ),
    });
  }
  return (
    <Table<TDepartment>
      rowKey="id"
      columns={columns}
      dataSource={page?.items ?? []}
      loading={loading}
      scroll={{ x: 760 }}
      locale={{ emptyText: loading ? ' ' : <Empty description={t('departments.empty')} /> }}
      pagination={{
        current: filters.page,
        pageSize: filters.pageSize,
        total: page?.total ?? 0,
        showSizeChanger: true,
        pageSizeOptions: [10, 20, 50, 100],
        showTotal: (total) => t('common.total', { total }),
        onChange: (next, pageSize) => onChange(pageSize !== filters.pageSize ? { pageSize } : { page: next }),
      }}
    />
  );
}
