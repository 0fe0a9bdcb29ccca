import type { TAccount } from '@redline/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Popconfirm, Space } from 'antd';
import { useI18n } from '../../app/i18n/locale-context';
import { useAccount } from '../auth/session';
import { isLocked } from './account-status';
import { accountKeys, lockAccount, unlockAccount } from './api';

type Props = { account: TAccount; onResetPassword: (account: TAccount) => void };

/** Lock or unlock (with a confirmation), and reset the password. An admin does not lock themselves out. */
export function AccountActions({ account, onResetPassword }: Props) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const me = useAccount();
  const queryClient = useQueryClient();
  const locked = isLocked(account);
  const toggle = useMutation({
    mutationFn: () => (locked ? unlockAccount(account.id) : lockAccount(account.id)),
    onSuccess: () => {
      message.success(t(locked ? 'accounts.unlocked' : 'accounts.locked'));
      return queryClient.invalidateQueries({ queryKey: accountKeys.all });
    },
    onError: (error) => message.error(error.message),
  });
  const name = account.displayName;
  return (
    <Space size={0}>
      <Popconfirm
        title={t(locked ? 'accounts.unlockConfirm' : 'accounts.lockConfirm', { name })}
        okText={t('common.confirm')}
        cancelText={t('common.cancel')}
        onConfirm={() => toggle.mutateAsync().catch(() => undefined)}
        disabled={!locked && account.id === me.id}
      >
        <Button
          type="link"
          danger={!locked}
          loading={toggle.isPending}
          disabled={!locked && account.id === me.id}
          aria-label={`${t(locked ? 'accounts.unlock' : 'accounts.lock')} ${name}`}
        >
          {t(locked ? 'accounts.unlock' : 'accounts.lock')}
        </Button>
      </Popconfirm>
      <Button
        type="link"
        onClick={() => onResetPassword(account)}
        aria-label={`${t('accounts.resetPassword')} ${name}`}
      >
        {t('accounts.resetPassword')}
      </Button>
    </Space>
  );
}
