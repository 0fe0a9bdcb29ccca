import { DownOutlined, KeyOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Dropdown } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ChangePasswordDialog } from '../../features/auth/change-password-dialog';
import { useAccount } from '../../features/auth/session';
import { api, setCsrfToken } from '../api-client';
import { useI18n } from '../i18n/locale-context';
import { SESSION_KEY } from '../query-client';

export function AccountMenu() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const account = useAccount();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [changing, setChanging] = useState(account.mustChangePassword);
  const signOut = useMutation({
    mutationFn: () => api.post<unknown>('/api/v1/auth/sign-out'),
    onSettled: () => {
      setCsrfToken(null);
      navigate('/sign-in', { replace: true });
      queryClient.clear();
      queryClient.setQueryData(SESSION_KEY, null);
      message.info(t('account.signedOut'));
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
      <ChangePasswordDialog open={changing} onClose={() => setChanging(false)} />
    </>
  );
}
