import type { TDepartment, TSector } from '@redline/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../app/i18n/locale-context';
import { RegionTreeSelect } from '../hazards/region-tree-select';
import { placeServerErrors } from '../hazards/server-errors';
import { createDepartment, departmentKeys, updateDepartment } from './api';
import { sectorOptions } from './labels';

type Values = { name?: string; regionCode?: string; kind?: TDepartment['kind']; sectorCodes?: string[] };

type Props = {
  /** The department to edit, or null to create one. */
  department: TDepartment | null;
  /** The region a new department starts in (the list's region filter). */
  defaultRegionCode?: string;
  sectors: TSector[] | undefined;
  open: boolean;
  onClose: () => void;
  /** After the closing animation: the parent unmounts the dialog, so the next one starts afresh. */
  afterClose: () => void;
};

const KINDS: TDepartment['kind'][] = ['department', 'safety_committee_office'];

/** A refusal without field details that still belongs to one field. */
const fieldOfCode = (code: string) => {
  if (code === 'CONFLICT.DUPLICATE') return 'name';
  if (code === 'SCOPE.OUT_OF_SCOPE') return 'regionCode';
  return null;
};

/**
 * Create (POST /departments) or edit (PATCH /departments/:id) a department: its name, region and the sectors it
 * supervises. The server checks every field; its refusals show beside the fields they name.
 */
export function DepartmentDialog({ department, defaultRegionCode, sectors, open, onClose, afterClose }: Props) {
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [formError, setFormError] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: (v: Values) =>
      department
        ? updateDepartment(department.id, { name: v.name ?? '', sectorCodes: v.sectorCodes ?? [] })
        : createDepartment({ name: v.name, regionCode: v.regionCode, kind: v.kind, sectorCodes: v.sectorCodes ?? [] }),
    onSuccess: (saved) => {
      void queryClient.invalidateQueries({ queryKey: departmentKeys.all });
      message.success(t(department ? 'departments.saved' : 'departments.created', { name: saved.name }));
      close();
    },
    onError: (error) => setFormError(placeServerErrors(form, error, fieldOfCode)),
  });

  function close() {
    setFormError(null);
    onClose();
  }

  const initialValues: Values = department
    ? {
        name: department.name,
        regionCode: department.regionCode,
        kind: department.kind,
        sectorCodes: department.sectorCodes,
      }
    : { regionCode: defaultRegionCode, kind: 'department', sectorCodes: [] };
  const title = department ? t('departments.editTitle') : t('departments.new');
  return (
    <Modal
      open={open}
      title={title}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={close}
      afterClose={afterClose}
      confirmLoading={save.isPending}
      closable={{ 'aria-label': t('common.close') }}
      width={560}
    >
      {formError ? <Alert type="error" showIcon title={formError} role="alert" style={{ marginBottom: 16 }} /> : null}
      <Form
        form={form}
        layout="vertical"
        name="department"
        initialValues={initialValues}
        onValuesChange={(changed: Values) =>
          form.setFields((Object.keys(changed) as Array<keyof Values>).map((name) => ({ name, errors: [] })))
        }
        onFinish={(values) => {
          setFormError(null);
          save.mutate(values);
        }}
      >
        <Form.Item name="name" label={t('departments.name')}>
          <Input maxLength={64} autoComplete="off" />
        </Form.Item>
        {department ? (
          <Form.Item label={t('departments.region')} htmlFor="department-region" extra={t('departments.regionFixed')}>
            <Input id="department-region" disabled value={`${department.regionName}（${department.regionCode}）`} />
          </Form.Item>
        ) : (
          <Form.Item name="regionCode" label={t('departments.region')}>
            <RegionTreeSelect placeholder={t('departments.pickRegion')} style={{ width: '100%' }} />
          </Form.Item>
        )}
        <Form.Item name="kind" label={t('departments.kind')}>
          <Select
            disabled={Boolean(department)}
            options={KINDS.map((kind) => ({ value: kind, label: t(`departments.kind.${kind}`) }))}
          />
        </Form.Item>
        <Form.Item name="sectorCodes" label={t('departments.sectors')}>
          <Select
            mode="multiple"
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('departments.pickSectors')}
            loading={!sectors}
            options={sectorOptions(sectors, locale)}
          />
        </Form.Item>
        <button type="submit" hidden />
      </Form>
    </Modal>
  );
}
