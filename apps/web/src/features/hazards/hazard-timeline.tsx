import {
  AlertOutlined,
  ArrowRightOutlined,
  BellOutlined,
  ClockCircleOutlined,
  FileAddOutlined,
  PictureOutlined,
} from '@ant-design/icons';
import { Divider, Empty, Space, Timeline, type TimelineItemProps, Typography } from 'antd';
import { Fragment } from 'react';
import { formatDateTime } from '../../app/format';
import { useI18n } from '../../app/i18n/locale-context';
import type { TimelineEvent } from './api';
import { StateTag } from './labels';

type T = (key: string, params?: Record<string, string | number>) => string;

/** What happened, in words: the transition's label, or the clock's reminder, overdue or escalation step. */
function headline(event: TimelineEvent, t: T): string {
  switch (event.kind) {
    case 'created':
      return t('hazards.event.created');
    case 'transition':
      return event.transition ? t(`hazard.transition.${event.transition}`) : t('hazards.event.transition');
    case 'reminder': {
      const days = /^reminder:(\d+)d$/.exec(String(event.data.key ?? ''))?.[1];
      return days ? t('hazards.event.reminderDays', { days }) : t('hazards.event.reminder');
    }
    case 'overdue':
      return t('hazards.event.overdue');
    case 'escalation': {
      const action = typeof event.data.action === 'string' ? event.data.action : null;
      return action
        ? t('hazards.event.escalationAction', { action: t(`hazards.escalation.${action}`) })
        : t('hazards.event.escalation');
    }
    default:
      return event.kind;
  }
}

function colorOf(event: TimelineEvent): string {
  if (event.kind === 'overdue' || event.kind === 'escalation') return 'red';
  if (event.kind === 'reminder') return 'orange';
  if (event.toState === 'written_off') return 'green';
  if (event.transition === 'fail_verification' || event.transition === 'reject') return 'red';
  return 'blue';
}

function iconOf(event: TimelineEvent) {
  if (event.kind === 'created') return <FileAddOutlined />;
  if (event.kind === 'reminder') return <BellOutlined />;
  if (event.kind === 'overdue') return <ClockCircleOutlined />;
  if (event.kind === 'escalation') return <AlertOutlined />;
  return undefined;
}

function EventBody({ event }: { event: TimelineEvent }) {
  const { t } = useI18n();
  const isClock = ['reminder', 'overdue', 'escalation'].includes(event.kind);
  const moved = event.kind === 'transition' && event.fromState && event.toState && event.fromState !== event.toState;
  const deadline = typeof event.data.deadline === 'string' ? event.data.deadline : null;
  const photos = Array.isArray(event.data.evidence) ? event.data.evidence.length : 0;
  return (
    <Space orientation="vertical" size={2} style={{ width: '100%' }}>
      <Typography.Text type="secondary" style={{ fontSize: 13 }}>
        <time dateTime={event.at}>{formatDateTime(event.at)}</time>
      </Typography.Text>
      <Space wrap size={6}>
        <Typography.Text strong>{headline(event, t)}</Typography.Text>
        <Typography.Text type="secondary">
          {event.actorName ?? (isClock ? t('hazards.event.system') : '—')}
        </Typography.Text>
      </Space>
      {moved ? (
        <Space size={4} wrap aria-label={t('hazards.event.moved')}>
          <StateTag state={event.fromState!} />
          <ArrowRightOutlined aria-hidden />
          <StateTag state={event.toState!} />
        </Space>
      ) : null}
      {event.comment ? (
        <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{event.comment}</Typography.Paragraph>
      ) : null}
      {deadline ? (
        <Typography.Text type={isClock ? 'danger' : 'secondary'} style={{ fontSize: 13 }}>
          {t('hazards.event.deadline', { deadline: formatDateTime(deadline) })}
        </Typography.Text>
      ) : null}
      {photos > 0 ? (
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          <PictureOutlined aria-hidden /> {t('hazards.event.photos', { count: photos })}
        </Typography.Text>
      ) : null}
    </Space>
  );
}

/** The case's history, oldest first: who did what when, from → to, comments, and the clock's events. */
export function HazardTimeline({ events }: { events: TimelineEvent[] }) {
  const { t } = useI18n();
  if (events.length === 0) return <Empty description={t('hazards.timelineEmpty')} />;
  const cycles = [...new Set(events.map((e) => e.cycle))];
  return (
    <>
      {cycles.map((cycle) => {
        const items: TimelineItemProps[] = events
          .filter((e) => e.cycle === cycle)
          .map((e) => ({
            key: e.id,
            color: colorOf(e),
            icon: iconOf(e),
            content: <EventBody event={e} />,
          }));
        return (
          <Fragment key={cycle}>
            {cycles.length > 1 ? (
              <Divider titlePlacement="start" plain>
                {t('hazards.cycle', { cycle })}
              </Divider>
            ) : null}
            <Timeline items={items} />
          </Fragment>
        );
      })}
    </>
  );
}
