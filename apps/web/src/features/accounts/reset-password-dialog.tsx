import type { TAccount } from '@redline/contracts';
import { useMutation } from '@tanstack/react-query';
import { Alert, App, Form, Modal } from 'antd';
import { useState } from 'react';
import { applyServerErrors } from '../../app/form-errors';
import { useI18n } from '../../app/i18n/locale-context';
import { NewPasswordFields } from '../auth/new-password-fields';
import { resetPassword } from './api';

type Values = { newPassword: string; confirm: string };

/** POST /accounts/:id/reset-password with the new password typed twice. */
export function ResetPasswordDialog({ account, onClose }: { account: TAccount | null; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [formError, setFormError] = useState<string | null>(null);
  const reset = useMutation({
    mutationFn: (v: Values) => resetPassword(account?.id ?? '', v.newPassword),
    onSuccess: () => {
      message.success(t('accounts.resetDone'));
      close();
    },
    onError: (error) => setFormError(applyServerErrors(form, error, t('state.error'))),
  });

  function close() {
    setFormError(null);
    onClose();
  }

  return (
    <Modal
      open={account !== null}
      title={t('accounts.resetTitle', { name: account?.displayName ?? '' })}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={close}
      afterClose={() => form.resetFields()}
      confirmLoading={reset.isPending}
    >
      {formError ? <Alert type="error" showIcon title={formError} role="alert" style={{ marginBottom: 16 }} /> : null}
      <Form form={form} layout="vertical" name="reset-password" onFinish={(v) => reset.mutate(v)}>
        <NewPasswordFields autoFocus />
        <button type="submit" hidden />
      </Form>
    </Modal>
  );
}
