import { DEFAULT_PASSWORD_POLICY } from '@redline/domain';
import { Form, Input } from 'antd';
import { useI18n } from '../../app/i18n/locale-context';

/** "New password" and "confirm" fields, with the policy as a hint; the server has the last word on the policy. */
export function NewPasswordFields({ autoFocus = false }: { autoFocus?: boolean }) {
  const { t } = useI18n();
  const hint = t('password.hint', {
    min: DEFAULT_PASSWORD_POLICY.minLength,
    classes: DEFAULT_PASSWORD_POLICY.minClasses,
  });
  return (
    <>
      <Form.Item
        name="newPassword"
        label={t('password.new')}
        extra={hint}
        rules={[{ required: true, message: t('password.required', { field: t('password.new') }) }]}
      >
        <Input.Password autoComplete="new-password" autoFocus={autoFocus} />
      </Form.Item>
      <Form.Item
        name="confirm"
        label={t('password.confirm')}
        dependencies={['newPassword']}
        rules={[
          { required: true, message: t('password.required', { field: t('password.confirm') }) },
          ({ getFieldValue }) => ({
            validator: (_, value) =>
              !value || value === getFieldValue('newPassword')
                ? Promise.resolve()
                : Promise.reject(new Error(t('password.mismatch'))),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
    </>
  );
}
