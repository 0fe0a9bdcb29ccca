import type { TCheckRecorded } from '@redline/contracts';
import { Button, Result, Space } from 'antd';
import { Link } from 'react-router';
import { useI18n } from '../../app/i18n/locale-context';

/** After a record: all ok, or the hazards the not-ok items reported, each opening its page. */
export function RecordedResult({ result, onClose }: { result: TCheckRecorded; onClose: () => void }) {
  const { t } = useI18n();
  const count = result.hazards.length;
  return (
    <Result
      status={count ? 'warning' : 'success'}
      title={t('riskChecks.done')}
      subTitle={count ? t('riskChecks.doneHazards', { count }) : t('riskChecks.doneOk')}
      extra={
        <Space orientation="vertical" align="center">
          {count ? (
            <ul aria-label={t('riskChecks.hazards')} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {result.hazards.map((h) => (
                <li key={h.id}>
                  <Link to={`/hazards/${h.id}`}>{h.number}</Link>
                </li>
              ))}
            </ul>
          ) : null}
          <Button type="primary" onClick={onClose}>
            {t('riskChecks.close')}
          </Button>
        </Space>
      }
    />
  );
}
