import { ROLE_LABELS } from '@redline/contracts';
import { Card, Descriptions, Empty, Space, Tag, Typography } from 'antd';
import { useI18n } from '../../app/i18n/locale-context';
import { describeScope } from '../../app/scope';
import { useAccount } from '../auth/session';

/** Placeholder workbench: who is signed in, with which roles and data scope. */
export function WorkbenchPage() {
  const { t, locale } = useI18n();
  const account = useAccount();
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>
        {t('workbench.welcome', { name: account.displayName })}
      </Typography.Title>
      <Card title={t('workbench.account')}>
        <Descriptions
          column={{ xs: 1, md: 2 }}
          items={[
            { key: 'username', label: t('workbench.username'), children: account.username },
            { key: 'displayName', label: t('workbench.displayName'), children: account.displayName },
            { key: 'mobile', label: t('workbench.mobile'), children: account.mobile ?? '—' },
            {
              key: 'roles',
              label: t('workbench.roles'),
              children: account.roles.map((r) => (
                <Tag key={r} color="blue">
                  {ROLE_LABELS[r][locale]}
                </Tag>
              )),
            },
            { key: 'scope', label: t('workbench.scope'), children: describeScope(account.scope, t), span: 2 },
          ]}
        />
      </Card>
      <Card>
        <Empty description={t('workbench.comingSoon')} />
      </Card>
    </Space>
  );
}
