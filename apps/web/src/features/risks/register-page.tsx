import { CopyOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Empty, Flex, Space, Typography } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router';
import { isApiError } from '../../app/api-error';
import { useI18n } from '../../app/i18n/locale-context';
import { ErrorState, LoadingState, NotFoundState } from '../../app/states/states';
import { useAccount } from '../auth/session';
import { isEnterpriseId } from '../enterprises/enterprise-links';
import { getRegister, riskKeys } from './api';
import { mayComment, mayMaintainRegister } from './codes';
import { CommentsPanel } from './comments-panel';
import { EventDialog } from './event-dialog';
import type { Edit } from './event-list';
import { ExportButton } from './export-button';
import { LibraryDialog } from './library-dialog';
import { MeasureDialog } from './measure-dialog';
import { ColourCounts, RegisterTabs } from './register-header';
import { UnitDialog } from './unit-dialog';
import { UnitsTable } from './units-table';

/** 风险分级管控: an enterprise's risk register — units per colour, units by analysis object, events, measures. */
export function RegisterPage() {
  const { id } = useParams();
  if (!isEnterpriseId(id)) return <NotFoundState />;
  return <RegisterOf enterpriseId={id} />;
}

function RegisterOf({ enterpriseId }: { enterpriseId: string }) {
  const { t } = useI18n();
  const account = useAccount();
  const maintainer = mayMaintainRegister(account.roles);
  const [edit, setEdit] = useState<Edit | null>(null);
  const [library, setLibrary] = useState(false);
  const register = useQuery({
    queryKey: riskKeys.register(enterpriseId),
    queryFn: ({ signal }) => getRegister(enterpriseId, signal),
  });
  if (register.isPending) return <LoadingState rows={10} />;
  if (register.error) {
    // Another enterprise's register answers 404 as if it did not exist.
    if (isApiError(register.error) && register.error.status === 404) return <NotFoundState />;
    return <ErrorState error={register.error} onRetry={() => void register.refetch()} />;
  }
  const r = register.data;
  const close = () => setEdit(null);
  const copyButton = (
    <Button icon={<CopyOutlined />} onClick={() => setLibrary(true)}>
      {t('risks.library')}
    </Button>
  );
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card>
        <Flex justify="space-between" align="flex-start" wrap gap={12}>
          <div style={{ minWidth: 0 }}>
            <Typography.Title level={1} style={{ fontSize: 22, margin: '0 0 4px' }}>
              {t('risks.title')}
            </Typography.Title>
            <Typography.Text type="secondary">{t('risks.subtitle', { name: r.enterprise.name })}</Typography.Text>
          </div>
          <Space wrap>
            {r.units.length ? <ExportButton enterpriseId={enterpriseId} /> : null}
            {maintainer ? copyButton : null}
            {maintainer ? (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setEdit({ kind: 'unit', unit: null })}>
                {t('risks.addUnit')}
              </Button>
            ) : null}
          </Space>
        </Flex>
        <div style={{ margin: '16px 0' }}>
          <ColourCounts counts={r.counts} units={r.units} />
        </div>
        <RegisterTabs enterpriseId={enterpriseId} active="register" />
      </Card>
      <Card>
        {r.units.length ? (
          <UnitsTable enterpriseId={enterpriseId} units={r.units} maintainer={maintainer} onEdit={setEdit} />
        ) : (
          <Empty
            data-testid="risk-empty"
            description={
              <Flex vertical gap={4} style={{ maxWidth: 520, margin: '0 auto' }}>
                <Typography.Text strong>{t('risks.empty.title')}</Typography.Text>
                <Typography.Text type="secondary">
                  {t(maintainer ? 'risks.empty.maintainer' : 'risks.empty.reader')}
                </Typography.Text>
              </Flex>
            }
          >
            {maintainer ? copyButton : null}
          </Empty>
        )}
      </Card>
      <CommentsPanel enterpriseId={enterpriseId} units={r.units} canComment={mayComment(account.roles)} />
      {edit?.kind === 'unit' ? <UnitDialog enterpriseId={enterpriseId} unit={edit.unit} open onClose={close} /> : null}
      {edit?.kind === 'event' ? (
        <EventDialog enterpriseId={enterpriseId} unitId={edit.unitId} event={edit.event} open onClose={close} />
      ) : null}
      {edit?.kind === 'measure' ? (
        <MeasureDialog enterpriseId={enterpriseId} eventId={edit.eventId} measure={edit.measure} open onClose={close} />
      ) : null}
      <LibraryDialog enterpriseId={enterpriseId} open={library} onClose={() => setLibrary(false)} />
    </Space>
  );
}
