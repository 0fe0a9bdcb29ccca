import type { Locale, TSector } from '@redline/contracts';
import { Tag } from 'antd';
import { formatDateTime } from '../../app/format';
import { useI18n } from '../../app/i18n/locale-context';
import { type HazardState, LEVEL_COLORS, STATE_COLORS } from './codes';

export function StateTag({ state }: { state: string }) {
  const { t } = useI18n();
  return <Tag color={STATE_COLORS[state as HazardState] ?? 'default'}>{t(`hazard.state.${state}`)}</Tag>;
}

/** 一般隐患 / 重大隐患, or 未定级 when the level has not been decided yet. */
export function LevelTag({ level }: { level: string | null }) {
  const { t } = useI18n();
  if (!level) return <Tag>{t('hazards.levelUnset')}</Tag>;
  return <Tag color={LEVEL_COLORS[level] ?? 'default'}>{t(`hazard.level.${level}`)}</Tag>;
}

export function SourceLabel({ source }: { source: string | null }) {
  const { t } = useI18n();
  return <>{source ? t(`hazard.source.${source}`) : '—'}</>;
}

/** A deadline as `YYYY-MM-DD HH:mm`; in red with an 逾期 tag when the open hazard is past it. */
export function Deadline({ deadline, overdue }: { deadline: string | null; overdue: boolean }) {
  const { t } = useI18n();
  if (!deadline) return <>—</>;
  return overdue ? (
    <span style={{ color: '#cf1322', whiteSpace: 'nowrap' }}>
      {formatDateTime(deadline)}{' '}
      <Tag color="red" style={{ marginInlineEnd: 0 }}>
        {t('hazards.overdue')}
      </Tag>
    </span>
  ) : (
    <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(deadline)}</span>
  );
}

/** The sector's name in the current language; the code itself when the catalogue does not know it. */
export function sectorName(code: string | null, sectors: TSector[] | undefined, locale: Locale): string {
  if (!code) return '—';
  const sector = sectors?.find((s) => s.code === code);
  if (!sector) return code;
  return locale === 'zh-CN' ? sector.nameZh : sector.nameEn;
}
