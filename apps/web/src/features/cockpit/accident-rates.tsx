import type { TAccidentStatistics } from '@redline/contracts';
import { Card, Col, Row, Typography } from 'antd';
import { useI18n } from '../../app/i18n/locale-context';
import { formatRateValue, RATE_KEYS } from './accident-figures';
import styles from './cockpit.module.css';

/**
 * The four rates of the statistical bulletins (亿元GDP、工矿商贸十万从业人员、道路交通万车、煤矿百万吨死亡率); a rate
 * whose denominator is not set for the year says so instead of a number.
 */
export function AccidentRates({ rates }: { rates: TAccidentStatistics['rates'] }) {
  const { t } = useI18n();
  return (
    <Row gutter={[16, 16]}>
      {RATE_KEYS.map((key) => {
        const value = formatRateValue(rates[key]);
        const hint = t(`accidentStats.rate.${key}Hint`);
        return (
          <Col key={key} xs={12} lg={6}>
            <Card size="small" className={styles.rate}>
              <Typography.Text type="secondary" className={styles.figureLabel}>
                {t(`accidentStats.rate.${key}`)}
              </Typography.Text>
              <div className={styles.rateValue} data-testid={`accident-rate-${key}`}>
                {value ?? <span className={styles.rateNone}>{t('accidentStats.noDenominator')}</span>}
              </div>
              <Typography.Text type="secondary" className={styles.figureHint}>
                {hint}
              </Typography.Text>
            </Card>
          </Col>
        );
      })}
    </Row>
  );
}
