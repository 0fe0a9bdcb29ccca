import { ACCIDENT_SECTOR_CODES } from '@redline/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Col, Form, InputNumber, Row, Typography } from 'antd';
import { useState } from 'react';
import { applyServerErrors } from '../../app/form-errors';
import { formatDateTime } from '../../app/format';
import { useI18n } from '../../app/i18n/locale-context';
import { accidentIndicatorKeys, putControlIndicators, type TControlIndicators } from './api';
import { type IndicatorValues, indicatorsInputOf, indicatorValuesOf } from './indicator-form';
import styles from './indicators.module.css';

/** Counts are whole; GDP and coal output keep the decimals typed (the server checks the range). */
const DENOMINATORS = [
  { name: 'gdpYi', precision: undefined },
  { name: 'employees', precision: 0 },
  { name: 'motorVehicles', precision: 0 },
  { name: 'coalOutputMt', precision: undefined },
] as const;

type Props = { regionCode: string; year: number; indicators: TControlIndicators; editable: boolean };

/**
 * A region's year: the death cap, the caps per accident sector, and the denominators of the four rates. Saved with
 * PUT /control-indicators/:regionCode/:year; the server's objections appear beside their fields.
 */
export function ControlIndicatorsForm({ regionCode, year, indicators, editable }: Props) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<IndicatorValues>();
  const [formError, setFormError] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: (values: IndicatorValues) => putControlIndicators(regionCode, year, indicatorsInputOf(values)),
    onSuccess: (saved) => {
      queryClient.setQueryData(accidentIndicatorKeys.indicators(regionCode, year), saved);
      // The region's statistics and those of the regions above it (their tables list it) change.
      void queryClient.invalidateQueries({ queryKey: accidentIndicatorKeys.allStatistics });
      message.success(t('accidentIndicators.saved'));
    },
    onError: (error) => setFormError(applyServerErrors(form, error, t('accidentIndicators.saveFailed'))),
  });

  return (
    <Form
      form={form}
      layout="vertical"
      name="control-indicators"
      disabled={!editable}
      initialValues={indicatorValuesOf(indicators)}
      onFinish={(values) => {
        setFormError(null);
        save.mutate(values);
      }}
    >
      {formError ? <Alert type="error" showIcon title={formError} role="alert" style={{ marginBottom: 16 }} /> : null}
      <Row gutter={16}>
        <Col xs={24} sm={12} lg={6}>
          <Form.Item name="deathCap" label={t('accidentIndicators.deathCap')}>
            <InputNumber min={0} precision={0} className={styles.number} />
          </Form.Item>
        </Col>
      </Row>
      <Typography.Title level={3} style={{ fontSize: 15, marginTop: 8 }}>
        {t('accidentIndicators.sectorCaps')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('accidentIndicators.sectorCapsHint')}</Typography.Paragraph>
      <Row gutter={16}>
        {ACCIDENT_SECTOR_CODES.map((sector) => (
          <Col key={sector} xs={12} sm={8} lg={6} xl={4}>
            <Form.Item name={['sectorCaps', sector]} label={t(`accident.sector.${sector}`)}>
              <InputNumber min={0} precision={0} className={styles.number} />
            </Form.Item>
          </Col>
        ))}
      </Row>
      <Typography.Title level={3} style={{ fontSize: 15, marginTop: 8 }}>
        {t('accidentIndicators.denominators')}
      </Typography.Title>
      <Row gutter={16}>
        {DENOMINATORS.map(({ name, precision }) => (
          <Col key={name} xs={24} sm={12} lg={6}>
            <Form.Item name={name} label={t(`accidentIndicators.${name}`)}>
              <InputNumber min={0} precision={precision} className={styles.number} />
            </Form.Item>
          </Col>
        ))}
      </Row>
      <div className={styles.footer}>
        <Typography.Text type="secondary">
          {indicators.updatedAt
            ? t('accidentIndicators.updatedAt', { at: formatDateTime(indicators.updatedAt) })
            : t('accidentIndicators.neverSaved')}
        </Typography.Text>
        {editable ? (
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            {t('accidentIndicators.saveCaps')}
          </Button>
        ) : null}
      </div>
    </Form>
  );
}
