import { DownloadOutlined, SettingOutlined } from '@ant-design/icons';
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { Alert, App, Button, Card, Col, Flex, Row, Space, Typography } from 'antd';
import { Link } from 'react-router';
import { useI18n } from '../../app/i18n/locale-context';
import { ErrorState, LoadingState } from '../../app/states/states';
import {
  accidentIndicatorKeys,
  downloadIndicatorTable,
  getAccidentStatistics,
  type StatisticsQuery,
} from '../accident-indicators/api';
import { vetoRuleText } from '../accident-indicators/veto-rules';
import { AccidentCards } from './accident-cards';
import { yearToDate } from './accident-figures';
import { AccidentRates } from './accident-rates';
import { AccidentSectorCaps } from './accident-sector-caps';
import { AccidentTrend } from './accident-trend';
import styles from './cockpit.module.css';

/**
 * 事故与控制指标: the year to the cockpit period's end date for the region the cockpit shows (GET
 * /accident-statistics), with the table export and a link to the caps' settings.
 */
export function AccidentSection({ regionCode, asOf }: { regionCode: string | undefined; asOf: string }) {
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const query: StatisticsQuery = { regionCode, asOf };
  const statistics = useQuery({
    queryKey: accidentIndicatorKeys.statistics(query),
    queryFn: ({ signal }) => getAccidentStatistics(query, signal),
    placeholderData: keepPreviousData,
  });
  const exporting = useMutation({
    mutationFn: () => downloadIndicatorTable(query, locale),
    onError: (error) => message.error(error instanceof Error ? error.message : String(error)),
  });
  const data = statistics.data;
  const settingsHref = `/accidents/indicators?${new URLSearchParams({
    ...(data ? { regionCode: data.region.code, year: String(data.year) } : {}),
  }).toString()}`;

  return (
    // While another region's or day's figures load, the previous ones stay, dimmed and marked busy.
    <Card
      data-testid="accident-section"
      aria-busy={statistics.isPlaceholderData}
      style={statistics.isPlaceholderData ? { opacity: 0.6, transition: 'opacity 0.2s' } : undefined}
    >
      <div className={styles.sectionHeader}>
        <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
          {t('accidentStats.title')}
        </Typography.Title>
        <Space wrap>
          <Link to={settingsHref}>
            <SettingOutlined /> {t('accidentStats.settings')}
          </Link>
          <Button
            icon={<DownloadOutlined />}
            loading={exporting.isPending}
            disabled={!data}
            onClick={() => exporting.mutate()}
          >
            {t('accidentStats.export')}
          </Button>
        </Space>
      </div>
      {statistics.error ? (
        <ErrorState error={statistics.error} onRetry={() => void statistics.refetch()} />
      ) : !data ? (
        <LoadingState rows={6} />
      ) : (
        <Flex vertical gap={16}>
          <Typography.Text type="secondary" data-testid="accident-period">
            {t('accidentStats.period', { name: data.region.name, ...yearToDate(data.asOf) })}
            {locale === 'en' ? ' ' : ''}
            {t('accidentStats.clickHint')}
          </Typography.Text>
          {data.sectorScope ? (
            <Alert type="info" showIcon data-testid="accident-sector-scope" title={t('accidentStats.sectorScope')} />
          ) : null}
          {data.vetoes.map((rule) => (
            <Alert
              key={JSON.stringify(rule)}
              type="error"
              showIcon
              role="alert"
              data-testid="accident-veto"
              title={t('accidentStats.veto', { rule: vetoRuleText(rule, t, locale) })}
            />
          ))}
          <AccidentCards statistics={data} link={{ regionCode: data.region.code, ...yearToDate(data.asOf) }} />
          <AccidentRates rates={data.rates} />
          <Row gutter={[24, 16]}>
            <Col xs={24} xl={13}>
              <Typography.Title level={3} style={{ fontSize: 14 }}>
                {t('accidentStats.trend')}
              </Typography.Title>
              <AccidentTrend statistics={data} regionCode={data.region.code} />
            </Col>
            <Col xs={24} xl={11}>
              <Typography.Title level={3} style={{ fontSize: 14 }}>
                {t('accidentStats.sectorCaps')}
              </Typography.Title>
              <AccidentSectorCaps statistics={data} link={{ regionCode: data.region.code, ...yearToDate(data.asOf) }} />
            </Col>
          </Row>
        </Flex>
      )}
    </Card>
  );
}
