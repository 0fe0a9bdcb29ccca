import { useMutation } from '@tanstack/react-query';
import { Alert, Form, Input, Modal, Radio, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useI18n } from '../../app/i18n/locale-context';
import { PhotoInput } from '../hazards/photo-input';
import { placeServerErrors } from '../hazards/server-errors';
import { type ReportStep, transitionReportStep } from './api';
import { DateTimeInput, wallNow } from './date-time-input';
import { instantOfWallTime } from './report-form';
import { isOutdated, useAccidentUpdate } from './use-accident-update';

type DialogProps = {
  accidentId: string;
  step: ReportStep;
  open: boolean;
  onClose: () => void;
  afterClose: () => void;
};

/** 上报: the report reached this level at a moment (now unless said otherwise), received by someone. */
export function ReportStepDialog({ accidentId, step, open, onClose, afterClose }: DialogProps) {
  const { t } = useI18n();
  const [form] = Form.useForm<{ reportedAt?: Dayjs | null; recipient?: string }>();
  const [formError, setFormError] = useState<string | null>(null);
  const update = useAccidentUpdate(accidentId);
  const level = t(`accident.reportLevel.${step.level}`);
  const send = useMutation({
    mutationFn: (v: { reportedAt?: Dayjs | null; recipient?: string }) =>
      transitionReportStep(accidentId, step.id, {
        transition: 'report',
        version: step.version,
        ...(v.reportedAt ? { reportedAt: instantOfWallTime(v.reportedAt) ?? undefined } : {}),
        recipient: v.recipient?.trim() || null,
      }),
    onSuccess: (detail) => {
      update.done(detail, t('accidents.step.reportedDone', { level }));
      onClose();
    },
    onError: (error) => {
      if (isOutdated(error)) {
        update.outdated(error instanceof Error ? error.message : String(error));
        onClose();
        return;
      }
      setFormError(placeServerErrors(form, error));
    },
  });
  const title = t('accidents.step.reportTitle', { level });
  return (
    <Modal
      open={open}
      title={title}
      okText={t('accidents.step.report')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      afterClose={afterClose}
      confirmLoading={send.isPending}
      closable={{ 'aria-label': t('common.close') }}
    >
      <Typography.Paragraph type="secondary">{t('accidents.step.reportHint')}</Typography.Paragraph>
      {formError ? <Alert type="error" showIcon title={formError} role="alert" style={{ marginBottom: 16 }} /> : null}
      <Form
        form={form}
        layout="vertical"
        name="report-step"
        initialValues={{ reportedAt: wallNow() }}
        onFinish={(v) => {
          setFormError(null);
          send.mutate(v);
        }}
      >
        <Form.Item
          name="reportedAt"
          label={t('field.reportedAt')}
          rules={[{ required: true, message: t('accidents.required', { field: t('field.reportedAt') }) }]}
        >
          <DateTimeInput />
        </Form.Item>
        <Form.Item name="recipient" label={t('field.recipient')} extra={t('accidents.step.recipientHint')}>
          <Input maxLength={200} />
        </Form.Item>
        <button type="submit" hidden />
      </Form>
    </Modal>
  );
}

const KINDS = ['omitted', 'false', 'concealed'] as const;
type IrregularityValues = { irregularity?: (typeof KINDS)[number]; comment?: string; evidenceIds?: string[] };

/** 认定漏报/谎报/瞒报: an investigator's finding on this step, with the reason and at least one piece of evidence. */
export function IrregularityDialog({ accidentId, step, open, onClose, afterClose }: DialogProps) {
  const { t } = useI18n();
  const [form] = Form.useForm<IrregularityValues>();
  const [formError, setFormError] = useState<string | null>(null);
  const [uploading, setUploading] = useState(false);
  const update = useAccidentUpdate(accidentId);
  const level = t(`accident.reportLevel.${step.level}`);
  const send = useMutation({
    mutationFn: (v: IrregularityValues) =>
      transitionReportStep(accidentId, step.id, {
        transition: 'mark_irregularity',
        version: step.version,
        irregularity: v.irregularity,
        comment: v.comment?.trim() ?? '',
        evidenceIds: v.evidenceIds ?? [],
      }),
    onSuccess: (detail, v) => {
      update.done(
        detail,
        t('accidents.step.markedDone', { level, kind: t(`accident.irregularity.${v.irregularity ?? 'omitted'}`) }),
      );
      onClose();
    },
    onError: (error) => {
      if (isOutdated(error)) {
        update.outdated(error instanceof Error ? error.message : String(error));
        onClose();
        return;
      }
      setFormError(placeServerErrors(form, error));
    },
  });
  const title = t('accidents.step.markTitle', { level });
  return (
    <Modal
      open={open}
      title={title}
      okText={t('accidents.step.mark')}
      okButtonProps={{ danger: true, disabled: uploading }}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      afterClose={afterClose}
      confirmLoading={send.isPending}
      closable={{ 'aria-label': t('common.close') }}
      width={600}
    >
      <Typography.Paragraph type="secondary">{t('accidents.step.markHint')}</Typography.Paragraph>
      {formError ? <Alert type="error" showIcon title={formError} role="alert" style={{ marginBottom: 16 }} /> : null}
      <Form
        form={form}
        layout="vertical"
        name="mark-irregularity"
        onFinish={(v) => {
          setFormError(null);
          send.mutate(v);
        }}
      >
        <Form.Item
          name="irregularity"
          label={t('field.irregularity')}
          rules={[{ required: true, message: t('accidents.required', { field: t('field.irregularity') }) }]}
        >
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            options={KINDS.map((k) => ({ value: k, label: t(`accident.irregularity.${k}`) }))}
          />
        </Form.Item>
        <Form.Item
          name="comment"
          label={t('accidents.step.reason')}
          rules={[
            {
              required: true,
              whitespace: true,
              message: t('accidents.required', { field: t('accidents.step.reason') }),
            },
          ]}
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={2000} />
        </Form.Item>
        <Form.Item
          name="evidenceIds"
          label={t('accidents.step.evidence')}
          extra={t('accidents.step.evidenceHint')}
          rules={[
            {
              validator: (_, ids: string[] | undefined) =>
                (ids?.length ?? 0) >= 1
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('accidents.step.evidenceRequired'))),
            },
          ]}
        >
          <PhotoInput phase="other" onBusyChange={setUploading} />
        </Form.Item>
        <button type="submit" hidden />
      </Form>
    </Modal>
  );
}
