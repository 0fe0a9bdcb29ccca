import { Empty, Space, Timeline, type TimelineItemProps, Typography } from 'antd';
import { formatDateTime } from '../../app/format';
import { useI18n } from '../../app/i18n/locale-context';
import type { AccidentEvent } from './api';

type T = (key: string, params?: Record<string, string | number>) => string;

const str = (value: unknown): string | null => (typeof value === 'string' && value ? value : null);

/** Reads one event of the detail's `timeline`, whatever it leaves out. */
export function eventOf(raw: unknown, index: number): AccidentEvent | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const e = raw as Record<string, unknown>;
  const at = str(e.at);
  if (!at) return null;
  return {
    id: str(e.id) ?? String(index),
    at,
    kind: str(e.kind) ?? 'event',
    transition: str(e.transition),
    fromState: str(e.fromState),
    toState: str(e.toState),
    comment: str(e.comment),
    data: typeof e.data === 'object' && e.data !== null ? (e.data as Record<string, unknown>) : {},
    actorName: str(e.actorName),
    caseId: str(e.caseId),
    caseNumber: str(e.caseNumber),
  };
}

/** The case an event belongs to: the accident itself, one of its report steps (with its level) or the investigation. */
export type CaseOfEvent = { type: 'accident' | 'accident_report' | 'accident_investigation'; level?: string };

/** What happened, in words: the transition of the accident, a report step or the investigation, or the clock. */
function headline(e: AccidentEvent, type: string, t: T, translate: (key: string) => string | null): string {
  if (e.kind === 'created') {
    return translate(`accidents.event.created.${type}`) ?? t('accidents.event.created.accident');
  }
  if (e.transition) {
    return (
      translate(`accidents.event.${type}.${e.transition}`) ??
      translate(`accidents.investigation.transition.${e.transition}`) ??
      translate(`accidents.event.transition.${e.transition}`) ??
      e.transition
    );
  }
  return translate(`accidents.event.kind.${e.kind}`) ?? e.kind;
}

/** The accident's history, oldest first: who did what when, with comments. */
export function AccidentTimeline({ events, cases }: { events: unknown[]; cases: Record<string, CaseOfEvent> }) {
  const { t } = useI18n();
  const list = events.map(eventOf).filter((e): e is AccidentEvent => e !== null);
  if (list.length === 0) return <Empty description={t('accidents.timelineEmpty')} />;
  // A key the catalogue does not know comes back as itself: then the fallback is used.
  const translate = (key: string) => {
    const text = t(key);
    return text === key ? null : text;
  };
  const items: TimelineItemProps[] = list.map((e) => {
    const of = (e.caseId ? cases[e.caseId] : undefined) ?? { type: 'accident' };
    const level = of.level ? t(`accident.reportLevel.${of.level}`) : null;
    return {
      key: e.id,
      color:
        e.kind === 'overdue' || e.transition === 'mark_irregularity' || e.transition === 'return_report'
          ? 'red'
          : 'blue',
      content: (
        <Space orientation="vertical" size={2} style={{ width: '100%' }}>
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            <time dateTime={e.at}>{formatDateTime(e.at)}</time>
            {e.caseNumber ? ` · ${e.caseNumber}` : ''}
          </Typography.Text>
          <Space wrap size={6}>
            <Typography.Text strong>
              {headline(e, of.type, t, translate)}
              {level ? `（${level}）` : ''}
            </Typography.Text>
            <Typography.Text type="secondary">{e.actorName ?? t('accidents.event.system')}</Typography.Text>
          </Space>
          {e.comment ? (
            <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{e.comment}</Typography.Paragraph>
          ) : null}
        </Space>
      ),
    };
  });
  return <Timeline items={items} />;
}
