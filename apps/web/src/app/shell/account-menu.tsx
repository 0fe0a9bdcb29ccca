import { DownOutlined, KeyOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Button, Dropdown } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useAccount } from '../../features/auth/session';
import { markSignedOut } from '../../features/auth/signed-out';
import { api, setCsrfToken } from '../api-client';
import { useI18n } from '../i18n/locale-context';

/** The change-password form (a password input, the policy) downloads when it is opened, not with every screen. */
const ChangePasswordDialog = lazy(() =>
  import('../../features/auth/change-password-dialog').then((m) => ({ default: m.ChangePasswordDialog })),
);

export function AccountMenu() {
  const { t } = useI18n();
  const account = useAccount();
  const [changing, setChanging] = useState(account.mustChangePassword);
  // Signing out reloads the page at the sign-in screen: nothing of this account stays in memory (a shared office PC),
  // and no screen is left showing an account that is gone. The sign-in screen then says so (see sign-in-page.tsx).
  const signOut = useMutation({
    mutationFn: () => api.post<unknown>('/api/v1/auth/sign-out'),
    onSettled: () => {
      setCsrfToken(null);
      markSignedOut();
      window.location.replace('/sign-in');
    },
  });

  const items = [
    { key: 'password', icon: <KeyOutlined />, label: t('account.changePassword') },
    { type: 'divider' as const },
    { key: 'sign-out', icon: <LogoutOutlined />, label: t('account.signOut') },
  ];
  return (
    <>
      <Dropdown
        trigger={['click']}
        menu={{
          items,
          onClick: ({ key }) => (key === 'password' ? setChanging(true) : signOut.mutate()),
        }}
      >
        <Button type="text" icon={<UserOutlined aria-hidden="true" />} aria-label={t('account.menu')}>
          <span>{account.displayName}</span>
          <DownOutlined aria-hidden="true" />
        </Button>
      </Dropdown>
      {changing ? (
        <Suspense fallback={null}>
          <ChangePasswordDialog open onClose={() => setChanging(false)} />
        </Suspense>
      ) : null}
    </>
  );
}
