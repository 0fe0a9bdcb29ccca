import type { THazard, TPage } from '@redline/contracts';
import { Empty, Table, type TableProps, Tag } from 'antd';
import { Link } from 'react-router';
import { formatDateTime } from '../../app/format';
import { useI18n } from '../../app/i18n/locale-context';

const STATE_COLORS: Record<string, string> = {
  reported: 'gold',
  transferred: 'purple',
  accepted: 'cyan',
  rectifying: 'blue',
  awaiting_verification: 'geekblue',
  written_off: 'green',
};

type Props = {
  page: TPage<THazard> | undefined;
  loading: boolean;
  pageNo: number;
  pageSize: number;
  onPage: (page: number, pageSize: number) => void;
};

/** The hazards behind a figure, with the hazard list's columns; the number opens the hazard. */
export function HazardItemsTable({ page, loading, pageNo, pageSize, onPage }: Props) {
  const { t } = useI18n();
  const columns: TableProps<THazard>['columns'] = [
    {
      key: 'number',
      dataIndex: 'number',
      title: t('figures.col.number'),
      render: (number: string, row) => (
        <Link to={`/hazards/${row.id}`} style={{ whiteSpace: 'nowrap' }}>
          {number}
        </Link>
      ),
    },
    {
      key: 'title',
      dataIndex: 'title',
      title: t('figures.col.title'),
      render: (title: string, row) => (
        <span style={{ minWidth: 160, display: 'inline-block' }}>
          {title}
          {row.listed ? (
            <Tag color="magenta" style={{ marginInlineStart: 6 }}>
              {t('figures.listed')}
            </Tag>
          ) : null}
        </span>
      ),
    },
    {
      key: 'state',
      dataIndex: 'state',
      title: t('figures.col.state'),
      render: (state: string) => <Tag color={STATE_COLORS[state] ?? 'default'}>{t(`hazard.state.${state}`)}</Tag>,
    },
    {
      key: 'level',
      dataIndex: 'level',
      title: t('figures.col.level'),
      render: (level: string | null) =>
        level ? (
          <Tag color={level === 'major' ? 'red' : 'orange'}>{t(`hazard.level.${level}`)}</Tag>
        ) : (
          <Tag>{t('figures.levelUnset')}</Tag>
        ),
    },
    {
      key: 'source',
      dataIndex: 'source',
      title: t('figures.col.source'),
      render: (source: string | null) => (source ? t(`hazard.source.${source}`) : '—'),
    },
    { key: 'region', dataIndex: 'regionName', title: t('figures.col.region') },
    {
      key: 'enterprise',
      dataIndex: 'enterprise',
      title: t('figures.col.enterprise'),
      render: (e: THazard['enterprise']) => e?.name ?? '—',
    },
    {
      key: 'deadline',
      dataIndex: 'deadline',
      title: t('figures.col.deadline'),
      render: (deadline: string | null, row) =>
        !deadline ? (
          '—'
        ) : (
          <span style={{ whiteSpace: 'nowrap', color: row.overdue ? '#cf1322' : undefined }}>
            {formatDateTime(deadline)}
            {row.overdue ? (
              <Tag color="red" style={{ marginInlineStart: 6, marginInlineEnd: 0 }}>
                {t('figures.overdue')}
              </Tag>
            ) : null}
          </span>
        ),
    },
    {
      key: 'createdAt',
      dataIndex: 'createdAt',
      title: t('figures.col.createdAt'),
      render: (at: string) => <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(at)}</span>,
    },
  ];
  return (
    <Table<THazard>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={page?.items ?? []}
      loading={loading}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: loading ? ' ' : <Empty description={t('figures.empty')} /> }}
      pagination={{
        current: pageNo,
        pageSize,
        total: page?.total ?? 0,
        showSizeChanger: true,
        pageSizeOptions: [10, 20, 50, 100],
        showTotal: (total) => t('common.total', { total }),
        onChange: onPage,
      }}
    />
  );
}
