import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Col, Descriptions, type DescriptionsProps, Flex, Row, Space, Tag, Typography } from 'antd';
import { Link, useLocation, useParams } from 'react-router';
import { isApiError } from '../../app/api-error';
import { formatDateTime, orDash } from '../../app/format';
import { useI18n } from '../../app/i18n/locale-context';
import { ErrorState, LoadingState, NotFoundState } from '../../app/states/states';
import { enterpriseKeys, listSectors } from '../enterprises/api';
import { enterpriseHref } from '../enterprises/enterprise-links';
import { getHazard, type HazardDetail, hazardKeys, listHazardStandards } from './api';
import { isCaseId } from './codes';
import { EvidenceGallery } from './evidence-gallery';
import { HazardActions } from './hazard-actions';
import { HazardTimeline } from './hazard-timeline';
import { Deadline, LevelTag, SourceLabel, StateTag, sectorName } from './labels';
import { UnitName } from './unit-name';

/** Where the report form sends the user after a successful report. */
export type ReportedState = { reportedNumber?: string };

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value : null);
const money = (value: unknown): string | null =>
  typeof value === 'number' ? value.toLocaleString('zh-CN', { minimumFractionDigits: 2 }) : null;

/** 隐患详情: header, actions, rectification, photos before and after, and the timeline. */
export function HazardDetailPage() {
  const { id } = useParams();
  if (!isCaseId(id)) return <NotFoundState />;
  return <HazardDetailOf id={id} />;
}

function HazardDetailOf({ id }: { id: string }) {
  const { t } = useI18n();
  const location = useLocation();
  const reported = (location.state as ReportedState | null)?.reportedNumber;
  const hazard = useQuery({ queryKey: hazardKeys.one(id), queryFn: ({ signal }) => getHazard(id, signal) });
  if (hazard.isPending) return <LoadingState rows={10} />;
  if (hazard.error) {
    // Out of scope answers 404 as if absent: the same page as an unknown id.
    if (isApiError(hazard.error) && (hazard.error.status === 404 || hazard.error.status === 400)) {
      return <NotFoundState />;
    }
    return <ErrorState error={hazard.error} onRetry={() => void hazard.refetch()} />;
  }
  const h = hazard.data;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {reported ? (
        <Alert type="success" showIcon closable title={t('hazards.reportedAs', { number: reported })} role="status" />
      ) : null}
      <Card>
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <div>
            <Typography.Text type="secondary" copyable={{ text: h.number }} data-testid="hazard-number">
              {h.number}
            </Typography.Text>
            <Typography.Title level={1} style={{ fontSize: 22, margin: '4px 0 8px' }}>
              {h.title}
            </Typography.Title>
            <Space wrap size={4} data-testid="hazard-tags">
              <StateTag state={h.state} />
              <LevelTag level={h.level} />
              {h.overdue ? <Tag color="red">{t('hazards.overdue')}</Tag> : null}
              {h.listed ? <Tag color="magenta">{t('hazards.listedTag')}</Tag> : null}
              {h.fields.suspension ? (
                <Tag color="volcano">{t(`hazard.suspension.${String(h.fields.suspension)}`)}</Tag>
              ) : null}
            </Space>
          </div>
          <Flex vertical gap={6}>
            <Typography.Text strong>{t('hazards.actions')}</Typography.Text>
            <HazardActions hazard={h} />
          </Flex>
          <Summary hazard={h} />
        </Space>
      </Card>
      <Rectification hazard={h} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Card title={t('hazards.evidence')}>
            <EvidenceGallery evidence={h.evidence} />
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Card title={t('hazards.timeline')}>
            <HazardTimeline events={h.timeline} />
          </Card>
        </Col>
      </Row>
      <Links hazard={h} />
    </Space>
  );
}

function Summary({ hazard: h }: { hazard: HazardDetail }) {
  const { t, locale } = useI18n();
  const sectors = useQuery({
    queryKey: enterpriseKeys.sectors,
    queryFn: ({ signal }) => listSectors(signal),
    staleTime: 10 * 60_000,
  });
  const f = h.fields;
  const place = [h.locationText, h.lng !== null && h.lat !== null ? `${h.lng}, ${h.lat}` : null].filter(Boolean);
  const items: DescriptionsProps['items'] = [
    {
      key: 'deadline',
      label: t('hazards.col.deadline'),
      children: <Deadline deadline={h.deadline} overdue={h.overdue} />,
    },
    {
      key: 'enterprise',
      label: t('hazards.col.enterprise'),
      children: h.enterprise ? <Link to={enterpriseHref(h.enterprise.id)}>{h.enterprise.name}</Link> : '—',
    },
    { key: 'region', label: t('hazards.col.region'), children: `${h.regionName}（${h.regionCode}）` },
    {
      key: 'supervisor',
      label: t('hazards.supervisorUnit'),
      children: <UnitName unit={h.supervisorUnit} enterprise={h.enterprise} />,
    },
    {
      key: 'owner',
      label: t('hazards.ownerUnit'),
      children: <UnitName unit={h.ownerUnit} enterprise={h.enterprise} />,
    },
    { key: 'sector', label: t('hazards.col.sector'), children: sectorName(h.sectorCode, sectors.data, locale) },
    { key: 'source', label: t('hazards.col.source'), children: <SourceLabel source={h.source} /> },
    {
      key: 'category',
      label: t('field.category'),
      children: text(f.category) ? t(`hazard.category.${f.category}`) : '—',
    },
    {
      key: 'type',
      label: t('field.hazardType'),
      children: text(f.hazardType) ? t(`hazard.type.${f.hazardType}`) : '—',
    },
    {
      key: 'checkKind',
      label: t('field.checkKind'),
      children: text(f.checkKind) ? t(`hazard.checkKind.${f.checkKind}`) : '—',
    },
    { key: 'grid', label: t('field.gridCode'), children: h.gridCode ? <UnitName unit={`grid:${h.gridCode}`} /> : '—' },
    { key: 'createdAt', label: t('hazards.col.createdAt'), children: formatDateTime(h.createdAt) },
    { key: 'updatedAt', label: t('hazards.col.updatedAt'), children: formatDateTime(h.updatedAt) },
    ...(h.listed
      ? [
          {
            key: 'listed',
            label: t('field.listedUnit'),
            children: (
              <span>
                <UnitName unit={h.listed.unit} /> · {formatDateTime(h.listed.at)}
              </span>
            ),
          },
        ]
      : []),
    { key: 'location', label: t('hazards.location'), children: place.length ? place.join(' · ') : '—', span: 'filled' },
    {
      key: 'description',
      label: t('field.description'),
      children: <span style={{ whiteSpace: 'pre-wrap' }}>{orDash(text(f.description))}</span>,
      span: 'filled',
    },
  ];
  return <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }} items={items} />;
}

/** The rectification as committed (the five assurances, the major-hazard report and plan) and as done. */
function Rectification({ hazard: h }: { hazard: HazardDetail }) {
  const { t } = useI18n();
  const f = h.fields;
  const basis = f.determinationBasis as { standard?: string; article?: string } | undefined;
  const standards = useQuery({
    queryKey: hazardKeys.standards(null),
    queryFn: ({ signal }) => listHazardStandards(null, signal),
    staleTime: 60 * 60_000,
    enabled: Boolean(basis?.standard),
  });
  const standardTitle = standards.data?.find((s) => s.code === basis?.standard)?.title ?? basis?.standard;
  const rows: Array<[string, string, string | null]> = [
    [
      'mode',
      t('hazards.rectificationMode'),
      text(f.rectificationMode) ? t(`hazards.mode.${f.rectificationMode}`) : null,
    ],
    [
      'rectificationDeadline',
      t('hazards.rectificationDeadline'),
      text(f.rectificationDeadline) ? formatDateTime(f.rectificationDeadline as string) : null,
    ],
    ['measures', t('field.measures'), text(f.measures)],
    ['responsiblePerson', t('field.responsiblePerson'), text(f.responsiblePerson)],
    ['funds', t('field.funds'), money(f.funds)],
    ['contingencyPlan', t('field.contingencyPlan'), text(f.contingencyPlan)],
    ['fundsSpent', t('field.fundsSpent'), money(f.fundsSpent)],
    ['basis', t('field.determinationBasis'), basis?.standard ? `${standardTitle} ${basis.article ?? ''}` : null],
    ['currentCondition', t('field.currentCondition'), text(f.currentCondition)],
    ['causes', t('field.causes'), text(f.causes)],
    ['harmAndDifficultyAnalysis', t('field.harmAndDifficultyAnalysis'), text(f.harmAndDifficultyAnalysis)],
    ['objectives', t('field.objectives'), text(f.objectives)],
    ['materials', t('field.materials'), text(f.materials)],
    ['responsibleOrganisation', t('field.responsibleOrganisation'), text(f.responsibleOrganisation)],
    ['rectificationRequirements', t('field.rectificationRequirements'), text(f.rectificationRequirements)],
    ['safetyMeasures', t('field.safetyMeasures'), text(f.safetyMeasures)],
  ];
  const shown = rows.filter(([, , value]) => value !== null);
  if (shown.length === 0) return null;
  return (
    <Card title={t('hazards.rectification')}>
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2 }}
        items={shown.map(([key, label, value]) => ({
          key,
          label,
          children: <span style={{ whiteSpace: 'pre-wrap' }}>{value}</span>,
        }))}
      />
    </Card>
  );
}

function Links({ hazard: h }: { hazard: HazardDetail }) {
  const { t } = useI18n();
  if (!h.mergedIntoId && h.mergedHere.length === 0 && h.linkedCases.length === 0) return null;
  return (
    <Card title={t('hazards.links')}>
      <Space orientation="vertical">
        {h.mergedIntoId ? (
          <Typography.Text>
            {t('hazards.mergedInto')} <Link to={`/hazards/${h.mergedIntoId}`}>{t('hazards.openMerged')}</Link>
          </Typography.Text>
        ) : null}
        {h.mergedHere.map((m) => (
          <Typography.Text key={m.id}>
            {t('hazards.mergedHere')} <Link to={`/hazards/${m.id}`}>{m.number}</Link> {m.title}
          </Typography.Text>
        ))}
        {h.linkedCases.map((c) => (
          <Typography.Text key={c.id}>
            {t(`hazards.caseType.${c.type}`)} {c.number} · {t(`hazards.reviewState.${c.state}`)}
            {c.deadline ? ` · ${t('hazards.event.deadline', { deadline: formatDateTime(c.deadline) })}` : ''}
          </Typography.Text>
        ))}
      </Space>
    </Card>
  );
}
