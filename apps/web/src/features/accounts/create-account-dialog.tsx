import { ROLE_LABELS, ROLES, type TAccount } from '@redline/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Form, Modal, Select } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../app/i18n/locale-context';
import { NewPasswordFields } from '../auth/new-password-fields';
import { hazardKeys, listDepartments } from '../hazards/api';
import { placeServerErrors } from '../hazards/server-errors';
import { type AccountFormValues, accountErrorField, scopeKindFor, toAccountCreate } from './account-form';
import { accountKeys, createAccount } from './api';
import { IdentityFields } from './identity-fields';
import { ScopeFields } from './scope-fields';

type Props = { open: boolean; onClose: () => void; onCreated: (account: TAccount) => void };

const INITIAL: Partial<AccountFormValues> = { roles: [], scope: { kind: 'region' } };

/** 新建账号: POST /accounts with the roles, the data scope and an initial password; refusals beside the fields. */
export function CreateAccountDialog({ open, onClose, onCreated }: Props) {
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<AccountFormValues>();
  const [formError, setFormError] = useState<string | null>(null);
  const roles = (Form.useWatch('roles', form) as AccountFormValues['roles'] | undefined) ?? [];
  const departments = useQuery({
    queryKey: hazardKeys.departments,
    queryFn: ({ signal }) => listDepartments(signal),
    enabled: open && roles.includes('inspector'),
    staleTime: 10 * 60_000,
  });
  const create = useMutation({
    mutationFn: (values: AccountFormValues) => createAccount(toAccountCreate(values)),
    onSuccess: (account) => {
      message.success(t('accounts.created', { name: account.username }));
      void queryClient.invalidateQueries({ queryKey: accountKeys.all });
      setFormError(null);
      onCreated(account);
    },
    onError: (error) => {
      const kind = form.getFieldValue(['scope', 'kind']) ?? 'region';
      setFormError(placeServerErrors(form, error, () => accountErrorField(error, kind)));
    },
  });
  const required = (field: string) => ({ required: true, message: t('accounts.required', { field }) });

  function close() {
    setFormError(null);
    onClose();
  }

  return (
    <Modal
      open={open}
      title={t('accounts.createTitle')}
      okText={t('accounts.create')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={close}
      afterClose={() => form.resetFields()}
      confirmLoading={create.isPending}
      width={640}
    >
      {formError ? <Alert type="error" showIcon title={formError} role="alert" style={{ marginBottom: 16 }} /> : null}
      <Form<AccountFormValues>
        form={form}
        layout="vertical"
        name="create-account"
        initialValues={INITIAL}
        onFinish={(values) => {
          setFormError(null);
          create.mutate(values);
        }}
        onValuesChange={(changed: Partial<AccountFormValues>, all) => {
          // Suggest the roles' usual scope while no scope has been filled in yet.
          const s = all.scope;
          const untouched = !s?.regionCode && !s?.gridCodes?.length && !s?.enterpriseId && !s?.sectorCodes?.length;
          if (changed.roles && untouched) form.setFieldValue(['scope', 'kind'], scopeKindFor(changed.roles));
        }}
      >
        <IdentityFields />
        <Form.Item
          name="roles"
          label={t('accounts.roles')}
          rules={[{ ...required(t('accounts.roles')), type: 'array', min: 1 }]}
        >
          <Select
            mode="multiple"
            placeholder={t('accounts.rolesPlaceholder')}
            showSearch={{ optionFilterProp: 'label' }}
            options={ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r][locale] }))}
          />
        </Form.Item>
        {roles.includes('inspector') ? (
          <Form.Item name="departmentId" label={t('accounts.department')} extra={t('accounts.departmentHint')}>
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              loading={departments.isPending}
              placeholder={t('accounts.departmentPlaceholder')}
              options={(departments.data?.items ?? []).map((d) => ({ value: d.id, label: d.name }))}
            />
          </Form.Item>
        ) : null}
        <ScopeFields />
        <NewPasswordFields
          name="password"
          label={t('accounts.initialPassword')}
          confirmLabel={t('accounts.confirmPassword')}
        />
        <button type="submit" hidden />
      </Form>
    </Modal>
  );
}
