import type { TEnterprise, TSector } from '@redline/contracts';
import { useQuery } from '@tanstack/react-query';
import { Descriptions, Drawer, Tag } from 'antd';
import { formatDateTime, orDash } from '../../app/format';
import { useI18n } from '../../app/i18n/locale-context';
import { ErrorState, LoadingState } from '../../app/states/states';
import { enterpriseKeys, getEnterprise } from './api';
import { StatusTag, sectorNames } from './labels';

type Props = { id: string | null; sectors: TSector[] | undefined; onClose: () => void };

/** Every field of one enterprise; the id is in the URL, so the drawer can be linked to. */
export function EnterpriseDrawer({ id, sectors, onClose }: Props) {
  const { t } = useI18n();
  const enterprise = useQuery({
    queryKey: enterpriseKeys.one(id ?? ''),
    queryFn: ({ signal }) => getEnterprise(id ?? '', signal),
    enabled: Boolean(id),
  });
  return (
    <Drawer
      open={Boolean(id)}
      onClose={onClose}
      size={640}
      title={enterprise.data?.name ?? t('enterprises.detail')}
      closable={{ 'aria-label': t('common.close') }}
    >
      {enterprise.isPending ? <LoadingState rows={8} /> : null}
      {enterprise.error ? <ErrorState error={enterprise.error} onRetry={() => void enterprise.refetch()} /> : null}
      {enterprise.data ? <EnterpriseFields enterprise={enterprise.data} sectors={sectors} /> : null}
    </Drawer>
  );
}

function EnterpriseFields({ enterprise: e, sectors }: { enterprise: TEnterprise; sectors: TSector[] | undefined }) {
  const { t, locale } = useI18n();
  const coordinates = e.lng !== null && e.lat !== null ? `${e.lng}, ${e.lat}` : '—';
  const items = [
    { key: 'name', label: t('field.name'), children: e.name },
    { key: 'uscc', label: t('field.uscc'), children: e.uscc },
    { key: 'status', label: t('field.status'), children: <StatusTag status={e.status} t={t} /> },
    { key: 'region', label: t('enterprises.region'), children: `${e.regionName}（${e.regionCode}）` },
    { key: 'grid', label: t('field.gridCode'), children: orDash(e.gridCode) },
    { key: 'address', label: t('field.address'), children: orDash(e.address) },
    {
      key: 'coordinates',
      label: t('enterprises.coordinates', { system: e.coordinateSystem }),
      children: coordinates,
    },
    { key: 'sectors', label: t('field.sectorCodes'), children: sectorNames(e.sectorCodes, sectors, locale).join('、') },
    { key: 'industry', label: t('field.industryCode'), children: orDash(e.industryCode) },
    { key: 'employees', label: t('field.employees'), children: orDash(e.employees) },
    { key: 'principal', label: t('field.principalName'), children: orDash(e.principalName) },
    { key: 'principalMobile', label: t('field.principalMobile'), children: orDash(e.principalMobile) },
    { key: 'manager', label: t('field.safetyManagerName'), children: orDash(e.safetyManagerName) },
    { key: 'managerMobile', label: t('field.safetyManagerMobile'), children: orDash(e.safetyManagerMobile) },
    {
      key: 'tags',
      label: t('field.tags'),
      children: e.tags.length ? e.tags.map((tag) => <Tag key={tag}>{t(`enterprise.tag.${tag}`)}</Tag>) : '—',
    },
    { key: 'createdAt', label: t('enterprises.createdAt'), children: formatDateTime(e.createdAt) },
    { key: 'updatedAt', label: t('enterprises.updatedAt'), children: formatDateTime(e.updatedAt) },
  ];
  return <Descriptions column={1} bordered size="small" items={items} styles={{ label: { width: 180 } }} />;
}
