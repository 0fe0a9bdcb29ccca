import { FundProjectionScreenOutlined, PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { ROLE_LABELS, type TRole, type TWorkbench } from '@redline/contracts';
import { useQuery } from '@tanstack/react-query';
import {
  Badge,
  Button,
  Card,
  Col,
  Collapse,
  Descriptions,
  Grid,
  Row,
  Space,
  Statistic,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { type ReactNode, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { formatDateTime } from '../../app/format';
import { useI18n } from '../../app/i18n/locale-context';
import { describeScope } from '../../app/scope';
import { navItemsFor } from '../../app/shell/nav-items';
import { ErrorState, LoadingState } from '../../app/states/states';
import { useAccount } from '../auth/session';
import { getWorkbench, workbenchKeys } from './api';
import { TodoList } from './todo-list';
import styles from './workbench.module.css';

/** Who may report a hazard (POST /hazards). */
const REPORTERS: readonly TRole[] = [
  'grid_worker',
  'town_officer',
  'inspector',
  'safety_office',
  'enterprise_user',
  'expert',
];
type TabKey = keyof TWorkbench['todo'];
const TABS: TabKey[] = ['overdue', 'dueSoon', 'waiting'];

function CountCard({ title, value, late, link }: { title: string; value: number; late?: boolean; link?: ReactNode }) {
  return (
    <Card size="small" className={styles.count}>
      <Statistic
        title={title}
        value={value}
        className={late && value > 0 ? styles.countLate : undefined}
        valueRender={link ? () => link : undefined}
      />
    </Card>
  );
}

function TabCount({ list, data }: { list: TabKey; data: TWorkbench }) {
  const total = data.todo[list].total;
  return <Badge count={total} showZero color={list === 'overdue' && total > 0 ? '#cf1322' : '#8c8c8c'} />;
}

/**
 * The workbench (工作台), the same for every role, built for a phone first: the quick report button, my counts and
 * my to-do (hazards waiting for my move: overdue, due soon, the rest), each a link to the hazard.
 */
export function WorkbenchPage() {
  const { t, locale } = useI18n();
  const account = useAccount();
  const navigate = useNavigate();
  const [tab, setTab] = useState<TabKey | null>(null);
  // On a phone the three lists are stacked (three tabs do not fit beside each other); from 576 px on, tabs.
  const wide = Grid.useBreakpoint().sm !== false;
  const mine = useQuery({
    queryKey: workbenchKeys.mine,
    queryFn: ({ signal }) => getWorkbench(signal),
    refetchOnWindowFocus: true,
  });
  const canReport = account.roles.some((r) => REPORTERS.includes(r));
  const hasCockpit = navItemsFor(account).some((i) => i.path === '/cockpit');
  const data = mine.data;
  const now = data ? new Date(data.asOf) : new Date();
  const activeTab = tab ?? TABS.find((k) => (data?.todo[k].total ?? 0) > 0) ?? 'overdue';
  const days = data?.dueSoonDays ?? 3;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <div className={styles.header}>
        <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>
          {t('workbench.welcome', { name: account.displayName })}
        </Typography.Title>
        <div className={styles.actions}>
          {canReport ? (
            <Button type="primary" size="large" icon={<PlusOutlined />} onClick={() => navigate('/hazards/new')}>
              {t('workbench.quickReport')}
            </Button>
          ) : null}
          {hasCockpit ? (
            <Button size="large" icon={<FundProjectionScreenOutlined />} onClick={() => navigate('/cockpit')}>
              {t('workbench.openCockpit')}
            </Button>
          ) : null}
        </div>
      </div>

      {mine.error ? (
        <Card>
          <ErrorState error={mine.error} onRetry={() => void mine.refetch()} />
        </Card>
      ) : !data ? (
        <Card>
          <LoadingState rows={6} />
        </Card>
      ) : (
        <>
          <section aria-labelledby="workbench-counts">
            <h2 id="workbench-counts" className="redline-visually-hidden">
              {t('workbench.countsTitle')}
            </h2>
            <Row gutter={[12, 12]}>
              <Col xs={12} sm={8} xl={4}>
                <CountCard title={t('workbench.count.awaiting')} value={data.counts.awaitingMyAction} />
              </Col>
              <Col xs={12} sm={8} xl={5}>
                <CountCard title={t('workbench.count.overdue')} value={data.todo.overdue.total} late />
              </Col>
              <Col xs={12} sm={8} xl={5}>
                <CountCard title={t('workbench.count.dueSoon', { days })} value={data.todo.dueSoon.total} />
              </Col>
              <Col xs={12} sm={12} xl={5}>
                <CountCard title={t('workbench.count.reportedOpen')} value={data.counts.reportedByMeOpen} />
              </Col>
              <Col xs={24} sm={12} xl={5}>
                <CountCard
                  title={t('workbench.count.overdueInScope')}
                  value={data.counts.overdueInScope}
                  late
                  link={
                    <Link
                      to="/hazards?overdue=true"
                      title={t('workbench.count.overdueInScopeHint')}
                      data-testid="count-overdue-in-scope"
                    >
                      {data.counts.overdueInScope}
                    </Link>
                  }
                />
              </Col>
            </Row>
          </section>

          <Card
            size={wide ? 'medium' : 'small'}
            title={t('workbench.todoTitle')}
            extra={
              <Space size={4}>
                <Typography.Text type="secondary" className={`${styles.number} ${styles.asOf}`}>
                  {t('workbench.asOf', { at: formatDateTime(data.asOf) })}
                </Typography.Text>
                <Button
                  type="text"
                  icon={<ReloadOutlined />}
                  aria-label={t('workbench.refresh')}
                  title={t('workbench.refresh')}
                  loading={mine.isFetching}
                  onClick={() => void mine.refetch()}
                />
              </Space>
            }
            styles={{ body: { paddingTop: 0 } }}
          >
            {data.counts.awaitingMyAction === 0 ? (
              <Typography.Paragraph type="secondary" style={{ paddingTop: 16 }} data-testid="todo-empty">
                {t('workbench.empty.none')}
              </Typography.Paragraph>
            ) : wide ? (
              <Tabs
                activeKey={activeTab}
                onChange={(key) => setTab(key as TabKey)}
                items={TABS.map((key) => ({
                  key,
                  label: (
                    <span>
                      {t(`workbench.tab.${key}`)} <TabCount list={key} data={data} />
                    </span>
                  ),
                  children: (
                    <TodoList
                      list={data.todo[key]}
                      now={now}
                      soonDays={days}
                      empty={t(`workbench.empty.${key}`, { days })}
                    />
                  ),
                }))}
              />
            ) : (
              TABS.map((key) => (
                <section key={key} className={styles.section} aria-labelledby={`todo-${key}`}>
                  <h3 id={`todo-${key}`} className={styles.sectionTitle}>
                    {t(`workbench.tab.${key}`)} <TabCount list={key} data={data} />
                  </h3>
                  <TodoList
                    list={data.todo[key]}
                    now={now}
                    soonDays={days}
                    empty={t(`workbench.empty.${key}`, { days })}
                  />
                </section>
              ))
            )}
          </Card>
        </>
      )}

      <Collapse
        size="small"
        items={[
          {
            key: 'account',
            label: t('workbench.account'),
            children: (
              <Descriptions
                column={{ xs: 1, md: 2 }}
                size="small"
                items={[
                  { key: 'username', label: t('workbench.username'), children: account.username },
                  { key: 'displayName', label: t('workbench.displayName'), children: account.displayName },
                  { key: 'mobile', label: t('workbench.mobile'), children: account.mobile ?? '—' },
                  {
                    key: 'roles',
                    label: t('workbench.roles'),
                    children: account.roles.map((r) => (
                      <Tag key={r} color="blue">
                        {ROLE_LABELS[r][locale]}
                      </Tag>
                    )),
                  },
                  { key: 'scope', label: t('workbench.scope'), children: describeScope(account.scope, t), span: 2 },
                ]}
              />
            ),
          },
        ]}
      />
    </Space>
  );
}
