import type { TRiskSettings, TRiskSettingsInput } from '@redline/contracts';
import { CONTROL_LEVELS, RISK_LEVELS } from '@redline/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Form, InputNumber, Radio, Select, Typography } from 'antd';
import { useState } from 'react';
import { applyServerErrors } from '../../app/form-errors';
import { useI18n } from '../../app/i18n/locale-context';
import { putRiskSettings, riskOverviewKeys } from './api';
import styles from './risk-overview.module.css';

type Props = { regionCode: string; settings: TRiskSettings; editable: boolean };

const METHODS = ['lec', 'matrix'] as const;
const THRESHOLDS = ['major', 'large', 'ordinary'] as const;

const inputOf = (s: TRiskSettings): TRiskSettingsInput => ({
  lec: s.lec,
  matrix: s.matrix,
  controlMapping: s.controlMapping,
});

/**
 * A region's grading: for each method the score from which a risk is 重大, 较大 and 一般 and where a score exactly on
 * a threshold goes; and who controls each level (§4.4). The server checks the thresholds fall and marks the field at
 * fault. PUT /regions/:code/risk-settings.
 */
export function RiskSettingsForm({ regionCode, settings, editable }: Props) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<TRiskSettingsInput>();
  const [formError, setFormError] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: (values: TRiskSettingsInput) => putRiskSettings(regionCode, values),
    onSuccess: (saved) => {
      // The regions below inherit these settings, and the overview's control levels follow them.
      void queryClient.invalidateQueries({ queryKey: riskOverviewKeys.allSettings });
      void queryClient.invalidateQueries({ queryKey: ['risk-overview'] });
      queryClient.setQueryData(riskOverviewKeys.settings(regionCode), saved);
      message.success(t('riskOverview.settings.saved'));
    },
    onError: (error) => setFormError(applyServerErrors(form, error, t('riskOverview.settings.saveFailed'))),
  });
  const origin =
    settings.from === regionCode
      ? t('riskOverview.settings.own')
      : settings.from === null
        ? t('riskOverview.settings.defaults')
        : t('riskOverview.settings.inherited', { from: settings.fromName ?? settings.from });

  return (
    <Form
      form={form}
      layout="vertical"
      name="risk-settings"
      disabled={!editable}
      initialValues={inputOf(settings)}
      onFinish={(values) => {
        setFormError(null);
        save.mutate(values);
      }}
    >
      <Alert
        type={settings.from === regionCode ? 'success' : 'info'}
        showIcon
        title={origin}
        description={t('riskOverview.settings.appliesTo')}
        style={{ marginBottom: 16 }}
        data-testid="risk-settings-origin"
      />
      {formError ? <Alert type="error" showIcon title={formError} role="alert" style={{ marginBottom: 16 }} /> : null}
      <Typography.Paragraph type="secondary">{t('riskOverview.settings.thresholdsHint')}</Typography.Paragraph>
      {METHODS.map((method) => (
        <section key={method} aria-labelledby={`risk-settings-${method}`}>
          <Typography.Title id={`risk-settings-${method}`} level={3} style={{ fontSize: 15, marginTop: 8 }}>
            {t(`riskOverview.settings.${method}`)}
          </Typography.Title>
          <div className={styles.thresholds}>
            {THRESHOLDS.map((level) => (
              <Form.Item
                key={level}
                name={[method, level]}
                label={t('riskOverview.settings.threshold', { level: t(`riskOverview.level.${level}`) })}
                rules={[{ required: true, message: t('riskOverview.settings.required') }]}
              >
                <InputNumber min={0} max={100_000} style={{ width: '100%' }} />
              </Form.Item>
            ))}
          </div>
          <Form.Item name={[method, 'boundary']} label={t('riskOverview.settings.boundary')}>
            <Radio.Group
              options={(['above', 'below'] as const).map((b) => ({
                value: b,
                label: t(`riskOverview.settings.boundary.${method}.${b}`),
              }))}
            />
          </Form.Item>
        </section>
      ))}
      <Typography.Title level={3} style={{ fontSize: 15, marginTop: 8 }}>
        {t('riskOverview.settings.mapping')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('riskOverview.settings.mappingHint')}</Typography.Paragraph>
      <div className={styles.thresholds}>
        {RISK_LEVELS.map((level) => (
          <Form.Item key={level} name={['controlMapping', level]} label={t(`riskOverview.level.${level}`)}>
            <Select options={CONTROL_LEVELS.map((c) => ({ value: c, label: t(`riskOverview.control.${c}`) }))} />
          </Form.Item>
        ))}
      </div>
      {editable ? (
        <div className={styles.footer}>
          <span />
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            {t('riskOverview.settings.save')}
          </Button>
        </div>
      ) : null}
    </Form>
  );
}
