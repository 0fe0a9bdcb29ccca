import { Space, Tabs, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { useI18n } from '../../app/i18n/locale-context';
import { DepartmentList } from './department-list';
import { type DepartmentTab, switchTab, tabOf } from './department-query';
import { SectorDutyMap } from './sector-duty-map';

/** 部门: the departments list and the sector duty map, as two tabs kept in the URL (`?tab=duties`). */
export function DepartmentsPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const tab = tabOf(params);
  return (
    <Space orientation="vertical" size="small" style={{ width: '100%' }}>
      <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>
        {t('departments.title')}
      </Typography.Title>
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams((prev) => switchTab(prev, key as DepartmentTab))}
        items={[
          { key: 'list', label: t('departments.tab.list'), children: tab === 'list' ? <DepartmentList /> : null },
          { key: 'duties', label: t('departments.tab.duties'), children: tab === 'duties' ? <SectorDutyMap /> : null },
        ]}
      />
    </Space>
  );
}
