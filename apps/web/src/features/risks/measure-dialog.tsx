import type { TRiskMeasureInput } from '@redline/contracts';
import { CHECK_CYCLES, MEASURE_CLASSES } from '@redline/domain';
import { Col, Form, Input, InputNumber, Radio, Row, Select, Switch } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../app/i18n/locale-context';
import { placeServerErrors } from '../hazards/server-errors';
import { createMeasure, type RiskMeasure, updateMeasure } from './api';
import { FormDialog } from './form-dialog';
import { useRegisterWrite } from './use-register-write';

type Schedule = NonNullable<TRiskMeasureInput['schedule']>;
type Values = Omit<TRiskMeasureInput, 'schedule'> & { scheduled: boolean; schedule: Partial<Schedule> };

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;

const valuesOf = (measure: RiskMeasure | null): Partial<Values> => ({
  description: measure?.description,
  classify: (measure?.classify as Values['classify']) ?? 'management',
  checkContent: measure?.checkContent,
  post: measure?.post,
  scheduled: measure ? measure.schedule !== null : true,
  schedule: (measure?.schedule as Partial<Schedule> | null) ?? { cycle: 'day', every: 1, days: 'all' },
});

function bodyOf(v: Values): TRiskMeasureInput {
  const s = v.schedule;
  const schedule: Schedule | null = v.scheduled
    ? {
        cycle: s.cycle ?? 'day',
        every: s.every ?? 1,
        days: s.days ?? 'all',
        ...(s.workStart && s.workEnd ? { workStart: s.workStart, workEnd: s.workEnd } : {}),
        ...(s.cycle === 'shift' && s.shiftHours ? { shiftHours: s.shiftHours } : {}),
      }
    : null;
  return { description: v.description, classify: v.classify, checkContent: v.checkContent, post: v.post, schedule };
}

type Props = { enterpriseId: string; eventId: string; measure: RiskMeasure | null; open: boolean; onClose: () => void };

/** Adds a control measure (what a check looks at, how often, which post) or changes one. */
export function MeasureDialog({ enterpriseId, eventId, measure, open, onClose }: Props) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const scheduled = Form.useWatch('scheduled', form);
  const cycle = Form.useWatch(['schedule', 'cycle'], form);
  const save = useRegisterWrite(
    enterpriseId,
    (v: Values) => (measure ? updateMeasure(measure.id, bodyOf(v)) : createMeasure(eventId, bodyOf(v))),
    { onSuccess: onClose, onError: (e) => setError(placeServerErrors(form, e)) },
  );
  const time = (name: 'workStart' | 'workEnd') => (
    <Form.Item
      name={['schedule', name]}
      label={t(`risks.form.${name}`)}
      rules={[{ pattern: HHMM, message: t('risks.required', { field: t(`risks.form.${name}`) }) }]}
    >
      <Input placeholder={name === 'workStart' ? '08:30' : '17:30'} maxLength={5} />
    </Form.Item>
  );
  return (
    <FormDialog
      title={t(measure ? 'risks.editMeasure' : 'risks.addMeasure')}
      open={open}
      form={form}
      initialValues={valuesOf(measure)}
      pending={save.isPending}
      error={error}
      onClose={onClose}
      width={680}
      onFinish={(v) => {
        setError(null);
        save.mutate(v);
      }}
    >
      <Form.Item
        name="description"
        label={t('risks.form.description')}
        rules={[
          { required: true, whitespace: true, message: t('risks.required', { field: t('risks.form.description') }) },
        ]}
      >
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={500} />
      </Form.Item>
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          <Form.Item name="classify" label={t('risks.form.classify')}>
            <Select options={MEASURE_CLASSES.map((c) => ({ value: c, label: t(`risks.classify.${c}`) }))} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="post" label={t('risks.form.post')}>
            <Input maxLength={64} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="checkContent" label={t('risks.form.checkContent')}>
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={500} />
      </Form.Item>
      <Form.Item name="scheduled" label={t('risks.form.scheduled')} valuePropName="checked">
        <Switch />
      </Form.Item>
      {scheduled ? (
        <Row gutter={12}>
          <Col xs={12} sm={6}>
            <Form.Item name={['schedule', 'every']} label={t('risks.form.every')}>
              <InputNumber min={1} max={1000} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} sm={6}>
            <Form.Item name={['schedule', 'cycle']} label={t('risks.form.cycle')}>
              <Select options={CHECK_CYCLES.map((c) => ({ value: c, label: t(`risks.cycle.${c}`) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name={['schedule', 'days']} label={t('risks.form.days')}>
              <Radio.Group
                options={(['all', 'working'] as const).map((d) => ({ value: d, label: t(`risks.form.days.${d}`) }))}
              />
            </Form.Item>
          </Col>
          <Col xs={12} sm={6}>
            {time('workStart')}
          </Col>
          <Col xs={12} sm={6}>
            {time('workEnd')}
          </Col>
          {cycle === 'shift' ? (
            <Col xs={24} sm={12}>
              <Form.Item name={['schedule', 'shiftHours']} label={t('risks.form.shiftHours')}>
                <InputNumber min={1} max={24} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          ) : null}
        </Row>
      ) : null}
    </FormDialog>
  );
}
