import type { Locale, TSector } from '@redline/contracts';

const nameOf = (sector: TSector, locale: Locale) => (locale === 'zh-CN' ? sector.nameZh : sector.nameEn);

/** The active sectors as select options, in catalogue order; a sub-sector names its parent (冶金 · 工贸). */
export function sectorOptions(sectors: readonly TSector[] | undefined, locale: Locale) {
  const all = sectors ?? [];
  return all
    .filter((s) => s.active)
    .map((s) => {
      const parent = s.parentCode ? all.find((p) => p.code === s.parentCode) : undefined;
      const label = parent ? `${nameOf(s, locale)} · ${nameOf(parent, locale)}` : nameOf(s, locale);
      return { value: s.code, label };
    });
}

/** A sector's name in the current language; an unknown code shows as itself. */
export function sectorName(code: string, sectors: readonly TSector[] | undefined, locale: Locale): string {
  const sector = sectors?.find((s) => s.code === code);
  return sector ? nameOf(sector, locale) : code;
}
