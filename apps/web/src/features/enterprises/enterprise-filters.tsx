import { ENTERPRISE_STATUSES, type TSector } from '@redline/contracts';
import { Button, Form, Grid, Input, Select, Space } from 'antd';
import { useEffect } from 'react';
import { isApiError } from '../../app/api-error';
import { useI18n } from '../../app/i18n/locale-context';
import type { EnterpriseFilters } from './use-enterprise-filters';

type Values = Pick<EnterpriseFilters, 'q' | 'status' | 'sectorCode' | 'regionCode'>;
type Props = {
  filters: EnterpriseFilters;
  sectors: TSector[] | undefined;
  error: unknown;
  onApply: (values: Values) => void;
};

const FIELDS = ['q', 'status', 'sectorCode', 'regionCode'] as const;

/** Search and filters; they follow the URL, and the server's field issues show beside them. */
export function EnterpriseFilterForm({ filters, sectors, error, onApply }: Props) {
  const { t, locale } = useI18n();
  const [form] = Form.useForm<Values>();
  const { q, status, sectorCode, regionCode } = filters;

  useEffect(() => {
    form.setFieldsValue({ q, status, sectorCode, regionCode });
  }, [form, q, status, sectorCode, regionCode]);

  useEffect(() => {
    const issues = isApiError(error) ? error.fieldIssues : [];
    form.setFields(
      FIELDS.map((name) => ({ name, errors: issues.filter((i) => i.path === name).map((i) => i.message) })),
    );
  }, [form, error]);

  // On a phone the filters stack, each as wide as the screen; from 576 px on they sit in a row.
  const narrow = Grid.useBreakpoint().sm === false;
  const width = (px: number) => (narrow ? '100%' : px);
  const all = t('enterprises.all');
  return (
    <Form
      form={form}
      layout={narrow ? 'vertical' : 'inline'}
      name="enterprise-filters"
      onFinish={(v) => onApply({ ...v, q: v.q?.trim() || undefined, regionCode: v.regionCode?.trim() || undefined })}
      style={{ rowGap: 12 }}
    >
      <Form.Item name="q" label={t('enterprises.q')}>
        <Input allowClear placeholder={t('enterprises.qPlaceholder')} style={{ width: width(240) }} maxLength={64} />
      </Form.Item>
      <Form.Item name="status" label={t('enterprises.status')}>
        <Select
          allowClear
          placeholder={all}
          style={{ width: width(140) }}
          options={ENTERPRISE_STATUSES.map((s) => ({ value: s, label: t(`enterprise.status.${s}`) }))}
        />
      </Form.Item>
      <Form.Item name="sectorCode" label={t('enterprises.sector')}>
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={all}
          style={{ width: width(200) }}
          loading={!sectors}
          options={(sectors ?? [])
            .filter((s) => s.active)
            .map((s) => ({ value: s.code, label: locale === 'zh-CN' ? s.nameZh : s.nameEn }))}
        />
      </Form.Item>
      <Form.Item
        name="regionCode"
        label={t('enterprises.regionCode')}
        rules={[{ pattern: /^\s*(\d{6}|\d{9}|\d{12})\s*$/, message: t('enterprises.regionCodeFormat') }]}
      >
        <Input
          allowClear
          placeholder={t('enterprises.regionCodePlaceholder')}
          style={{ width: width(150) }}
          inputMode="numeric"
        />
      </Form.Item>
      <Form.Item>
        <Space>
          <Button type="primary" htmlType="submit">
            {t('common.search')}
          </Button>
          <Button
            onClick={() => {
              form.resetFields();
              onApply({ q: undefined, status: undefined, sectorCode: undefined, regionCode: undefined });
            }}
          >
            {t('common.reset')}
          </Button>
        </Space>
      </Form.Item>
    </Form>
  );
}
