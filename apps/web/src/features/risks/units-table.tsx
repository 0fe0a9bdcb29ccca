import { FileTextOutlined } from '@ant-design/icons';
import { Flex, Grid, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router';
import { useI18n } from '../../app/i18n/locale-context';
import { figureFilters, hazardsHref } from '../enterprises/enterprise-links';
import type { RiskUnit } from './api';
import { cardHref } from './codes';
import { type Edit, EventList } from './event-list';
import { RiskLevelTag } from './risk-tags';
import { RowActions } from './row-actions';

type Props = { enterpriseId: string; units: RiskUnit[]; maintainer: boolean; onEdit: (edit: Edit) => void };

/** Units by analysis object (安全风险分析对象), in the server's order; each row opens to its events and measures. */
export function UnitsTable({ enterpriseId, units, maintainer, onEdit }: Props) {
  const groups = new Map<string, RiskUnit[]>();
  for (const u of units) groups.set(u.objectName, [...(groups.get(u.objectName) ?? []), u]);
  return (
    <Flex vertical gap={20}>
      {[...groups].map(([objectName, list]) => (
        <section key={objectName} aria-label={objectName}>
          <Typography.Title level={2} style={{ fontSize: 16, margin: '0 0 8px' }}>
            {objectName}
          </Typography.Title>
          <ObjectTable enterpriseId={enterpriseId} units={list} maintainer={maintainer} onEdit={onEdit} />
        </section>
      ))}
    </Flex>
  );
}

function ObjectTable({ enterpriseId, units, maintainer, onEdit }: Props) {
  const { t } = useI18n();
  // On a phone the unit's cell carries its level; the descriptive columns give way (the row still opens).
  const narrow = !Grid.useBreakpoint().md;
  const WIDE_ONLY = new Set(['kind', 'department', 'responsible', 'level', 'controlLevels', 'openHazards']);
  // The hazard list filters by enterprise, not by unit: the link opens the enterprise's open hazards.
  const openHazards = hazardsHref(figureFilters(enterpriseId, 'open'));
  const columns: ColumnsType<RiskUnit> = [
    {
      key: 'name',
      title: t('risks.col.unit'),
      width: narrow ? undefined : 200,
      fixed: narrow ? undefined : 'left',
      render: (_, u) => (
        <Flex vertical align="flex-start" gap={2}>
          <Typography.Text strong>{u.name}</Typography.Text>
          {u.locationText ? <Typography.Text type="secondary">{u.locationText}</Typography.Text> : null}
          {narrow ? <RiskLevelTag level={u.level} /> : null}
          {narrow && u.openHazards > 0 ? (
            <Link to={openHazards}>
              {t('risks.col.openHazards')} {u.openHazards}
            </Link>
          ) : null}
        </Flex>
      ),
    },
    { key: 'kind', title: t('risks.col.kind'), width: 96, render: (_, u) => t(`risks.kind.${u.kind}`) },
    { key: 'department', title: t('risks.col.department'), width: 110, render: (_, u) => u.department ?? '—' },
    { key: 'responsible', title: t('risks.col.responsible'), width: 90, render: (_, u) => u.responsiblePerson ?? '—' },
    { key: 'level', title: t('risks.col.level'), width: 110, render: (_, u) => <RiskLevelTag level={u.level} /> },
    {
      key: 'controlLevels',
      title: t('risks.col.controlLevels'),
      width: 180,
      render: (_, u) => u.controlLevels.map((c) => t(`risks.control.${c}`)).join(t('risks.sep')) || '—',
    },
    {
      key: 'openHazards',
      title: t('risks.col.openHazards'),
      width: 96,
      align: 'right',
      render: (_, u) =>
        u.openHazards > 0 ? (
          <Link to={openHazards} title={t('risks.openHazardsLink')}>
            {u.openHazards}
          </Link>
        ) : (
          0
        ),
    },
    {
      key: 'actions',
      title: t('common.actions'),
      width: narrow ? 110 : maintainer ? 260 : 100,
      render: (_, u) => {
        const card = (
          <Link to={cardHref(enterpriseId, u.id)} style={{ padding: '0 7px', whiteSpace: 'nowrap' }}>
            <FileTextOutlined /> {t('risks.card')}
          </Link>
        );
        return maintainer ? (
          <RowActions
            enterpriseId={enterpriseId}
            kind="risk-units"
            id={u.id}
            name={u.name}
            onEdit={() => onEdit({ kind: 'unit', unit: u })}
            add={{ label: t('risks.addEvent'), onClick: () => onEdit({ kind: 'event', unitId: u.id, event: null }) }}
            extra={card}
          />
        ) : (
          card
        );
      },
    },
  ];
  return (
    <Table<RiskUnit>
      rowKey="id"
      size="middle"
      columns={narrow ? columns.filter((c) => !WIDE_ONLY.has(String(c.key))) : columns}
      dataSource={units}
      pagination={false}
      scroll={narrow ? undefined : { x: 1150 }}
      expandable={{
        expandedRowRender: (u) => (
          <EventList enterpriseId={enterpriseId} unit={u} maintainer={maintainer} onEdit={onEdit} />
        ),
      }}
    />
  );
}
