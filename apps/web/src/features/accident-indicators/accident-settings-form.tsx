import { ACCIDENT_GRADES, type AccidentGrade } from '@redline/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Form, InputNumber, Table, Typography } from 'antd';
import { useState } from 'react';
import { applyServerErrors } from '../../app/form-errors';
import { useI18n } from '../../app/i18n/locale-context';
import { accidentIndicatorKeys, putAccidentSettings, type TAccidentSettings } from './api';
import { type SettingsValues, settingsInputOf, settingsValuesOf } from './indicator-form';
import styles from './indicators.module.css';
import { VetoRulesField } from './veto-rules-field';

const LIMITS = ['reportDays', 'maxExtensionDays', 'approvalDays'] as const;

type Props = {
  regionCode: string;
  settings: TAccidentSettings;
  /** The name of the region the settings come from when inherited. */
  fromName: string | undefined;
  editable: boolean;
};

/**
 * A region's accident settings: the cap warning threshold, the investigation time limits per grade and the
 * one-vote-veto rules. A region without its own uses the nearest region above (then the defaults); saving gives it
 * its own. PUT /accident-settings/:regionCode.
 */
export function AccidentSettingsForm({ regionCode, settings, fromName, editable }: Props) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<SettingsValues>();
  const [formError, setFormError] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: (values: SettingsValues) => putAccidentSettings(regionCode, settingsInputOf(values)),
    onSuccess: (saved) => {
      // Regions below inherit these settings, and the statistics use the threshold and the rules.
      void queryClient.invalidateQueries({ queryKey: accidentIndicatorKeys.allSettings });
      void queryClient.invalidateQueries({ queryKey: accidentIndicatorKeys.allStatistics });
      queryClient.setQueryData(accidentIndicatorKeys.settings(regionCode), saved);
      message.success(t('accidentIndicators.saved'));
    },
    onError: (error) => setFormError(applyServerErrors(form, error, t('accidentIndicators.saveFailed'))),
  });
  const origin =
    settings.from === regionCode
      ? t('accidentIndicators.own')
      : settings.from === null
        ? t('accidentIndicators.defaults')
        : t('accidentIndicators.inherited', { from: fromName ?? settings.from });

  return (
    <Form
      form={form}
      layout="vertical"
      name="accident-settings"
      disabled={!editable}
      initialValues={settingsValuesOf(settings)}
      onFinish={(values) => {
        setFormError(null);
        save.mutate(values);
      }}
    >
      <Alert
        type={settings.from === regionCode ? 'success' : 'info'}
        showIcon
        title={origin}
        style={{ marginBottom: 16 }}
        data-testid="settings-origin"
      />
      {formError ? <Alert type="error" showIcon title={formError} role="alert" style={{ marginBottom: 16 }} /> : null}
      <Form.Item
        name="warningPercent"
        label={t('accidentIndicators.warningPercent')}
        extra={t('accidentIndicators.warningPercentHint')}
        rules={[{ required: true, message: t('accidentIndicators.warningRequired') }]}
      >
        <InputNumber min={1} max={100} precision={0} style={{ width: 160 }} />
      </Form.Item>

      <Typography.Title level={3} style={{ fontSize: 15, marginTop: 8 }}>
        {t('accidentIndicators.limits')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('accidentIndicators.limitsHint')}</Typography.Paragraph>
      <Table<AccidentGrade>
        rowKey={(g) => g}
        size="small"
        pagination={false}
        scroll={{ x: 'max-content' }}
        dataSource={[...ACCIDENT_GRADES]}
        className={styles.limits}
        columns={[
          { key: 'grade', title: t('accidentIndicators.grade'), render: (_v, g) => t(`accident.grade.${g}`) },
          ...LIMITS.map((limit) => ({
            key: limit,
            title: t(`accidentIndicators.${limit}`),
            render: (_v: unknown, g: AccidentGrade) => (
              <Form.Item name={['investigationLimits', g, limit]} style={{ marginBottom: 0 }}>
                <InputNumber
                  min={limit === 'maxExtensionDays' ? 0 : 1}
                  max={365}
                  precision={0}
                  aria-label={`${t(`accident.grade.${g}`)} ${t(`accidentIndicators.${limit}`)}`}
                />
              </Form.Item>
            ),
          })),
        ]}
      />

      <Typography.Title level={3} style={{ fontSize: 15, marginTop: 8 }}>
        {t('accidentIndicators.vetoRules')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('accidentIndicators.vetoRulesHint')}</Typography.Paragraph>
      <VetoRulesField editable={editable} />

      {editable ? (
        <div className={styles.footer}>
          <span />
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            {t('accidentIndicators.saveSettings')}
          </Button>
        </div>
      ) : null}
    </Form>
  );
}
