import { BellOutlined, CheckOutlined } from '@ant-design/icons';
import type { TNotification } from '@redline/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Badge, Button, Empty, Grid, Popover } from 'antd';
import { type KeyboardEvent, lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { formatDateTime } from '../../app/format';
import { useI18n } from '../../app/i18n/locale-context';
import { ErrorState, LoadingState } from '../../app/states/states';
import { getUnreadCount, listLatest, markAllRead, markRead, notificationKeys } from './api';
import styles from './notification-bell.module.css';

const NotificationDrawer = lazy(() => import('./notification-drawer').then((m) => ({ default: m.NotificationDrawer })));

/**
 * The header's bell: the unread count (polled every minute and when the window regains focus) and, on click, the
 * latest notifications. Opening one marks it read and goes to its hazard.
 */
export function NotificationBell() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  // A popover beside the bell from 576 px on; on a phone a drawer over the whole width.
  const narrow = Grid.useBreakpoint().sm === false;
  const unread = useQuery({
    queryKey: notificationKeys.unread,
    queryFn: ({ signal }) => getUnreadCount(signal),
    refetchInterval: 60_000,
    refetchOnWindowFocus: true,
    staleTime: 0,
  });
  const latest = useQuery({
    queryKey: notificationKeys.latest,
    queryFn: ({ signal }) => listLatest(signal),
    enabled: open,
    staleTime: 0,
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: notificationKeys.all });
  const readOne = useMutation({ mutationFn: markRead, onSettled: refresh });
  const readAll = useMutation({
    mutationFn: markAllRead,
    onSuccess: () => message.success(t('notifications.allRead')),
    onError: (error) => message.error(error.message),
    onSettled: refresh,
  });

  const count = unread.data?.unread ?? 0;
  const bellRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  // The popover is rendered at the end of the page: move the focus into it when it opens, and back on Escape.
  useEffect(() => {
    if (!open || narrow || !latest.data) return;
    const panel = panelRef.current;
    (panel?.querySelector<HTMLElement>('li button') ?? panel)?.focus();
  }, [open, narrow, latest.data]);
  const closeOnEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    setOpen(false);
    bellRef.current?.focus();
  };
  const openOne = (n: TNotification) => {
    if (!n.readAt) readOne.mutate(n.id);
    if (n.link) {
      setOpen(false);
      navigate(n.link);
    }
  };

  const list = (
    <>
      {latest.error ? (
        <ErrorState error={latest.error} onRetry={() => void latest.refetch()} />
      ) : !latest.data ? (
        <LoadingState rows={3} />
      ) : latest.data.items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('notifications.empty')} />
      ) : (
        <>
          <ul className={styles.list} aria-label={t('notifications.title')} data-testid="notification-list">
            {latest.data.items.map((n) => (
              <li key={n.id} className={`${styles.entry} ${n.readAt ? '' : styles.unread}`}>
                <button type="button" className={styles.open} onClick={() => openOne(n)}>
                  <span className={styles.text}>
                    {n.readAt ? null : (
                      <span className={styles.dot} role="img" aria-label={t('notifications.unread')} />
                    )}
                    {n.text}
                  </span>
                  <span className={styles.time}>{formatDateTime(n.createdAt)}</span>
                </button>
                {n.readAt ? null : (
                  <Button
                    type="text"
                    size="small"
                    icon={<CheckOutlined />}
                    aria-label={t('notifications.markRead')}
                    title={t('notifications.markRead')}
                    style={{ marginTop: 8 }}
                    onClick={() => readOne.mutate(n.id)}
                  />
                )}
              </li>
            ))}
          </ul>
          {latest.data.total > latest.data.items.length ? (
            <div className={styles.foot}>
              {t('notifications.showing', { shown: latest.data.items.length, total: latest.data.total })}
            </div>
          ) : null}
        </>
      )}
    </>
  );

  const head = (
    <div className={styles.head}>
      <span>{t('notifications.title')}</span>
      <Button
        type="link"
        size="small"
        disabled={count === 0}
        loading={readAll.isPending}
        onClick={() => readAll.mutate()}
      >
        {t('notifications.markAllRead')}
      </Button>
    </div>
  );
  const bell = (
    <Button
      ref={bellRef}
      type="text"
      aria-label={count ? t('notifications.bellUnread', { count }) : t('notifications.bell')}
      aria-haspopup="dialog"
      aria-expanded={open}
      data-testid="notification-bell"
      onClick={narrow ? () => setOpen(true) : undefined}
      icon={
        <Badge count={count} size="small" overflowCount={99}>
          <BellOutlined style={{ fontSize: 18 }} />
        </Badge>
      }
    />
  );
  if (narrow) {
    return (
      <>
        {bell}
        {open ? (
          <Suspense fallback={null}>
            <NotificationDrawer onClose={() => setOpen(false)} title={head}>
              {list}
            </NotificationDrawer>
          </Suspense>
        ) : null}
      </>
    );
  }
  return (
    <Popover
      open={open}
      onOpenChange={setOpen}
      trigger="click"
      placement="bottomRight"
      arrow={false}
      content={
        <div
          ref={panelRef}
          role="dialog"
          aria-label={t('notifications.title')}
          tabIndex={-1}
          className={`${styles.panel} ${styles.popover}`}
          onKeyDown={closeOnEscape}
        >
          {head}
          {list}
        </div>
      }
    >
      {bell}
    </Popover>
  );
}
