import { RISK_COLOURS, RISK_LEVELS } from '@redline/domain';
import { Flex, Tabs, Tag, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { useI18n } from '../../app/i18n/locale-context';
import { enterpriseHref } from '../enterprises/enterprise-links';
import type { RiskUnit } from './api';
import { COLOUR_HEX, registerHref } from './codes';

type Counts = Record<(typeof RISK_LEVELS)[number], number>;

/** The register's sibling pages (四色分布图, 排查任务) are their own screens; these tabs are links to their URLs. */
export function RegisterTabs({ enterpriseId, active }: { enterpriseId: string; active: 'register' }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const base = registerHref(enterpriseId);
  const targets: Record<string, string> = {
    register: base,
    map: `${base}/map`,
    checks: `${base}/checks`,
    enterprise: enterpriseHref(enterpriseId),
  };
  return (
    <Tabs
      activeKey={active}
      onChange={(key) => navigate(targets[key] ?? base)}
      items={Object.keys(targets).map((key) => ({ key, label: t(`risks.tab.${key}`) }))}
      style={{ marginBottom: -16 }}
    />
  );
}

/** Units per colour: 红 重大风险 n, 橙 较大风险 n, 黄 一般风险 n, 蓝 低风险 n. */
export function ColourCounts({ counts, units }: { counts: Counts; units: RiskUnit[] }) {
  const { t } = useI18n();
  return (
    <Flex wrap gap={8} align="center" role="group" aria-label={t('risks.countsLabel')} data-testid="risk-counts">
      {RISK_LEVELS.map((level) => {
        const { bg, fg } = COLOUR_HEX[RISK_COLOURS[level]];
        return (
          <Tag
            key={level}
            color={bg}
            variant="solid"
            style={{ color: fg, fontSize: 14, padding: '4px 10px' }}
            data-level={level}
          >
            {t(`risks.colour.${RISK_COLOURS[level]}`)} · {t(`risks.level.${level}`)}{' '}
            <strong style={{ fontSize: 16 }}>{counts[level]}</strong>
          </Tag>
        );
      })}
      <Typography.Text type="secondary">{t('risks.unitsTotal', { n: units.length })}</Typography.Text>
    </Flex>
  );
}
