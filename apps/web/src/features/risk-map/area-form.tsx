import { useMutation } from '@tanstack/react-query';
import { Alert, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { isApiError } from '../../app/api-error';
import { useI18n } from '../../app/i18n/locale-context';
import { createArea, type PlanPoint, type RiskMapArea, type RiskMapUnit, updateArea } from './api';

/** What the form edits: a new area (no id) with its outline, or an existing one (a new outline when redrawn). */
export type AreaDraft = { areaId: string | null; name: string; unitIds: string[]; polygon: PlanPoint[] | null };
type Values = { name: string; unitIds: string[] };

const FIELDS = ['name', 'unitIds'] as const;

/**
 * Puts the server's field problems on the form (`unitIds.3` on the units select) and answers the rest (the outline's
 * problems, at `polygon`) for the alert above the form.
 */
function placeErrors(form: ReturnType<typeof Form.useForm<Values>>[0], error: unknown): string {
  if (!isApiError(error)) return error instanceof Error ? error.message : String(error);
  const byField = new Map<(typeof FIELDS)[number], string[]>();
  const rest: string[] = [];
  for (const issue of error.fieldIssues) {
    const field = issue.path.split('.')[0] as (typeof FIELDS)[number];
    if (FIELDS.includes(field)) byField.set(field, [...(byField.get(field) ?? []), issue.message]);
    else rest.push(issue.message);
  }
  form.setFields([...byField].map(([name, errors]) => ({ name, errors })));
  return rest.length ? rest.join(' ') : byField.size ? '' : error.message;
}

/** Names an area and picks its units (from the register), then saves it; server problems show on the form. */
export function AreaForm(props: {
  enterpriseId: string;
  draft: AreaDraft;
  units: RiskMapUnit[];
  areas: RiskMapArea[];
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const [problem, setProblem] = useState<string | null>(null);
  const { draft } = props;
  const save = useMutation({
    mutationFn: (values: Values) =>
      draft.areaId
        ? updateArea(draft.areaId, { ...values, ...(draft.polygon ? { polygon: draft.polygon } : {}) })
        : createArea(props.enterpriseId, { ...values, polygon: draft.polygon ?? [] }),
    onSuccess: props.onSaved,
    onError: (error) => setProblem(placeErrors(form, error) || null),
  });
  const areaName = new Map(props.areas.map((a) => [a.id, a.name]));
  const groups = [...new Set(props.units.map((u) => u.objectName))].map((objectName) => ({
    label: objectName,
    title: objectName,
    options: props.units
      .filter((u) => u.objectName === objectName)
      .map((u) => ({
        value: u.id,
        label:
          u.areaId && u.areaId !== draft.areaId
            ? `${u.name}${t('riskMap.inArea', { name: areaName.get(u.areaId) ?? '' })}`
            : u.name,
      })),
  }));
  return (
    <Modal
      open
      title={draft.areaId ? t('riskMap.editArea') : t('riskMap.newArea')}
      okText={t('riskMap.save')}
      cancelText={t('riskMap.cancel')}
      onCancel={props.onClose}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      {problem ? (
        <Alert
          type="error"
          showIcon
          title={t('riskMap.saveFailed')}
          description={problem}
          style={{ marginBottom: 12 }}
        />
      ) : null}
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ name: draft.name, unitIds: draft.unitIds }}
        onFinish={(values) => {
          setProblem(null);
          save.mutate({ name: values.name.trim(), unitIds: values.unitIds ?? [] });
        }}
        data-testid="risk-area-form"
      >
        <Form.Item
          name="name"
          label={t('riskMap.name')}
          rules={[{ required: true, whitespace: true, message: t('riskMap.nameRequired') }, { max: 100 }]}
        >
          <Input placeholder={t('riskMap.namePlaceholder')} maxLength={100} autoFocus />
        </Form.Item>
        <Form.Item name="unitIds" label={t('riskMap.units')} extra={t('riskMap.unitsHint')}>
          <Select mode="multiple" options={groups} optionFilterProp="label" allowClear />
        </Form.Item>
      </Form>
    </Modal>
  );
}
