import type { THazardStatistics } from '@redline/contracts';
import { Col, Empty, Row, Table } from 'antd';
import { useMemo } from 'react';
import { useNavigate } from 'react-router';
import { useI18n } from '../../app/i18n/locale-context';
import styles from './cockpit.module.css';
import { FigureLink, formatRate } from './figure-link';
import { type FigureBase, type FigureRow, figureHref } from './figure-links';
import { Chart } from './lazy-chart';

type Group = THazardStatistics['groups'][number];
const MEASURES = ['found', 'foundRectified', 'overdueNow', 'majorOpen'] as const;

/** Sectors that count something, most found first: a bar chart and a table whose numbers open their lists. */
export function SectorBreakdown({ statistics, base }: { statistics: THazardStatistics; base: FigureBase }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const rows = useMemo(
    () =>
      statistics.groups
        .filter((g) => g.figures.found > 0 || (g.figures.overdueNow ?? 0) > 0 || (g.figures.majorOpen ?? 0) > 0)
        .sort((a, b) => b.figures.found - a.figures.found),
    [statistics.groups],
  );
  const label = (g: Group) => (g.key === null ? t('cockpit.unset') : g.label);
  const rowOf = (g: Group): FigureRow => ({ groupBy: 'sector', key: g.key });
  const chartRows = useMemo(() => [...rows].reverse(), [rows]);
  const option = useMemo(
    () => ({
      color: ['#1d5bd8', '#cf1322'],
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0 },
      grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: chartRows.map((g) => (g.key === null ? t('cockpit.unset') : g.label)) },
      series: [
        { id: 'found', name: t('cockpit.figure.found'), type: 'bar', data: chartRows.map((g) => g.figures.found) },
        {
          id: 'overdueNow',
          name: t('cockpit.figure.overdueNow'),
          type: 'bar',
          data: chartRows.map((g) => g.figures.overdueNow),
        },
      ],
    }),
    [chartRows, t],
  );
  if (!rows.length) return <Empty description={t('cockpit.noSectors')} />;
  return (
    <Row gutter={[24, 16]}>
      <Col xs={24} xl={10}>
        <Chart
          option={option}
          height={Math.max(200, chartRows.length * 36 + 60)}
          label={t('cockpit.sectorsAria')}
          testId="sector-chart"
          onClick={({ seriesId, dataIndex }) => {
            const g = chartRows[dataIndex];
            if (g && (seriesId === 'found' || seriesId === 'overdueNow'))
              navigate(figureHref(seriesId, base, rowOf(g)));
          }}
        />
      </Col>
      <Col xs={24} xl={14}>
        <Table<Group>
          rowKey={(g) => g.key ?? 'null'}
          size="small"
          pagination={false}
          scroll={{ x: 'max-content' }}
          dataSource={rows}
          data-testid="sector-table"
          columns={[
            { key: 'sector', title: t('cockpit.sector'), render: (_v, g) => label(g) },
            ...MEASURES.map((measure) => ({
              key: measure,
              title: t(`cockpit.figure.${measure}`),
              align: 'right' as const,
              render: (_v: unknown, g: Group) => (
                <span className={styles.number}>
                  <FigureLink
                    measure={measure}
                    base={base}
                    row={rowOf(g)}
                    value={g.figures[measure]}
                    label={`${label(g)} ${t(`cockpit.figure.${measure}`)}`}
                  />
                </span>
              ),
            })),
            {
              key: 'rate',
              title: t('cockpit.figure.rectificationRate'),
              align: 'right' as const,
              render: (_v, g) => formatRate(g.figures.rectificationRate),
            },
          ]}
        />
      </Col>
    </Row>
  );
}
