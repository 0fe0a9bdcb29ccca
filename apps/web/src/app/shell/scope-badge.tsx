import { EnvironmentOutlined } from '@ant-design/icons';
import { Tooltip, Typography } from 'antd';
import { useAccount } from '../../features/auth/session';
import { useI18n } from '../i18n/locale-context';
import { describeScope } from '../scope';

/** The account's data scope in the header: region name, grids or enterprise. */
export function ScopeBadge() {
  const { t } = useI18n();
  const account = useAccount();
  const text = describeScope(account.scope, t);
  return (
    <Tooltip title={`${t('scope.label')}：${text}`}>
      <Typography.Text className="redline-scope" ellipsis data-testid="header-scope">
        <EnvironmentOutlined aria-hidden="true" /> <span className="redline-visually-hidden">{t('scope.label')}：</span>
        {text}
      </Typography.Text>
    </Tooltip>
  );
}
