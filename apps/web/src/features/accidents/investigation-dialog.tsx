import { FOUR_NO_LETS_GO } from '@redline/domain';
import { useMutation } from '@tanstack/react-query';
import { Alert, Checkbox, Form, Input, InputNumber, Modal, Select, Typography } from 'antd';
import { type ReactNode, useState } from 'react';
import { useI18n } from '../../app/i18n/locale-context';
import { placeServerErrors } from '../hazards/server-errors';
import { type Investigation, transitionInvestigation } from './api';
import {
  fieldOfInvestigationError,
  type InvestigationFormValues,
  type InvestigationInput,
  type InvestigationPlan,
  initialInvestigationValues,
  investigationBodyOf,
} from './investigation-plan';
import { isOutdated, useAccidentUpdate } from './use-accident-update';

type Props = {
  accidentId: string;
  investigation: Investigation;
  plan: InvestigationPlan;
  open: boolean;
  onClose: () => void;
  afterClose: () => void;
};

const TEXT_MAX: Record<string, number> = { teamLeader: 64, extensionApprovedBy: 128, approvalDocument: 128 };

/** One investigation action's form, built from what INVESTIGATION_WORKFLOW requires of it. */
export function InvestigationDialog({ accidentId, investigation, plan, open, onClose, afterClose }: Props) {
  const { t } = useI18n();
  const [form] = Form.useForm<InvestigationFormValues>();
  const [formError, setFormError] = useState<string | null>(null);
  const update = useAccidentUpdate(accidentId);
  const label = t(`accidents.investigation.transition.${plan.name}`);
  const send = useMutation({
    mutationFn: (values: InvestigationFormValues) =>
      transitionInvestigation(accidentId, investigationBodyOf(plan, investigation.version, values)),
    onSuccess: (detail) => {
      const state = detail.investigationDetail?.state ?? plan.to;
      update.done(
        detail,
        t('accidents.investigation.done', { action: label, state: t(`accidents.investigation.state.${state}`) }),
      );
      onClose();
    },
    onError: (error) => {
      if (isOutdated(error)) {
        update.outdated(error instanceof Error ? error.message : String(error));
        onClose();
        return;
      }
      setFormError(placeServerErrors(form, error, fieldOfInvestigationError));
    },
  });

  const fieldLabel = (name: string) => t(`field.${name}`);
  function renderInput(input: InvestigationInput): ReactNode {
    const rules = input.required
      ? [{ required: true, message: t('accidents.required', { field: fieldLabel(input.name) }) }]
      : [];
    const item = { name: ['fields', input.name], rules };
    switch (input.kind) {
      case 'members':
        return (
          <Form.Item
            key={input.name}
            {...item}
            label={fieldLabel(input.name)}
            extra={t('accidents.investigation.membersHint')}
          >
            <Select mode="tags" open={false} tokenSeparators={[',', '，', '、']} suffixIcon={null} />
          </Form.Item>
        );
      case 'days':
        return (
          <Form.Item key={input.name} {...item} label={fieldLabel(input.name)}>
            <InputNumber min={0} max={365} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        );
      case 'textarea':
        return (
          <Form.Item key={input.name} {...item} label={fieldLabel(input.name)}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={4000} />
          </Form.Item>
        );
      case 'noLetsGo':
        return (
          <Form.Item key={input.name} {...item} label={t('accidents.investigation.noLetsGo')}>
            <Checkbox.Group
              style={{ display: 'grid', gap: 6 }}
              options={FOUR_NO_LETS_GO.map((k) => ({ value: k, label: t(`noLetsGo.${k}`) }))}
            />
          </Form.Item>
        );
      default:
        return (
          <Form.Item key={input.name} {...item} label={fieldLabel(input.name)}>
            <Input maxLength={TEXT_MAX[input.name] ?? 200} />
          </Form.Item>
        );
    }
  }

  const commentLabel = t(
    plan.comment === 'required' ? 'accidents.investigation.reason' : 'accidents.investigation.note',
  );
  return (
    <Modal
      open={open}
      title={label}
      okText={label}
      okButtonProps={{ danger: plan.tone === 'danger' }}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      afterClose={afterClose}
      confirmLoading={send.isPending}
      closable={{ 'aria-label': t('common.close') }}
      width={plan.inputs.some((i) => i.kind === 'textarea') ? 760 : 560}
    >
      <Typography.Paragraph type="secondary">
        {t(`accidents.investigation.hint.${plan.name}`, {
          number: investigation.number,
          max: investigation.limits.maxExtensionDays,
        })}
      </Typography.Paragraph>
      {formError ? <Alert type="error" showIcon title={formError} role="alert" style={{ marginBottom: 16 }} /> : null}
      <Form
        form={form}
        layout="vertical"
        name={`investigation-${plan.name}`}
        initialValues={{ fields: initialInvestigationValues(plan, investigation.fields) }}
        onFinish={(values) => {
          setFormError(null);
          send.mutate(values);
        }}
      >
        {plan.inputs.map(renderInput)}
        <Form.Item
          name="comment"
          label={commentLabel}
          rules={
            plan.comment === 'required'
              ? [{ required: true, whitespace: true, message: t('accidents.required', { field: commentLabel }) }]
              : []
          }
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
        </Form.Item>
        <button type="submit" hidden />
      </Form>
    </Modal>
  );
}
