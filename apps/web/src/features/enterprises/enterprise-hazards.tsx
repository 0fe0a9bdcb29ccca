import { ArrowRightOutlined } from '@ant-design/icons';
import type { TSector } from '@redline/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Card } from 'antd';
import { Link } from 'react-router';
import { useI18n } from '../../app/i18n/locale-context';
import { ErrorState } from '../../app/states/states';
import { hazardKeys, listHazards } from '../hazards/api';
import type { HazardColumnKey } from '../hazards/column-prefs';
import type { HazardFilters } from '../hazards/hazard-query';
import { HazardTable } from '../hazards/hazard-table';
import { useHazardFilters } from '../hazards/use-hazard-filters';
import { hazardsHref } from './enterprise-links';

/** Columns that say the same on every row of one enterprise, or belong to the full list. */
const HIDDEN: HazardColumnKey[] = ['enterprise', 'region', 'source', 'sector', 'listed', 'updatedAt'];

/**
 * The enterprise's hazards, newest first, in the hazard list's own table (number → the hazard's page, state, level,
 * deadline with its 逾期 tag). Its page and sort live in this page's URL (`?page=&sort=`), like the list's.
 */
export function EnterpriseHazards({ enterpriseId, sectors }: { enterpriseId: string; sectors: TSector[] | undefined }) {
  const { t } = useI18n();
  const { filters: fromUrl, update } = useHazardFilters();
  const filters: HazardFilters = {
    enterpriseId,
    sort: fromUrl.sort,
    page: fromUrl.page,
    pageSize: fromUrl.pageSize,
  };
  const list = useQuery({
    queryKey: hazardKeys.list(filters),
    queryFn: ({ signal }) => listHazards(filters, signal),
    placeholderData: keepPreviousData,
  });
  return (
    <Card
      title={t('enterprises.hazards')}
      extra={
        <Link to={hazardsHref({ enterpriseId })} data-testid="enterprise-all-hazards">
          {t('enterprises.viewAllHazards')} <ArrowRightOutlined />
        </Link>
      }
    >
      {list.error ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <HazardTable
          page={list.data}
          loading={list.isFetching}
          filters={filters}
          sectors={sectors}
          filtered={false}
          hidden={HIDDEN}
          onChange={update}
        />
      )}
    </Card>
  );
}
