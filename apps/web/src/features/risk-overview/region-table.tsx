import type { TRiskOverviewRow } from '@redline/contracts';
import { RISK_COLOURS, RISK_LEVELS } from '@redline/domain';
import { Button, Table, Tooltip, Typography } from 'antd';
import { useI18n } from '../../app/i18n/locale-context';
import { COLOUR_HEX } from '../risks/codes';
import { percentOf } from './period';
import styles from './risk-overview.module.css';

/** The enterprises of a region as one bar, a segment per colour (widths by count), with the counts in words. */
function ColourBar({ row }: { row: TRiskOverviewRow }) {
  const { t } = useI18n();
  const { byLevel, withoutRegister } = row.enterprises;
  const all = RISK_LEVELS.reduce((n, l) => n + (byLevel[l] ?? 0), 0) + withoutRegister;
  const label = t('riskOverview.coloursLabel', byLevel);
  if (all === 0) return <Typography.Text type="secondary">{t('riskOverview.noEnterprises')}</Typography.Text>;
  return (
    <div>
      <div className={styles.bar} role="img" aria-label={label}>
        {RISK_LEVELS.map((l) =>
          byLevel[l] ? (
            <span
              key={l}
              className={styles.barSegment}
              style={{ width: `${(byLevel[l] / all) * 100}%`, background: COLOUR_HEX[RISK_COLOURS[l]].bg }}
            />
          ) : null,
        )}
      </div>
      <Typography.Text type="secondary" className={styles.barLegend}>
        {label}
      </Typography.Text>
    </div>
  );
}

type Props = { rows: TRiskOverviewRow[]; onOpen: (regionCode: string) => void };

/** One row per child region (and one for the enterprises registered at the region itself); a name opens that region. */
export function RegionTable({ rows, onOpen }: Props) {
  const { t } = useI18n();
  return (
    <Table<TRiskOverviewRow>
      rowKey={(r) => `${r.regionCode}-${r.direct}`}
      size="small"
      pagination={false}
      scroll={{ x: 'max-content' }}
      dataSource={rows}
      locale={{ emptyText: t('riskOverview.noChildren') }}
      columns={[
        {
          key: 'region',
          title: t('riskOverview.col.region'),
          render: (_v, r) =>
            r.direct ? (
              t('riskOverview.direct', { name: r.regionName })
            ) : (
              <Button
                type="link"
                style={{ padding: 0 }}
                aria-label={t('riskOverview.drillDown', { name: r.regionName })}
                onClick={() => onOpen(r.regionCode)}
              >
                {r.regionName}
              </Button>
            ),
        },
        {
          key: 'colours',
          title: t('riskOverview.col.colours'),
          width: 260,
          render: (_v, r) => <ColourBar row={r} />,
        },
        {
          key: 'withoutRegister',
          title: t('riskOverview.col.withoutRegister'),
          align: 'right',
          render: (_v, r) => <span className={styles.number}>{r.enterprises.withoutRegister}</span>,
        },
        {
          key: 'completion',
          title: t('riskOverview.col.completion'),
          align: 'right',
          render: (_v, r) => {
            const percent = percentOf(r.checks.rate);
            if (percent === null) {
              return (
                <Tooltip title={t('riskOverview.rateNoneHint')}>
                  <span>{t('riskOverview.rateNone')}</span>
                </Tooltip>
              );
            }
            return (
              <Tooltip title={t('riskOverview.completionOf', { onTime: r.checks.onTime, due: r.checks.due })}>
                <span className={styles.number}>{t('riskOverview.rate', { rate: percent })}</span>
              </Tooltip>
            );
          },
        },
        {
          key: 'overdue',
          title: t('riskOverview.col.overdue'),
          align: 'right',
          render: (_v, r) => (
            <Typography.Text type={r.checks.overdue ? 'danger' : undefined} className={styles.number}>
              {r.checks.overdue}
            </Typography.Text>
          ),
        },
        {
          key: 'hazards',
          title: t('riskOverview.col.hazards'),
          align: 'right',
          render: (_v, r) => (
            <span className={styles.number}>
              {r.hazards.checks} / {r.hazards.inspections} / {r.hazards.other}
            </span>
          ),
        },
      ]}
    />
  );
}
