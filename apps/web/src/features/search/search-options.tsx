import type { TEnterprise, THazard, TPage } from '@redline/contracts';
import styles from './global-search.module.css';

type Found = { q: string | null; hazards?: TPage<THazard>; enterprises?: TPage<TEnterprise> };
type T = (key: string, params?: Record<string, string | number>) => string;

const line = (main: string, secondary: string) => (
  <span className={styles.option}>
    <span>{main}</span>
    <span className={styles.secondary}>{secondary}</span>
  </span>
);

/** The suggestions, grouped: hazards, then enterprises, each with "all N" leading to its list. Values are paths. */
export function searchOptions(found: Found, t: T) {
  if (!found.q) return [];
  const query = new URLSearchParams({ q: found.q }).toString();
  const groups = [];
  const hazards = found.hazards;
  if (hazards?.items.length) {
    groups.push({
      label: t('search.hazards'),
      options: [
        ...hazards.items.map((h) => ({
          value: `/hazards/${h.id}`,
          label: line(h.number, [h.title, h.enterprise?.name].filter(Boolean).join(' · ')),
        })),
        ...(hazards.total > hazards.items.length
          ? [{ value: `/hazards?${query}`, label: t('search.allHazards', { n: hazards.total }) }]
          : []),
      ],
    });
  }
  const enterprises = found.enterprises;
  if (enterprises?.items.length) {
    groups.push({
      label: t('search.enterprises'),
      options: [
        ...enterprises.items.map((e) => ({
          value: `/enterprises/${e.id}`,
          label: line(e.name, [e.uscc, e.regionName].filter(Boolean).join(' · ')),
        })),
        ...(enterprises.total > enterprises.items.length
          ? [{ value: `/enterprises?${query}`, label: t('search.allEnterprises', { n: enterprises.total }) }]
          : []),
      ],
    });
  }
  return groups;
}
