import type { TRiskOverview } from '@redline/contracts';
import { RISK_COLOURS } from '@redline/domain';
import { Table, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { useI18n } from '../../app/i18n/locale-context';
import { COLOUR_HEX, registerHref } from '../risks/codes';

type Item = TRiskOverview['majorRisks']['items'][number];
type Props = { majorRisks: TRiskOverview['majorRisks'] };

/** The major (重大) risks in scope, highest score first; an enterprise's name opens its register. */
export function MajorRisks({ majorRisks }: Props) {
  const { t } = useI18n();
  const { bg, fg } = COLOUR_HEX[RISK_COLOURS.major];
  return (
    <>
      {majorRisks.total > majorRisks.items.length ? (
        <Typography.Paragraph type="secondary">
          {t('riskOverview.majorRisksMore', { total: majorRisks.total, shown: majorRisks.items.length })}
        </Typography.Paragraph>
      ) : null}
      <Table<Item>
        rowKey={(r) => r.event.id}
        size="small"
        pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
        scroll={{ x: 'max-content' }}
        dataSource={majorRisks.items}
        locale={{ emptyText: t('riskOverview.noMajorRisks') }}
        columns={[
          {
            key: 'enterprise',
            title: t('riskOverview.col.enterprise'),
            render: (_v, r) => <Link to={registerHref(r.enterprise.id)}>{r.enterprise.name}</Link>,
          },
          { key: 'unit', title: t('riskOverview.col.unit'), render: (_v, r) => r.unit.name },
          { key: 'event', title: t('riskOverview.col.event'), render: (_v, r) => r.event.name },
          {
            key: 'score',
            title: t('riskOverview.col.score'),
            align: 'right',
            render: (_v, r) => (
              <span style={{ fontVariantNumeric: 'tabular-nums' }}>
                {r.score}{' '}
                <Typography.Text type="secondary">
                  ({t(r.residual ? 'riskOverview.residual' : 'riskOverview.inherent')})
                </Typography.Text>
              </span>
            ),
          },
          {
            key: 'level',
            title: t('riskOverview.col.level'),
            render: (_v, r) => (
              <Tag style={{ background: bg, borderColor: bg, color: fg, marginInlineEnd: 0 }}>
                {t(`riskOverview.level.${r.level}`)}
              </Tag>
            ),
          },
          {
            key: 'controlLevel',
            title: t('riskOverview.col.controlLevel'),
            render: (_v, r) => t(`riskOverview.control.${r.controlLevel}`),
          },
        ]}
      />
    </>
  );
}
