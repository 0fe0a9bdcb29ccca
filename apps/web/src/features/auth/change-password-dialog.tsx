import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { api } from '../../app/api-client';
import { isApiError } from '../../app/api-error';
import { applyServerErrors } from '../../app/form-errors';
import { useI18n } from '../../app/i18n/locale-context';
import { SESSION_KEY } from '../../app/query-client';
import { NewPasswordFields } from './new-password-fields';
import { useAccount } from './session';

type Values = { currentPassword: string; newPassword: string; confirm: string };

/** POST /auth/change-password; the server's field issues show beside the fields. */
export function ChangePasswordDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const account = useAccount();
  const [form] = Form.useForm<Values>();
  const [formError, setFormError] = useState<string | null>(null);
  const change = useMutation({
    mutationFn: (v: Values) =>
      api.post<unknown>('/api/v1/auth/change-password', {
        currentPassword: v.currentPassword,
        newPassword: v.newPassword,
      }),
    onSuccess: () => {
      message.success(t('password.changed'));
      // The server may rotate the session or its CSRF token after a password change.
      void queryClient.invalidateQueries({ queryKey: SESSION_KEY });
      close();
    },
    onError: (error) => {
      const text = applyServerErrors(form, error, t('state.error'));
      if (isApiError(error) && error.code === 'AUTH.WRONG_PASSWORD') {
        form.setFields([{ name: 'currentPassword', errors: [error.message] }]);
      }
      setFormError(text);
    },
  });

  function close() {
    setFormError(null);
    onClose();
  }

  const required = (field: string) => ({ required: true, message: t('password.required', { field }) });
  return (
    <Modal
      open={open}
      title={t('password.title')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={close}
      confirmLoading={change.isPending}
      afterClose={() => form.resetFields()}
    >
      {account.mustChangePassword ? (
        <Alert type="warning" showIcon title={t('account.mustChangePassword')} style={{ marginBottom: 16 }} />
      ) : null}
      {formError ? <Alert type="error" showIcon title={formError} role="alert" style={{ marginBottom: 16 }} /> : null}
      <Form form={form} layout="vertical" onFinish={(v) => change.mutate(v)} name="change-password">
        <Form.Item name="currentPassword" label={t('password.current')} rules={[required(t('password.current'))]}>
          <Input.Password autoComplete="current-password" autoFocus />
        </Form.Item>
        <NewPasswordFields />
        <button type="submit" hidden />
      </Form>
    </Modal>
  );
}
