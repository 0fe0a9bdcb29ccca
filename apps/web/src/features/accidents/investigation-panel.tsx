import { CheckCircleFilled, CloseCircleOutlined } from '@ant-design/icons';
import { FOUR_NO_LETS_GO, INVESTIGATION_REPORT_SECTIONS } from '@redline/domain';
import { Button, Descriptions, type DescriptionsProps, Divider, Empty, Space, Typography } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../app/i18n/locale-context';
import type { Investigation, InvestigationAction } from './api';
import { InvestigationDialog } from './investigation-dialog';
import { type InvestigationPlan, investigationPlan } from './investigation-plan';
import { DeadlineText, InvestigationStateTag } from './labels';

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value : null);
const days = (value: unknown): number | null => (typeof value === 'number' ? value : null);

/**
 * The investigation (Decree 493 Art. 19–32): who investigates, the report's deadline (red once passed), the limits
 * of its grade, the team, the report's six sections, the approval, the four no-lets-go, and the actions the account
 * may take now.
 */
export function InvestigationPanel({
  accidentId,
  investigation,
}: {
  accidentId: string;
  investigation: Investigation | null;
}) {
  const { t } = useI18n();
  const [chosen, setChosen] = useState<InvestigationPlan | null>(null);
  const [open, setOpen] = useState(false);
  if (!investigation) return <Empty description={t('accidents.investigation.none')} />;
  const f = investigation.fields;
  const members = Array.isArray(f.teamMembers) ? (f.teamMembers as string[]) : [];
  const plans = (investigation.actions as InvestigationAction[]).map(investigationPlan);
  const open_ = new Set(investigation.openNoLetsGo);
  const { reportDays, maxExtensionDays, approvalDays } = investigation.limits;

  const items: DescriptionsProps['items'] = [
    { key: 'number', label: t('accidents.investigation.number'), children: investigation.number },
    {
      key: 'state',
      label: t('accidents.investigation.stateLabel'),
      children: <InvestigationStateTag state={investigation.state} />,
    },
    {
      key: 'level',
      label: t('accidents.investigation.level'),
      children: t('accidents.investigation.levelText', { level: t(`accident.reportLevel.${investigation.level}`) }),
    },
    {
      key: 'deadline',
      label: t(
        investigation.state === 'report_submitted'
          ? 'accidents.investigation.approvalDeadline'
          : 'accidents.investigation.deadline',
      ),
      children: (
        <span data-testid="investigation-deadline">
          <DeadlineText deadline={investigation.deadline} overdue={investigation.overdue} />
        </span>
      ),
    },
    {
      key: 'limits',
      label: t('accidents.investigation.limits'),
      children: t('accidents.investigation.limitsText', { reportDays, maxExtensionDays, approvalDays }),
      span: 'filled',
    },
    { key: 'leader', label: t('field.teamLeader'), children: text(f.teamLeader) ?? '—' },
    { key: 'members', label: t('field.teamMembers'), children: members.length ? members.join('、') : '—' },
    {
      key: 'extension',
      label: t('field.extensionDays'),
      children: days(f.extensionDays)
        ? t('accidents.investigation.extensionText', {
            days: days(f.extensionDays) ?? 0,
            by: text(f.extensionApprovedBy) ?? '—',
          })
        : '—',
    },
    {
      key: 'appraisal',
      label: t('field.appraisalDays'),
      children: days(f.appraisalDays)
        ? t('accidents.investigation.daysText', { days: days(f.appraisalDays) ?? 0 })
        : '—',
    },
    { key: 'approval', label: t('field.approvalDocument'), children: text(f.approvalDocument) ?? '—' },
  ];

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="investigation-panel">
      <Descriptions size="small" column={{ xs: 1, md: 2 }} items={items} />
      <div>
        <Typography.Text strong>{t('accidents.investigation.actions')}</Typography.Text>
        <div style={{ marginTop: 6 }}>
          {plans.length === 0 ? (
            <Typography.Text type="secondary">{t('accidents.investigation.noActions')}</Typography.Text>
          ) : (
            <Space wrap role="group" aria-label={t('accidents.investigation.actions')}>
              {plans.map((plan) => (
                <Button
                  key={plan.name}
                  type={plan.tone === 'primary' ? 'primary' : 'default'}
                  danger={plan.tone === 'danger'}
                  onClick={() => {
                    setChosen(plan);
                    setOpen(true);
                  }}
                >
                  {t(`accidents.investigation.transition.${plan.name}`)}
                </Button>
              ))}
            </Space>
          )}
        </div>
      </div>
      <Divider titlePlacement="start" plain style={{ margin: 0 }}>
        {t('accidents.investigation.noLetsGo')}
      </Divider>
      <ul data-testid="no-lets-go" style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 6 }}>
        {FOUR_NO_LETS_GO.map((item) => (
          <li key={item}>
            <Space>
              {open_.has(item) ? (
                <CloseCircleOutlined style={{ color: '#8c8c8c' }} aria-label={t('accidents.investigation.itemOpen')} />
              ) : (
                <CheckCircleFilled style={{ color: '#389e0d' }} aria-label={t('accidents.investigation.itemDone')} />
              )}
              <span>{t(`noLetsGo.${item}`)}</span>
            </Space>
          </li>
        ))}
      </ul>
      <Divider titlePlacement="start" plain style={{ margin: 0 }}>
        {t('accidents.investigation.report')}
      </Divider>
      <Descriptions
        size="small"
        column={1}
        items={INVESTIGATION_REPORT_SECTIONS.map((s) => ({
          key: s,
          label: t(`field.${s}`),
          children: <span style={{ whiteSpace: 'pre-wrap' }}>{text(f[s]) ?? '—'}</span>,
        }))}
      />
      {chosen ? (
        <InvestigationDialog
          key={chosen.name}
          accidentId={accidentId}
          investigation={investigation}
          plan={chosen}
          open={open}
          onClose={() => setOpen(false)}
          afterClose={() => setChosen(null)}
        />
      ) : null}
    </Space>
  );
}
