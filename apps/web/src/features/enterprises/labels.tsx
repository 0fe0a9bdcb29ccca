import type { Locale, TEnterprise, TSector } from '@redline/contracts';
import { Tag } from 'antd';

const STATUS_COLORS: Record<TEnterprise['status'], string> = {
  operating: 'green',
  suspended: 'orange',
  closed: 'default',
};

export function StatusTag({ status, t }: { status: TEnterprise['status']; t: (key: string) => string }) {
  return <Tag color={STATUS_COLORS[status]}>{t(`enterprise.status.${status}`)}</Tag>;
}

/** Sector names in the current language; an unknown code shows as itself. */
export function sectorNames(codes: string[], sectors: TSector[] | undefined, locale: Locale): string[] {
  return codes.map((code) => {
    const sector = sectors?.find((s) => s.code === code);
    if (!sector) return code;
    return locale === 'zh-CN' ? sector.nameZh : sector.nameEn;
  });
}
