import { ReloadOutlined, SettingOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Space, Typography } from 'antd';
import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useI18n } from '../../app/i18n/locale-context';
import { PeriodPicker } from '../../app/period-picker';
import { ErrorState, LoadingState } from '../../app/states/states';
import { useAccount } from '../auth/session';
import { todayLocal } from '../cockpit/period';
import { RegionTreeSelect } from '../hazards/region-tree-select';
import { getRiskOverview, riskOverviewKeys } from './api';
import { ColourCards } from './colour-cards';
import { MajorRisks } from './major-risks';
import { lastDays, PERIOD_PRESETS, periodFromParams } from './period';
import { RegionTable } from './region-table';
import styles from './risk-overview.module.css';

const REGION_CODE = /^(\d{6}|\d{9}|\d{12})$/;

/**
 * 风险分级管控总览: for a region of the account's scope (its own by default), the enterprises by the colour of their
 * highest risk, a row per child region (colours, check completion, hazards by source) and the major risks. Region
 * and period live in the URL (`?regionCode=&from=&to=`), so a view can be shared.
 */
export function RiskOverviewPage() {
  const { t } = useI18n();
  const account = useAccount();
  const [params, setParams] = useSearchParams();
  const today = useMemo(() => todayLocal(), []);
  const period = periodFromParams(params, today);
  const regionParam = params.get('regionCode');
  const regionCode = regionParam && REGION_CODE.test(regionParam) ? regionParam : undefined;
  const query = { regionCode, ...period };
  const overview = useQuery({
    queryKey: riskOverviewKeys.overview(query),
    queryFn: ({ signal }) => getRiskOverview(query, signal),
    placeholderData: keepPreviousData,
  });

  const change = (changes: Record<string, string | undefined>) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      for (const [key, value] of Object.entries(changes)) {
        if (value) next.set(key, value);
        else next.delete(key);
      }
      return next;
    });
  const data = overview.data;
  const settingsHref = `/risk-overview/settings${data ? `?regionCode=${data.region.code}` : ''}`;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <div className={styles.header}>
        <div>
          <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>
            {t('riskOverview.title')}
          </Typography.Title>
          {data ? (
            <Typography.Text type="secondary" data-testid="risk-overview-subtitle">
              {t('riskOverview.subtitle', { name: data.region.name, ...data.period })}
            </Typography.Text>
          ) : null}
        </div>
        <div className={styles.pickers}>
          <label htmlFor="risk-overview-region">{t('riskOverview.region')}</label>
          <RegionTreeSelect
            id="risk-overview-region"
            value={regionCode ?? data?.region.code}
            onChange={(code) => change({ regionCode: code })}
            placeholder={account.scope.kind === 'region' ? account.scope.regionName : undefined}
            style={{ width: 200, maxWidth: '100%' }}
          />
          <PeriodPicker
            id="risk-overview"
            label={t('riskOverview.period')}
            value={period}
            today={today}
            presets={PERIOD_PRESETS.map((days) => ({
              label: t(`riskOverview.period.last${days}`),
              period: lastDays(days, today),
            }))}
            onChange={change}
          />
          <Button
            icon={<ReloadOutlined />}
            aria-label={t('riskOverview.refresh')}
            title={t('riskOverview.refresh')}
            loading={overview.isFetching}
            onClick={() => void overview.refetch()}
          />
          <Link to={settingsHref}>
            <Button icon={<SettingOutlined />}>{t('riskOverview.toSettings')}</Button>
          </Link>
        </div>
      </div>

      {overview.error ? (
        <Card>
          <ErrorState error={overview.error} onRetry={() => void overview.refetch()} />
        </Card>
      ) : !data ? (
        <Card>
          <LoadingState rows={8} />
        </Card>
      ) : (
        <>
          {data.sectorLimited ? <Alert type="info" showIcon title={t('riskOverview.sectorLimited')} /> : null}
          <ColourCards total={data.total} />
          <Card title={t('riskOverview.regions')} data-testid="risk-overview-regions">
            <RegionTable rows={data.rows} onOpen={(code) => change({ regionCode: code })} />
          </Card>
          <Card title={t('riskOverview.majorRisks')} data-testid="risk-overview-major">
            <MajorRisks majorRisks={data.majorRisks} />
          </Card>
        </>
      )}
    </Space>
  );
}
