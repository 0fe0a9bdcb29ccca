import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { RISK_COLOURS } from '@redline/domain';
import { useQuery } from '@tanstack/react-query';
import { Button, Result } from 'antd';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../app/api-error';
import { formatDateTime } from '../../app/format';
import { useI18n } from '../../app/i18n/locale-context';
import { ErrorState, LoadingState, NotFoundState } from '../../app/states/states';
import { isEnterpriseId } from '../enterprises/enterprise-links';
import { getRegister, type RiskUnit, riskKeys } from './api';
import { COLOUR_HEX, registerHref } from './codes';
import styles from './notice-card.module.css';

/** 风险告知卡: one unit's printable notice (A4, no app chrome), posted where the risk is. */
export function NoticeCardPage() {
  const { id, unitId } = useParams();
  if (!isEnterpriseId(id) || !unitId) return <NotFoundState />;
  return <CardOf enterpriseId={id} unitId={unitId} />;
}

/** Its measures without repeats, emergency response (应急处置) apart. */
function measuresOf(unit: RiskUnit) {
  const all = unit.events.flatMap((e) => e.measures);
  const unique = (list: typeof all) => [...new Set(list.map((m) => m.description))];
  return {
    control: unique(all.filter((m) => m.classify !== 'emergency')),
    emergency: unique(all.filter((m) => m.classify === 'emergency')),
  };
}

function CardOf({ enterpriseId, unitId }: { enterpriseId: string; unitId: string }) {
  const { t } = useI18n();
  const register = useQuery({
    queryKey: riskKeys.register(enterpriseId),
    queryFn: ({ signal }) => getRegister(enterpriseId, signal),
  });
  const back = (
    <Link to={registerHref(enterpriseId)}>
      <ArrowLeftOutlined /> {t('risks.card.back')}
    </Link>
  );
  if (register.isPending) return <LoadingState rows={10} />;
  if (register.error) {
    if (isApiError(register.error) && register.error.status === 404) return <NotFoundState />;
    return <ErrorState error={register.error} onRetry={() => void register.refetch()} />;
  }
  const unit = register.data.units.find((u) => u.id === unitId);
  if (!unit) return <Result status="404" title={t('risks.card.notFound')} extra={back} />;
  const colour = unit.level ? COLOUR_HEX[RISK_COLOURS[unit.level]] : { bg: '#d9d9d9', fg: '#000' };
  const { control, emergency } = measuresOf(unit);
  const row = (label: string, value: ReactNode) => (
    <tr>
      <th scope="row">{label}</th>
      <td>{value}</td>
    </tr>
  );
  const list = (items: string[]) =>
    items.length ? (
      <ol>
        {items.map((i) => (
          <li key={i}>{i}</li>
        ))}
      </ol>
    ) : (
      '—'
    );
  return (
    <div className={styles.page}>
      <div className={styles.toolbar}>
        {back}
        <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()}>
          {t('risks.card.print')}
        </Button>
      </div>
      <article className={styles.sheet} data-testid="notice-card">
        <header className={styles.band} style={{ background: colour.bg, color: colour.fg }}>
          <h1>{t('risks.card.title')}</h1>
          <p>{unit.level ? t(`risks.level.${unit.level}`) : t('risks.level.none')}</p>
        </header>
        <table className={styles.grid}>
          <tbody>
            {row(t('risks.card.unit'), `${unit.objectName} / ${unit.name}`)}
            {row(t('risks.card.location'), unit.locationText ?? '—')}
            {row(
              t('risks.card.level'),
              unit.level
                ? `${t(`risks.level.${unit.level}`)}（${t(`risks.colour.${RISK_COLOURS[unit.level]}`)}）`
                : '—',
            )}
            {row(
              t('risks.card.controlLevels'),
              unit.controlLevels.map((c) => t(`risks.control.${c}`)).join(t('risks.sep')) || '—',
            )}
            {row(t('risks.card.hazardFactors'), list(unit.hazardFactors))}
            {row(
              t('risks.card.accidentTypes'),
              unit.accidentTypes.map((c) => t(`accident.category.${c}`)).join(t('risks.sep')) || '—',
            )}
            {row(t('risks.card.measures'), list(control))}
            {emergency.length ? row(t('risks.card.emergency'), list(emergency)) : null}
            {row(
              t('risks.card.responsible'),
              [unit.department, unit.responsiblePerson].filter(Boolean).join(' / ') || '—',
            )}
          </tbody>
        </table>
        <footer className={styles.footer}>
          {t('risks.card.footer', {
            enterprise: register.data.enterprise.name,
            date: formatDateTime(new Date().toISOString()).slice(0, 10),
          })}
        </footer>
      </article>
    </div>
  );
}
