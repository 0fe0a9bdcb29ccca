import type { THazardFigures } from '@redline/contracts';
import { Card, Col, Row, Tooltip, Typography } from 'antd';
import { useI18n } from '../../app/i18n/locale-context';
import styles from './cockpit.module.css';
import { FigureLink, formatRate } from './figure-link';
import type { FigureBase, Measure } from './figure-links';

type FigureCard = {
  key: string;
  measure: Measure;
  value: number | null;
  rate?: number | null;
  tone?: 'danger' | 'warn';
};

/** The headline figures of the period; each number opens its list. */
export function FigureCards({ totals, base }: { totals: THazardFigures; base: FigureBase }) {
  const { t } = useI18n();
  const cards: FigureCard[] = [
    { key: 'found', measure: 'found', value: totals.found },
    { key: 'foundRectified', measure: 'foundRectified', value: totals.foundRectified },
    {
      key: 'rectificationRate',
      measure: 'foundRectified',
      value: totals.foundRectified,
      rate: totals.rectificationRate,
    },
    { key: 'overdueNow', measure: 'overdueNow', value: totals.overdueNow, tone: 'danger' },
    { key: 'majorOpen', measure: 'majorOpen', value: totals.majorOpen, tone: 'warn' },
    { key: 'majorListed', measure: 'majorListed', value: totals.majorListed, tone: 'warn' },
  ];
  return (
    <Row gutter={[16, 16]}>
      {cards.map((card) => {
        const label = t(`cockpit.figure.${card.key}`);
        return (
          <Col key={card.key} xs={12} md={8} xl={4}>
            <Card size="small" className={styles.figure} data-tone={card.tone}>
              <Tooltip title={t(`cockpit.figure.${card.key}Hint`)}>
                <Typography.Text type="secondary" className={styles.figureLabel}>
                  {label}
                </Typography.Text>
              </Tooltip>
              <div className={styles.figureValue}>
                {card.rate !== undefined ? (
                  card.rate === null ? (
                    <span data-testid={`figure-${card.key}`}>—</span>
                  ) : (
                    <FigureLink
                      measure={card.measure}
                      base={base}
                      value={card.value}
                      label={label}
                      testId={`figure-${card.key}`}
                    >
                      {formatRate(card.rate)}
                    </FigureLink>
                  )
                ) : (
                  <FigureLink
                    measure={card.measure}
                    base={base}
                    value={card.value}
                    label={label}
                    testId={`figure-${card.key}`}
                  />
                )}
              </div>
              <Typography.Text type="secondary" className={styles.figureHint}>
                {t(`cockpit.figure.${card.key}Hint`)}
              </Typography.Text>
            </Card>
          </Col>
        );
      })}
    </Row>
  );
}
