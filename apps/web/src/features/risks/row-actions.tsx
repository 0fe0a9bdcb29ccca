import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm, Space } from 'antd';
import type { ReactNode } from 'react';
import { useI18n } from '../../app/i18n/locale-context';
import { archiveRow } from './api';
import { useRegisterWrite } from './use-register-write';

type Kind = 'risk-units' | 'risk-events' | 'risk-measures';
const CONFIRM: Record<Kind, string> = {
  'risk-units': 'risks.archiveUnit',
  'risk-events': 'risks.archiveEvent',
  'risk-measures': 'risks.archiveMeasure',
};

type Props = {
  enterpriseId: string;
  kind: Kind;
  id: string;
  name: string;
  onEdit: () => void;
  /** Adds a child (an event to a unit, a measure to an event). */
  add?: { label: string; onClick: () => void };
  extra?: ReactNode;
};

/** A row's maintainer buttons: add a child, edit, archive (after a confirm that says what goes with it). */
export function RowActions({ enterpriseId, kind, id, name, onEdit, add, extra }: Props) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const archive = useRegisterWrite(enterpriseId, () => archiveRow(kind, id), {
    done: (r) => t('risks.archived', { ...r, runs: r.runsWithdrawn }),
    onError: (e) => void message.error(e instanceof Error ? e.message : String(e)),
  });
  return (
    <Space size={0} wrap>
      {add ? (
        <Button type="link" size="small" icon={<PlusOutlined />} onClick={add.onClick}>
          {add.label}
        </Button>
      ) : null}
      {extra}
      <Button type="link" size="small" icon={<EditOutlined />} onClick={onEdit}>
        {t('risks.edit')}
      </Button>
      <Popconfirm
        title={t(CONFIRM[kind], { name })}
        okText={t('risks.archive')}
        okButtonProps={{ danger: true, loading: archive.isPending }}
        cancelText={t('common.cancel')}
        onConfirm={() => archive.mutateAsync(undefined).catch(() => undefined)}
      >
        <Button type="link" size="small" danger icon={<DeleteOutlined />}>
          {t('risks.archive')}
        </Button>
      </Popconfirm>
    </Space>
  );
}
