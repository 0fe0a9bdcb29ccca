import { ArrowDownOutlined, ArrowUpOutlined } from '@ant-design/icons';
import type { TAccidentStatistics } from '@redline/contracts';
import { Card, Col, Progress, Row, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../app/i18n/locale-context';
import {
  type AccidentListLink,
  accidentListHref,
  CAP_COLOURS,
  CHANGE_COLOURS,
  capBarPercent,
  capStatus,
  changeMagnitude,
  changeTone,
  formatLossWan,
  formatPercent,
  sameDaysLastYear,
} from './accident-figures';
import styles from './cockpit.module.css';
import { formatCount } from './figure-link';

type Props = { statistics: TAccidentStatistics; link: AccidentListLink };

/** A number that opens the accident list behind it. */
export function AccidentLink(props: { link: AccidentListLink; label: string; shown: string; testId?: string }) {
  const { t } = useI18n();
  return (
    <Link
      to={accidentListHref(props.link)}
      aria-label={t('accidentStats.open', { figure: props.label, value: props.shown })}
      data-testid={props.testId}
    >
      {props.shown}
    </Link>
  );
}

/** 同比上升 12.5% (red) / 同比下降 50.0% (green) / 同比持平, and last year's figure; a hint when last year had none. */
function ChangeLine(props: { label: string; change: number | null; previous: string; link: AccidentListLink }) {
  const { change } = props;
  const { t } = useI18n();
  const tone = changeTone(change);
  const value = changeMagnitude(change);
  const text = {
    up: t('accidentStats.changeUp', { value }),
    down: t('accidentStats.changeDown', { value }),
    flat: t('accidentStats.changeFlat'),
    none: t('accidentStats.changeNone'),
  }[tone];
  const icon = tone === 'up' ? <ArrowUpOutlined /> : tone === 'down' ? <ArrowDownOutlined /> : null;
  return (
    <>
      <span style={{ color: CHANGE_COLOURS[tone] }} data-tone={tone} className={styles.change}>
        {icon} {text}
      </span>
      <Typography.Text type="secondary" className={styles.figureHint}>
        {tone === 'none' ? (
          t('accidentStats.changeNoneHint')
        ) : (
          <>
            {t('accidentStats.previous')}{' '}
            <AccidentLink
              link={props.link}
              label={`${t('accidentStats.previous')} ${props.label}`}
              shown={props.previous}
            />
          </>
        )}
      </Typography.Text>
    </>
  );
}

function FigureCard(props: { label: string; tone?: 'danger' | 'warn' | undefined; value: ReactNode; foot: ReactNode }) {
  return (
    <Card size="small" className={styles.figure} data-tone={props.tone}>
      <Typography.Text type="secondary" className={styles.figureLabel}>
        {props.label}
      </Typography.Text>
      <div className={`${styles.figureValue} ${styles.compactValue}`}>{props.value}</div>
      {props.foot}
    </Card>
  );
}

/**
 * The year to date against the same days last year (accidents, deaths, direct loss), and deaths against the year's
 * cap as a bar: orange from the warning threshold, red above the cap.
 */
export function AccidentCards({ statistics, link }: Props) {
  const { t } = useI18n();
  const { current, previous, change, deathCap } = statistics;
  const status = capStatus(deathCap, current.deaths);
  const totals = [
    {
      key: 'accidents',
      shown: formatCount(current.accidents),
      previous: formatCount(previous.accidents),
      change: change.accidents,
    },
    {
      key: 'deaths',
      shown: formatCount(current.deaths),
      previous: formatCount(previous.deaths),
      change: change.deaths,
    },
    {
      key: 'directLoss',
      shown: formatLossWan(current.directLossCny),
      previous: formatLossWan(previous.directLossCny),
      change: change.directLossCny,
    },
  ];
  const capLabel = t('accidentStats.cap');
  return (
    <Row gutter={[16, 16]}>
      {totals.map((figure) => {
        const label = t(`accidentStats.${figure.key}`);
        return (
          <Col key={figure.key} xs={12} lg={6}>
            <FigureCard
              label={label}
              tone={figure.key === 'deaths' && current.deaths > 0 ? 'danger' : undefined}
              value={<AccidentLink link={link} label={label} shown={figure.shown} testId={`accident-${figure.key}`} />}
              foot={
                <ChangeLine
                  label={label}
                  change={figure.change}
                  previous={figure.previous}
                  link={{ regionCode: link.regionCode, ...sameDaysLastYear(statistics.asOf) }}
                />
              }
            />
          </Col>
        );
      })}
      <Col xs={12} lg={6}>
        <FigureCard
          label={capLabel}
          tone={status === 'exceeded' ? 'danger' : status === 'warning' ? 'warn' : undefined}
          value={
            deathCap.cap === null ? (
              <span className={styles.figureNone}>{t('accidentStats.noCap')}</span>
            ) : (
              <span data-testid="accident-cap-of">
                {t('accidentStats.capOf', { deaths: formatCount(current.deaths), cap: formatCount(deathCap.cap) })}
              </span>
            )
          }
          foot={
            deathCap.cap === null ? (
              <Typography.Text type="secondary" className={styles.figureHint}>
                {t('accidentStats.capNone')}
              </Typography.Text>
            ) : (
              <>
                <Progress
                  percent={capBarPercent(deathCap.percent, status)}
                  strokeColor={CAP_COLOURS[status]}
                  status="normal"
                  size="small"
                  aria-label={t('accidentStats.capShare')}
                  format={() => (
                    <span data-testid="accident-cap-percent" style={{ color: CAP_COLOURS[status] }}>
                      {formatPercent(deathCap.percent)}
                    </span>
                  )}
                />
                <Typography.Text
                  className={styles.figureHint}
                  type={status === 'normal' ? 'secondary' : undefined}
                  style={status === 'normal' ? undefined : { color: CAP_COLOURS[status] }}
                  data-testid="accident-cap-status"
                  data-status={status}
                >
                  {status === 'exceeded'
                    ? t('accidentStats.capExceeded')
                    : status === 'warning'
                      ? t('accidentStats.capWarning', { percent: statistics.warningPercent })
                      : t('accidentStats.capNormal', { percent: statistics.warningPercent })}
                </Typography.Text>
              </>
            )
          }
        />
      </Col>
    </Row>
  );
}
