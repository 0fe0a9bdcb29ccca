import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { TCheckRecorded, TCheckRun } from '@redline/contracts';
import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, Radio, Space, Typography } from 'antd';
import { useState } from 'react';
import { isApiError } from '../../app/api-error';
import { useI18n } from '../../app/i18n/locale-context';
import { PhotoInput } from '../hazards/photo-input';
import { placeServerErrors } from '../hazards/server-errors';
import { recordRun } from './api';
import { checkItemsOf } from './items';

type Item = { item?: string; ok?: boolean; finding?: string; note?: string; evidenceIds?: string[] };
type Values = { items: Item[]; comment?: string };

type Props = {
  run: TCheckRun;
  onRecorded: (result: TCheckRecorded) => void;
  /** Someone recorded the run meanwhile (409): the list is refreshed and the form closed. */
  onStale: () => void;
};

/**
 * The record of one run: each item to check (from the measure's check content; more may be added) ok or not; a not-ok
 * item needs what was found (the hazard's title), may have a note and photos. Sent with the run's version.
 */
export function RecordForm({ run, onRecorded, onStale }: Props) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState<Record<number, boolean>>({});
  const uploading = Object.values(busy).some(Boolean);
  const items = Form.useWatch('items', form) ?? [];
  const notOk = items.filter((i) => i?.ok === false).length;
  const initialItems = checkItemsOf(run.measure?.checkContent, run.measure?.description ?? run.title).map((item) => ({
    item,
  }));

  const send = useMutation({
    mutationFn: (v: Values) =>
      recordRun(run.id, {
        version: run.version,
        items: v.items.map((i) => ({
          item: i.item?.trim() ?? '',
          ok: i.ok === true,
          finding: i.ok === false ? i.finding?.trim() || null : null,
          note: i.ok === false ? i.note?.trim() || null : null,
          evidenceIds: i.ok === false ? (i.evidenceIds ?? []) : [],
        })),
        comment: v.comment?.trim() || null,
      }),
    onSuccess: onRecorded,
    onError: (error) => {
      if (isApiError(error) && error.status === 409) onStale();
      else setFormError(placeServerErrors(form, error));
    },
  });

  return (
    <Form
      form={form}
      layout="vertical"
      name="check-record"
      initialValues={{ items: initialItems }}
      onFinish={(v) => {
        setFormError(null);
        send.mutate(v);
      }}
      scrollToFirstError
    >
      {formError ? <Alert type="error" showIcon title={formError} role="alert" style={{ marginBottom: 16 }} /> : null}
      <Typography.Paragraph type="secondary">{t('riskChecks.itemsHint')}</Typography.Paragraph>
      <Form.List name="items">
        {(fields, { add, remove }) => (
          <Space orientation="vertical" size={12} style={{ width: '100%' }}>
            {fields.map((field, index) => {
              // The items of the check content come first and stay; the ones added after them may be edited and removed.
              const added = index >= initialItems.length;
              const label = t('riskChecks.item', { n: index + 1 });
              return (
                <Card
                  key={field.key}
                  size="small"
                  data-testid="check-item"
                  title={added ? label : `${label}：${items[index]?.item ?? initialItems[index]?.item ?? ''}`}
                  styles={{ header: { whiteSpace: 'normal' } }}
                  extra={
                    added ? (
                      <Button
                        size="small"
                        type="text"
                        icon={<DeleteOutlined />}
                        aria-label={t('riskChecks.removeItem', { n: index + 1 })}
                        onClick={() => remove(field.name)}
                      />
                    ) : null
                  }
                >
                  <Form.Item
                    name={[field.name, 'item']}
                    label={t('riskChecks.itemText')}
                    hidden={!added}
                    rules={[{ required: true, whitespace: true, message: t('riskChecks.itemRequired') }]}
                  >
                    <Input maxLength={200} />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'ok']}
                    rules={[{ required: true, message: t('riskChecks.chooseResult') }]}
                    style={{ marginBottom: items[index]?.ok === false ? 12 : 0 }}
                  >
                    <Radio.Group
                      aria-label={label}
                      optionType="button"
                      buttonStyle="solid"
                      options={[
                        { value: true, label: t('riskChecks.ok') },
                        { value: false, label: t('riskChecks.notOkChoice') },
                      ]}
                    />
                  </Form.Item>
                  {items[index]?.ok === false ? (
                    <>
                      <Form.Item
                        name={[field.name, 'finding']}
                        label={t('riskChecks.finding')}
                        extra={t('riskChecks.findingHint')}
                        rules={[{ required: true, whitespace: true, message: t('riskChecks.findingRequired') }]}
                      >
                        <Input maxLength={100} showCount />
                      </Form.Item>
                      <Form.Item name={[field.name, 'note']} label={t('riskChecks.note')}>
                        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
                      </Form.Item>
                      <Form.Item
                        name={[field.name, 'evidenceIds']}
                        label={t('riskChecks.photos')}
                        style={{ marginBottom: 0 }}
                      >
                        <PhotoInput
                          phase="before"
                          onBusyChange={(b) => setBusy((prev) => ({ ...prev, [field.key]: b }))}
                        />
                      </Form.Item>
                    </>
                  ) : null}
                </Card>
              );
            })}
            <Button
              type="dashed"
              block
              icon={<PlusOutlined />}
              disabled={fields.length >= 50}
              onClick={() => add({ item: '' })}
            >
              {t('riskChecks.addItem')}
            </Button>
          </Space>
        )}
      </Form.List>
      <Form.Item name="comment" label={t('riskChecks.comment')} style={{ marginTop: 16 }}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
      </Form.Item>
      <Button type="primary" htmlType="submit" size="large" block loading={send.isPending} disabled={uploading}>
        {uploading
          ? t('hazards.photo.waiting')
          : notOk
            ? t('riskChecks.submitWithHazards', { count: notOk })
            : t('riskChecks.submit')}
      </Button>
    </Form>
  );
}
