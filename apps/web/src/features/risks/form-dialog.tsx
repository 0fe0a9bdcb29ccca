import { Alert, Form, type FormInstance, Modal } from 'antd';
import type { ReactNode } from 'react';
import { useI18n } from '../../app/i18n/locale-context';

type Props<V> = {
  title: string;
  open: boolean;
  form: FormInstance<V>;
  initialValues: Partial<V>;
  pending: boolean;
  /** The refusal that found no field to sit beside. */
  error: string | null;
  onFinish: (values: V) => void;
  onClose: () => void;
  width?: number;
  children: ReactNode;
};

/** A register form in a dialog: OK submits, the server's field problems show beside their fields. */
export function FormDialog<V>({
  title,
  open,
  form,
  initialValues,
  pending,
  error,
  onFinish,
  onClose,
  width,
  children,
}: Props<V>) {
  const { t } = useI18n();
  return (
    <Modal
      open={open}
      title={title}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={pending}
      destroyOnHidden
      closable={{ 'aria-label': t('common.close') }}
      width={width ?? 600}
    >
      {error ? <Alert type="error" showIcon title={error} role="alert" style={{ marginBottom: 16 }} /> : null}
      <Form form={form} layout="vertical" initialValues={initialValues} onFinish={onFinish} preserve={false}>
        {children}
        <button type="submit" hidden />
      </Form>
    </Modal>
  );
}
