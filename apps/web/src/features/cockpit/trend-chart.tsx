import type { THazardStatistics } from '@redline/contracts';
import { Collapse, Empty, Table, Typography } from 'antd';
import { useMemo } from 'react';
import { useNavigate } from 'react-router';
import { useI18n } from '../../app/i18n/locale-context';
import styles from './cockpit.module.css';
import { FigureLink, formatRate } from './figure-link';
import { type FigureBase, figureHref, type Measure } from './figure-links';
import { Chart } from './lazy-chart';

type Group = THazardStatistics['groups'][number];
const SERIES: Record<string, Measure> = { found: 'found', rectified: 'rectified', rate: 'foundRectified' };

/** Found and written off per month (bars) and the month's rectification rate (line); a bar opens its hazards. */
export function TrendChart({ statistics, base }: { statistics: THazardStatistics; base: FigureBase }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const groups = statistics.groups;
  const option = useMemo(
    () => ({
      color: ['#1d5bd8', '#389e0d', '#d46b08'],
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 8, right: 8, top: 36, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: groups.map((g) => g.key) },
      yAxis: [
        { type: 'value', minInterval: 1 },
        { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' }, splitLine: { show: false } },
      ],
      series: [
        { id: 'found', name: t('cockpit.figure.found'), type: 'bar', data: groups.map((g) => g.figures.found) },
        {
          id: 'rectified',
          name: t('cockpit.figure.rectified'),
          type: 'bar',
          data: groups.map((g) => g.figures.rectified),
        },
        {
          id: 'rate',
          name: t('cockpit.figure.rectificationRate'),
          type: 'line',
          yAxisIndex: 1,
          connectNulls: true,
          tooltip: { valueFormatter: (v: number | null) => (typeof v === 'number' ? `${v.toFixed(2)}%` : '—') },
          data: groups.map((g) =>
            g.figures.rectificationRate === null ? null : Math.round(g.figures.rectificationRate * 10000) / 100,
          ),
        },
      ],
    }),
    [groups, t],
  );
  if (groups.every((g) => g.figures.reported === 0 && g.figures.rectified === 0)) {
    return <Empty description={t('cockpit.noData')} />;
  }
  const row = (g: Group) => ({ groupBy: 'month' as const, key: g.key });
  return (
    <>
      <Typography.Text type="secondary">{t('cockpit.trendHint')}</Typography.Text>
      <Chart
        option={option}
        height={300}
        label={t('cockpit.trendAria', statistics.period)}
        testId="trend-chart"
        onClick={({ seriesId, dataIndex }) => {
          const g = groups[dataIndex];
          const measure = seriesId ? SERIES[seriesId] : undefined;
          if (g && measure) navigate(figureHref(measure, base, row(g)));
        }}
      />
      <Collapse
        ghost
        size="small"
        items={[
          {
            key: 'data',
            label: t('cockpit.trendTable'),
            children: (
              <Table<Group>
                rowKey={(g) => String(g.key)}
                size="small"
                pagination={false}
                scroll={{ x: 'max-content' }}
                dataSource={groups}
                columns={[
                  { key: 'month', title: t('cockpit.month'), render: (_v, g) => g.label },
                  ...(['found', 'foundRectified', 'rectified'] as const).map((measure) => ({
                    key: measure,
                    title: t(`cockpit.figure.${measure}`),
                    align: 'right' as const,
                    render: (_v: unknown, g: Group) => (
                      <span className={styles.number}>
                        <FigureLink
                          measure={measure}
                          base={base}
                          row={row(g)}
                          value={g.figures[measure]}
                          label={`${g.label} ${t(`cockpit.figure.${measure}`)}`}
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
            ),
          },
        ]}
      />
    </>
  );
}
