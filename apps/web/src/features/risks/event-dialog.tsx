import type { TRiskEventInput } from '@redline/contracts';
import { Divider, Form, Input, Switch, Typography } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../app/i18n/locale-context';
import { placeServerErrors } from '../hazards/server-errors';
import { createEvent, type RiskEvent, updateEvent } from './api';
import { AssessmentFields, type AssessmentValues, assessmentOf } from './assessment-fields';
import { FormDialog } from './form-dialog';
import { useGrading } from './use-grading';
import { useRegisterWrite } from './use-register-write';

type Values = { name: string; inherent: AssessmentValues; withResidual: boolean; residual?: AssessmentValues };

const formOf = (a: Record<string, unknown> | undefined): AssessmentValues =>
  a ? ({ ...a } as AssessmentValues) : { method: 'lec' };

const valuesOf = (event: RiskEvent | null): Partial<Values> =>
  event
    ? {
        name: event.name,
        inherent: formOf(event.inherent.assessment),
        withResidual: event.residual !== null,
        residual: formOf(event.residual?.assessment),
      }
    : { inherent: { method: 'lec' }, withResidual: false, residual: { method: 'lec' } };

const bodyOf = (v: Values): TRiskEventInput => ({
  name: v.name,
  inherent: assessmentOf(v.inherent)!,
  residual: v.withResidual ? assessmentOf(v.residual) : null,
});

type Props = { enterpriseId: string; unitId: string; event: RiskEvent | null; open: boolean; onClose: () => void };

/** Adds a risk event with its inherent (and residual) assessment, scored live as the factors are picked; or edits one. */
export function EventDialog({ enterpriseId, unitId, event, open, onClose }: Props) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const { settings, fromName } = useGrading(enterpriseId);
  const withResidual = Form.useWatch('withResidual', form);
  const save = useRegisterWrite(
    enterpriseId,
    (v: Values) => (event ? updateEvent(event.id, bodyOf(v)) : createEvent(unitId, bodyOf(v))),
    { onSuccess: onClose, onError: (e) => setError(placeServerErrors(form, e)) },
  );
  return (
    <FormDialog
      title={t(event ? 'risks.editEvent' : 'risks.addEvent')}
      open={open}
      form={form}
      initialValues={valuesOf(event)}
      pending={save.isPending}
      error={error}
      onClose={onClose}
      width={720}
      onFinish={(v) => {
        setError(null);
        save.mutate(v);
      }}
    >
      <Form.Item
        name="name"
        label={t('risks.form.eventName')}
        rules={[
          { required: true, whitespace: true, message: t('risks.required', { field: t('risks.form.eventName') }) },
        ]}
      >
        <Input maxLength={100} />
      </Form.Item>
      <Divider titlePlacement="start" style={{ margin: '8px 0 12px' }}>
        {t('risks.form.inherent')}
      </Divider>
      <AssessmentFields name="inherent" settings={settings} />
      <Divider titlePlacement="start" style={{ margin: '8px 0 12px' }}>
        {t('risks.form.residual')}
      </Divider>
      <Form.Item name="withResidual" label={t('risks.form.withResidual')} valuePropName="checked">
        <Switch />
      </Form.Item>
      {withResidual ? <AssessmentFields name="residual" settings={settings} /> : null}
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 0 }}>
        {fromName ? t('risks.preview.regional', { region: fromName }) : t('risks.preview.default')}
      </Typography.Paragraph>
    </FormDialog>
  );
}
