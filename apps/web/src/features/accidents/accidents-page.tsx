import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { App, Button, Card, Flex, Space, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { useI18n } from '../../app/i18n/locale-context';
import { ErrorState } from '../../app/states/states';
import { useAccount } from '../auth/session';
import { AccidentFilterForm } from './accident-filters';
import { activeFilterCount } from './accident-query';
import { AccidentTable } from './accident-table';
import { accidentKeys, downloadAccidentExport, listAccidents } from './api';
import { mayReportAccident } from './codes';
import { useAccidentFilters } from './use-accident-filters';

/** 事故台账: the accidents in the account's scope, filtered by the URL's query (the same as GET /api/v1/accidents). */
export function AccidentsPage() {
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const account = useAccount();
  const navigate = useNavigate();
  const { filters, update } = useAccidentFilters();
  const list = useQuery({
    queryKey: accidentKeys.list(filters),
    queryFn: ({ signal }) => listAccidents(filters, signal),
    placeholderData: keepPreviousData,
  });
  const exporting = useMutation({
    mutationFn: () => downloadAccidentExport(filters, locale),
    onError: (error) => message.error(error instanceof Error ? error.message : String(error)),
  });

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>
          {t('accidents.title')}
        </Typography.Title>
        {mayReportAccident(account.roles) ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/accidents/new')}>
            {t('accidents.report')}
          </Button>
        ) : null}
      </Flex>
      <Card>
        <AccidentFilterForm filters={filters} error={list.error} onApply={update} />
      </Card>
      <Card>
        <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 12 }}>
          <Typography.Text type="secondary" aria-live="polite">
            {list.data ? t('accidents.found', { total: list.data.total }) : '\u00a0'}
          </Typography.Text>
          <Button
            icon={<DownloadOutlined />}
            loading={exporting.isPending}
            disabled={!list.data || list.data.total === 0}
            onClick={() => exporting.mutate()}
          >
            {t('accidents.exportXlsx')}
          </Button>
        </Flex>
        {list.error ? (
          <ErrorState error={list.error} onRetry={() => void list.refetch()} />
        ) : (
          <AccidentTable
            page={list.data}
            loading={list.isFetching}
            filters={filters}
            filtered={activeFilterCount(filters) > 0}
            onChange={update}
          />
        )}
      </Card>
    </Space>
  );
}
