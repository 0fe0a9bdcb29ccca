import { useQuery } from '@tanstack/react-query';
import { Form, Radio, Select } from 'antd';
import { useI18n } from '../../app/i18n/locale-context';
import { enterpriseKeys, listSectors } from '../enterprises/api';
import { EnterpriseSelect } from '../hazards/enterprise-select';
import { RegionTreeSelect } from '../hazards/region-tree-select';
import { SCOPE_KINDS, type ScopeKind } from './account-form';
import { GridSelect } from './grid-select';

/**
 * The data scope of a new account (POST /accounts `scope`): a region subtree, optionally narrowed to sectors; some
 * grids; or one enterprise. Only the chosen kind's fields are in the form, so only they are sent.
 */
export function ScopeFields() {
  const { t, locale } = useI18n();
  const form = Form.useFormInstance();
  const kind = (Form.useWatch(['scope', 'kind'], form) as ScopeKind | undefined) ?? 'region';
  const sectors = useQuery({
    queryKey: enterpriseKeys.sectors,
    queryFn: ({ signal }) => listSectors(signal),
    staleTime: 10 * 60_000,
    enabled: kind === 'region',
  });
  const required = (field: string) => ({ required: true, message: t('accounts.required', { field }) });
  return (
    <>
      <Form.Item name={['scope', 'kind']} label={t('accounts.scopeKind')} extra={t(`accounts.scopeKind.${kind}.hint`)}>
        <Radio.Group
          aria-label={t('accounts.scopeKind')}
          options={SCOPE_KINDS.map((k) => ({ value: k, label: t(`accounts.scopeKind.${k}`) }))}
        />
      </Form.Item>
      {kind === 'region' ? (
        <>
          <Form.Item
            name={['scope', 'regionCode']}
            label={t('accounts.scopeRegion')}
            rules={[required(t('accounts.scopeRegion'))]}
          >
            <RegionTreeSelect placeholder={t('accounts.scopeRegionPlaceholder')} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item
            name={['scope', 'sectorCodes']}
            label={t('accounts.scopeSectors')}
            extra={t('accounts.scopeSectorsHint')}
          >
            <Select
              mode="multiple"
              allowClear
              loading={sectors.isPending}
              placeholder={t('accounts.scopeSectorsPlaceholder')}
              showSearch={{ optionFilterProp: 'label' }}
              options={(sectors.data ?? [])
                .filter((s) => s.active)
                .map((s) => ({ value: s.code, label: locale === 'zh-CN' ? s.nameZh : s.nameEn }))}
            />
          </Form.Item>
        </>
      ) : null}
      {kind === 'grids' ? (
        <Form.Item
          name={['scope', 'gridCodes']}
          label={t('accounts.scopeGrids')}
          rules={[{ ...required(t('accounts.scopeGrids')), type: 'array', min: 1 }]}
        >
          <GridSelect />
        </Form.Item>
      ) : null}
      {kind === 'enterprise' ? (
        <Form.Item
          name={['scope', 'enterpriseId']}
          label={t('accounts.scopeEnterprise')}
          rules={[required(t('accounts.scopeEnterprise'))]}
        >
          <EnterpriseSelect style={{ width: '100%' }} />
        </Form.Item>
      ) : null}
    </>
  );
}
