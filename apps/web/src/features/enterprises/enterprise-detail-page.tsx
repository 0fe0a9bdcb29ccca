import { PlusOutlined, SafetyOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Divider, Flex, Space, Tag, Typography } from 'antd';
import { useNavigate, useParams } from 'react-router';
import { isApiError } from '../../app/api-error';
import { useI18n } from '../../app/i18n/locale-context';
import { ErrorState, LoadingState, NotFoundState } from '../../app/states/states';
import { useAccount } from '../auth/session';
import { mayReport } from '../hazards/codes';
import { enterpriseKeys, getEnterprise, listSectors } from './api';
import { EnterpriseFields } from './enterprise-fields';
import { EnterpriseHazardSummary } from './enterprise-hazard-summary';
import { EnterpriseHazards } from './enterprise-hazards';
import { isEnterpriseId, reportHref } from './enterprise-links';
import { StatusTag } from './labels';

/** 企业详情: who and where the enterprise is, a summary of its hazards (each figure opens its list) and the hazards. */
export function EnterpriseDetailPage() {
  const { id } = useParams();
  if (!isEnterpriseId(id)) return <NotFoundState />;
  return <EnterpriseDetailOf id={id} />;
}

function EnterpriseDetailOf({ id }: { id: string }) {
  const { t } = useI18n();
  const account = useAccount();
  const navigate = useNavigate();
  const sectors = useQuery({
    queryKey: enterpriseKeys.sectors,
    queryFn: ({ signal }) => listSectors(signal),
    staleTime: 10 * 60_000,
  });
  const enterprise = useQuery({
    queryKey: enterpriseKeys.one(id),
    queryFn: ({ signal }) => getEnterprise(id, signal),
  });
  if (enterprise.isPending) return <LoadingState rows={10} />;
  if (enterprise.error) {
    // Out of scope answers 404 as if absent: the same page as an unknown id.
    if (isApiError(enterprise.error) && (enterprise.error.status === 404 || enterprise.error.status === 400)) {
      return <NotFoundState />;
    }
    return <ErrorState error={enterprise.error} onRetry={() => void enterprise.refetch()} />;
  }
  const e = enterprise.data;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card>
        <Flex justify="space-between" align="flex-start" wrap gap={12}>
          <div style={{ minWidth: 0 }}>
            <Typography.Text type="secondary" copyable={{ text: e.uscc }} data-testid="enterprise-uscc">
              {t('field.uscc')}：{e.uscc}
            </Typography.Text>
            <Typography.Title level={1} style={{ fontSize: 22, margin: '4px 0 8px' }}>
              {e.name}
            </Typography.Title>
            <Space wrap size={4} data-testid="enterprise-tags">
              <StatusTag status={e.status} t={t} />
              {e.tags.map((tag) => (
                <Tag key={tag}>{t(`enterprise.tag.${tag}`)}</Tag>
              ))}
            </Space>
          </div>
          <Space wrap>
            {/* The enterprise's risk register (风险分级管控), with its map and check runs as tabs. */}
            <Button
              icon={<SafetyOutlined />}
              onClick={() => navigate(`/enterprises/${encodeURIComponent(e.id)}/risks`)}
            >
              {t('nav.riskRegister')}
            </Button>
            {mayReport(account.roles) ? (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate(reportHref(e.id))}>
                {t('nav.reportHazard')}
              </Button>
            ) : null}
          </Space>
        </Flex>
        <Divider style={{ margin: '16px 0' }} />
        <EnterpriseFields enterprise={e} sectors={sectors.data} layout="page" />
      </Card>
      <EnterpriseHazardSummary enterpriseId={e.id} />
      <EnterpriseHazards enterpriseId={e.id} sectors={sectors.data} />
    </Space>
  );
}
