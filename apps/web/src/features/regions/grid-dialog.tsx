import type { TGrid } from '@redline/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../app/i18n/locale-context';
import { placeServerErrors } from '../hazards/server-errors';
import { createGrid, regionKeys, renameGrid } from './api';

type Values = { code?: string; name?: string };
type Props = {
  villageCode: string;
  /** The grid to rename, or null to create one in the village. */
  grid: TGrid | null;
  suggestedCode: string;
  open: boolean;
  onClose: () => void;
  /** After the closing animation: the parent unmounts the dialog, so the next one starts afresh. */
  afterClose: () => void;
};

const fieldOfCode = (code: string) => (code === 'CONFLICT.DUPLICATE' ? 'code' : null);

/** New grid in a village (POST /grids: code and name) or a grid's new name (PATCH /grids/:code). */
export function GridDialog({ villageCode, grid, suggestedCode, open, onClose, afterClose }: Props) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [formError, setFormError] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: (v: Values) =>
      grid
        ? renameGrid(grid.code, v.name ?? '')
        : createGrid({ code: v.code?.trim() || undefined, name: v.name, villageCode }),
    onSuccess: (saved) => {
      void queryClient.invalidateQueries({ queryKey: regionKeys.grids(villageCode) });
      void queryClient.invalidateQueries({ queryKey: regionKeys.one(villageCode) });
      message.success(t(grid ? 'regions.gridRenamed' : 'regions.gridCreated', { name: saved.name }));
      close();
    },
    onError: (error) => setFormError(placeServerErrors(form, error, fieldOfCode)),
  });

  function close() {
    setFormError(null);
    onClose();
  }

  return (
    <Modal
      open={open}
      title={grid ? t('regions.renameGridTitle') : t('regions.newGrid')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={close}
      afterClose={afterClose}
      confirmLoading={save.isPending}
      closable={{ 'aria-label': t('common.close') }}
    >
      {formError ? <Alert type="error" showIcon title={formError} role="alert" style={{ marginBottom: 16 }} /> : null}
      <Form
        form={form}
        layout="vertical"
        name="grid"
        initialValues={grid ? { code: grid.code, name: grid.name } : { code: suggestedCode }}
        onValuesChange={(changed: Values) =>
          form.setFields((Object.keys(changed) as Array<keyof Values>).map((name) => ({ name, errors: [] })))
        }
        onFinish={(values) => {
          setFormError(null);
          save.mutate(values);
        }}
      >
        <Form.Item name="code" label={t('regions.gridCode')} extra={grid ? undefined : t('regions.gridCodeHint')}>
          <Input disabled={Boolean(grid)} maxLength={32} autoComplete="off" />
        </Form.Item>
        <Form.Item name="name" label={t('regions.gridName')}>
          <Input maxLength={64} autoComplete="off" autoFocus />
        </Form.Item>
        <button type="submit" hidden />
      </Form>
    </Modal>
  );
}
