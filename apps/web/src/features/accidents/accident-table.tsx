import type { TAccident, TPage } from '@redline/contracts';
import type { AccidentGrade } from '@redline/domain';
import { Empty, Table, type TableProps, Typography } from 'antd';
import { Link } from 'react-router';
import { formatDateTime } from '../../app/format';
import { useI18n } from '../../app/i18n/locale-context';
import { listPlaceChange } from '../../app/table-change';
import { type AccidentFilters, PAGE_SIZES } from './accident-query';
import { formatCny } from './codes';
import { GradeTag, InvestigationStateTag, IrregularityTags } from './labels';

type Props = {
  page: TPage<TAccident> | undefined;
  loading: boolean;
  filters: AccidentFilters;
  filtered: boolean;
  onChange: (changes: Partial<AccidentFilters>) => void;
};

function sortOrder(sort: string | undefined, field: string) {
  if (sort === field) return 'ascend' as const;
  if (sort === `-${field}`) return 'descend' as const;
  return null;
}

const nowrap = { whiteSpace: 'nowrap' } as const;

/** The ledger (事故台账): server-side pages and sorting; the number opens the accident's page. */
export function AccidentTable({ page, loading, filters, filtered, onChange }: Props) {
  const { t } = useI18n();
  const columns: NonNullable<TableProps<TAccident>['columns']> = [
    {
      key: 'number',
      dataIndex: 'number',
      title: t('accidents.col.number'),
      sorter: true,
      sortOrder: sortOrder(filters.sort, 'number'),
      fixed: 'start',
      render: (number: string, row) => (
        <Link to={`/accidents/${row.id}`} style={nowrap}>
          {number}
        </Link>
      ),
    },
    {
      key: 'title',
      dataIndex: 'title',
      title: t('accidents.col.title'),
      render: (title: string) => (
        <Typography.Text style={{ minWidth: 120, maxWidth: 170, display: 'inline-block' }}>{title}</Typography.Text>
      ),
    },
    {
      key: 'occurredAt',
      dataIndex: 'occurredAt',
      title: t('accidents.col.occurredAt'),
      sorter: true,
      sortOrder: sortOrder(filters.sort, 'occurredAt'),
      render: (at: string) => <span style={nowrap}>{formatDateTime(at)}</span>,
    },
    { key: 'region', dataIndex: 'regionName', title: t('accidents.col.region'), render: (n: string) => n },
    {
      key: 'sector',
      dataIndex: 'sector',
      title: t('accidents.col.sector'),
      render: (s: string) => <span style={nowrap}>{t(`accident.sector.${s}`)}</span>,
    },
    {
      key: 'category',
      dataIndex: 'categoryCode',
      title: t('accidents.col.category'),
      render: (c: string) => <span style={nowrap}>{t(`accident.category.${c}`)}</span>,
    },
    {
      key: 'deaths',
      title: t('accidents.col.casualties'),
      sorter: true,
      sortOrder: sortOrder(filters.sort, 'deaths'),
      align: 'end',
      render: (_: unknown, row) => (
        <span style={nowrap} title={t('accidents.col.casualtiesHint')}>
          {row.casualties.deaths} / {row.casualties.missing} / {row.casualties.seriousInjuries}
        </span>
      ),
    },
    {
      key: 'directLoss',
      title: t('accidents.col.directLoss'),
      align: 'end',
      render: (_: unknown, row) => <span style={nowrap}>{formatCny(row.casualties.directLossCny)}</span>,
    },
    {
      key: 'grade',
      dataIndex: 'grade',
      title: t('accidents.col.grade'),
      render: (grade: AccidentGrade) => <GradeTag grade={grade} />,
    },
    {
      key: 'irregularities',
      title: t('accidents.col.irregularities'),
      render: (_: unknown, row) => (
        <IrregularityTags late={row.reportLate} irregularities={row.irregularities} empty="—" />
      ),
    },
    {
      key: 'investigation',
      title: t('accidents.col.investigation'),
      render: (_: unknown, row) => <InvestigationStateTag state={row.investigation?.state} />,
    },
  ];
  return (
    <Table<TAccident>
      rowKey="id"
      columns={columns}
      dataSource={page?.items ?? []}
      loading={loading}
      scroll={{ x: 'max-content' }}
      size="small"
      locale={{
        emptyText: loading ? (
          ' '
        ) : (
          <Empty description={filtered ? t('accidents.emptyFiltered') : t('accidents.empty')}>
            {filtered ? <Link to="/accidents">{t('accidents.clearFilters')}</Link> : null}
          </Empty>
        ),
      }}
      pagination={{
        current: filters.page,
        pageSize: filters.pageSize,
        total: page?.total ?? 0,
        showSizeChanger: true,
        pageSizeOptions: [...PAGE_SIZES],
        showTotal: (total) => t('common.total', { total }),
      }}
      onChange={(pagination, _filters, sorter) => onChange(listPlaceChange(pagination, sorter, filters))}
    />
  );
}
