import type { TSector } from '@redline/contracts';
import { Button, Col, Form, Input, Row, Select, Space } from 'antd';
import { useEffect } from 'react';
import { isApiError } from '../../app/api-error';
import { useI18n } from '../../app/i18n/locale-context';
import { RegionTreeSelect } from '../hazards/region-tree-select';
import type { DepartmentFilters } from './department-query';
import { sectorOptions } from './labels';

type Values = Pick<DepartmentFilters, 'q' | 'regionCode' | 'sectorCode'>;
type Props = {
  filters: DepartmentFilters;
  sectors: TSector[] | undefined;
  error: unknown;
  onApply: (values: Values) => void;
};

const FIELDS = ['q', 'regionCode', 'sectorCode'] as const;
const EMPTY: Values = { q: undefined, regionCode: undefined, sectorCode: undefined };

/** Name, region (subtree) and sector; they follow the URL, and the server's field issues show beside them. */
export function DepartmentFilterForm({ filters, sectors, error, onApply }: Props) {
  const { t, locale } = useI18n();
  const [form] = Form.useForm<Values>();
  const { q, regionCode, sectorCode } = filters;

  useEffect(() => {
    form.setFieldsValue({ q, regionCode, sectorCode });
  }, [form, q, regionCode, sectorCode]);

  useEffect(() => {
    const issues = isApiError(error) ? error.fieldIssues : [];
    form.setFields(
      FIELDS.map((name) => ({ name, errors: issues.filter((i) => i.path === name).map((i) => i.message) })),
    );
  }, [form, error]);

  const col = { xs: 24, sm: 12, lg: 8 };
  return (
    <Form
      form={form}
      layout="vertical"
      name="department-filters"
      onFinish={(v) => onApply({ ...v, q: v.q?.trim() || undefined })}
    >
      <Row gutter={16}>
        <Col {...col}>
          <Form.Item name="q" label={t('departments.q')}>
            <Input allowClear placeholder={t('departments.qPlaceholder')} maxLength={64} />
          </Form.Item>
        </Col>
        <Col {...col}>
          <Form.Item name="regionCode" label={t('departments.region')}>
            <RegionTreeSelect placeholder={t('departments.allRegions')} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col {...col}>
          <Form.Item name="sectorCode" label={t('departments.sector')}>
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              placeholder={t('departments.all')}
              loading={!sectors}
              options={sectorOptions(sectors, locale)}
            />
          </Form.Item>
        </Col>
      </Row>
      <Space>
        <Button type="primary" htmlType="submit">
          {t('common.search')}
        </Button>
        <Button
          onClick={() => {
            form.resetFields();
            onApply(EMPTY);
          }}
        >
          {t('common.reset')}
        </Button>
      </Space>
    </Form>
  );
}
