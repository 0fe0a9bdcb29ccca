import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Empty, Space, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router';
import { useI18n } from '../../app/i18n/locale-context';
import { ErrorState, LoadingState } from '../../app/states/states';
import { useAccount } from '../auth/session';
import { RegionTreeSelect } from '../hazards/region-tree-select';
import { getRegion, regionKeys } from '../regions/api';
import { getRiskSettings, mayEditRiskSettings, riskOverviewKeys } from './api';
import styles from './risk-overview.module.css';
import { RiskSettingsForm } from './settings-form';

const REGION_CODE = /^(\d{6}|\d{9}|\d{12})$/;

/**
 * 风险分级设置: a region's LEC and matrix thresholds and the control level of each risk level, its own or inherited
 * (the page says from where). The region lives in the URL (`?regionCode=`); the safety committee office and
 * administrators save, others read.
 */
export function RiskSettingsPage() {
  const { t } = useI18n();
  const account = useAccount();
  const [params, setParams] = useSearchParams();
  const regionParam = params.get('regionCode');
  const scopeRegion = account.scope.kind === 'region' ? account.scope.regionCode : undefined;
  const regionCode = regionParam && REGION_CODE.test(regionParam) ? regionParam : scopeRegion;
  const editable = mayEditRiskSettings(account.roles);

  const region = useQuery({
    queryKey: regionKeys.one(regionCode ?? ''),
    queryFn: ({ signal }) => getRegion(regionCode ?? '', signal),
    enabled: Boolean(regionCode),
    staleTime: 10 * 60_000,
  });
  const settings = useQuery({
    queryKey: riskOverviewKeys.settings(regionCode ?? ''),
    queryFn: ({ signal }) => getRiskSettings(regionCode ?? '', signal),
    enabled: Boolean(regionCode),
  });
  const name = region.data?.name ?? regionCode ?? '';

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <div className={styles.header}>
        <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>
          {t('riskOverview.settings.title')}
        </Typography.Title>
        <div className={styles.pickers}>
          <label htmlFor="risk-settings-region">{t('riskOverview.region')}</label>
          <RegionTreeSelect
            id="risk-settings-region"
            value={regionCode}
            onChange={(code) => code && setParams({ regionCode: code })}
            placeholder={t('riskOverview.settings.pickRegion')}
            style={{ width: 220, maxWidth: '100%' }}
          />
          <Link to={`/risk-overview${regionCode ? `?regionCode=${regionCode}` : ''}`}>
            <Button icon={<ArrowLeftOutlined />}>{t('riskOverview.settings.back')}</Button>
          </Link>
        </div>
      </div>
      {editable ? null : <Alert type="info" showIcon title={t('riskOverview.settings.readOnly')} />}
      {!regionCode ? (
        <Card>
          <Empty description={t('riskOverview.settings.pickRegion')} />
        </Card>
      ) : (
        <Card title={t('riskOverview.settings.of', { name })} data-testid="risk-settings">
          {settings.error ? (
            <ErrorState error={settings.error} onRetry={() => void settings.refetch()} />
          ) : settings.data ? (
            <RiskSettingsForm
              key={`${regionCode}-${settings.data.from ?? 'defaults'}`}
              regionCode={regionCode}
              settings={settings.data}
              editable={editable}
            />
          ) : (
            <LoadingState rows={8} />
          )}
        </Card>
      )}
    </Space>
  );
}
