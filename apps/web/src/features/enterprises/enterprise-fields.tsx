import type { TEnterprise, TSector } from '@redline/contracts';
import { Descriptions, type DescriptionsProps, Tag } from 'antd';
import { formatDateTime, orDash } from '../../app/format';
import { useI18n } from '../../app/i18n/locale-context';
import { StatusTag, sectorNames } from './labels';

type Props = {
  enterprise: TEnterprise;
  sectors: TSector[] | undefined;
  /** The drawer lists every field in one bordered column; the page lays them out in columns. */
  layout?: 'drawer' | 'page';
};

/** A mobile number that a phone can dial. */
function Mobile({ value }: { value: string | null }) {
  return value ? <a href={`tel:${value}`}>{value}</a> : <>—</>;
}

/** Every field of one enterprise: identity, place, sectors, contacts, tags. */
export function EnterpriseFields({ enterprise: e, sectors, layout = 'drawer' }: Props) {
  const { t, locale } = useI18n();
  const coordinates = e.lng !== null && e.lat !== null ? `${e.lng}, ${e.lat}` : '—';
  const onPage = layout === 'page';
  const items: DescriptionsProps['items'] = [
    // The page shows the name, credit code and status in its header.
    ...(onPage
      ? []
      : [
          { key: 'name', label: t('field.name'), children: e.name },
          { key: 'uscc', label: t('field.uscc'), children: e.uscc },
          { key: 'status', label: t('field.status'), children: <StatusTag status={e.status} t={t} /> },
        ]),
    { key: 'region', label: t('enterprises.region'), children: `${e.regionName}（${e.regionCode}）` },
    { key: 'grid', label: t('field.gridCode'), children: orDash(e.gridCode) },
    { key: 'sectors', label: t('field.sectorCodes'), children: sectorNames(e.sectorCodes, sectors, locale).join('、') },
    { key: 'industry', label: t('field.industryCode'), children: orDash(e.industryCode) },
    { key: 'employees', label: t('field.employees'), children: orDash(e.employees) },
    {
      key: 'coordinates',
      label: t('enterprises.coordinates', { system: e.coordinateSystem }),
      children: coordinates,
    },
    { key: 'address', label: t('field.address'), children: orDash(e.address), span: onPage ? 'filled' : undefined },
    { key: 'principal', label: t('field.principalName'), children: orDash(e.principalName) },
    { key: 'principalMobile', label: t('field.principalMobile'), children: <Mobile value={e.principalMobile} /> },
    { key: 'manager', label: t('field.safetyManagerName'), children: orDash(e.safetyManagerName) },
    {
      key: 'managerMobile',
      label: t('field.safetyManagerMobile'),
      children: <Mobile value={e.safetyManagerMobile} />,
    },
    ...(onPage
      ? []
      : [
          {
            key: 'tags',
            label: t('field.tags'),
            children: e.tags.length ? e.tags.map((tag) => <Tag key={tag}>{t(`enterprise.tag.${tag}`)}</Tag>) : '—',
          },
        ]),
    { key: 'createdAt', label: t('enterprises.createdAt'), children: formatDateTime(e.createdAt) },
    { key: 'updatedAt', label: t('enterprises.updatedAt'), children: formatDateTime(e.updatedAt) },
  ];
  return onPage ? (
    <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }} items={items} />
  ) : (
    <Descriptions column={1} bordered size="small" items={items} styles={{ label: { width: 180 } }} />
  );
}
