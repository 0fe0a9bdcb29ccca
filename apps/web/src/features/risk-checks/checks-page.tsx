import { ArrowLeftOutlined } from '@ant-design/icons';
import type { TCheckRecorded, TCheckRun } from '@redline/contracts';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Card, Drawer, Flex, Grid, Space, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { isApiError } from '../../app/api-error';
import { useI18n } from '../../app/i18n/locale-context';
import { ErrorState, NotFoundState } from '../../app/states/states';
import { useAccount } from '../auth/session';
import { enterpriseKeys, getEnterprise } from '../enterprises/api';
import { isEnterpriseId } from '../enterprises/enterprise-links';
import { checkKeys, listRuns, mayRecord, type RunState } from './api';
import { RecordForm } from './record-form';
import { RecordedResult } from './recorded-result';
import { RunList } from './run-list';

/** 排查任务: an enterprise's check runs, due (by deadline, overdue marked) or done; the record form in a drawer. */
export function ChecksPage() {
  const { id } = useParams();
  if (!isEnterpriseId(id)) return <NotFoundState />;
  return <ChecksOf enterpriseId={id} />;
}

function ChecksOf({ enterpriseId }: { enterpriseId: string }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const account = useAccount();
  const queryClient = useQueryClient();
  const screens = Grid.useBreakpoint();
  const [params, setParams] = useSearchParams();
  const state: RunState = params.get('state') === 'recorded' ? 'recorded' : 'due';
  const [open, setOpen] = useState<TCheckRun | null>(null);
  const [recorded, setRecorded] = useState<TCheckRecorded | null>(null);
  const enterprise = useQuery({
    queryKey: enterpriseKeys.one(enterpriseId),
    queryFn: ({ signal }) => getEnterprise(enterpriseId, signal),
  });
  const runs = useQuery({
    queryKey: checkKeys.list(enterpriseId, state),
    queryFn: ({ signal }) => listRuns(enterpriseId, state, signal),
  });
  const refresh = () => void queryClient.invalidateQueries({ queryKey: checkKeys.all });
  const close = () => {
    setOpen(null);
    setRecorded(null);
  };

  if (runs.error && isApiError(runs.error) && runs.error.status === 404) return <NotFoundState />;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <div style={{ minWidth: 0 }}>
          <Typography.Text type="secondary">{enterprise.data?.name ?? '\u00a0'}</Typography.Text>
          <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>
            {t('riskChecks.title')}
          </Typography.Title>
        </div>
        <Link to={`/enterprises/${enterpriseId}/risks`}>
          <ArrowLeftOutlined /> {t('riskChecks.toRegister')}
        </Link>
      </Flex>
      <Card>
        <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
          {t('riskChecks.intro')}
        </Typography.Paragraph>
        <Tabs
          activeKey={state}
          onChange={(key) =>
            setParams((prev) => {
              const next = new URLSearchParams(prev);
              if (key === 'recorded') next.set('state', key);
              else next.delete('state');
              return next;
            })
          }
          items={(['due', 'recorded'] as const).map((key) => ({ key, label: t(`riskChecks.tab.${key}`) }))}
        />
        {runs.error ? (
          <ErrorState error={runs.error} onRetry={() => void runs.refetch()} />
        ) : (
          <RunList
            runs={runs.data ?? []}
            state={state}
            loading={runs.isPending}
            onRecord={mayRecord(account.roles) ? setOpen : undefined}
          />
        )}
      </Card>
      <Drawer
        open={open !== null}
        onClose={close}
        destroyOnHidden
        size={screens.md ? 640 : '100%'}
        title={open ? `${t('riskChecks.recordTitle')} · ${open.number}` : ''}
      >
        {open && recorded ? (
          <RecordedResult result={recorded} onClose={close} />
        ) : open ? (
          <RecordForm
            run={open}
            onRecorded={(result) => {
              setRecorded(result);
              refresh();
            }}
            onStale={() => {
              message.warning(t('riskChecks.stale'));
              close();
              refresh();
            }}
          />
        ) : null}
      </Drawer>
    </Space>
  );
}
