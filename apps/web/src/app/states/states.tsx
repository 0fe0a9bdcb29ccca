import { Button, Result, Skeleton, Spin } from 'antd';
import { useNavigate } from 'react-router';
import { isApiError } from '../api-error';
import { useI18n } from '../i18n/locale-context';

/** A page or card still loading: a skeleton in the shape of text. */
export function LoadingState({ rows = 4 }: { rows?: number }) {
  const { t } = useI18n();
  return (
    <div role="status" aria-live="polite" aria-label={t('state.loading')}>
      <Skeleton active paragraph={{ rows }} />
    </div>
  );
}

/** Whole-screen wait, e.g. while the session is being checked. */
export function FullPageSpin() {
  const { t } = useI18n();
  return (
    <div style={{ minHeight: '100vh', display: 'grid', placeItems: 'center' }}>
      <Spin size="large" description={t('state.loading')} />
    </div>
  );
}

/** A failed load: the server's message, and a retry button. A 404 or 403 from the API gets its own picture. */
export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useI18n();
  const status = isApiError(error) && (error.status === 404 || error.status === 403) ? error.status : 'error';
  const message = error instanceof Error ? error.message : String(error);
  const requestId = isApiError(error) ? error.requestId : undefined;
  return (
    <Result
      status={status}
      title={t('state.error')}
      subTitle={requestId ? `${message}（${requestId}）` : message}
      extra={
        onRetry ? (
          <Button type="primary" onClick={onRetry}>
            {t('state.retry')}
          </Button>
        ) : null
      }
    />
  );
}

export function NotFoundState() {
  const { t } = useI18n();
  return (
    <Result status="404" title={t('state.notFound')} subTitle={t('state.notFoundHint')} extra={<BackHomeButton />} />
  );
}

export function ForbiddenState() {
  const { t } = useI18n();
  return (
    <Result status="403" title={t('state.forbidden')} subTitle={t('state.forbiddenHint')} extra={<BackHomeButton />} />
  );
}

function BackHomeButton() {
  const { t } = useI18n();
  const navigate = useNavigate();
  return (
    <Button type="primary" onClick={() => navigate('/workbench')}>
      {t('state.backHome')}
    </Button>
  );
}
