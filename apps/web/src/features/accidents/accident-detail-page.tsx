import type { TAccidentDetail } from '@redline/contracts';
import { useQuery } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Card,
  Col,
  DatePicker,
  Descriptions,
  type DescriptionsProps,
  Flex,
  Row,
  Space,
  Statistic,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { type ReactNode, useState } from 'react';
import { Link, useLocation, useParams, useSearchParams } from 'react-router';
import { isApiError } from '../../app/api-error';
import { formatDateTime, orDash } from '../../app/format';
import { useI18n } from '../../app/i18n/locale-context';
import { ErrorState, LoadingState, NotFoundState } from '../../app/states/states';
import { enterpriseHref } from '../enterprises/enterprise-links';
import { isCaseId } from '../hazards/codes';
import { AccidentTimeline, type CaseOfEvent } from './accident-timeline';
import { accidentKeys, getAccident } from './api';
import { formatCny } from './codes';
import { InvestigationPanel } from './investigation-panel';
import { AccidentStateTag, GradeTag, IrregularityTags } from './labels';
import { ReportChain } from './report-chain';
import { REPORT_ITEMS } from './report-form';
import type { ReportedState } from './report-page';
import { SupplementDialog, VersionsTable } from './supplements';

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;
const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value : null);

/** 事故详情: the facts, casualties as of a date, the reporting chain, supplementary reports, investigation, history. */
export function AccidentDetailPage() {
  const { id } = useParams();
  if (!isCaseId(id)) return <NotFoundState />;
  return <AccidentDetailOf id={id} />;
}

function AccidentDetailOf({ id }: { id: string }) {
  const { t } = useI18n();
  const location = useLocation();
  const reported = (location.state as ReportedState | null)?.reportedNumber;
  const [params, setParams] = useSearchParams();
  const asOfParam = params.get('asOf');
  const asOf = asOfParam && LOCAL_DATE.test(asOfParam) ? asOfParam : null;
  const accident = useQuery({
    queryKey: accidentKeys.one(id, asOf),
    queryFn: ({ signal }) => getAccident(id, asOf, signal),
  });
  if (accident.isPending) return <LoadingState rows={10} />;
  if (accident.error) {
    // Out of scope answers 404 as if absent: the same page as an unknown id.
    if (isApiError(accident.error) && accident.error.status === 404) return <NotFoundState />;
    return <ErrorState error={accident.error} onRetry={() => void accident.refetch()} />;
  }
  const a = accident.data;
  const setAsOf = (next: string | null) =>
    setParams(
      (prev) => {
        const p = new URLSearchParams(prev);
        if (next) p.set('asOf', next);
        else p.delete('asOf');
        return p;
      },
      { replace: true },
    );
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {reported ? (
        <Alert type="success" showIcon closable title={t('accidents.reportedAs', { number: reported })} role="status" />
      ) : null}
      <Card>
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <div>
            <Typography.Text type="secondary" copyable={{ text: a.number }} data-testid="accident-number">
              {a.number}
            </Typography.Text>
            <Typography.Title level={1} style={{ fontSize: 22, margin: '4px 0 8px' }}>
              {a.title}
            </Typography.Title>
            <Space wrap size={4} data-testid="accident-tags">
              <GradeTag grade={a.grade} />
              <AccidentStateTag state={a.state} />
              <IrregularityTags late={a.reportLate} irregularities={a.irregularities} />
            </Space>
          </div>
          <Facts accident={a} />
        </Space>
      </Card>
      <Casualties accident={a} asOf={asOf} onAsOf={setAsOf} />
      <Card title={t('accidents.chain')}>
        <Typography.Paragraph type="secondary">{t('accidents.chainBasis')}</Typography.Paragraph>
        <ReportChain accidentId={a.id} steps={a.reportSteps} />
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Card title={t('accidents.investigation.title')}>
            <InvestigationPanel accidentId={a.id} investigation={a.investigationDetail} />
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            <ReportContent accident={a} />
            <Card title={t('accidents.timeline')}>
              <AccidentTimeline events={a.timeline} cases={casesOf(a)} />
            </Card>
          </Space>
        </Col>
      </Row>
    </Space>
  );
}

/** Which case each timeline event belongs to: the accident, a report step (its level) or the investigation. */
function casesOf(a: TAccidentDetail): Record<string, CaseOfEvent> {
  const cases: Record<string, CaseOfEvent> = { [a.id]: { type: 'accident' } };
  for (const step of a.reportSteps) cases[step.id] = { type: 'accident_report', level: step.level };
  if (a.investigationDetail) cases[a.investigationDetail.id] = { type: 'accident_investigation' };
  return cases;
}

function Facts({ accident: a }: { accident: TAccidentDetail }) {
  const { t } = useI18n();
  const f = a.fields;
  const reporter = [text(f.reporterName), text(f.reporterUnit), text(f.reporterPhone)].filter(Boolean).join(' · ');
  const items: DescriptionsProps['items'] = [
    { key: 'occurredAt', label: t('field.occurredAt'), children: formatDateTime(a.occurredAt) },
    { key: 'learnedAt', label: t('field.learnedAt'), children: formatDateTime(a.learnedAt) },
    { key: 'region', label: t('accidents.region'), children: `${a.regionName}（${a.regionCode}）` },
    { key: 'place', label: t('field.locationText'), children: orDash(a.locationText) },
    {
      key: 'enterprise',
      label: t('accidents.field.enterprise'),
      children: a.enterprise ? <Link to={enterpriseHref(a.enterprise.id)}>{a.enterprise.name}</Link> : '—',
    },
    { key: 'sector', label: t('field.sector'), children: t(`accident.sector.${a.sector}`) },
    {
      key: 'category',
      label: t('field.categoryCode'),
      children: `${a.categoryCode} ${t(`accident.category.${a.categoryCode}`)}`,
    },
    { key: 'industry', label: t('field.industryCode'), children: orDash(a.industryCode) },
    { key: 'reporter', label: t('field.reporterName'), children: reporter || '—' },
  ];
  return <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }} items={items} />;
}

/** The casualties and grade as of a chosen date (?asOf=), each criterion's grade, and the supplementary reports. */
function Casualties({
  accident: a,
  asOf,
  onAsOf,
}: {
  accident: TAccidentDetail;
  asOf: string | null;
  onAsOf: (date: string | null) => void;
}) {
  const { t } = useI18n();
  const [dialog, setDialog] = useState<'open' | 'closing' | null>(null);
  const c = a.casualties;
  const windowClosed = Date.now() >= Date.parse(a.casualtyWindowEnd);
  const figures: Array<[string, string, ReactNode]> = [
    [
      'deaths',
      t('field.deaths'),
      <span key="deaths" data-testid="deaths">
        {c.deaths}
      </span>,
    ],
    ['missing', t('field.missing'), c.missing],
    ['serious', t('field.seriousInjuries'), c.seriousInjuries],
    ['minor', t('field.minorInjuries'), c.minorInjuries],
    ['loss', t('field.directLossCny'), formatCny(c.directLossCny)],
  ];
  return (
    <Card
      title={t('accidents.casualties')}
      extra={
        <Space wrap size={8}>
          <label htmlFor="accident-as-of">{t('accidents.asOf')}</label>
          <DatePicker
            id="accident-as-of"
            format="YYYY-MM-DD"
            value={asOf ? dayjs(asOf) : null}
            placeholder={t('accidents.asOfNow')}
            onChange={(d) => onAsOf(d ? d.format('YYYY-MM-DD') : null)}
            disabledDate={(d) => d.format('YYYY-MM-DD') < formatDateTime(a.occurredAt).slice(0, 10)}
            style={{ width: 150 }}
          />
        </Space>
      }
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Typography.Text type="secondary" data-testid="as-of-text">
          {asOf ? t('accidents.asOfText', { date: asOf }) : t('accidents.asOfNowText')}
        </Typography.Text>
        <Row gutter={[16, 12]}>
          {figures.map(([key, label, value]) => (
            <Col key={key} xs={12} sm={8} xl={4}>
              <Statistic title={label} value={0} formatter={() => value} styles={{ content: { fontSize: 22 } }} />
            </Col>
          ))}
          <Col xs={24} sm={16} xl={4}>
            <Statistic title={t('accidents.col.grade')} value={0} formatter={() => <GradeTag grade={a.grade} />} />
          </Col>
        </Row>
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          {t('accidents.byCriterion', {
            deaths: t(`accident.grade.${a.byCriterion.deaths}`),
            serious: t(`accident.grade.${a.byCriterion.seriousInjuries}`),
            loss: t(`accident.grade.${a.byCriterion.directLoss}`),
          })}
        </Typography.Text>
        {a.casualties.missing > 0 ? (
          <Typography.Text type="warning">
            {a.missingCountedAsDead
              ? t('accidents.missingCounted', { missing: a.casualties.missing, deaths: a.countedDeaths })
              : t('accidents.missingPending', {
                  missing: a.casualties.missing,
                  end: formatDateTime(a.casualtyWindowEnd),
                })}
          </Typography.Text>
        ) : null}
        <Flex justify="space-between" align="center" wrap gap={8}>
          <Typography.Text strong>{t('accidents.versions')}</Typography.Text>
          <Space wrap>
            <Typography.Text type={windowClosed ? 'danger' : 'secondary'} data-testid="window-end">
              {t(windowClosed ? 'accidents.windowClosedAt' : 'accidents.windowEnd', {
                end: formatDateTime(a.casualtyWindowEnd),
              })}
            </Typography.Text>
            {a.actions.includes('supplement') ? (
              <Button onClick={() => setDialog('open')}>{t('accidents.supplement.button')}</Button>
            ) : null}
          </Space>
        </Flex>
        <VersionsTable versions={a.versions} />
      </Space>
      {dialog ? (
        <SupplementDialog
          accident={a}
          open={dialog === 'open'}
          onClose={() => setDialog('closing')}
          afterClose={() => setDialog(null)}
        />
      ) : null}
    </Card>
  );
}

/** The six items of the report (Decree 493 Art. 12) as first reported. */
function ReportContent({ accident: a }: { accident: TAccidentDetail }) {
  const { t } = useI18n();
  return (
    <Card title={t('accidents.section.content')}>
      <Descriptions
        size="small"
        column={1}
        items={REPORT_ITEMS.map((item) => ({
          key: item,
          label: t(`field.${item}`),
          children: <span style={{ whiteSpace: 'pre-wrap' }}>{text(a.fields[item]) ?? '—'}</span>,
        }))}
      />
    </Card>
  );
}
