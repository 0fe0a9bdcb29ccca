import type { TAccidentStatistics } from '@redline/contracts';
import { Empty, Progress, Table } from 'antd';
import { useI18n } from '../../app/i18n/locale-context';
import { AccidentLink } from './accident-cards';
import { type AccidentListLink, CAP_COLOURS, capBarPercent, capStatus, formatPercent } from './accident-figures';
import styles from './cockpit.module.css';
import { formatCount } from './figure-link';

type Row = TAccidentStatistics['bySector'][number];

/** Sectors with accidents this year or a cap: deaths against the sector's cap; the numbers open the sector's list. */
export function AccidentSectorCaps({ statistics, link }: { statistics: TAccidentStatistics; link: AccidentListLink }) {
  const { t } = useI18n();
  const rows = statistics.bySector.filter((s) => s.accidents > 0 || s.cap !== null);
  if (!rows.length) return <Empty description={t('accidentStats.noSectors')} />;
  return (
    <Table<Row>
      rowKey="sector"
      size="small"
      pagination={false}
      scroll={{ x: 'max-content' }}
      dataSource={rows}
      data-testid="accident-sector-caps"
      columns={[
        { key: 'sector', title: t('accidentStats.sector'), render: (_v, s) => t(`accident.sector.${s.sector}`) },
        ...(['accidents', 'deaths'] as const).map((measure) => ({
          key: measure,
          title: t(`accidentStats.${measure}`),
          align: 'right' as const,
          render: (_v: unknown, s: Row) => (
            <span className={styles.number}>
              <AccidentLink
                link={{ ...link, sector: s.sector }}
                label={`${t(`accident.sector.${s.sector}`)} ${t(`accidentStats.${measure}`)}`}
                shown={formatCount(s[measure])}
              />
            </span>
          ),
        })),
        {
          key: 'cap',
          title: t('accidentStats.capColumn'),
          align: 'right' as const,
          render: (_v, s) => <span className={styles.number}>{s.cap === null ? t('accidentStats.noCap') : s.cap}</span>,
        },
        {
          key: 'share',
          title: t('accidentStats.shareColumn'),
          width: 130,
          render: (_v, s) => {
            if (s.cap === null) return '—';
            const status = capStatus(s, s.deaths);
            return (
              <Progress
                percent={capBarPercent(s.percent, status)}
                strokeColor={CAP_COLOURS[status]}
                status="normal"
                size="small"
                format={() => <span style={{ color: CAP_COLOURS[status] }}>{formatPercent(s.percent)}</span>}
                aria-label={`${t(`accident.sector.${s.sector}`)} ${t('accidentStats.capShare')}`}
              />
            );
          },
        },
      ]}
    />
  );
}
