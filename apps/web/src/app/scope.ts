import type { TScope } from '@redline/contracts';

type T = (key: string, params?: Record<string, string | number>) => string;

/** One line for a data scope: a region (with its sector count), a list of grids, or one enterprise. */
export function describeScope(scope: TScope, t: T): string {
  switch (scope.kind) {
    case 'region': {
      const region = t('scope.region', { name: scope.regionName });
      return scope.sectorCodes.length > 0
        ? `${region} · ${t('scope.sectors', { count: scope.sectorCodes.length })}`
        : region;
    }
    case 'grids':
      return t('scope.grids', { names: scope.grids.map((g) => g.name).join('、') || '—' });
    case 'enterprise':
      return t('scope.enterprise', { name: scope.enterpriseName });
  }
}
