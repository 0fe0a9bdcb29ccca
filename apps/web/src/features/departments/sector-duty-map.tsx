import { useQueries, useQuery } from '@tanstack/react-query';
import { Card, Empty, Flex, Space, Table, type TableProps, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { useI18n } from '../../app/i18n/locale-context';
import { ErrorState, LoadingState } from '../../app/states/states';
import { useAccount } from '../auth/session';
import { enterpriseKeys, listSectors } from '../enterprises/api';
import { RegionTreeSelect } from '../hazards/region-tree-select';
import { getRegion, regionKeys } from '../regions/api';
import { departmentKeys, listSectorDuties } from './api';
import { applyFilterChanges, filtersFromParams } from './department-query';
import { type DutyRow, dutyRows, inheritedRegions, regionLevelOf } from './duty-map';
import { sectorName } from './labels';

/** Names of the regions above that hold duties; one outside the account's scope stays unnamed (shown by level). */
function useRegionNames(codes: string[]): Map<string, string> {
  const results = useQueries({
    queries: codes.map((code) => ({
      queryKey: regionKeys.one(code),
      queryFn: ({ signal }: { signal: AbortSignal }) => getRegion(code, signal),
      retry: false,
      staleTime: 10 * 60_000,
    })),
  });
  return new Map(results.flatMap((r) => (r.data ? [[r.data.code, r.data.name] as const] : [])));
}

/** 行业监管职责 (三管三必须): for the chosen region (the account's own by default), who supervises each sector. */
export function SectorDutyMap() {
  const { t, locale } = useI18n();
  const account = useAccount();
  const [params, setParams] = useSearchParams();
  const scopeRegion = account.scope.kind === 'region' ? account.scope.regionCode : undefined;
  const regionCode = filtersFromParams(params).regionCode ?? scopeRegion;
  const sectors = useQuery({
    queryKey: enterpriseKeys.sectors,
    queryFn: ({ signal }) => listSectors(signal),
    staleTime: 10 * 60_000,
  });
  const duties = useQuery({
    queryKey: departmentKeys.duties(regionCode ?? ''),
    queryFn: ({ signal }) => listSectorDuties(regionCode ?? '', signal),
    enabled: Boolean(regionCode),
  });
  const rows = useMemo(
    () => (sectors.data && duties.data && regionCode ? dutyRows(sectors.data, duties.data, regionCode) : []),
    [sectors.data, duties.data, regionCode],
  );
  const names = useRegionNames(inheritedRegions(rows));
  const gaps = rows.filter((r) => r.departments.length === 0).length;

  const heldAt = (row: DutyRow) => {
    if (!row.heldAt) return '—';
    if (!row.inherited) return <Tag color="green">{t('duties.here')}</Tag>;
    const levelCode = regionLevelOf(row.heldAt);
    const level = levelCode ? t(`duties.level.${levelCode}`) : row.heldAt;
    const name = names.get(row.heldAt);
    return (
      <Tag color="blue">{name ? t('duties.inheritedNamed', { level, name }) : t('duties.inherited', { level })}</Tag>
    );
  };
  const columns: TableProps<DutyRow>['columns'] = [
    {
      key: 'sector',
      title: t('duties.sector'),
      width: 200,
      render: (_, row) => (
        <span style={{ paddingInlineStart: row.parentCode ? 16 : 0 }}>
          {sectorName(row.sectorCode, sectors.data, locale)}
        </span>
      ),
    },
    {
      key: 'departments',
      title: t('duties.departments'),
      render: (_, row) =>
        row.departments.length ? (
          <Space size={[0, 4]} wrap>
            {row.departments.map((d) => (
              <Tag key={d.id}>{d.name}</Tag>
            ))}
          </Space>
        ) : (
          <Tag color="warning">{t('duties.unassigned')}</Tag>
        ),
    },
    { key: 'heldAt', title: t('duties.heldAt'), width: 220, render: (_, row) => heldAt(row) },
  ];

  const error = sectors.error ?? duties.error;
  let body: React.ReactNode;
  if (!regionCode) body = <Empty description={t('duties.pick')} />;
  else if (error)
    body = <ErrorState error={error} onRetry={() => void Promise.all([sectors.refetch(), duties.refetch()])} />;
  else if (sectors.isPending || duties.isPending) body = <LoadingState rows={8} />;
  else
    body = (
      <Table<DutyRow>
        rowKey="sectorCode"
        size="small"
        columns={columns}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 640 }}
        loading={duties.isFetching}
        locale={{ emptyText: <Empty description={t('duties.empty')} /> }}
        data-testid="sector-duties"
      />
    );

  return (
    <Card>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Flex wrap gap={8} align="center">
          <label htmlFor="duty-region">{t('duties.region')}</label>
          <RegionTreeSelect
            id="duty-region"
            value={regionCode}
            onChange={(code) => setParams((prev) => applyFilterChanges(prev, { regionCode: code }))}
            placeholder={t('departments.pickRegion')}
            style={{ width: 280, maxWidth: '100%' }}
          />
        </Flex>
        <Typography.Text type="secondary">{t('duties.hint')}</Typography.Text>
        {gaps > 0 ? (
          <Typography.Text type="warning" aria-live="polite">
            {t('duties.gaps', { count: gaps })}
          </Typography.Text>
        ) : null}
        {body}
      </Space>
    </Card>
  );
}
