import { DEFAULT_PASSWORD_POLICY } from '@redline/domain';
import { Form, Input } from 'antd';
import { useI18n } from '../../app/i18n/locale-context';

type Props = {
  autoFocus?: boolean;
  /** The form field of the password (the confirmation is `confirm`): `newPassword`, or `password` for a new account. */
  name?: string;
  label?: string;
  confirmLabel?: string;
};

/** "New password" and "confirm" fields, with the policy as a hint; the server has the last word on the policy. */
export function NewPasswordFields({ autoFocus = false, name = 'newPassword', label, confirmLabel }: Props) {
  const { t } = useI18n();
  const passwordLabel = label ?? t('password.new');
  const confirmText = confirmLabel ?? t('password.confirm');
  const hint = t('password.hint', {
    min: DEFAULT_PASSWORD_POLICY.minLength,
    classes: DEFAULT_PASSWORD_POLICY.minClasses,
  });
  return (
    <>
      <Form.Item
        name={name}
        label={passwordLabel}
        extra={hint}
        rules={[{ required: true, message: t('password.required', { field: passwordLabel }) }]}
      >
        <Input.Password autoComplete="new-password" autoFocus={autoFocus} />
      </Form.Item>
      <Form.Item
        name="confirm"
        label={confirmText}
        dependencies={[name]}
        rules={[
          { required: true, message: t('password.required', { field: confirmText }) },
          ({ getFieldValue }) => ({
            validator: (_, value) =>
              !value || value === getFieldValue(name)
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
