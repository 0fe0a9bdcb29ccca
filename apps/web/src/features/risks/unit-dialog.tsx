import type { TRiskUnitInput } from '@redline/contracts';
import { ACCIDENT_CATEGORY_CODES } from '@redline/domain';
import { Form, Input, Radio, Select } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../app/i18n/locale-context';
import { placeServerErrors } from '../hazards/server-errors';
import { createUnit, type RiskUnit, updateUnit } from './api';
import { FormDialog } from './form-dialog';
import { useRegisterWrite } from './use-register-write';

type Values = Omit<TRiskUnitInput, 'hazardFactors'> & { hazardFactors: string };

const valuesOf = (unit: RiskUnit | null): Partial<Values> =>
  unit
    ? {
        objectName: unit.objectName,
        name: unit.name,
        kind: unit.kind,
        department: unit.department,
        responsiblePerson: unit.responsiblePerson,
        locationText: unit.locationText,
        hazardFactors: unit.hazardFactors.join('\n'),
        accidentTypes: unit.accidentTypes,
      }
    : { kind: 'facility', hazardFactors: '', accidentTypes: [] };

const bodyOf = (v: Values): TRiskUnitInput => ({
  ...v,
  hazardFactors: v.hazardFactors
    .split('\n')
    .map((s) => s.trim())
    .filter(Boolean),
  accidentTypes: v.accidentTypes ?? [],
});

/** Adds a risk unit (风险分析单元) or changes one. */
export function UnitDialog(props: { enterpriseId: string; unit: RiskUnit | null; open: boolean; onClose: () => void }) {
  const { enterpriseId, unit, open, onClose } = props;
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const save = useRegisterWrite(
    enterpriseId,
    (v: Values) => (unit ? updateUnit(unit.id, bodyOf(v)) : createUnit(enterpriseId, bodyOf(v))),
    { onSuccess: onClose, onError: (e) => setError(placeServerErrors(form, e)) },
  );
  const required = (label: string) => [
    { required: true, whitespace: true, message: t('risks.required', { field: label }) },
  ];
  return (
    <FormDialog
      title={t(unit ? 'risks.editUnit' : 'risks.addUnit')}
      open={open}
      form={form}
      initialValues={valuesOf(unit)}
      pending={save.isPending}
      error={error}
      onClose={onClose}
      onFinish={(v) => {
        setError(null);
        save.mutate(v);
      }}
    >
      <Form.Item
        name="objectName"
        label={t('risks.form.objectName')}
        extra={t('risks.form.objectNameHint')}
        rules={required(t('risks.form.objectName'))}
      >
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="name" label={t('risks.form.unitName')} rules={required(t('risks.form.unitName'))}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="kind" label={t('risks.form.kind')}>
        <Radio.Group
          options={(['facility', 'activity'] as const).map((k) => ({ value: k, label: t(`risks.kind.${k}`) }))}
        />
      </Form.Item>
      <Form.Item name="department" label={t('risks.form.department')}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="responsiblePerson" label={t('risks.form.responsiblePerson')}>
        <Input maxLength={64} />
      </Form.Item>
      <Form.Item name="locationText" label={t('risks.form.locationText')}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="hazardFactors" label={t('risks.form.hazardFactors')} extra={t('risks.form.hazardFactorsHint')}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} />
      </Form.Item>
      <Form.Item name="accidentTypes" label={t('risks.form.accidentTypes')}>
        <Select
          mode="multiple"
          allowClear
          optionFilterProp="label"
          placeholder={t('risks.pick')}
          options={ACCIDENT_CATEGORY_CODES.map((c) => ({ value: c, label: `${c} ${t(`accident.category.${c}`)}` }))}
        />
      </Form.Item>
    </FormDialog>
  );
}
