import { type Assessment, assess, LEC_C, LEC_E, LEC_L, type RiskSettings } from '@redline/domain';
import { Col, Flex, Form, Radio, Row, Select, Typography } from 'antd';
import { useI18n } from '../../app/i18n/locale-context';
import { RiskLevelTag } from './risk-tags';

/** An assessment as the form holds it: the method and whichever factors were picked. */
export type AssessmentValues = {
  method: 'lec' | 'matrix';
  l?: number;
  e?: number;
  c?: number;
  likelihood?: number;
  severity?: number;
};

/** The assessment the API takes (only the chosen method's factors), or null until every factor is picked. */
export function assessmentOf(v: AssessmentValues | undefined): Assessment | null {
  if (!v) return null;
  if (v.method === 'lec') {
    return v.l !== undefined && v.e !== undefined && v.c !== undefined
      ? { method: 'lec', l: v.l, e: v.e, c: v.c }
      : null;
  }
  return v.likelihood !== undefined && v.severity !== undefined
    ? { method: 'matrix', likelihood: v.likelihood, severity: v.severity }
    : null;
}

const LEC_TABLES = { l: LEC_L, e: LEC_E, c: LEC_C } as const;
const SCALE = [1, 2, 3, 4, 5] as const;

/**
 * The factors of one assessment (LEC from the §4.2 tables, each value with its meaning, or likelihood × severity
 * 1–5 on the §4.3 matrix) and, as they are picked, the score, level and colour the domain's `assess` gives.
 */
export function AssessmentFields({ name, settings }: { name: 'inherent' | 'residual'; settings: RiskSettings }) {
  const { t } = useI18n();
  const form = Form.useFormInstance();
  const values = Form.useWatch(name, form) as AssessmentValues | undefined;
  const method = values?.method ?? 'lec';
  const required = (label: string) => [{ required: true, message: t('risks.required', { field: label }) }];
  const select = (factor: 'l' | 'e' | 'c') => (
    <Form.Item name={[name, factor]} label={t(`risks.factor.${factor}`)} rules={required(t(`risks.factor.${factor}`))}>
      <Select
        placeholder={t('risks.pick')}
        options={LEC_TABLES[factor].map((v) => ({ value: v, label: `${v} — ${t(`risks.lec.${factor}.${v}`)}` }))}
      />
    </Form.Item>
  );
  const scale = (factor: 'likelihood' | 'severity') => (
    <Form.Item name={[name, factor]} label={t(`risks.factor.${factor}`)} rules={required(t(`risks.factor.${factor}`))}>
      <Select placeholder={t('risks.pick')} options={SCALE.map((v) => ({ value: v, label: t(`risks.scale.${v}`) }))} />
    </Form.Item>
  );
  return (
    <>
      <Form.Item name={[name, 'method']} label={t('risks.form.method')}>
        <Radio.Group
          options={(['lec', 'matrix'] as const).map((m) => ({ value: m, label: t(`risks.method.${m}`) }))}
          onChange={() => form.setFieldValue(name, { method: form.getFieldValue([name, 'method']) })}
        />
      </Form.Item>
      {method === 'lec' ? (
        <Row gutter={12}>
          <Col xs={24} sm={8}>
            {select('l')}
          </Col>
          <Col xs={24} sm={8}>
            {select('e')}
          </Col>
          <Col xs={24} sm={8}>
            {select('c')}
          </Col>
        </Row>
      ) : (
        <Row gutter={12}>
          <Col xs={24} sm={12}>
            {scale('likelihood')}
          </Col>
          <Col xs={24} sm={12}>
            {scale('severity')}
          </Col>
        </Row>
      )}
      <GradePreview assessment={assessmentOf(values)} settings={settings} testId={`${name}-preview`} />
    </>
  );
}

function GradePreview(props: { assessment: Assessment | null; settings: RiskSettings; testId: string }) {
  const { assessment, settings, testId } = props;
  const { t } = useI18n();
  const graded = assessment ? assess(assessment, settings) : null;
  const body =
    assessment && graded?.ok ? (
      <Flex wrap gap={8} align="center">
        <Typography.Text strong style={{ fontSize: 16 }}>
          {assessment.method === 'lec'
            ? t('risks.preview.lec', { ...assessment, score: graded.value.score })
            : t('risks.preview.matrix', { ...assessment, score: graded.value.score })}
        </Typography.Text>
        <RiskLevelTag level={graded.value.level} />
        <Typography.Text type="secondary">
          {t('risks.preview.controls', {
            levels: graded.value.controlLevels.map((c) => t(`risks.control.${c}`)).join(t('risks.sep')),
          })}
        </Typography.Text>
      </Flex>
    ) : (
      <Typography.Text type="secondary">{t('risks.preview.pending')}</Typography.Text>
    );
  return (
    <div
      data-testid={testId}
      aria-live="polite"
      style={{
        background: '#fafafa',
        border: '1px solid #f0f0f0',
        borderRadius: 6,
        padding: '8px 12px',
        marginBottom: 16,
      }}
    >
      {body}
    </div>
  );
}
