import { SettingOutlined } from '@ant-design/icons';
import type { THazard, TPage, TSector } from '@redline/contracts';
import { Button, Checkbox, Empty, Popover, Space, Table, type TableProps, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { formatDateTime } from '../../app/format';
import { useI18n } from '../../app/i18n/locale-context';
import { listPlaceChange } from '../../app/table-change';
import { HAZARD_COLUMNS, type HazardColumnKey, readHiddenColumns, writeHiddenColumns } from './column-prefs';
import { type HazardFilters, PAGE_SIZES } from './hazard-query';
import { Deadline, LevelTag, SourceLabel, StateTag, sectorName } from './labels';

type Props = {
  page: TPage<THazard> | undefined;
  loading: boolean;
  filters: HazardFilters;
  sectors: TSector[] | undefined;
  filtered: boolean;
  hidden: HazardColumnKey[];
  onChange: (changes: Partial<HazardFilters>) => void;
};

const storage = () => (typeof localStorage === 'undefined' ? undefined : localStorage);

function sortOrder(sort: string | undefined, field: string) {
  if (sort === field) return 'ascend' as const;
  if (sort === `-${field}`) return 'descend' as const;
  return null;
}

/** Which columns show: chosen in a popover, kept in localStorage. */
export function useColumnPrefs() {
  const [hidden, setHidden] = useState<HazardColumnKey[]>(() => readHiddenColumns(storage()));
  const change = (next: HazardColumnKey[]) => {
    setHidden(next);
    writeHiddenColumns(storage(), next);
  };
  return { hidden, change };
}

export function ColumnSettings({
  hidden,
  onChange,
  unavailable = [],
}: {
  hidden: HazardColumnKey[];
  onChange: (hidden: HazardColumnKey[]) => void;
  /** Columns this account never sees (an enterprise account's own enterprise). */
  unavailable?: HazardColumnKey[];
}) {
  const { t } = useI18n();
  const offered = HAZARD_COLUMNS.filter((c) => !unavailable.includes(c.key));
  const visible = offered.filter((c) => !hidden.includes(c.key)).map((c) => c.key);
  const hiddenOf = (keys: string[]) => [
    ...offered.filter((c) => !c.fixed && !keys.includes(c.key)).map((c) => c.key),
    ...hidden.filter((k) => unavailable.includes(k)),
  ];
  const content = (
    <fieldset style={{ border: 0, margin: 0, padding: 0 }}>
      <legend className="redline-visually-hidden">{t('hazards.columns')}</legend>
      <Checkbox.Group
        value={visible}
        onChange={(keys) => onChange(hiddenOf(keys as string[]))}
        style={{ display: 'grid', gap: 6 }}
        options={offered.map((c) => ({ value: c.key, label: t(`hazards.col.${c.key}`), disabled: c.fixed }))}
      />
    </fieldset>
  );
  return (
    <Popover trigger="click" placement="bottomRight" title={t('hazards.columns')} content={content}>
      <Button icon={<SettingOutlined />}>{t('hazards.columns')}</Button>
    </Popover>
  );
}

/** Server-side pages and sorting; the number opens the hazard's page. */
export function HazardTable({ page, loading, filters, sectors, filtered, hidden, onChange }: Props) {
  const { t, locale } = useI18n();
  const all: NonNullable<TableProps<THazard>['columns']> = [
    {
      key: 'number',
      dataIndex: 'number',
      title: t('hazards.col.number'),
      sorter: true,
      sortOrder: sortOrder(filters.sort, 'number'),
      render: (number: string, row) => (
        <Link to={`/hazards/${row.id}`} style={{ whiteSpace: 'nowrap' }}>
          {number}
        </Link>
      ),
    },
    {
      key: 'title',
      dataIndex: 'title',
      title: t('hazards.col.title'),
      render: (title: string, row) => (
        <Typography.Text style={{ minWidth: 160, maxWidth: 320, display: 'inline-block' }}>
          {title}
          {row.listed ? (
            <Tag color="magenta" style={{ marginInlineStart: 6 }}>
              {t('hazards.listedTag')}
            </Tag>
          ) : null}
        </Typography.Text>
      ),
    },
    {
      key: 'state',
      dataIndex: 'state',
      title: t('hazards.col.state'),
      render: (state: string) => <StateTag state={state} />,
    },
    {
      key: 'level',
      dataIndex: 'level',
      title: t('hazards.col.level'),
      render: (l: string | null) => <LevelTag level={l} />,
    },
    {
      key: 'source',
      dataIndex: 'source',
      title: t('hazards.col.source'),
      render: (s: string | null) => <SourceLabel source={s} />,
    },
    { key: 'region', dataIndex: 'regionName', title: t('hazards.col.region') },
    {
      key: 'enterprise',
      dataIndex: 'enterprise',
      title: t('hazards.col.enterprise'),
      render: (e: THazard['enterprise']) =>
        e ? (
          <Typography.Text ellipsis={{ tooltip: e.name }} style={{ maxWidth: 220 }}>
            {e.name}
          </Typography.Text>
        ) : (
          '—'
        ),
    },
    {
      key: 'sector',
      dataIndex: 'sectorCode',
      title: t('hazards.col.sector'),
      render: (code: string | null) => sectorName(code, sectors, locale),
    },
    {
      key: 'deadline',
      dataIndex: 'deadline',
      title: t('hazards.col.deadline'),
      sorter: true,
      sortOrder: sortOrder(filters.sort, 'deadline'),
      render: (deadline: string | null, row) => <Deadline deadline={deadline} overdue={row.overdue} />,
    },
    {
      key: 'listed',
      dataIndex: 'listed',
      title: t('hazards.col.listed'),
      render: (listed: THazard['listed']) => (listed ? t('common.yes') : t('common.no')),
    },
    {
      key: 'createdAt',
      dataIndex: 'createdAt',
      title: t('hazards.col.createdAt'),
      sorter: true,
      sortOrder: sortOrder(filters.sort, 'createdAt'),
      render: (at: string) => <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(at)}</span>,
    },
    {
      key: 'updatedAt',
      dataIndex: 'updatedAt',
      title: t('hazards.col.updatedAt'),
      sorter: true,
      sortOrder: sortOrder(filters.sort, 'updatedAt'),
      render: (at: string) => <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(at)}</span>,
    },
  ];
  const columns = all.filter((c) => !hidden.includes(c.key as HazardColumnKey));
  return (
    <Table<THazard>
      rowKey="id"
      columns={columns}
      dataSource={page?.items ?? []}
      loading={loading}
      scroll={{ x: 'max-content' }}
      size="middle"
      locale={{
        emptyText: loading ? (
          ' '
        ) : (
          <Empty description={filtered ? t('hazards.emptyFiltered') : t('hazards.empty')}>
            {filtered ? (
              <Space>
                <Link to="/hazards">{t('hazards.clearFilters')}</Link>
              </Space>
            ) : null}
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
