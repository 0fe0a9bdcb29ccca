import { useQuery } from '@tanstack/react-query';
import { Card, Descriptions, Tag } from 'antd';
import { useI18n } from '../../app/i18n/locale-context';
import { ErrorState, LoadingState } from '../../app/states/states';
import { getRegion, regionKeys } from './api';
import { RegionGrids } from './region-grids';

/** Code, name, level, zone flag and counts of one region; a village also lists its grids. */
export function RegionDetail({ code }: { code: string }) {
  const { t } = useI18n();
  const region = useQuery({ queryKey: regionKeys.one(code), queryFn: ({ signal }) => getRegion(code, signal) });
  if (region.isPending) {
    return (
      <Card title={t('regions.detail')}>
        <LoadingState />
      </Card>
    );
  }
  if (region.error) return <ErrorState error={region.error} onRetry={() => void region.refetch()} />;
  const r = region.data;
  return (
    <>
      <Card title={r.name} extra={<Tag color="blue">{t(`region.level.${r.level}`)}</Tag>} data-testid="region-detail">
        <Descriptions
          column={{ xs: 1, md: 2 }}
          bordered
          size="small"
          items={[
            { key: 'code', label: t('regions.code'), children: r.code },
            { key: 'name', label: t('regions.name'), children: r.name },
            { key: 'level', label: t('regions.level'), children: t(`region.level.${r.level}`) },
            { key: 'parent', label: t('regions.parent'), children: r.parentCode ?? '—' },
            {
              key: 'zone',
              label: t('regions.zone'),
              children: r.isDevelopmentZone ? <Tag color="gold">{t('common.yes')}</Tag> : t('common.no'),
            },
            { key: 'children', label: t('regions.childCount'), children: r.childCount },
            { key: 'grids', label: t('regions.gridCount'), children: r.gridCount },
          ]}
        />
      </Card>
      {r.level === 'village' ? <RegionGrids code={r.code} /> : null}
    </>
  );
}
