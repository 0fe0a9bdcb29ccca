import type { TWorkbenchItem, TWorkbenchList } from '@redline/contracts';
import { Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { formatDateTime } from '../../app/format';
import { useI18n } from '../../app/i18n/locale-context';
import { dueOf } from './due';
import styles from './workbench.module.css';

const STATE_COLORS: Record<string, string> = {
  reported: 'gold',
  transferred: 'purple',
  accepted: 'cyan',
  rectifying: 'blue',
  awaiting_verification: 'geekblue',
};

function DueText({ item, now, soonDays }: { item: TWorkbenchItem; now: Date; soonDays: number }) {
  const { t } = useI18n();
  const due = dueOf(item.deadline, now);
  const text =
    due.kind === 'none'
      ? t('workbench.noDeadline')
      : due.kind === 'overdue'
        ? t('workbench.overdueBy', { days: due.days })
        : due.kind === 'overdueToday'
          ? t('workbench.overdueToday')
          : due.kind === 'today'
            ? t('workbench.dueToday')
            : t('workbench.dueIn', { days: due.days });
  const late = due.kind === 'overdue' || due.kind === 'overdueToday';
  return (
    <span
      className={
        late
          ? styles.late
          : due.kind === 'today' || (due.kind === 'left' && due.days <= soonDays)
            ? styles.due
            : undefined
      }
    >
      {text}
      {item.deadline ? (
        <span className={styles.at}> · {t('workbench.deadline', { at: formatDateTime(item.deadline) })}</span>
      ) : null}
    </span>
  );
}

/** One to-do list: each hazard a link to its page, with its state, deadline and the moves waiting. */
export function TodoList({
  list,
  empty,
  now,
  soonDays,
}: {
  list: TWorkbenchList;
  empty: string;
  now: Date;
  soonDays: number;
}) {
  const { t } = useI18n();
  if (!list.items.length) {
    return (
      <Typography.Paragraph type="secondary" className={styles.empty}>
        {empty}
      </Typography.Paragraph>
    );
  }
  return (
    <>
      <ul className={styles.list}>
        {list.items.map((item) => (
          <li key={item.id} className={styles.item}>
            <Link to={`/hazards/${item.id}`} className={styles.itemLink}>
              <span className={styles.itemHead}>
                <Typography.Text type="secondary" className={styles.number}>
                  {item.number}
                </Typography.Text>
                <Tag color={STATE_COLORS[item.state] ?? 'default'}>{t(`hazard.state.${item.state}`)}</Tag>
                {item.level ? (
                  <Tag color={item.level === 'major' ? 'red' : 'orange'}>{t(`hazard.level.${item.level}`)}</Tag>
                ) : null}
                {item.listed ? <Tag color="magenta">{t('workbench.listed')}</Tag> : null}
              </span>
              <span className={styles.title}>{item.title}</span>
              <span className={styles.meta}>
                {item.enterprise?.name ?? item.regionName} · <DueText item={item} now={now} soonDays={soonDays} />
              </span>
              <span className={styles.next}>
                {t('workbench.nextStep', {
                  actions: item.actions.map((a) => t(`hazard.transition.${a}`)).join(' / '),
                })}
              </span>
            </Link>
          </li>
        ))}
      </ul>
      {list.total > list.items.length ? (
        <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
          {t('workbench.more', { count: list.total - list.items.length })}
        </Typography.Paragraph>
      ) : null}
    </>
  );
}
