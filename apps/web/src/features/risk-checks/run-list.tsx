import type { TCheckRun } from '@redline/contracts';
import { Button, Descriptions, Empty, Flex, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { formatDateTime } from '../../app/format';
import { useI18n } from '../../app/i18n/locale-context';
import { LoadingState } from '../../app/states/states';
import type { RunState } from './api';
import { slotText } from './items';

type Props = {
  runs: TCheckRun[];
  state: RunState;
  loading: boolean;
  /** Opens the record form; absent for accounts that only read. */
  onRecord?: (run: TCheckRun) => void;
};

/** What a run checks, where and when: one card per run (readable at 375 px). */
export function RunList({ runs, state, loading, onRecord }: Props) {
  const { t } = useI18n();
  if (loading) return <LoadingState rows={6} />;
  if (!runs.length) return <Empty description={t(`riskChecks.empty.${state}`)} />;
  return (
    <ul aria-label={t(`riskChecks.tab.${state}`)} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {runs.map((run) => (
        <li
          key={run.id}
          data-testid="check-run"
          style={{
            padding: '12px',
            borderBottom: '1px solid #f0f0f0',
            ...(run.overdue ? { background: '#fff1f0', borderInlineStart: '3px solid #cf1322' } : {}),
          }}
        >
          <Space orientation="vertical" size={6} style={{ width: '100%' }}>
            <Flex justify="space-between" align="center" wrap gap={8}>
              <Space wrap size={8}>
                <Typography.Text strong>{run.number}</Typography.Text>
                {run.overdue ? <Tag color="red">{t('riskChecks.overdue')}</Tag> : null}
                {run.unit ? (
                  <Typography.Text type="secondary">
                    {run.unit.objectName} / {run.unit.name}
                  </Typography.Text>
                ) : null}
              </Space>
              {onRecord && run.state === 'due' ? (
                <Button
                  type="primary"
                  onClick={() => onRecord(run)}
                  aria-label={`${t('riskChecks.record')} ${run.number}`}
                >
                  {t('riskChecks.record')}
                </Button>
              ) : null}
            </Flex>
            <Typography.Text>{run.measure?.checkContent ?? run.measure?.description ?? run.title}</Typography.Text>
            <Descriptions
              size="small"
              column={{ xs: 1, sm: 2, lg: 3 }}
              items={[
                ...(run.event ? [{ key: 'event', label: t('riskChecks.event'), children: run.event.name }] : []),
                ...(run.measure
                  ? [{ key: 'measure', label: t('riskChecks.measure'), children: run.measure.description }]
                  : []),
                { key: 'post', label: t('riskChecks.post'), children: String(run.fields.post ?? '—') },
                {
                  key: 'slot',
                  label: t('riskChecks.slot'),
                  children: slotText(run.fields.slotStart, run.fields.slotEnd),
                },
                state === 'due'
                  ? {
                      key: 'deadline',
                      label: t('riskChecks.deadline'),
                      children: (
                        <Typography.Text type={run.overdue ? 'danger' : undefined}>
                          {formatDateTime(run.deadline)}
                        </Typography.Text>
                      ),
                    }
                  : {
                      key: 'recordedAt',
                      label: t('riskChecks.recordedAt'),
                      children: formatDateTime(run.fields.recordedAt as string | undefined),
                    },
                ...(state === 'recorded'
                  ? [{ key: 'result', label: t('riskChecks.result'), children: <RunResult run={run} /> }]
                  : []),
              ]}
            />
          </Space>
        </li>
      ))}
    </ul>
  );
}

/** A recorded run: all ok, or how many items were not and the hazards they reported (each a link). */
function RunResult({ run }: { run: TCheckRun }) {
  const { t } = useI18n();
  const notOk = Number(run.fields.notOk ?? 0);
  if (!notOk) return <Tag color="green">{t('riskChecks.allOk')}</Tag>;
  return (
    <Space wrap size={4}>
      <Tag color="orange">{t('riskChecks.notOk', { count: notOk })}</Tag>
      {run.hazards.map((h) => (
        <Link key={h.id} to={`/hazards/${h.id}`}>
          {h.number}
        </Link>
      ))}
    </Space>
  );
}
