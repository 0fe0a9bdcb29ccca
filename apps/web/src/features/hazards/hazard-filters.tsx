import type { TSector } from '@redline/contracts';
import { HAZARD_LEVELS, HAZARD_SOURCES } from '@redline/domain';
import { Button, Col, Form, Input, Row, Select, Space } from 'antd';
import dayjs from 'dayjs';
import { lazy, Suspense, useEffect } from 'react';
import { isApiError } from '../../app/api-error';
import { useI18n } from '../../app/i18n/locale-context';
import { useAccount } from '../auth/session';
import { type HazardState, STATE_ORDER } from './codes';
import type { DateRange } from './date-range-input';
import { EnterpriseSelect } from './enterprise-select';
import type { HazardFilters } from './hazard-query';
import { RegionTreeSelect } from './region-tree-select';

const DateRangeInput = lazy(() => import('./date-range-input'));

/** The date range picker is heavy and rarely the first thing used: it loads after the list, a plain box standing in. */
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

type YesNo = 'true' | 'false';
type Values = {
  q?: string;
  regionCode?: string;
  sectorCode?: string;
  level?: HazardFilters['level'];
  state?: HazardState[];
  source?: HazardFilters['source'];
  overdue?: YesNo;
  listed?: YesNo;
  dates?: DateRange;
  enterpriseId?: string;
};

type Props = {
  filters: HazardFilters;
  sectors: TSector[] | undefined;
  error: unknown;
  onApply: (changes: Partial<HazardFilters>) => void;
};

const yesNo = (value: boolean | undefined): YesNo | undefined => (value === undefined ? undefined : `${value}`);
const fromYesNo = (value: YesNo | undefined) => (value === undefined ? undefined : value === 'true');
const FIELD_OF_PARAM: Record<string, string> = { from: 'dates', to: 'dates' };

function valuesOf(f: HazardFilters): Values {
  return {
    q: f.q,
    regionCode: f.regionCode,
    sectorCode: f.sectorCode,
    level: f.level,
    state: f.state,
    source: f.source,
    overdue: yesNo(f.overdue),
    listed: yesNo(f.listed),
    dates: f.from || f.to ? [f.from ? dayjs(f.from) : null, f.to ? dayjs(f.to) : null] : null,
    enterpriseId: f.enterpriseId,
  };
}

const EMPTY: Partial<HazardFilters> = {
  q: undefined,
  regionCode: undefined,
  sectorCode: undefined,
  level: undefined,
  state: undefined,
  source: undefined,
  overdue: undefined,
  listed: undefined,
  from: undefined,
  to: undefined,
  enterpriseId: undefined,
};

/** The list's filters; they follow the URL, and the server's field issues show beside them. */
export function HazardFilterForm({ filters, sectors, error, onApply }: Props) {
  const { t, locale } = useI18n();
  const account = useAccount();
  const [form] = Form.useForm<Values>();
  const ownEnterprise = account.scope.kind === 'enterprise';

  useEffect(() => {
    form.setFieldsValue(valuesOf(filters));
  }, [form, filters]);

  useEffect(() => {
    const issues = isApiError(error) ? error.fieldIssues : [];
    const names: Array<keyof Values> = [
      'q',
      'regionCode',
      'sectorCode',
      'level',
      'state',
      'source',
      'overdue',
      'listed',
      'dates',
    ];
    form.setFields(
      names.map((name) => ({
        name,
        errors: issues.filter((i) => (FIELD_OF_PARAM[i.path] ?? i.path) === name).map((i) => i.message),
      })),
    );
  }, [form, error]);

  const all = t('enterprises.all');
  const yesNoOptions = [
    { value: 'true', label: t('common.yes') },
    { value: 'false', label: t('common.no') },
  ];
  const col = { xs: 24, sm: 12, lg: 8, xl: 6 };

  return (
    <Form
      form={form}
      layout="vertical"
      name="hazard-filters"
      onFinish={(v) =>
        onApply({
          q: v.q?.trim() || undefined,
          regionCode: v.regionCode,
          sectorCode: v.sectorCode,
          level: v.level,
          state: v.state?.length ? v.state : undefined,
          source: v.source,
          overdue: fromYesNo(v.overdue),
          listed: fromYesNo(v.listed),
          from: v.dates?.[0]?.format('YYYY-MM-DD'),
          to: v.dates?.[1]?.format('YYYY-MM-DD'),
          enterpriseId: v.enterpriseId,
        })
      }
    >
      <Row gutter={16}>
        <Col {...col}>
          <Form.Item name="q" label={t('hazards.q')}>
            <Input allowClear placeholder={t('hazards.qPlaceholder')} maxLength={100} />
          </Form.Item>
        </Col>
        <Col {...col}>
          <Form.Item name="state" label={t('hazards.state')}>
            <Select
              mode="multiple"
              allowClear
              maxTagCount="responsive"
              placeholder={all}
              options={STATE_ORDER.map((s) => ({ value: s, label: t(`hazard.state.${s}`) }))}
            />
          </Form.Item>
        </Col>
        <Col {...col}>
          <Form.Item name="level" label={t('hazards.level')}>
            <Select
              allowClear
              placeholder={all}
              options={HAZARD_LEVELS.map((l) => ({ value: l, label: t(`hazard.level.${l}`) }))}
            />
          </Form.Item>
        </Col>
        {ownEnterprise ? null : (
          <Col {...col}>
            <Form.Item name="regionCode" label={t('hazards.region')}>
              <RegionTreeSelect />
            </Form.Item>
          </Col>
        )}
        <Col {...col}>
          <Form.Item name="sectorCode" label={t('hazards.sector')}>
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              placeholder={all}
              loading={!sectors}
              options={(sectors ?? [])
                .filter((s) => s.active)
                .map((s) => ({ value: s.code, label: locale === 'zh-CN' ? s.nameZh : s.nameEn }))}
            />
          </Form.Item>
        </Col>
        <Col {...col}>
          <Form.Item name="source" label={t('hazards.source')}>
            <Select
              allowClear
              placeholder={all}
              options={HAZARD_SOURCES.map((s) => ({ value: s, label: t(`hazard.source.${s}`) }))}
            />
          </Form.Item>
        </Col>
        {ownEnterprise ? null : (
          <Col {...col}>
            <Form.Item name="enterpriseId" label={t('hazards.enterprise')}>
              <EnterpriseSelect />
            </Form.Item>
          </Col>
        )}
        <Col {...col}>
          <Form.Item name="dates" label={t('hazards.reportedBetween')}>
            <LazyDateRange placeholder={[t('hazards.from'), t('hazards.to')]} />
          </Form.Item>
        </Col>
        <Col xs={12} sm={6} lg={4} xl={3}>
          <Form.Item name="overdue" label={t('hazards.overdueFilter')}>
            <Select allowClear placeholder={all} options={yesNoOptions} />
          </Form.Item>
        </Col>
        <Col xs={12} sm={6} lg={4} xl={3}>
          <Form.Item name="listed" label={t('hazards.listedFilter')}>
            <Select allowClear placeholder={all} options={yesNoOptions} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12} lg={8} xl={6}>
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
