import { Button, Result } from 'antd';
import { useRouteError } from 'react-router';
import { useI18n } from '../i18n/locale-context';

/** A screen that crashed or whose code could not be loaded (e.g. after a new release): offer a reload. */
export function RouteErrorState() {
  const { t } = useI18n();
  const error = useRouteError();
  return (
    <Result
      status="error"
      title={t('state.crashed')}
      subTitle={error instanceof Error ? error.message : undefined}
      extra={
        <Button type="primary" onClick={() => window.location.reload()}>
          {t('state.reload')}
        </Button>
      }
    />
  );
}
