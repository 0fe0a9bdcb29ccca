import { RISK_COLOURS, type RiskLevel } from '@redline/domain';
import { Tag } from 'antd';
import { useI18n } from '../../app/i18n/locale-context';
import { COLOUR_HEX } from './codes';

/** 重大风险 … 低风险 in its colour (red, orange, yellow, blue); 未评价 for a unit without events. */
export function RiskLevelTag({ level, score }: { level: RiskLevel | null; score?: number }) {
  const { t } = useI18n();
  if (!level) return <Tag>{t('risks.level.none')}</Tag>;
  const { bg, fg } = COLOUR_HEX[RISK_COLOURS[level]];
  return (
    // Ant Design's `color` with a hex pales the background under white text; the colour is set outright instead.
    <Tag style={{ background: bg, borderColor: bg, color: fg, marginInlineEnd: 0 }} data-level={level}>
      {score === undefined ? t(`risks.level.${level}`) : `${score} · ${t(`risks.level.${level}`)}`}
    </Tag>
  );
}
