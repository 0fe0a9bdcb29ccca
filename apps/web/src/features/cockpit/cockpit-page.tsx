import { ArrowLeftOutlined, ReloadOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Col, Row, Space, Typography } from 'antd';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { formatDateTime } from '../../app/format';
import { useI18n } from '../../app/i18n/locale-context';
import { PeriodPicker } from '../../app/period-picker';
import { ErrorState, LoadingState } from '../../app/states/states';
import { accidentIndicatorKeys } from '../accident-indicators/api';
import { useAccount } from '../auth/session';
import { AccidentSection } from './accident-section';
import { cockpitKeys, getStatistics, type StatisticsQuery } from './api';
import styles from './cockpit.module.css';
import { FigureCards } from './figure-cards';
import type { FigureBase } from './figure-links';
import { type PresetName, periodFromParams, presetPeriod, todayLocal, trendPeriod } from './period';
import { RegionRanking } from './region-ranking';
import { SectorBreakdown } from './sector-breakdown';
import { TrendChart } from './trend-chart';

const REGION_CODE = /^(\d{6}|\d{9}|\d{12})$/;
const PRESETS: PresetName[] = ['thisYear', 'thisQuarter', 'thisMonth', 'last12Months'];

function useStatistics(q: StatisticsQuery) {
  return useQuery({
    queryKey: cockpitKeys.statistics(q),
    queryFn: ({ signal }) => getStatistics(q, signal),
    placeholderData: keepPreviousData,
  });
}

/**
 * The leader's cockpit (驾驶舱): the period's headline figures for the account's region (or a subordinate region
 * chosen from the ranking), the monthly trend, the ranking of the subordinate regions and the breakdown by sector;
 * then the accidents of the year to the period's end against last year and the year's control indicators.
 * Period and region live in the URL (`?from=&to=&regionCode=`), so a view can be shared.
 */
export function CockpitPage() {
  const { t } = useI18n();
  const account = useAccount();
  const queryClient = useQueryClient();
  const [params, setParams] = useSearchParams();
  const today = useMemo(() => todayLocal(), []);
  const period = periodFromParams(params, today);
  const regionParam = params.get('regionCode');
  const regionCode = regionParam && REGION_CODE.test(regionParam) ? regionParam : undefined;
  const base: FigureBase = { ...period, regionCode };
  const trend = trendPeriod(period.to);

  const byRegion = useStatistics({ groupBy: 'region', ...period, regionCode });
  const bySector = useStatistics({ groupBy: 'sector', ...period, regionCode });
  const byMonth = useStatistics({ groupBy: 'month', ...trend, regionCode });

  const change = (changes: Record<string, string | undefined>) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      for (const [key, value] of Object.entries(changes)) {
        if (value) next.set(key, value);
        else next.delete(key);
      }
      return next;
    });
  const scopeName = account.scope.kind === 'region' ? account.scope.regionName : '';
  const regionName = byRegion.data?.region?.name ?? scopeName;
  const refetchAll = () =>
    Promise.all([
      byRegion.refetch(),
      bySector.refetch(),
      byMonth.refetch(),
      queryClient.invalidateQueries({ queryKey: accidentIndicatorKeys.allStatistics }),
    ]);

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <div className={styles.header}>
        <div>
          <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>
            {t('cockpit.title')}
          </Typography.Title>
          <Typography.Text type="secondary" data-testid="cockpit-subtitle">
            {t('cockpit.regionOf', { name: regionName, ...period })}
          </Typography.Text>
        </div>
        <div className={styles.period}>
          {regionCode ? (
            <Button icon={<ArrowLeftOutlined />} onClick={() => change({ regionCode: undefined })}>
              {t('cockpit.backTo', { name: scopeName })}
            </Button>
          ) : null}
          <PeriodPicker
            id="cockpit-period"
            label={t('cockpit.period')}
            value={period}
            today={today}
            presets={PRESETS.map((name) => ({ label: t(`cockpit.period.${name}`), period: presetPeriod(name, today) }))}
            onChange={change}
          />
          <Button
            icon={<ReloadOutlined />}
            aria-label={t('workbench.refresh')}
            title={t('workbench.refresh')}
            loading={byRegion.isFetching}
            onClick={() => void refetchAll()}
          />
        </div>
      </div>

      {byRegion.error ? (
        <Card>
          <ErrorState error={byRegion.error} onRetry={() => void byRegion.refetch()} />
        </Card>
      ) : !byRegion.data ? (
        <Card>
          <LoadingState rows={3} />
        </Card>
      ) : (
        <>
          <FigureCards totals={byRegion.data.totals} base={base} />
          <Typography.Text type="secondary">
            {t('cockpit.clickHint')} {t('cockpit.asOf', { at: formatDateTime(byRegion.data.asOf) })}
          </Typography.Text>
        </>
      )}

      <Card title={t('cockpit.trend')}>
        {byMonth.error ? (
          <ErrorState error={byMonth.error} onRetry={() => void byMonth.refetch()} />
        ) : byMonth.data ? (
          <TrendChart statistics={byMonth.data} base={{ ...trend, regionCode }} />
        ) : (
          <LoadingState rows={6} />
        )}
      </Card>

      <Row gutter={[16, 16]}>
        <Col xs={24}>
          <Card title={t('cockpit.ranking')}>
            {byRegion.error ? (
              <ErrorState error={byRegion.error} onRetry={() => void byRegion.refetch()} />
            ) : byRegion.data ? (
              <RegionRanking
                statistics={byRegion.data}
                base={base}
                onOpenRegion={(code) => change({ regionCode: code })}
              />
            ) : (
              <LoadingState rows={5} />
            )}
          </Card>
        </Col>
        <Col xs={24}>
          <Card title={t('cockpit.sectors')}>
            {bySector.error ? (
              <ErrorState error={bySector.error} onRetry={() => void bySector.refetch()} />
            ) : bySector.data ? (
              <SectorBreakdown statistics={bySector.data} base={base} />
            ) : (
              <LoadingState rows={5} />
            )}
          </Card>
        </Col>
      </Row>

      <AccidentSection regionCode={regionCode} asOf={period.to} />
    </Space>
  );
}
