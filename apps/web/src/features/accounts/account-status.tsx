import type { TAccount } from '@redline/contracts';
import { Tag } from 'antd';
import { formatDateTime } from '../../app/format';
import { useI18n } from '../../app/i18n/locale-context';

/** Locked by an administrator, or locked for a while after failed sign-ins, or active. */
export function isLocked(a: TAccount, now = Date.now()): boolean {
  return a.status === 'disabled' || (a.lockedUntil !== null && Date.parse(a.lockedUntil) > now);
}

export function AccountStatus({ account }: { account: TAccount }) {
  const { t } = useI18n();
  if (account.status === 'disabled') return <Tag color="red">{t('accounts.disabled')}</Tag>;
  if (isLocked(account)) {
    return <Tag color="orange">{t('accounts.lockedUntil', { until: formatDateTime(account.lockedUntil) })}</Tag>;
  }
  return <Tag color="green">{t('accounts.active')}</Tag>;
}
