import { Button, Grid, Space, Steps, type StepsProps, Tag, Typography } from 'antd';
import { useState } from 'react';
import { formatDateTime } from '../../app/format';
import { useI18n } from '../../app/i18n/locale-context';
import type { ReportStep } from './api';
import { IrregularityDialog, ReportStepDialog } from './step-dialogs';

type Chosen = { step: ReportStep; action: 'report' | 'mark_irregularity' } | null;

function statusOf(step: ReportStep, firstDue: boolean): NonNullable<StepsProps['items']>[number]['status'] {
  if (step.irregularities.length > 0) return 'error';
  if (step.state === 'reported') return step.late ? 'error' : 'finish';
  if (step.late) return 'error';
  return firstDue ? 'process' : 'wait';
}

/**
 * The reporting chain (Decree 493 Art. 9–11): each level the report must reach, its deadline, when it was reported
 * and to whom, 迟报 when after the deadline, an investigator's findings (漏报, 谎报, 瞒报), and the actions the
 * account may take on it.
 */
export function ReportChain({ accidentId, steps }: { accidentId: string; steps: ReportStep[] }) {
  const { t } = useI18n();
  const screens = Grid.useBreakpoint();
  const [chosen, setChosen] = useState<Chosen>(null);
  const [open, setOpen] = useState(false);
  const firstDue = steps.find((s) => s.state === 'due')?.id;
  const choose = (step: ReportStep, action: 'report' | 'mark_irregularity') => {
    setChosen({ step, action });
    setOpen(true);
  };
  const items: StepsProps['items'] = steps.map((step) => ({
    key: step.id,
    title: t(`accident.reportLevel.${step.level}`),
    status: statusOf(step, step.id === firstDue),
    content: (
      <Space
        orientation="vertical"
        size={2}
        style={{ width: '100%', paddingBottom: 8 }}
        data-testid={`report-step-${step.level}`}
      >
        <Typography.Text type={step.late && step.state === 'due' ? 'danger' : 'secondary'} style={{ fontSize: 13 }}>
          {t('accidents.step.deadline', { at: formatDateTime(step.deadline) })}
        </Typography.Text>
        <Typography.Text style={{ fontSize: 13 }}>
          {step.reportedAt
            ? t('accidents.step.reportedAt', { at: formatDateTime(step.reportedAt) })
            : t('accidents.step.notReported')}
        </Typography.Text>
        {step.recipient ? (
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {t('accidents.step.recipient', { recipient: step.recipient })}
          </Typography.Text>
        ) : null}
        {step.late || step.irregularities.length ? (
          <Space size={4} wrap>
            {step.late ? <Tag color="orange">{t('accident.irregularity.late')}</Tag> : null}
            {[...new Set(step.irregularities.map((i) => i.kind))].map((kind) => (
              <Tag key={kind} color="red">
                {t(`accident.irregularity.${kind}`)}
              </Tag>
            ))}
          </Space>
        ) : null}
        {step.irregularities.map((i) => (
          <Typography.Text key={`${i.kind}-${i.at}`} style={{ fontSize: 13, whiteSpace: 'pre-wrap' }}>
            {t('accidents.step.finding', {
              kind: t(`accident.irregularity.${i.kind}`),
              at: formatDateTime(i.at),
              actor: i.actorName ?? '—',
              comment: i.comment,
            })}
          </Typography.Text>
        ))}
        {step.actions.length ? (
          <Space size={6} wrap style={{ marginTop: 4 }}>
            {step.actions.includes('report') ? (
              <Button size="small" type="primary" onClick={() => choose(step, 'report')}>
                {t('accidents.step.report')}
              </Button>
            ) : null}
            {step.actions.includes('mark_irregularity') ? (
              <Button size="small" danger onClick={() => choose(step, 'mark_irregularity')}>
                {t('accidents.step.mark')}
              </Button>
            ) : null}
          </Space>
        ) : null}
      </Space>
    ),
  }));
  const Dialog = chosen?.action === 'report' ? ReportStepDialog : IrregularityDialog;
  return (
    <>
      <Steps
        orientation={screens.lg ? 'horizontal' : 'vertical'}
        size="small"
        items={items}
        aria-label={t('accidents.chain')}
        data-testid="report-chain"
      />
      {chosen ? (
        <Dialog
          key={`${chosen.step.id}-${chosen.action}`}
          accidentId={accidentId}
          step={chosen.step}
          open={open}
          onClose={() => setOpen(false)}
          afterClose={() => setChosen(null)}
        />
      ) : null}
    </>
  );
}
