import { useQuery } from '@tanstack/react-query';
import { Alert, Space, Typography } from 'antd';
import { Link } from 'react-router';
import { formatDateTime } from '../../app/format';
import { useI18n } from '../../app/i18n/locale-context';
import { findDuplicates, hazardKeys } from './api';
import { StateTag } from './labels';
import { useDebounced } from './use-debounced';

type Props = { title: string | undefined; enterpriseId?: string; lng?: number | null; lat?: number | null };

/**
 * Open hazards the report may duplicate (same enterprise or within 100 m, similar title, last 30 days), asked of
 * GET /hazards/duplicates once the title has stopped changing for a moment. Each opens in a new tab, so the form
 * keeps what was typed.
 */
export function DuplicateSuggestions({ title, enterpriseId, lng, lat }: Props) {
  const { t } = useI18n();
  const settled = useDebounced(title?.trim() ?? '', 400);
  const query = {
    title: settled.slice(0, 100),
    ...(enterpriseId ? { enterpriseId } : {}),
    ...(typeof lng === 'number' && typeof lat === 'number' ? { lng, lat } : {}),
  };
  const enabled = settled.length >= 2 && (Boolean(enterpriseId) || 'lng' in query);
  const found = useQuery({
    queryKey: hazardKeys.duplicates(query),
    queryFn: ({ signal }) => findDuplicates(query, signal),
    enabled,
    staleTime: 30_000,
  });
  const items = enabled ? (found.data ?? []) : [];
  return (
    <div aria-live="polite" data-testid="duplicate-suggestions">
      {items.length ? (
        <Alert
          type="warning"
          showIcon
          title={t('hazards.duplicates', { count: items.length })}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 18 }}>
              {items.map((d) => (
                <li key={d.id}>
                  <Space wrap size={4}>
                    <Link to={`/hazards/${d.id}`} target="_blank" rel="noopener">
                      {d.number}
                    </Link>
                    <Typography.Text>{d.title}</Typography.Text>
                    <StateTag state={d.state} />
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {[
                        d.sameEnterprise ? t('hazards.sameEnterprise') : null,
                        d.distanceMetres !== null
                          ? t('hazards.distance', { metres: Math.round(d.distanceMetres) })
                          : null,
                        formatDateTime(d.createdAt),
                      ]
                        .filter(Boolean)
                        .join(' · ')}
                    </Typography.Text>
                  </Space>
                </li>
              ))}
            </ul>
          }
        />
      ) : null}
    </div>
  );
}
