import { ACCIDENT_CATEGORY_CODES, ACCIDENT_GRADES, ACCIDENT_SECTOR_CODES } from '@redline/domain';
import { Button, Col, Form, Input, Row, Select, Space } from 'antd';
import dayjs from 'dayjs';
import { lazy, Suspense, useEffect } from 'react';
import { isApiError } from '../../app/api-error';
import { useI18n } from '../../app/i18n/locale-context';
import type { DateRange } from '../hazards/date-range-input';
import { RegionTreeSelect } from '../hazards/region-tree-select';
import { ACCIDENT_LIST_STATES, type AccidentFilters } from './accident-query';

const DateRangeInput = lazy(() => import('../hazards/date-range-input'));

function LazyDateRange(props: {
  id?: string;
  value?: DateRange;
  onChange?: (v: DateRange) => void;
  placeholder: [string, string];
}) {
  return (
    <Suspense fallback={<Input id={props.id} disabled placeholder={props.placeholder.join(' → ')} />}>
      <DateRangeInput {...props} />
    </Suspense>
  );
}

type Values = {
  q?: string;
  regionCode?: string;
  sector?: string;
  grade?: AccidentFilters['grade'];
  categoryCode?: string;
  state?: AccidentFilters['state'];
  dates?: DateRange;
};

const FIELD_OF_PARAM: Record<string, keyof Values> = { from: 'dates', to: 'dates' };
const NAMES: Array<keyof Values> = ['q', 'regionCode', 'sector', 'grade', 'categoryCode', 'state', 'dates'];

function valuesOf(f: AccidentFilters): Values {
  return {
    q: f.q,
    regionCode: f.regionCode,
    sector: f.sector,
    grade: f.grade,
    categoryCode: f.categoryCode,
    state: f.state,
    dates: f.from || f.to ? [f.from ? dayjs(f.from) : null, f.to ? dayjs(f.to) : null] : null,
  };
}

const EMPTY: Partial<AccidentFilters> = {
  q: undefined,
  regionCode: undefined,
  sector: undefined,
  grade: undefined,
  categoryCode: undefined,
  state: undefined,
  from: undefined,
  to: undefined,
};

type Props = { filters: AccidentFilters; error: unknown; onApply: (changes: Partial<AccidentFilters>) => void };

/** The ledger's filters; they follow the URL, and the server's field issues show beside them. */
export function AccidentFilterForm({ filters, error, onApply }: Props) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();

  useEffect(() => {
    form.setFieldsValue(valuesOf(filters));
  }, [form, filters]);

  useEffect(() => {
    const issues = isApiError(error) ? error.fieldIssues : [];
    form.setFields(
      NAMES.map((name) => ({
        name,
        errors: issues.filter((i) => (FIELD_OF_PARAM[i.path] ?? i.path) === name).map((i) => i.message),
      })),
    );
  }, [form, error]);

  const all = t('accidents.all');
  const col = { xs: 24, sm: 12, lg: 8, xl: 6 };
  return (
    <Form
      form={form}
      layout="vertical"
      name="accident-filters"
      onFinish={(v) =>
        onApply({
          q: v.q?.trim() || undefined,
          regionCode: v.regionCode,
          sector: v.sector,
          grade: v.grade,
          categoryCode: v.categoryCode,
          state: v.state,
          from: v.dates?.[0]?.format('YYYY-MM-DD'),
          to: v.dates?.[1]?.format('YYYY-MM-DD'),
        })
      }
    >
      <Row gutter={16}>
        <Col {...col}>
          <Form.Item name="q" label={t('accidents.q')}>
            <Input allowClear placeholder={t('accidents.qPlaceholder')} maxLength={100} />
          </Form.Item>
        </Col>
        <Col {...col}>
          <Form.Item name="regionCode" label={t('accidents.region')}>
            <RegionTreeSelect />
          </Form.Item>
        </Col>
        <Col {...col}>
          <Form.Item name="sector" label={t('accidents.sector')}>
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              placeholder={all}
              options={ACCIDENT_SECTOR_CODES.map((s) => ({ value: s, label: t(`accident.sector.${s}`) }))}
            />
          </Form.Item>
        </Col>
        <Col {...col}>
          <Form.Item name="grade" label={t('accidents.grade')}>
            <Select
              allowClear
              placeholder={all}
              options={ACCIDENT_GRADES.map((g) => ({ value: g, label: t(`accident.grade.${g}`) }))}
            />
          </Form.Item>
        </Col>
        <Col {...col}>
          <Form.Item name="categoryCode" label={t('accidents.category')}>
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              placeholder={all}
              options={ACCIDENT_CATEGORY_CODES.map((c) => ({ value: c, label: `${c} ${t(`accident.category.${c}`)}` }))}
            />
          </Form.Item>
        </Col>
        <Col {...col}>
          <Form.Item name="state" label={t('accidents.stateFilter')}>
            <Select
              allowClear
              placeholder={all}
              options={ACCIDENT_LIST_STATES.map((s) => ({ value: s, label: t(`accidents.state.${s}`) }))}
            />
          </Form.Item>
        </Col>
        <Col {...col}>
          <Form.Item name="dates" label={t('accidents.occurredBetween')}>
            <LazyDateRange placeholder={[t('accidents.from'), t('accidents.to')]} />
          </Form.Item>
        </Col>
        <Col {...col}>
          <Form.Item label={<span aria-hidden="true">&nbsp;</span>} colon={false}>
            <Space wrap>
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
          </Form.Item>
        </Col>
      </Row>
    </Form>
  );
}
