import type { TRiskOverview } from '@redline/contracts';
import { RISK_COLOURS, RISK_LEVELS } from '@redline/domain';
import { Card, Col, Row, Typography } from 'antd';
import { useI18n } from '../../app/i18n/locale-context';
import { COLOUR_HEX } from '../risks/codes';
import { percentOf } from './period';
import styles from './risk-overview.module.css';

type Props = { total: TRiskOverview['total'] };

function Figure({ label, value, hint, colour }: { label: string; value: string; hint: string; colour?: string }) {
  return (
    <Card size="small" className={styles.card} style={colour ? { borderTopColor: colour } : undefined}>
      <Typography.Text type="secondary" className={styles.cardLabel}>
        {label}
      </Typography.Text>
      <div className={styles.cardValue}>{value}</div>
      <Typography.Text type="secondary" className={styles.cardHint}>
        {hint}
      </Typography.Text>
    </Card>
  );
}

/**
 * The region's headline: enterprises per colour of their highest risk (重大 red … 低 blue), those without a register,
 * the period's check completion and the hazards its checks found.
 */
export function ColourCards({ total }: Props) {
  const { t } = useI18n();
  const { enterprises, checks, hazards } = total;
  const percent = percentOf(checks.rate);
  return (
    <Row gutter={[12, 12]} data-testid="risk-overview-cards" aria-label={t('riskOverview.cards')} role="group">
      {RISK_LEVELS.map((level) => (
        <Col key={level} xs={12} sm={6} lg={3}>
          <Figure
            label={t(`riskOverview.level.${level}`)}
            value={String(enterprises.byLevel[level] ?? 0)}
            hint={t('riskOverview.card.enterprises', { n: enterprises.byLevel[level] ?? 0 })}
            colour={COLOUR_HEX[RISK_COLOURS[level]].bg}
          />
        </Col>
      ))}
      <Col xs={12} sm={8} lg={4}>
        <Figure
          label={t('riskOverview.card.withoutRegister')}
          value={String(enterprises.withoutRegister)}
          hint={t('riskOverview.card.withoutRegisterHint')}
        />
      </Col>
      <Col xs={12} sm={8} lg={4}>
        <Figure
          label={t('riskOverview.card.completion')}
          value={percent === null ? t('riskOverview.rateNone') : t('riskOverview.rate', { rate: percent })}
          hint={t('riskOverview.card.completionHint', {
            onTime: checks.onTime,
            due: checks.due,
            overdue: checks.overdue,
          })}
          colour="#1d5bd8"
        />
      </Col>
      <Col xs={24} sm={8} lg={4}>
        <Figure
          label={t('riskOverview.card.hazards')}
          value={String(hazards.checks)}
          hint={t('riskOverview.card.hazardsHint', hazards)}
          colour="#1d5bd8"
        />
      </Col>
    </Row>
  );
}
