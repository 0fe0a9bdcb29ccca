import type { THazardStatistics } from '@redline/contracts';
import { Button, Empty, Progress, Segmented, Space, Table, type TableProps, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useI18n } from '../../app/i18n/locale-context';
import styles from './cockpit.module.css';
import { FigureLink, formatRate } from './figure-link';
import type { FigureBase, FigureRow } from './figure-links';

type Group = THazardStatistics['groups'][number];
type RankBy = 'rate' | 'overdue';

/** Higher rate first (no rate last), then more found; or more overdue first, then more found. */
export function rankGroups(groups: Group[], by: RankBy): Group[] {
  const rate = (g: Group) => g.figures.rectificationRate ?? -1;
  return [...groups].sort((a, b) =>
    by === 'rate'
      ? rate(b) - rate(a) || b.figures.found - a.figures.found
      : (b.figures.overdueNow ?? 0) - (a.figures.overdueNow ?? 0) || b.figures.found - a.figures.found,
  );
}

type Props = { statistics: THazardStatistics; base: FigureBase; onOpenRegion: (code: string) => void };

/** The subordinate regions ranked by rectification rate or by overdue count; every number opens its list. */
export function RegionRanking({ statistics, base, onOpenRegion }: Props) {
  const { t } = useI18n();
  const [by, setBy] = useState<RankBy>('rate');
  const rows = useMemo(() => rankGroups(statistics.groups, by), [statistics.groups, by]);
  const rowOf = (g: Group): FigureRow => ({ groupBy: 'region', key: g.key, self: g.self });
  const cell = (g: Group, measure: 'found' | 'foundRectified' | 'overdueNow' | 'majorOpen', label: string) => (
    <span className={styles.number}>
      <FigureLink
        measure={measure}
        base={base}
        row={rowOf(g)}
        value={g.figures[measure]}
        label={`${g.label} ${label}`}
      />
    </span>
  );
  const columns: TableProps<Group>['columns'] = [
    { key: 'rank', title: t('cockpit.rank'), width: 64, render: (_v, _g, i) => i + 1 },
    {
      key: 'region',
      title: t('cockpit.region'),
      render: (_v, g) =>
        g.self || !g.key ? (
          g.label
        ) : (
          <Button type="link" style={{ padding: 0, height: 'auto' }} onClick={() => onOpenRegion(g.key as string)}>
            {g.label}
          </Button>
        ),
    },
    {
      key: 'found',
      title: t('cockpit.figure.found'),
      align: 'right',
      render: (_v, g) => cell(g, 'found', t('cockpit.figure.found')),
    },
    {
      key: 'foundRectified',
      title: t('cockpit.figure.foundRectified'),
      align: 'right',
      render: (_v, g) => cell(g, 'foundRectified', t('cockpit.figure.foundRectified')),
    },
    {
      key: 'rate',
      title: t('cockpit.figure.rectificationRate'),
      width: 180,
      render: (_v, g) =>
        g.figures.rectificationRate === null ? (
          '—'
        ) : (
          <Progress
            percent={Math.round(g.figures.rectificationRate * 10000) / 100}
            size="small"
            format={() => formatRate(g.figures.rectificationRate)}
            aria-label={`${g.label} ${t('cockpit.figure.rectificationRate')}`}
          />
        ),
    },
    {
      key: 'overdueNow',
      title: t('cockpit.figure.overdueNow'),
      align: 'right',
      render: (_v, g) => cell(g, 'overdueNow', t('cockpit.figure.overdueNow')),
    },
    {
      key: 'majorOpen',
      title: t('cockpit.figure.majorOpen'),
      align: 'right',
      render: (_v, g) => cell(g, 'majorOpen', t('cockpit.figure.majorOpen')),
    },
  ];
  return (
    <Space orientation="vertical" size="small" style={{ width: '100%' }}>
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Text type="secondary">{t('cockpit.rankingHint')}</Typography.Text>
        <Segmented<RankBy>
          value={by}
          onChange={setBy}
          options={[
            { value: 'rate', label: t('cockpit.figure.rectificationRate') },
            { value: 'overdue', label: t('cockpit.figure.overdueNow') },
          ]}
        />
      </Space>
      <Table<Group>
        rowKey={(g) => `${g.key ?? 'null'}${g.self ? ':self' : ''}`}
        size="small"
        columns={columns}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Empty description={t('cockpit.noRegions')} /> }}
        data-testid="region-ranking"
      />
    </Space>
  );
}
