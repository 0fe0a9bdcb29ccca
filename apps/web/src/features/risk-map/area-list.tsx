import { DeleteOutlined, EditOutlined, GatewayOutlined } from '@ant-design/icons';
import { Button, Empty, Flex, Popconfirm, Space, Typography } from 'antd';
import { useI18n } from '../../app/i18n/locale-context';
import type { RiskMapArea, RiskMapUnit } from './api';
import { LevelTag } from './colours';
import styles from './risk-map.module.css';

type Props = {
  areas: RiskMapArea[];
  units: RiskMapUnit[];
  selectedId: string | null;
  onSelect: (id: string | null) => void;
  /** Present for those who keep the map. */
  actions?: {
    edit: (area: RiskMapArea) => void;
    redraw: (area: RiskMapArea) => void;
    remove: (area: RiskMapArea) => void;
    busy: boolean;
  };
};

function UnitList({ units }: { units: RiskMapUnit[] }) {
  return (
    <ul style={{ listStyle: 'none', margin: '6px 0 0', padding: 0, display: 'grid', gap: 4 }}>
      {units.map((u) => (
        <li key={u.id}>
          <Flex gap={6} align="center" wrap>
            <LevelTag level={u.level} />
            <Typography.Text>{u.name}</Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {u.objectName}
            </Typography.Text>
          </Flex>
        </li>
      ))}
    </ul>
  );
}

/** The areas beside the plan: colour, name, units (listed for the selected one), and the units not yet placed. */
export function AreaList({ areas, units, selectedId, onSelect, actions }: Props) {
  const { t } = useI18n();
  const unplaced = units.filter((u) => u.areaId === null);
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Text type="secondary">{t('riskMap.areaCount', { count: areas.length })}</Typography.Text>
      {areas.length === 0 ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('riskMap.noAreas')} /> : null}
      <ul style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 4 }} data-testid="risk-area-list">
        {areas.map((area) => {
          const selected = area.id === selectedId;
          const own = units.filter((u) => u.areaId === area.id);
          return (
            <li
              key={area.id}
              className={`${styles.areaItem} ${selected ? styles.areaItemSelected : ''}`}
              data-testid="risk-area-item"
              aria-current={selected ? 'true' : undefined}
            >
              <Flex justify="space-between" align="center" gap={8} wrap>
                <Button
                  type="link"
                  style={{ padding: 0, height: 'auto', fontWeight: 600 }}
                  onClick={() => onSelect(selected ? null : area.id)}
                  aria-expanded={selected}
                >
                  {area.name}
                </Button>
                <Space size={4} wrap>
                  <LevelTag level={area.level} />
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('riskMap.unitCount', { count: own.length })}
                  </Typography.Text>
                </Space>
              </Flex>
              {selected ? (
                <>
                  {own.length ? (
                    <UnitList units={own} />
                  ) : (
                    <Typography.Text type="secondary">{t('riskMap.noUnits')}</Typography.Text>
                  )}
                  {actions ? (
                    <Space size={4} wrap style={{ marginTop: 8 }}>
                      <Button size="small" icon={<EditOutlined />} onClick={() => actions.edit(area)}>
                        {t('riskMap.edit')}
                      </Button>
                      <Button size="small" icon={<GatewayOutlined />} onClick={() => actions.redraw(area)}>
                        {t('riskMap.redraw')}
                      </Button>
                      <Popconfirm
                        title={t('riskMap.deleteConfirm', { name: area.name })}
                        onConfirm={() => actions.remove(area)}
                      >
                        <Button size="small" danger icon={<DeleteOutlined />} loading={actions.busy}>
                          {t('riskMap.delete')}
                        </Button>
                      </Popconfirm>
                    </Space>
                  ) : null}
                </>
              ) : null}
            </li>
          );
        })}
      </ul>
      <div data-testid="risk-map-unplaced">
        <Typography.Title level={3} style={{ fontSize: 15, margin: '8px 0 4px' }}>
          {t('riskMap.unplaced', { count: unplaced.length })}
        </Typography.Title>
        {unplaced.length ? (
          <UnitList units={unplaced} />
        ) : (
          <Typography.Text type="secondary">
            {units.length ? t('riskMap.allPlaced') : t('riskMap.noRegisterUnits')}
          </Typography.Text>
        )}
      </div>
    </Space>
  );
}
