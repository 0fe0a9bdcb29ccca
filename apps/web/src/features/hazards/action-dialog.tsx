import { useMutation } from '@tanstack/react-query';
import { Alert, DatePicker, Divider, Form, Input, InputNumber, Modal, Radio, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { type ReactNode, useState } from 'react';
import { isApiError } from '../../app/api-error';
import { dayjs } from '../../app/dayjs';
import { TIME_ZONE } from '../../app/format';
import { useI18n } from '../../app/i18n/locale-context';
import { DepartmentUnitSelect, DeterminationBasisInputs, ListedUnitSelect, MergeTargetSelect } from './action-inputs';
import {
  type ActionPlan,
  currentFieldsOf,
  type FieldInput,
  fieldOfErrorCode,
  fieldsSeen,
  inputApplies,
  transitionBodyOf,
} from './action-plan';
import { type HazardDetail, postTransition } from './api';
import { PhotoInput } from './photo-input';
import { placeServerErrors } from './server-errors';

type Values = {
  comment?: string;
  deadline?: Dayjs | null;
  evidenceIds?: string[];
  fields?: Record<string, unknown>;
};

type Props = {
  hazard: HazardDetail;
  plan: ActionPlan;
  open: boolean;
  onClose: () => void;
  /** After the closing animation: the parent unmounts the dialog, so the next one starts empty. */
  afterClose: () => void;
  onDone: (detail: HazardDetail) => void;
  /** The case changed under the user (409) or the action is no longer allowed: reload and say so. */
  onOutdated: (message: string) => void;
};

const TEXT_MAX: Record<string, number> = { responsiblePerson: 64, responsibleOrganisation: 128 };
const OUTDATED = new Set([
  'CASE.STALE_VERSION',
  'CASE.INVALID_TRANSITION',
  'CASE.ROLE_NOT_ALLOWED',
  'CASE.RELATION_NOT_ALLOWED',
  'CASE.BLOCKED_BY_FIELD',
]);

/** Today in Beijing: a deadline date must not lie before it (a date ends at 23:59:59 that day). */
const beforeToday = (date: Dayjs) => date.format('YYYY-MM-DD') < dayjs().tz(TIME_ZONE).format('YYYY-MM-DD');

/** One action's form (built from what it requires), sent with the version the user saw. */
export function ActionDialog({ hazard, plan, open, onClose, afterClose, onDone, onOutdated }: Props) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const [formError, setFormError] = useState<string | null>(null);
  const [uploading, setUploading] = useState(false);
  const chosen = (Form.useWatch('fields', form) ?? {}) as Record<string, unknown>;
  const seen = fieldsSeen(currentFieldsOf(hazard), chosen);

  const send = useMutation({
    mutationFn: (values: Values) =>
      postTransition(
        hazard.id,
        transitionBodyOf(plan, hazard, { ...values, deadline: values.deadline?.format('YYYY-MM-DD') }),
      ),
    onSuccess: (detail) => {
      onDone(detail);
      close();
    },
    onError: (error) => {
      if (isApiError(error) && (OUTDATED.has(error.code) || error.status === 404)) {
        onOutdated(error.message);
        close();
        return;
      }
      setFormError(placeServerErrors(form, error, (code) => fieldOfErrorCode(code, plan)));
    },
  });

  function close() {
    setFormError(null);
    onClose();
  }

  const label = t(`hazard.transition.${plan.name}`);
  const fieldLabel = (name: string) => (name === 'level' ? t('hazards.level') : t(`field.${name}`));
  const required = (name: string) => ({ required: true, message: t('hazards.required', { field: fieldLabel(name) }) });

  function renderInput(input: FieldInput): ReactNode {
    if (!inputApplies(input, seen)) return null;
    const name = ['fields', input.name];
    const rules = input.required ? [required(input.name)] : [];
    const itemProps = { key: input.name, name, label: fieldLabel(input.name), rules };
    switch (input.kind) {
      case 'level':
        return (
          <Form.Item {...itemProps}>
            <Radio.Group
              optionType="button"
              buttonStyle="solid"
              options={(input.oneOf ?? []).map((v) => ({ value: v, label: t(`hazard.level.${String(v)}`) }))}
            />
          </Form.Item>
        );
      case 'basis':
        return <DeterminationBasisInputs key={input.name} sectorCode={hazard.sectorCode} required={input.required} />;
      case 'money':
        return (
          <Form.Item {...itemProps}>
            <InputNumber min={0} max={1e12} precision={2} style={{ width: '100%' }} />
          </Form.Item>
        );
      case 'text':
        return (
          <Form.Item {...itemProps}>
            <Input maxLength={TEXT_MAX[input.name] ?? 200} />
          </Form.Item>
        );
      case 'transferUnit':
        return (
          <Form.Item {...itemProps}>
            <DepartmentUnitSelect hazard={hazard} />
          </Form.Item>
        );
      case 'listedUnit':
        return (
          <Form.Item {...itemProps}>
            <ListedUnitSelect />
          </Form.Item>
        );
      case 'mergeTarget':
        return (
          <Form.Item {...itemProps}>
            <MergeTargetSelect selfId={hazard.id} />
          </Form.Item>
        );
      default:
        return (
          <Form.Item {...itemProps}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
          </Form.Item>
        );
    }
  }

  const deadlineItem = plan.deadline ? (
    <Form.Item
      key="deadline"
      name="deadline"
      label={plan.name === 'rectify_by_deadline' ? t('hazards.rectificationDeadline') : t('hazards.deadlineDate')}
      extra={plan.deadline.required ? undefined : t('hazards.deadlineDefault')}
      rules={plan.deadline.required ? [{ required: true, message: t('hazards.deadlineRequired') }] : []}
    >
      <DatePicker format="YYYY-MM-DD" disabledDate={beforeToday} style={{ width: '100%' }} />
    </Form.Item>
  ) : null;

  const commentLabel = t(`hazards.comment.${plan.comment.kind}`);
  return (
    <Modal
      open={open}
      title={label}
      okText={label}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={close}
      afterClose={afterClose}
      confirmLoading={send.isPending}
      okButtonProps={{ disabled: uploading, danger: plan.tone === 'danger' }}
      width={640}
      closable={{ 'aria-label': t('common.close') }}
    >
      <Typography.Paragraph type="secondary">
        {t('hazards.actionHint', { number: hazard.number, state: t(`hazard.state.${plan.to}`) })}
      </Typography.Paragraph>
      {formError ? <Alert type="error" showIcon title={formError} role="alert" style={{ marginBottom: 16 }} /> : null}
      <Form
        form={form}
        layout="vertical"
        name={`action-${plan.name}`}
        initialValues={{ fields: initialFields(plan, hazard) }}
        onFinish={(values) => {
          setFormError(null);
          send.mutate(values);
        }}
      >
        {plan.sections.map((section) => {
          const inputs = section.fields.map(renderInput).filter(Boolean);
          const withDeadline = plan.deadline?.section === section.key && section.key !== 'main';
          if (inputs.length === 0 && !withDeadline) return null;
          return (
            <div key={section.key}>
              {section.key === 'main' ? null : (
                <Divider titlePlacement="start" plain style={{ marginTop: 4 }}>
                  {t(`hazards.section.${section.key}`)}
                </Divider>
              )}
              {inputs}
              {withDeadline ? deadlineItem : null}
            </div>
          );
        })}
        {plan.deadline?.section === 'main' ? deadlineItem : null}
        {plan.evidence ? (
          <Form.Item
            name="evidenceIds"
            label={t(`hazards.photo.label.${plan.evidence.phase}`)}
            rules={[
              {
                validator: (_, ids: string[] | undefined) =>
                  (ids?.length ?? 0) >= (plan.evidence?.min ?? 0)
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('hazards.photo.required', { min: plan.evidence?.min ?? 1 }))),
              },
            ]}
          >
            <PhotoInput phase={plan.evidence.phase} onBusyChange={setUploading} />
          </Form.Item>
        ) : null}
        <Form.Item
          name="comment"
          label={commentLabel}
          rules={
            plan.comment.required
              ? [{ required: true, whitespace: true, message: t('hazards.commentRequired', { field: commentLabel }) }]
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

/** What the case already holds for the form's inputs (the five assurances again after a failed verification). */
function initialFields(plan: ActionPlan, hazard: HazardDetail): Record<string, unknown> {
  const current = currentFieldsOf(hazard);
  const initial: Record<string, unknown> = {};
  for (const section of plan.sections) {
    for (const input of section.fields) {
      const value = current[input.name];
      if (
        value !== undefined &&
        value !== null &&
        value !== '' &&
        input.kind !== 'mergeTarget' &&
        input.kind !== 'transferUnit'
      )
        initial[input.name] = value;
    }
  }
  return initial;
}
