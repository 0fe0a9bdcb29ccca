import { LockOutlined, UserOutlined } from '@ant-design/icons';
import type { TSession, TSignInBody } from '@redline/contracts';
import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { api } from '../../app/api-client';
import { useI18n } from '../../app/i18n/locale-context';
import { LocaleSwitch } from '../../app/shell/locale-switch';
import { FullPageSpin } from '../../app/states/states';
import { safeNext } from './safe-next';
import { useSession, useStoreSession } from './session';
import styles from './sign-in-page.module.css';
import { takeSignedOut } from './signed-out';

/** Read once per page load: signing out reloads the page here (account-menu.tsx). */
const signedOut = takeSignedOut();

export function SignInPage() {
  const { t } = useI18n();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const navigate = useNavigate();
  const storeSession = useStoreSession();
  const session = useSession();
  const [form] = Form.useForm<TSignInBody>();
  const signIn = useMutation({
    mutationFn: (body: TSignInBody) => api.post<TSession>('/api/v1/auth/sign-in', body),
    onSuccess: (answer) => {
      storeSession(answer);
      navigate(next, { replace: true });
    },
    onError: () => form.setFieldValue('password', ''),
  });

  if (session.isPending) return <FullPageSpin />;
  if (session.data) return <Navigate to={next} replace />;

  return (
    <main className={styles.page}>
      <div className={styles.locale}>
        <LocaleSwitch />
      </div>
      <Card className={styles.card}>
        <div className={styles.brand}>
          <span className={styles.mark} aria-hidden="true" />
          <Typography.Title level={1} className={styles.title}>
            {t('app.name')}
          </Typography.Title>
          <Typography.Paragraph type="secondary">{t('app.tagline')}</Typography.Paragraph>
        </div>
        <Typography.Title level={2} className={styles.heading}>
          {t('signIn.title')}
        </Typography.Title>
        {signIn.error ? (
          <Alert type="error" showIcon title={signIn.error.message} className={styles.alert} role="alert" />
        ) : signedOut ? (
          <Alert type="success" showIcon title={t('account.signedOut')} className={styles.alert} role="status" />
        ) : null}
        <Form
          form={form}
          layout="vertical"
          requiredMark={false}
          onFinish={(values) => signIn.mutate({ login: values.login.trim(), password: values.password })}
          disabled={signIn.isPending}
        >
          <Form.Item
            name="login"
            label={t('signIn.login')}
            rules={[{ required: true, whitespace: true, message: t('signIn.loginRequired') }]}
          >
            <Input
              prefix={<UserOutlined aria-hidden="true" />}
              placeholder={t('signIn.loginPlaceholder')}
              autoComplete="username"
              size="large"
              autoFocus
            />
          </Form.Item>
          <Form.Item
            name="password"
            label={t('signIn.password')}
            rules={[{ required: true, message: t('signIn.passwordRequired') }]}
          >
            <Input.Password
              prefix={<LockOutlined aria-hidden="true" />}
              placeholder={t('signIn.passwordPlaceholder')}
              autoComplete="current-password"
              size="large"
            />
          </Form.Item>
          <Button type="primary" htmlType="submit" size="large" block loading={signIn.isPending}>
            {t('signIn.submit')}
          </Button>
        </Form>
      </Card>
      <footer className={styles.footer}>{t('signIn.footer')}</footer>
    </main>
  );
}
