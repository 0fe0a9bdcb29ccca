import { RISK_COLOURS, RISK_LEVELS, type RiskLevel } from '@redline/domain';
import { Space, Tag } from 'antd';
import { useI18n } from '../../app/i18n/locale-context';
import { COLOUR_HEX } from '../risks/codes';

type Level = RiskLevel;

/** "重大风险（红）" / "Major risk (red)". */
const levelColour = (t: (key: string, params?: Record<string, string>) => string, level: Level) =>
  t('riskMap.levelColour', { level: t(`riskMap.level.${level}`), colour: t(`riskMap.colour.${RISK_COLOURS[level]}`) });

/** The plan's fill: the register's colour of the level (§4.1: 重大 red, 较大 orange, 一般 yellow, 低 blue); grey: not assessed. */
export const fillOf = (level: Level | null) => (level ? COLOUR_HEX[RISK_COLOURS[level]].bg : '#9e9e9e');

/** A level as a coloured tag: "重大风险（红）". */
export function LevelTag({ level }: { level: Level | null }) {
  const { t } = useI18n();
  if (!level) return <Tag>{t('riskMap.level.none')}</Tag>;
  // Solid, in the register's colours (as its level tags are).
  const { bg, fg } = COLOUR_HEX[RISK_COLOURS[level]];
  return <Tag style={{ background: bg, borderColor: bg, color: fg }}>{levelColour(t, level)}</Tag>;
}

/** 重大/较大/一般/低 → 红/橙/黄/蓝, with their swatches. */
export function Legend() {
  const { t } = useI18n();
  return (
    <Space wrap size={12} aria-label={t('riskMap.legend')} data-testid="risk-map-legend">
      {RISK_LEVELS.map((level) => (
        <Space key={level} size={4}>
          <span
            aria-hidden
            style={{
              display: 'inline-block',
              width: 14,
              height: 14,
              borderRadius: 2,
              background: fillOf(level),
              opacity: 0.8,
              border: `1px solid ${fillOf(level)}`,
            }}
          />
          <span>{levelColour(t, level)}</span>
        </Space>
      ))}
    </Space>
  );
}
