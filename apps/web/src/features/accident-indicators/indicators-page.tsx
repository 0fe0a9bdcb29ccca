import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Empty, Select, Space, Typography } from 'antd';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { useI18n } from '../../app/i18n/locale-context';
import { ErrorState, LoadingState } from '../../app/states/states';
import { useAccount } from '../auth/session';
import { todayLocal } from '../cockpit/period';
import { RegionTreeSelect } from '../hazards/region-tree-select';
import { getRegion, regionKeys } from '../regions/api';
import { AccidentSettingsForm } from './accident-settings-form';
import { accidentIndicatorKeys, getAccidentSettings, getControlIndicators, mayEditIndicators } from './api';
import { ControlIndicatorsForm } from './control-indicators-form';
import styles from './indicators.module.css';

const REGION_CODE = /^(\d{6}|\d{9}|\d{12})$/;

/** The year in the URL, or this year; the choice runs from four years back to next year (caps are set ahead). */
function yearOf(param: string | null, thisYear: number): number {
  const year = Number(param);
  return Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : thisYear;
}

/**
 * 控制指标设置: a region's year of death caps and rate denominators, and the region's accident settings. Region and
 * year live in the URL (`?regionCode=&year=`). The safety committee office and administrators save; others read.
 */
export function IndicatorsPage() {
  const { t } = useI18n();
  const account = useAccount();
  const [params, setParams] = useSearchParams();
  const thisYear = useMemo(() => Number(todayLocal().slice(0, 4)), []);
  const year = yearOf(params.get('year'), thisYear);
  const regionParam = params.get('regionCode');
  const scopeRegion = account.scope.kind === 'region' ? account.scope.regionCode : undefined;
  const regionCode = regionParam && REGION_CODE.test(regionParam) ? regionParam : scopeRegion;
  const editable = mayEditIndicators(account.roles);

  const region = useQuery({
    queryKey: regionKeys.one(regionCode ?? ''),
    queryFn: ({ signal }) => getRegion(regionCode ?? '', signal),
    enabled: Boolean(regionCode),
    staleTime: 10 * 60_000,
  });
  const indicators = useQuery({
    queryKey: accidentIndicatorKeys.indicators(regionCode ?? '', year),
    queryFn: ({ signal }) => getControlIndicators(regionCode ?? '', year, signal),
    enabled: Boolean(regionCode),
  });
  const settings = useQuery({
    queryKey: accidentIndicatorKeys.settings(regionCode ?? ''),
    queryFn: ({ signal }) => getAccidentSettings(regionCode ?? '', signal),
    enabled: Boolean(regionCode),
  });
  const from = settings.data?.from;
  const fromRegion = useQuery({
    queryKey: regionKeys.one(from ?? ''),
    queryFn: ({ signal }) => getRegion(from ?? '', signal),
    enabled: Boolean(from && from !== regionCode),
    staleTime: 10 * 60_000,
  });

  const change = (key: 'regionCode' | 'year', value: string) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      next.set(key, value);
      return next;
    });
  const name = region.data?.name ?? regionCode ?? '';
  const years = Array.from({ length: 6 }, (_v, i) => thisYear + 1 - i);

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <div className={styles.header}>
        <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>
          {t('accidentIndicators.title')}
        </Typography.Title>
        <div className={styles.pickers}>
          <label htmlFor="indicators-region">{t('accidentIndicators.region')}</label>
          <RegionTreeSelect
            id="indicators-region"
            value={regionCode}
            onChange={(code) => code && change('regionCode', code)}
            placeholder={t('accidentIndicators.pickRegion')}
            style={{ width: 220, maxWidth: '100%' }}
          />
          <label htmlFor="indicators-year">{t('accidentIndicators.year')}</label>
          <Select
            id="indicators-year"
            value={year}
            onChange={(value: number) => change('year', String(value))}
            options={years.map((y) => ({ value: y, label: t('accidentIndicators.yearOption', { year: y }) }))}
            style={{ width: 110 }}
          />
        </div>
      </div>
      {editable ? null : <Alert type="info" showIcon title={t('accidentIndicators.readOnly')} />}
      {!regionCode ? (
        <Card>
          <Empty description={t('accidentIndicators.pickRegion')} />
        </Card>
      ) : (
        <>
          <Card title={t('accidentIndicators.caps', { name, year })} data-testid="control-indicators">
            {indicators.error ? (
              <ErrorState error={indicators.error} onRetry={() => void indicators.refetch()} />
            ) : indicators.data ? (
              <ControlIndicatorsForm
                key={`${regionCode}-${year}`}
                regionCode={regionCode}
                year={year}
                indicators={indicators.data}
                editable={editable}
              />
            ) : (
              <LoadingState rows={6} />
            )}
          </Card>
          <Card title={t('accidentIndicators.settings', { name })} data-testid="accident-settings">
            {settings.error ? (
              <ErrorState error={settings.error} onRetry={() => void settings.refetch()} />
            ) : settings.data ? (
              <AccidentSettingsForm
                key={`${regionCode}-${settings.data.from ?? 'defaults'}`}
                regionCode={regionCode}
                settings={settings.data}
                fromName={fromRegion.data?.name}
                editable={editable}
              />
            ) : (
              <LoadingState rows={6} />
            )}
          </Card>
        </>
      )}
    </Space>
  );
}
