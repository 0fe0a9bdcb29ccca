import { ACCIDENT_CATEGORY_CODES, ACCIDENT_SECTOR_CODES } from '@redline/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Col, Form, Input, InputNumber, Row, Select, Space, Typography } from 'antd';
import { type ReactNode, useState } from 'react';
import { useNavigate } from 'react-router';
import { useI18n } from '../../app/i18n/locale-context';
import { ForbiddenState } from '../../app/states/states';
import { useAccount } from '../auth/session';
import { enterpriseKeys, getEnterprise } from '../enterprises/api';
import { EnterpriseSelect } from '../hazards/enterprise-select';
import { RegionTreeSelect } from '../hazards/region-tree-select';
import { placeServerErrors } from '../hazards/server-errors';
import { accidentKeys, reportAccident } from './api';
import { mayReportAccident } from './codes';
import { DateTimeInput } from './date-time-input';
import { GradePreview } from './grade-preview';
import { instantOfWallTime, REPORT_ITEMS, REQUIRED_REPORT_ITEMS, type ReportValues, reportBodyOf } from './report-form';

/** Where the report form sends the user after a successful report. */
export type ReportedState = { reportedNumber?: string };

const COUNT_FIELDS = ['deaths', 'missing', 'seriousInjuries', 'minorInjuries'] as const;

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card title={title} size="small" styles={{ body: { paddingBottom: 0 } }}>
      {children}
    </Card>
  );
}

/**
 * 事故报告 (Decree 493 Art. 12): what happened, when and where, the casualties and loss with the grade they give
 * live, the six items of the report and who reports. On success the accident's page opens.
 */
export function AccidentReportPage() {
  const account = useAccount();
  if (!mayReportAccident(account.roles)) return <ForbiddenState />;
  return <ReportForm />;
}

function ReportForm() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const account = useAccount();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<ReportValues>();
  const [formError, setFormError] = useState<string | null>(null);
  const watched = Form.useWatch([], form) as ReportValues | undefined;
  const values = watched ?? {};

  const send = useMutation({
    mutationFn: (v: ReportValues) => reportAccident(reportBodyOf(v)),
    onSuccess: (detail) => {
      void queryClient.invalidateQueries({ queryKey: accidentKeys.all, refetchType: 'none' });
      message.success(t('accidents.reportedAs', { number: detail.number }));
      navigate(`/accidents/${detail.id}`, { state: { reportedNumber: detail.number } satisfies ReportedState });
    },
    onError: (error) => setFormError(placeServerErrors(form, error)),
  });

  /** An enterprise chosen: its region and industry fill the fields still empty. */
  async function enterpriseChosen(id: string | undefined) {
    if (!id) return;
    const e = await queryClient
      .fetchQuery({ queryKey: enterpriseKeys.one(id), queryFn: ({ signal }) => getEnterprise(id, signal) })
      .catch(() => null);
    if (!e) return;
    const current = form.getFieldsValue(['regionCode', 'industryCode', 'locationText']);
    form.setFieldsValue({
      regionCode: current.regionCode || e.regionCode,
      industryCode: current.industryCode || e.industryCode || undefined,
      locationText: current.locationText || e.address || undefined,
    });
  }

  const required = (label: string) => [
    { required: true, whitespace: true, message: t('accidents.required', { field: label }) },
  ];
  const half = { xs: 24, md: 12 };
  const occurredInstant = instantOfWallTime(values.occurredAt);
  const occurredAt = occurredInstant ? new Date(occurredInstant) : null;

  return (
    <div style={{ maxWidth: 1080 }}>
      <Typography.Title level={1} style={{ fontSize: 22, marginTop: 0 }}>
        {t('accidents.reportTitle')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('accidents.reportHint')}</Typography.Paragraph>
      {formError ? <Alert type="error" showIcon title={formError} role="alert" style={{ marginBottom: 16 }} /> : null}
      <Form
        form={form}
        layout="vertical"
        name="accident-report"
        initialValues={{
          deaths: 0,
          missing: 0,
          seriousInjuries: 0,
          minorInjuries: 0,
          directLossCny: 0,
          reporterName: account.displayName,
        }}
        onFinish={(v) => {
          setFormError(null);
          send.mutate(v);
        }}
        scrollToFirstError
      >
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Section title={t('accidents.section.basic')}>
            <Form.Item name="title" label={t('accidents.field.title')} rules={required(t('accidents.field.title'))}>
              <Input maxLength={100} showCount autoComplete="off" placeholder={t('accidents.titlePlaceholder')} />
            </Form.Item>
            <Row gutter={16}>
              <Col {...half}>
                <Form.Item
                  name="occurredAt"
                  label={t('field.occurredAt')}
                  rules={[{ required: true, message: t('accidents.required', { field: t('field.occurredAt') }) }]}
                >
                  <DateTimeInput />
                </Form.Item>
              </Col>
              <Col {...half}>
                <Form.Item
                  name="learnedAt"
                  label={t('field.learnedAt')}
                  extra={t('accidents.learnedAtHint')}
                  rules={[{ required: true, message: t('accidents.required', { field: t('field.learnedAt') }) }]}
                >
                  <DateTimeInput />
                </Form.Item>
              </Col>
              <Col {...half}>
                <Form.Item
                  name="enterpriseId"
                  label={t('accidents.field.enterprise')}
                  extra={t('accidents.enterpriseHint')}
                >
                  <EnterpriseSelect
                    style={{ width: '100%' }}
                    onChange={(id) => {
                      void enterpriseChosen(id);
                    }}
                  />
                </Form.Item>
              </Col>
              <Col {...half}>
                <Form.Item
                  name="regionCode"
                  label={t('accidents.region')}
                  rules={[{ required: true, message: t('accidents.required', { field: t('accidents.region') }) }]}
                >
                  <RegionTreeSelect placeholder={t('accidents.pickRegion')} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
            </Row>
            <Form.Item name="locationText" label={t('field.locationText')} rules={required(t('field.locationText'))}>
              <Input maxLength={200} />
            </Form.Item>
            <Row gutter={16}>
              <Col xs={24} md={8}>
                <Form.Item
                  name="sector"
                  label={t('field.sector')}
                  rules={[{ required: true, message: t('accidents.required', { field: t('field.sector') }) }]}
                >
                  <Select
                    showSearch={{ optionFilterProp: 'label' }}
                    options={ACCIDENT_SECTOR_CODES.map((s) => ({ value: s, label: t(`accident.sector.${s}`) }))}
                  />
                </Form.Item>
              </Col>
              <Col xs={24} md={8}>
                <Form.Item
                  name="categoryCode"
                  label={t('field.categoryCode')}
                  rules={[{ required: true, message: t('accidents.required', { field: t('field.categoryCode') }) }]}
                >
                  <Select
                    showSearch={{ optionFilterProp: 'label' }}
                    options={ACCIDENT_CATEGORY_CODES.map((c) => ({
                      value: c,
                      label: `${c} ${t(`accident.category.${c}`)}`,
                    }))}
                  />
                </Form.Item>
              </Col>
              <Col xs={24} md={8}>
                <Form.Item name="industryCode" label={t('field.industryCode')} extra={t('accidents.industryHint')}>
                  <Input maxLength={5} placeholder="C2614" style={{ textTransform: 'uppercase' }} />
                </Form.Item>
              </Col>
            </Row>
          </Section>

          <Section title={t('accidents.section.casualties')}>
            <Row gutter={16}>
              <Col xs={24} lg={12}>
                <Row gutter={12} align="bottom">
                  {COUNT_FIELDS.map((name) => (
                    <Col key={name} xs={12}>
                      <Form.Item name={name} label={t(`field.${name}`)}>
                        <InputNumber min={0} max={100_000} precision={0} style={{ width: '100%' }} />
                      </Form.Item>
                    </Col>
                  ))}
                  <Col xs={24}>
                    <Form.Item name="directLossCny" label={t('field.directLossCny')} extra={t('accidents.lossHint')}>
                      <InputNumber<number>
                        min={0}
                        max={1e12}
                        precision={2}
                        style={{ width: '100%' }}
                        formatter={(v) => (v === undefined ? '' : `${v}`.replace(/\B(?=(\d{3})+(?!\d))/g, ','))}
                        parser={(v) => Number((v ?? '').replace(/,/g, ''))}
                      />
                    </Form.Item>
                  </Col>
                </Row>
              </Col>
              <Col xs={24} lg={12} style={{ paddingBottom: 16 }}>
                <GradePreview values={values} occurredAt={occurredAt} sector={values.sector ?? null} />
              </Col>
            </Row>
          </Section>

          <Section title={t('accidents.section.content')}>
            <Typography.Paragraph type="secondary">{t('accidents.contentHint')}</Typography.Paragraph>
            {REPORT_ITEMS.map((name) => (
              <Form.Item
                key={name}
                name={name}
                label={t(`field.${name}`)}
                rules={REQUIRED_REPORT_ITEMS.has(name) ? required(t(`field.${name}`)) : []}
              >
                <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={2000} />
              </Form.Item>
            ))}
          </Section>

          <Section title={t('accidents.section.reporter')}>
            <Row gutter={16}>
              <Col xs={24} md={8}>
                <Form.Item
                  name="reporterName"
                  label={t('field.reporterName')}
                  rules={required(t('field.reporterName'))}
                >
                  <Input maxLength={64} />
                </Form.Item>
              </Col>
              <Col xs={24} md={8}>
                <Form.Item name="reporterUnit" label={t('field.reporterUnit')}>
                  <Input maxLength={128} />
                </Form.Item>
              </Col>
              <Col xs={24} md={8}>
                <Form.Item name="reporterPhone" label={t('field.reporterPhone')}>
                  <Input maxLength={32} inputMode="tel" />
                </Form.Item>
              </Col>
            </Row>
          </Section>

          <Space wrap>
            <Button type="primary" htmlType="submit" size="large" loading={send.isPending}>
              {t('accidents.submitReport')}
            </Button>
            <Button size="large" onClick={() => navigate('/accidents')}>
              {t('common.cancel')}
            </Button>
          </Space>
        </Space>
      </Form>
    </div>
  );
}
