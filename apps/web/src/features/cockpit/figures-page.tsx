import { ArrowLeftOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Card, Result, Space, Statistic, Typography } from 'antd';
import { useNavigate, useSearchParams } from 'react-router';
import { useI18n } from '../../app/i18n/locale-context';
import { ErrorState } from '../../app/states/states';
import { cockpitKeys, getStatistics, getStatisticsItems } from './api';
import { itemsQueryFromParams, itemsQueryOf } from './figure-links';
import { HazardItemsTable } from './hazard-items-table';

const SNAPSHOTS = new Set(['overdueNow', 'majorOpen', 'majorListed']);

function positive(value: string | null, fallback: number, max: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 ? Math.min(n, max) : fallback;
}

/**
 * The hazards behind one cockpit figure that the hazard list cannot express (`/hazards/figures?measure=&from=&to=
 * &groupBy=&group=|groupIsNull=true&regionCode=…`): GET /hazards/statistics/items, with the figure itself from GET
 * /hazards/statistics beside it, so the total can be checked against the number clicked.
 */
export function FiguresPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const parsed = itemsQueryFromParams(params);
  const pageNo = positive(params.get('page'), 1, 1_000_000);
  const pageSize = positive(params.get('pageSize'), 20, 200);
  const itemsQuery = parsed ? itemsQueryOf(parsed.measure, parsed.base, parsed.row) : null;
  const statsQuery = parsed
    ? {
        groupBy: parsed.row?.groupBy ?? ('region' as const),
        from: parsed.base.from,
        to: parsed.base.to,
        regionCode: parsed.base.regionCode,
      }
    : null;

  const items = useQuery({
    queryKey: cockpitKeys.items({ ...itemsQuery, page: String(pageNo), pageSize: String(pageSize) }),
    queryFn: ({ signal }) =>
      getStatisticsItems({ ...itemsQuery, page: String(pageNo), pageSize: String(pageSize) }, signal),
    enabled: itemsQuery !== null,
    placeholderData: keepPreviousData,
  });
  const statistics = useQuery({
    queryKey: cockpitKeys.statistics(statsQuery ?? { groupBy: 'region', from: '', to: '' }),
    queryFn: ({ signal }) => getStatistics(statsQuery!, signal),
    enabled: statsQuery !== null,
  });

  if (!parsed) {
    return (
      <Result
        status="warning"
        title={t('figures.invalid')}
        extra={
          <Button type="primary" onClick={() => navigate('/cockpit')}>
            {t('figures.back')}
          </Button>
        }
      />
    );
  }
  const { measure, base, row } = parsed;
  const figureName = t(`cockpit.figure.${measure}`);
  const group = row
    ? statistics.data?.groups.find((g) =>
        row.key === null ? g.key === null : row.self ? g.self === true : g.key === row.key && !g.self,
      )
    : undefined;
  const scopeName = statistics.data?.region?.name ?? '';
  const rowName = row ? (group ? (row.key === null ? t('cockpit.unset') : group.label) : (row.key ?? '')) : '';
  const scope = [scopeName, rowName].filter(Boolean).join(' · ');
  const figures = row ? group?.figures : statistics.data?.totals;
  const figure = figures?.[measure];
  const cockpitHref = `/cockpit?${new URLSearchParams(
    Object.entries({ from: base.from, to: base.to, regionCode: base.regionCode }).filter(
      (e): e is [string, string] => e[1] !== undefined,
    ),
  ).toString()}`;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap align="start" style={{ justifyContent: 'space-between', width: '100%' }}>
        <div>
          <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>
            {t('figures.title', { figure: figureName })}
          </Typography.Title>
          <Typography.Text type="secondary">
            {SNAPSHOTS.has(measure)
              ? t('figures.snapshot', { scope: scope || t('figures.all') })
              : t('figures.subtitle', { scope: scope || t('figures.all'), from: base.from, to: base.to })}
          </Typography.Text>
        </div>
        <Space>
          {figure !== undefined && figure !== null ? (
            <Statistic title={figureName} value={figure} data-testid="figure-value" />
          ) : null}
          <Button icon={<ArrowLeftOutlined />} onClick={() => navigate(cockpitHref)}>
            {t('figures.back')}
          </Button>
        </Space>
      </Space>
      <Card>
        {items.error ? (
          <ErrorState error={items.error} onRetry={() => void items.refetch()} />
        ) : (
          <>
            {items.data ? (
              <Typography.Paragraph type="secondary" data-testid="figures-total">
                {t('figures.total', { total: items.data.total })}
              </Typography.Paragraph>
            ) : null}
            <HazardItemsTable
              page={items.data}
              loading={items.isFetching}
              pageNo={pageNo}
              pageSize={pageSize}
              onPage={(page, size) =>
                setParams((prev) => {
                  const next = new URLSearchParams(prev);
                  next.set('page', String(size !== pageSize ? 1 : page));
                  next.set('pageSize', String(size));
                  return next;
                })
              }
            />
          </>
        )}
      </Card>
    </Space>
  );
}
