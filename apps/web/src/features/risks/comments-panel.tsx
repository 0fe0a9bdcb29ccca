import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Flex, Form, Input, Select, Tag, Typography } from 'antd';
import { useState } from 'react';
import { formatDateTime } from '../../app/format';
import { useI18n } from '../../app/i18n/locale-context';
import { ErrorState, LoadingState } from '../../app/states/states';
import { placeServerErrors } from '../hazards/server-errors';
import { addComment, listComments, type RiskUnit, riskKeys } from './api';
import { useRegisterWrite } from './use-register-write';

type Values = { body: string; unitId?: string };

/** 意见与交流: the comments on the register, newest first, and (for who may comment) a box to add one. */
export function CommentsPanel(props: { enterpriseId: string; units: RiskUnit[]; canComment: boolean }) {
  const { enterpriseId, units, canComment } = props;
  const { t } = useI18n();
  const comments = useQuery({
    queryKey: riskKeys.comments(enterpriseId),
    queryFn: ({ signal }) => listComments(enterpriseId, signal),
  });
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const send = useRegisterWrite(enterpriseId, (v: Values) => addComment(enterpriseId, v), {
    done: () => t('risks.comments.sent'),
    onSuccess: () => {
      form.resetFields();
      void comments.refetch();
    },
    onError: (e) => setError(placeServerErrors(form, e)),
  });
  return (
    <Card title={t('risks.comments')} size="small" data-testid="risk-comments">
      {canComment ? (
        <Form
          form={form}
          layout="vertical"
          onFinish={(v) => {
            setError(null);
            send.mutate(v);
          }}
        >
          {error ? <Alert type="error" showIcon title={error} role="alert" style={{ marginBottom: 12 }} /> : null}
          <Form.Item
            name="body"
            rules={[{ required: true, whitespace: true, message: t('risks.required', { field: t('risks.comments') }) }]}
          >
            <Input.TextArea
              autoSize={{ minRows: 2, maxRows: 6 }}
              maxLength={2000}
              aria-label={t('risks.comments')}
              placeholder={t('risks.comments.placeholder')}
            />
          </Form.Item>
          <Flex gap={8} wrap justify="space-between">
            <Form.Item name="unitId" style={{ flex: '1 1 220px', marginBottom: 12 }}>
              <Select
                allowClear
                aria-label={t('risks.comments.unit')}
                placeholder={t('risks.comments.unit')}
                options={units.map((u) => ({ value: u.id, label: `${u.objectName} / ${u.name}` }))}
              />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={send.isPending}>
              {t('risks.comments.send')}
            </Button>
          </Flex>
        </Form>
      ) : null}
      {comments.isPending ? <LoadingState rows={3} /> : null}
      {comments.error ? <ErrorState error={comments.error} onRetry={() => void comments.refetch()} /> : null}
      {comments.data && comments.data.length === 0 ? (
        <Typography.Text type="secondary">{t('risks.comments.empty')}</Typography.Text>
      ) : null}
      {comments.data?.length ? (
        <ol style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {comments.data.map((c) => (
            <li key={c.id} style={{ borderTop: '1px solid #f0f0f0', padding: '10px 0' }}>
              <Flex wrap gap={8} align="center">
                <Typography.Text strong>{c.author.name}</Typography.Text>
                <Tag color={c.authorKind === 'department' ? 'geekblue' : 'default'}>
                  {t(`risks.comments.${c.authorKind}`)}
                </Tag>
                {c.unit ? <Tag>{c.unit.name}</Tag> : null}
                <Typography.Text type="secondary" style={{ marginLeft: 'auto' }}>
                  {formatDateTime(c.createdAt)}
                </Typography.Text>
              </Flex>
              <Typography.Paragraph style={{ margin: '4px 0 0', whiteSpace: 'pre-wrap' }}>
                {c.body}
              </Typography.Paragraph>
            </li>
          ))}
        </ol>
      ) : null}
    </Card>
  );
}
