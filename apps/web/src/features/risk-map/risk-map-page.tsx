import { GatewayOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Col, Empty, Flex, Row, Space, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../app/api-error';
import { useI18n } from '../../app/i18n/locale-context';
import { ErrorState, LoadingState, NotFoundState } from '../../app/states/states';
import { useAccount } from '../auth/session';
import { isEnterpriseId } from '../enterprises/enterprise-links';
import { deleteArea, getRiskMap, type PlanPoint, type RiskMapArea, riskMapKeys, sitePlanSrc } from './api';
import { type AreaDraft, AreaForm } from './area-form';
import { AreaList } from './area-list';
import { Legend } from './colours';
import { DrawingBar } from './drawing-bar';
import { PlanCanvas } from './plan-canvas';
import { SitePlanUpload } from './site-plan-upload';

type Drawing = { points: PlanPoint[]; areaId: string | null };

/** 四色分布图: the enterprise's site plan with its areas in their risk colour; its own accounts draw and edit them. */
export function RiskMapPage() {
  const { id } = useParams();
  if (!isEnterpriseId(id)) return <NotFoundState />;
  return <RiskMapOf enterpriseId={id} />;
}

function RiskMapOf({ enterpriseId }: { enterpriseId: string }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const account = useAccount();
  const canEdit = account.roles.some((r) => r === 'enterprise_user' || r === 'admin');
  const queryClient = useQueryClient();
  const key = riskMapKeys.one(enterpriseId);
  const map = useQuery({ queryKey: key, queryFn: ({ signal }) => getRiskMap(enterpriseId, signal) });
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [drawing, setDrawing] = useState<Drawing | null>(null);
  const [draft, setDraft] = useState<AreaDraft | null>(null);
  const [imageFailed, setImageFailed] = useState(false);
  const refresh = () => queryClient.invalidateQueries({ queryKey: key });
  const remove = useMutation({
    mutationFn: (area: RiskMapArea) => deleteArea(area.id),
    onSuccess: () => {
      void message.success(t('riskMap.deleted'));
      setSelectedId(null);
      void refresh();
    },
    onError: (error) => void message.error(error.message),
  });

  if (map.isPending) return <LoadingState rows={12} />;
  if (map.error) {
    if (isApiError(map.error) && map.error.status === 404) return <NotFoundState />;
    return <ErrorState error={map.error} onRetry={() => void map.refetch()} />;
  }
  const m = map.data;
  const plan = m.sitePlan;
  const finish = () => {
    if (!drawing || drawing.points.length < 3) return;
    const polygon = [...drawing.points, drawing.points[0]!];
    const area = m.areas.find((a) => a.id === drawing.areaId);
    setDraft(
      area
        ? { areaId: area.id, name: area.name, unitIds: area.unitIds, polygon }
        : { areaId: null, name: '', unitIds: [], polygon },
    );
  };
  const closeForm = () => {
    setDraft(null);
    setDrawing(null);
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card>
        <Flex justify="space-between" align="flex-start" wrap gap={12}>
          <div style={{ minWidth: 0 }}>
            <Typography.Title level={1} style={{ fontSize: 22, margin: '0 0 4px' }}>
              {t('riskMap.title')}
            </Typography.Title>
            <Typography.Text type="secondary">{t('riskMap.subtitle', { name: m.enterprise.name })}</Typography.Text>
            <div style={{ marginTop: 8 }}>
              <Space size={12} wrap>
                <Link to={`/enterprises/${enterpriseId}`}>{t('riskMap.enterprise')}</Link>
                <Link to={`/enterprises/${enterpriseId}/risks`}>{t('riskMap.register')}</Link>
              </Space>
            </div>
          </div>
          {canEdit && plan ? (
            <Space wrap>
              <SitePlanUpload enterpriseId={enterpriseId} replace onDone={() => void refresh()} />
              <Button
                type="primary"
                icon={<GatewayOutlined />}
                disabled={!!drawing}
                onClick={() => {
                  setSelectedId(null);
                  setDrawing({ points: [], areaId: null });
                }}
              >
                {t('riskMap.draw')}
              </Button>
            </Space>
          ) : null}
        </Flex>
        <div style={{ marginTop: 12 }}>
          <Legend />
        </div>
      </Card>
      {plan ? (
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={16}>
            <Card size="small">
              {drawing && !draft ? (
                <DrawingBar
                  count={drawing.points.length}
                  redrawing={m.areas.find((a) => a.id === drawing.areaId)?.name ?? null}
                  onFinish={finish}
                  onUndo={() => setDrawing({ ...drawing, points: drawing.points.slice(0, -1) })}
                  onCancel={() => setDrawing(null)}
                />
              ) : null}
              {imageFailed ? <Alert type="error" showIcon title={t('riskMap.imageFailed')} /> : null}
              <PlanCanvas
                src={sitePlanSrc(enterpriseId, plan.evidenceId)}
                alt={t('riskMap.planAlt', { name: m.enterprise.name })}
                width={plan.width}
                height={plan.height}
                areas={m.areas}
                selectedId={selectedId}
                onSelect={setSelectedId}
                drawing={draft ? null : drawing}
                onAddPoint={(p) => drawing && setDrawing({ ...drawing, points: [...drawing.points, p] })}
                onFinish={finish}
                onCancel={() => setDrawing(null)}
                onImageError={() => setImageFailed(true)}
              />
            </Card>
          </Col>
          <Col xs={24} xl={8}>
            <Card size="small" title={t('riskMap.areas')}>
              <AreaList
                areas={m.areas}
                units={m.units}
                selectedId={selectedId}
                onSelect={setSelectedId}
                actions={
                  canEdit
                    ? {
                        edit: (a) => setDraft({ areaId: a.id, name: a.name, unitIds: a.unitIds, polygon: null }),
                        redraw: (a) => setDrawing({ points: [], areaId: a.id }),
                        remove: (a) => remove.mutate(a),
                        busy: remove.isPending,
                      }
                    : undefined
                }
              />
            </Card>
          </Col>
        </Row>
      ) : (
        <Card>
          <Empty description={canEdit ? t('riskMap.noPlan') : t('riskMap.noPlanReader')} data-testid="risk-map-empty">
            {canEdit ? (
              <Space orientation="vertical" align="center">
                <SitePlanUpload enterpriseId={enterpriseId} replace={false} onDone={() => void refresh()} />
                <Typography.Text type="secondary">{t('riskMap.planHint')}</Typography.Text>
              </Space>
            ) : null}
          </Empty>
        </Card>
      )}
      {draft ? (
        <AreaForm
          key={`${draft.areaId}-${draft.polygon?.length}`}
          enterpriseId={enterpriseId}
          draft={draft}
          units={m.units}
          areas={m.areas}
          onClose={closeForm}
          onSaved={() => {
            void message.success(t('riskMap.saved'));
            closeForm();
            void refresh();
          }}
        />
      ) : null}
    </Space>
  );
}
