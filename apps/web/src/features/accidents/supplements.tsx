import type { TAccidentDetail } from '@redline/contracts';
import type { AccidentGrade } from '@redline/domain';
import { useMutation } from '@tanstack/react-query';
import { Alert, Col, Form, Input, InputNumber, Modal, Row, Table, Typography } from 'antd';
import { useState } from 'react';
import { formatDateTime } from '../../app/format';
import { useI18n } from '../../app/i18n/locale-context';
import { placeServerErrors } from '../hazards/server-errors';
import { type CasualtyVersion, supplementAccident } from './api';
import { formatCny } from './codes';
import { GradePreview } from './grade-preview';
import { GradeTag } from './labels';
import { type CasualtyValues, gradeRank, previewGrade, supplementBodyOf } from './report-form';
import { isOutdated, useAccidentUpdate } from './use-accident-update';

/** The figures as first reported (seq 1) and each supplementary report (补报) after it, oldest first. */
export function VersionsTable({ versions }: { versions: CasualtyVersion[] }) {
  const { t } = useI18n();
  return (
    <Table<CasualtyVersion>
      rowKey="seq"
      size="small"
      pagination={false}
      scroll={{ x: 'max-content' }}
      dataSource={versions}
      data-testid="casualty-versions"
      columns={[
        {
          key: 'seq',
          dataIndex: 'seq',
          title: t('accidents.version.seq'),
          render: (seq: number) =>
            seq === 1 ? t('accidents.version.first') : t('accidents.version.nth', { n: seq - 1 }),
        },
        {
          key: 'at',
          dataIndex: 'effectiveAt',
          title: t('accidents.version.at'),
          render: (at: string) => <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(at)}</span>,
        },
        { key: 'deaths', dataIndex: 'deaths', title: t('accidents.short.deaths'), align: 'end' },
        { key: 'missing', dataIndex: 'missing', title: t('accidents.short.missing'), align: 'end' },
        { key: 'serious', dataIndex: 'seriousInjuries', title: t('accidents.short.seriousInjuries'), align: 'end' },
        { key: 'minor', dataIndex: 'minorInjuries', title: t('accidents.short.minorInjuries'), align: 'end' },
        {
          key: 'loss',
          dataIndex: 'directLossCny',
          title: t('accidents.short.directLoss'),
          align: 'end',
          render: (v: number) => formatCny(v),
        },
        {
          key: 'grade',
          dataIndex: 'grade',
          title: t('accidents.col.grade'),
          render: (g: AccidentGrade) => <GradeTag grade={g} />,
        },
        {
          key: 'note',
          dataIndex: 'note',
          title: t('field.note'),
          render: (note: string | null) => (
            <Typography.Text style={{ minWidth: 160, maxWidth: 320, display: 'inline-block', whiteSpace: 'pre-wrap' }}>
              {note ?? '—'}
            </Typography.Text>
          ),
        },
        { key: 'actor', dataIndex: 'actorName', title: t('accidents.version.actor'), render: (n) => n ?? '—' },
      ]}
    />
  );
}

type Values = CasualtyValues & { note?: string };
const COUNTS = ['deaths', 'missing', 'seriousInjuries', 'minorInjuries'] as const;

type Props = { accident: TAccidentDetail; open: boolean; onClose: () => void; afterClose: () => void };

/**
 * 补报 (Decree 493 Art. 13): the casualty figures as they now stand, within 30 days of the accident (7 for road traffic
 * and fire). The grade they give shows live; a grade that rises adds report steps. After the window the server
 * refuses (ACCIDENT.WINDOW_CLOSED), and the dialog says so.
 */
export function SupplementDialog({ accident, open, onClose, afterClose }: Props) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const [formError, setFormError] = useState<string | null>(null);
  const update = useAccidentUpdate(accident.id);
  const latest = accident.versions[accident.versions.length - 1];
  const current = latest ?? accident.casualties;
  const values = (Form.useWatch([], form) as Values | undefined) ?? current;
  const now = new Date();
  const windowEnd = new Date(accident.casualtyWindowEnd);
  const windowClosed = now.getTime() >= windowEnd.getTime();
  const occurredAt = new Date(accident.occurredAt);
  const before = latest?.grade ?? accident.grade;
  const after = previewGrade(values, occurredAt, accident.sector, now).grade;

  const send = useMutation({
    mutationFn: (v: Values) => supplementAccident(accident.id, supplementBodyOf(accident.version, v)),
    onSuccess: (detail) => {
      update.done(detail, t('accidents.supplement.done', { grade: t(`accident.grade.${detail.grade}`) }));
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

  return (
    <Modal
      open={open}
      title={t('accidents.supplement.title')}
      okText={t('accidents.supplement.submit')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      afterClose={afterClose}
      confirmLoading={send.isPending}
      closable={{ 'aria-label': t('common.close') }}
      width={760}
    >
      <Alert
        type={windowClosed ? 'warning' : 'info'}
        showIcon
        style={{ marginBottom: 16 }}
        title={t(windowClosed ? 'accidents.supplement.windowClosed' : 'accidents.supplement.window', {
          end: formatDateTime(accident.casualtyWindowEnd),
          days: accident.sector === 'road_traffic' || accident.sector === 'fire' ? 7 : 30,
        })}
      />
      {formError ? (
        <Alert
          type="error"
          showIcon
          title={formError}
          role="alert"
          style={{ marginBottom: 16 }}
          data-testid="supplement-error"
        />
      ) : null}
      <Form
        form={form}
        layout="vertical"
        name="accident-supplement"
        initialValues={{
          deaths: current.deaths,
          missing: current.missing,
          seriousInjuries: current.seriousInjuries,
          minorInjuries: current.minorInjuries,
          directLossCny: current.directLossCny,
        }}
        onFinish={(v) => {
          setFormError(null);
          send.mutate(v);
        }}
      >
        <Row gutter={16}>
          <Col xs={24} md={11}>
            <Row gutter={12} align="bottom">
              {COUNTS.map((name) => (
                <Col xs={12} key={name}>
                  <Form.Item name={name} label={t(`field.${name}`)}>
                    <InputNumber min={0} max={100_000} precision={0} style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
              ))}
              <Col xs={24}>
                <Form.Item name="directLossCny" label={t('field.directLossCny')}>
                  <InputNumber min={0} max={1e12} precision={2} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
            </Row>
          </Col>
          <Col xs={24} md={13}>
            <GradePreview values={values} occurredAt={occurredAt} sector={accident.sector} asOf={now} />
            {gradeRank(after) > gradeRank(before) ? (
              <Typography.Paragraph type="danger" strong style={{ margin: '8px 0 0' }} data-testid="grade-rises">
                {t('accidents.supplement.rises', {
                  from: t(`accident.grade.${before}`),
                  to: t(`accident.grade.${after}`),
                })}
              </Typography.Paragraph>
            ) : null}
          </Col>
        </Row>
        <Form.Item
          name="note"
          label={t('field.note')}
          rules={[{ required: true, whitespace: true, message: t('accidents.required', { field: t('field.note') }) }]}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
        </Form.Item>
        <button type="submit" hidden />
      </Form>
    </Modal>
  );
}
