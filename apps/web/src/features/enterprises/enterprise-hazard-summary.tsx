import { useQueries } from '@tanstack/react-query';
import { Button, Card, Col, Row, Skeleton, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../app/i18n/locale-context';
import { hazardKeys, listHazards } from '../hazards/api';
import type { HazardFilters } from '../hazards/hazard-query';
import { ENTERPRISE_FIGURES, type EnterpriseFigure, figureFilters, hazardsHref } from './enterprise-links';
import styles from './enterprises.module.css';

const TONES: Record<EnterpriseFigure, 'danger' | 'warn' | undefined> = {
  open: undefined,
  overdue: 'danger',
  majorOpen: 'warn',
};

const integer = new Intl.NumberFormat('zh-CN');

/**
 * 在办 / 逾期 / 在办重大: each figure is the total of the hazard list under its filter (one row asked for), and opens
 * that list, so the number and the list it leads to cannot disagree.
 */
export function EnterpriseHazardSummary({ enterpriseId }: { enterpriseId: string }) {
  const { t } = useI18n();
  const counts = useQueries({
    queries: ENTERPRISE_FIGURES.map((figure) => {
      const filters: HazardFilters = { ...figureFilters(enterpriseId, figure), page: 1, pageSize: 1 };
      return {
        queryKey: hazardKeys.list(filters),
        queryFn: ({ signal }: { signal: AbortSignal }) => listHazards(filters, signal),
      };
    }),
  });
  return (
    <Row gutter={[12, 12]} role="group" aria-label={t('enterprises.hazardSummary')}>
      {ENTERPRISE_FIGURES.map((figure, i) => {
        const count = counts[i]!;
        const label = t(`enterprises.figure.${figure}`);
        let value: ReactNode;
        if (count.isPending) {
          value = (
            <span role="status" aria-label={t('state.loading')}>
              <Skeleton.Button active size="small" />
            </span>
          );
        } else if (count.error) {
          value = (
            <Button
              size="small"
              onClick={() => void count.refetch()}
              aria-label={t('enterprises.figureRetry', { figure: label })}
            >
              {t('state.retry')}
            </Button>
          );
        } else {
          const shown = integer.format(count.data.total);
          value = (
            <Link
              to={hazardsHref(figureFilters(enterpriseId, figure))}
              aria-label={t('enterprises.figureOpen', { figure: label, value: shown })}
              data-testid={`enterprise-figure-${figure}`}
            >
              {shown}
            </Link>
          );
        }
        return (
          <Col key={figure} xs={8}>
            <Card size="small" className={styles.figure} data-tone={TONES[figure]}>
              <Typography.Text type="secondary" className={styles.figureLabel}>
                {label}
              </Typography.Text>
              <div className={styles.figureValue}>{value}</div>
            </Card>
          </Col>
        );
      })}
    </Row>
  );
}
