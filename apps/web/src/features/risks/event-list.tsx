import { Flex, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useI18n } from '../../app/i18n/locale-context';
import type { RiskEvent, RiskMeasure, RiskUnit } from './api';
import { scheduleWords } from './codes';
import { RiskLevelTag } from './risk-tags';
import { RowActions } from './row-actions';

export type Edit =
  | { kind: 'unit'; unit: RiskUnit | null }
  | { kind: 'event'; unitId: string; event: RiskEvent | null }
  | { kind: 'measure'; eventId: string; measure: RiskMeasure | null };

type Props = { enterpriseId: string; unit: RiskUnit; maintainer: boolean; onEdit: (edit: Edit) => void };

/** A unit's events (inherent and residual risk) with their control measures: the expanded row of the register. */
export function EventList({ enterpriseId, unit, maintainer, onEdit }: Props) {
  const { t } = useI18n();
  if (!unit.events.length) return <Typography.Text type="secondary">{t('risks.noEvents')}</Typography.Text>;
  return (
    <Flex vertical gap={12}>
      {unit.events.map((event) => (
        <div key={event.id} data-testid="risk-event" style={{ borderLeft: '3px solid #f0f0f0', paddingLeft: 12 }}>
          <Flex wrap gap={8} align="center" justify="space-between">
            <Flex wrap gap={8} align="center">
              <Typography.Text strong>{event.name}</Typography.Text>
              <Typography.Text type="secondary">{t('risks.col.inherent')}</Typography.Text>
              <RiskLevelTag level={event.inherent.level} score={event.inherent.score} />
              {event.residual ? (
                <>
                  <Typography.Text type="secondary">{t('risks.col.residual')}</Typography.Text>
                  <RiskLevelTag level={event.residual.level} score={event.residual.score} />
                </>
              ) : null}
            </Flex>
            {maintainer ? (
              <RowActions
                enterpriseId={enterpriseId}
                kind="risk-events"
                id={event.id}
                name={event.name}
                onEdit={() => onEdit({ kind: 'event', unitId: unit.id, event })}
                add={{
                  label: t('risks.addMeasure'),
                  onClick: () => onEdit({ kind: 'measure', eventId: event.id, measure: null }),
                }}
              />
            ) : null}
          </Flex>
          <MeasureTable enterpriseId={enterpriseId} event={event} maintainer={maintainer} onEdit={onEdit} />
        </div>
      ))}
    </Flex>
  );
}

function MeasureTable({ enterpriseId, event, maintainer, onEdit }: Omit<Props, 'unit'> & { event: RiskEvent }) {
  const { t } = useI18n();
  const columns: ColumnsType<RiskMeasure> = [
    {
      key: 'classify',
      title: t('risks.col.classify'),
      width: 110,
      render: (_, m) => t(`risks.classify.${m.classify}`),
    },
    { key: 'description', title: t('risks.col.measure'), dataIndex: 'description' },
    { key: 'checkContent', title: t('risks.col.checkContent'), render: (_, m) => m.checkContent ?? '—' },
    {
      key: 'schedule',
      title: t('risks.col.schedule'),
      width: 150,
      render: (_, m) => scheduleWords(m.schedule, t) ?? t('risks.noSchedule'),
    },
    { key: 'post', title: t('risks.col.post'), width: 110, render: (_, m) => m.post ?? '—' },
  ];
  if (maintainer) {
    columns.push({
      key: 'actions',
      title: t('common.actions'),
      width: 150,
      render: (_, m) => (
        <RowActions
          enterpriseId={enterpriseId}
          kind="risk-measures"
          id={m.id}
          name={m.description.slice(0, 30)}
          onEdit={() => onEdit({ kind: 'measure', eventId: event.id, measure: m })}
        />
      ),
    });
  }
  return (
    <Table<RiskMeasure>
      size="small"
      rowKey="id"
      style={{ marginTop: 8 }}
      columns={columns}
      dataSource={event.measures}
      pagination={false}
      scroll={{ x: 720 }}
      locale={{ emptyText: t('risks.noMeasures') }}
    />
  );
}
