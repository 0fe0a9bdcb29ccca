import { Col, Form, Input, Row } from 'antd';
import { useI18n } from '../../app/i18n/locale-context';

/** Account name, name, mobile and email of a new account, two a row on wider screens. */
export function IdentityFields() {
  const { t } = useI18n();
  const required = (field: string) => [
    { required: true, message: t('accounts.required', { field }) },
    { whitespace: true, message: t('accounts.required', { field }) },
  ];
  return (
    <Row gutter={16}>
      <Col xs={24} sm={12}>
        <Form.Item
          name="username"
          label={t('accounts.username')}
          extra={t('accounts.usernameHint')}
          rules={[
            ...required(t('accounts.username')),
            { pattern: /^[a-zA-Z][a-zA-Z0-9_.-]{2,31}$/, message: t('accounts.usernameFormat') },
          ]}
        >
          <Input autoComplete="off" autoFocus maxLength={32} />
        </Form.Item>
      </Col>
      <Col xs={24} sm={12}>
        <Form.Item name="displayName" label={t('accounts.displayName')} rules={required(t('accounts.displayName'))}>
          <Input maxLength={32} />
        </Form.Item>
      </Col>
      <Col xs={24} sm={12}>
        <Form.Item
          name="mobile"
          label={t('accounts.mobile')}
          rules={[{ pattern: /^1[3-9]\d{9}$/, message: t('accounts.mobileFormat') }]}
        >
          <Input inputMode="tel" autoComplete="off" maxLength={11} />
        </Form.Item>
      </Col>
      <Col xs={24} sm={12}>
        <Form.Item
          name="email"
          label={t('accounts.email')}
          rules={[{ type: 'email', message: t('accounts.emailFormat') }]}
        >
          <Input type="email" autoComplete="off" maxLength={254} />
        </Form.Item>
      </Col>
    </Row>
  );
}
