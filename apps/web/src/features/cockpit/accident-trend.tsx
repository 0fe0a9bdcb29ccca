import type { TAccidentStatistics } from '@redline/contracts';
import { Collapse, Table, Typography } from 'antd';
import { useMemo } from 'react';
import { useNavigate } from 'react-router';
import { useI18n } from '../../app/i18n/locale-context';
import { AccidentLink } from './accident-cards';
import { accidentListHref, monthRange } from './accident-figures';
import styles from './cockpit.module.css';
import { formatCount } from './figure-link';
import { Chart } from './lazy-chart';

type Month = TAccidentStatistics['monthly'][number];
const MEASURES = ['accidents', 'previousAccidents', 'deaths', 'previousDeaths'] as const;
type TrendMeasure = (typeof MEASURES)[number];

/**
 * Accidents (bars) and deaths (lines) per month of this year against last year. This year's months after the as-of
 * date are left blank rather than drawn as zero; a bar or point opens that month's accidents.
 */
export function AccidentTrend({ statistics, regionCode }: { statistics: TAccidentStatistics; regionCode: string }) {
  const { t, locale } = useI18n();
  const navigate = useNavigate();
  const { year, asOf, monthly } = statistics;
  const previous = year - 1;

  const rangeOf = (m: Month, measure: TrendMeasure) =>
    measure.startsWith('previous')
      ? monthRange(`${previous}${m.month.slice(4)}`, `${previous}-12-31`)
      : monthRange(m.month, asOf);
  const hrefOf = (m: Month, measure: TrendMeasure) => {
    const range = rangeOf(m, measure);
    return range ? accidentListHref({ regionCode, ...range }) : null;
  };
  const names = useMemo(
    () => ({
      accidents: t('accidentStats.series.accidents', { year }),
      previousAccidents: t('accidentStats.series.accidents', { year: previous }),
      deaths: t('accidentStats.series.deaths', { year }),
      previousDeaths: t('accidentStats.series.deaths', { year: previous }),
    }),
    [t, year, previous],
  );
  const monthName = useMemo(() => {
    const format = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' });
    return (month: string) => format.format(new Date(`${month}-01T00:00:00Z`));
  }, [locale]);

  const option = useMemo(() => {
    const counted = (m: Month, value: number) => (`${m.month}-01` > asOf ? null : value);
    return {
      color: ['#1d5bd8', '#91caff', '#cf1322', '#ff9c6e'],
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 8, right: 8, top: 48, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: monthly.map((m) => monthName(m.month)) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        { id: 'accidents', name: names.accidents, type: 'bar', data: monthly.map((m) => counted(m, m.accidents)) },
        {
          id: 'previousAccidents',
          name: names.previousAccidents,
          type: 'bar',
          data: monthly.map((m) => m.previousAccidents),
        },
        { id: 'deaths', name: names.deaths, type: 'line', data: monthly.map((m) => counted(m, m.deaths)) },
        {
          id: 'previousDeaths',
          name: names.previousDeaths,
          type: 'line',
          lineStyle: { type: 'dashed' },
          data: monthly.map((m) => m.previousDeaths),
        },
      ],
    };
  }, [monthly, asOf, names, monthName]);

  return (
    <>
      <Typography.Text type="secondary">{t('accidentStats.trendHint')}</Typography.Text>
      <Chart
        option={option}
        height={300}
        label={t('accidentStats.trendAria', { year, previous })}
        testId="accident-trend-chart"
        onClick={({ seriesId, dataIndex }) => {
          const m = monthly[dataIndex];
          const measure = MEASURES.find((x) => x === seriesId);
          const href = m && measure ? hrefOf(m, measure) : null;
          if (href) navigate(href);
        }}
      />
      <Collapse
        ghost
        size="small"
        items={[
          {
            key: 'data',
            label: t('accidentStats.trendTable'),
            children: (
              <Table<Month>
                rowKey="month"
                size="small"
                pagination={false}
                scroll={{ x: 'max-content' }}
                dataSource={monthly}
                columns={[
                  { key: 'month', title: t('accidentStats.month'), render: (_v, m) => m.month },
                  ...MEASURES.map((measure) => ({
                    key: measure,
                    title: names[measure],
                    align: 'right' as const,
                    render: (_v: unknown, m: Month) => {
                      const range = rangeOf(m, measure);
                      const shown = formatCount(m[measure]);
                      return (
                        <span className={styles.number}>
                          {range ? (
                            <AccidentLink
                              link={{ regionCode, ...range }}
                              label={`${m.month} ${names[measure]}`}
                              shown={shown}
                            />
                          ) : (
                            '—'
                          )}
                        </span>
                      );
                    },
                  })),
                ]}
              />
            ),
          },
        ]}
      />
    </>
  );
}
