import { PlusOutlined } from '@ant-design/icons';
import { ROLE_LABELS, type TAccount } from '@redline/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Card, Empty, Flex, Input, Space, Table, type TableProps, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { formatDateTime } from '../../app/format';
import { useI18n } from '../../app/i18n/locale-context';
import { describeScope } from '../../app/scope';
import { ErrorState } from '../../app/states/states';
import { AccountActions } from './account-actions';
import { AccountStatus } from './account-status';
import { type AccountFilters, accountKeys, listAccounts } from './api';
import { CreateAccountDialog } from './create-account-dialog';
import { ResetPasswordDialog } from './reset-password-dialog';

/** Accounts (admin): search, pages in the URL, create, lock / unlock / reset password. */
export function AccountsPage() {
  const { t, locale } = useI18n();
  const [params, setParams] = useSearchParams();
  const [resetting, setResetting] = useState<TAccount | null>(null);
  const [creating, setCreating] = useState(false);
  const filters: AccountFilters = {
    q: params.get('q') || undefined,
    page: Math.max(1, Number(params.get('page')) || 1),
    pageSize: Math.min(200, Math.max(1, Number(params.get('pageSize')) || 20)),
  };
  const list = useQuery({
    queryKey: accountKeys.list(filters),
    queryFn: ({ signal }) => listAccounts(filters, signal),
    placeholderData: keepPreviousData,
  });
  const setFilter = (changes: Record<string, string | number | undefined>) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      for (const [k, v] of Object.entries(changes)) {
        if (v === undefined || v === '') next.delete(k);
        else next.set(k, String(v));
      }
      return next;
    });

  const columns: TableProps<TAccount>['columns'] = [
    { key: 'username', width: 120, dataIndex: 'username', title: t('accounts.username') },
    { key: 'displayName', dataIndex: 'displayName', title: t('accounts.displayName') },
    {
      key: 'mobile',
      width: 130,
      dataIndex: 'mobile',
      title: t('accounts.mobile'),
      render: (m: string | null) => m ?? '—',
    },
    {
      key: 'roles',
      width: 150,
      dataIndex: 'roles',
      title: t('accounts.roles'),
      render: (roles: TAccount['roles']) => roles.map((r) => <Tag key={r}>{ROLE_LABELS[r][locale]}</Tag>),
    },
    { key: 'scope', title: t('accounts.scope'), render: (_, a) => describeScope(a.scope, t) },
    { key: 'status', width: 110, title: t('accounts.status'), render: (_, a) => <AccountStatus account={a} /> },
    {
      key: 'lastSignInAt',
      width: 150,
      dataIndex: 'lastSignInAt',
      title: t('accounts.lastSignInAt'),
      render: (at: string | null) => <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(at)}</span>,
    },
    {
      key: 'actions',
      title: t('common.actions'),
      fixed: 'right',
      width: 190,
      render: (_, a) => <AccountActions account={a} onResetPassword={setResetting} />,
    },
  ];

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>
          {t('accounts.title')}
        </Typography.Title>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
          {t('accounts.create')}
        </Button>
      </Flex>
      <Card>
        <Input.Search
          key={filters.q ?? ''}
          aria-label={t('accounts.q')}
          placeholder={t('accounts.q')}
          defaultValue={filters.q}
          allowClear
          enterButton={t('common.search')}
          maxLength={64}
          style={{ maxWidth: 420, marginBottom: 16 }}
          onSearch={(q) => setFilter({ q: q.trim(), page: undefined })}
        />
        {list.error ? (
          <ErrorState error={list.error} onRetry={() => void list.refetch()} />
        ) : (
          <Table<TAccount>
            rowKey="id"
            columns={columns}
            dataSource={list.data?.items ?? []}
            loading={list.isFetching}
            scroll={{ x: 1100 }}
            locale={{ emptyText: list.isFetching ? ' ' : <Empty description={t('accounts.empty')} /> }}
            pagination={{
              current: filters.page,
              pageSize: filters.pageSize,
              total: list.data?.total ?? 0,
              showSizeChanger: true,
              showTotal: (total) => t('common.total', { total }),
              onChange: (page, pageSize) =>
                setFilter(pageSize !== filters.pageSize ? { pageSize, page: undefined } : { page }),
            }}
          />
        )}
      </Card>
      <ResetPasswordDialog account={resetting} onClose={() => setResetting(null)} />
      <CreateAccountDialog
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(account) => {
          setCreating(false);
          // Show the new account: the list searched for its name.
          setFilter({ q: account.username, page: undefined });
        }}
      />
    </Space>
  );
}
