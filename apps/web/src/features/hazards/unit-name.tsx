import { useQuery } from '@tanstack/react-query';
import { useI18n } from '../../app/i18n/locale-context';
import { useAccount } from '../auth/session';
import { enterpriseKeys, getEnterprise } from '../enterprises/api';
import { getRegion, regionKeys } from '../regions/api';
import { getDepartment } from './api';
import { parseUnitKey } from './codes';

const LONG = 10 * 60_000;

/**
 * The name of a unit key: a region's safety office (`region:<code>` → 巴公镇安委办), a department, an enterprise or a
 * grid. A unit the account cannot look up (outside its scope) shows as its kind.
 */
export function UnitName({
  unit,
  enterprise,
}: {
  unit: string | null;
  enterprise?: { id: string; name: string } | null;
}) {
  const { t } = useI18n();
  const account = useAccount();
  const parsed = parseUnitKey(unit);
  const kind = parsed?.kind;
  const id = parsed?.id ?? '';
  const knownEnterprise = kind === 'enterprise' && enterprise?.id === id ? enterprise.name : null;
  const region = useQuery({
    queryKey: regionKeys.one(id),
    queryFn: ({ signal }) => getRegion(id, signal),
    enabled: kind === 'region',
    staleTime: LONG,
  });
  const department = useQuery({
    queryKey: ['departments', 'one', id],
    queryFn: ({ signal }) => getDepartment(id, signal),
    enabled: kind === 'department',
    staleTime: LONG,
  });
  const company = useQuery({
    queryKey: enterpriseKeys.one(id),
    queryFn: ({ signal }) => getEnterprise(id, signal),
    enabled: kind === 'enterprise' && !knownEnterprise,
    staleTime: LONG,
  });
  if (!parsed) return <>{unit ?? '—'}</>;
  switch (parsed.kind) {
    case 'region':
      return <>{region.data ? t('hazards.unit.regionOffice', { name: region.data.name }) : t('hazards.unit.region')}</>;
    case 'department':
      return <>{department.data?.name ?? t('hazards.unit.department')}</>;
    case 'enterprise':
      return <>{knownEnterprise ?? company.data?.name ?? t('hazards.unit.enterprise')}</>;
    default: {
      const grid = account.scope.kind === 'grids' ? account.scope.grids.find((g) => g.code === id) : undefined;
      return <>{grid ? grid.name : t('hazards.unit.grid', { code: id })}</>;
    }
  }
}
