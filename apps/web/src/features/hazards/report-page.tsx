import { AimOutlined } from '@ant-design/icons';
import { HAZARD_CATEGORIES, HAZARD_CHECK_KINDS, HAZARD_SOURCES, HAZARD_TYPES } from '@redline/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Col, Form, Input, InputNumber, Radio, Row, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useI18n } from '../../app/i18n/locale-context';
import { useAccount } from '../auth/session';
import { isEnterpriseId } from '../enterprises/enterprise-links';
import { hazardKeys, type ReportBody, reportHazard } from './api';
import { DuplicateSuggestions } from './duplicate-suggestions';
import { EnterpriseSelect } from './enterprise-select';
import type { ReportedState } from './hazard-detail-page';
import styles from './hazards.module.css';
import { PhotoInput } from './photo-input';
import { RegionTreeSelect } from './region-tree-select';
import { placeServerErrors } from './server-errors';

type Values = {
  title?: string;
  description?: string;
  enterpriseId?: string;
  gridCode?: string;
  regionCode?: string;
  locationText?: string;
  lng?: number | null;
  lat?: number | null;
  source?: ReportBody['source'];
  category?: ReportBody['category'];
  hazardType?: ReportBody['hazardType'];
  checkKind?: ReportBody['checkKind'];
  level?: 'ordinary' | 'major' | 'unknown';
  evidenceIds?: string[];
};

/** The usual source of a report by who reports it; the reporter may change it. */
function defaultSource(roles: readonly string[]): ReportBody['source'] {
  if (roles.includes('grid_worker')) return 'grid_patrol';
  if (roles.includes('enterprise_user')) return 'self_inspection';
  if (roles.includes('expert')) return 'third_party';
  return 'department_inspection';
}

/** Where a refusal without details belongs: the place (no enterprise, grid or region given). */
const fieldOfCode = (code: string) => (code === 'HAZARD.PLACE_REQUIRED' ? 'enterpriseId' : null);

/**
 * 上报隐患, mobile first (usable at 375 px): what and where, photos straight from the camera, and the open hazards it
 * may duplicate while the title is typed. On success the new hazard's page opens with its number.
 */
export function ReportPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const account = useAccount();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [params] = useSearchParams();
  const [form] = Form.useForm<Values>();
  const [formError, setFormError] = useState<string | null>(null);
  const [uploading, setUploading] = useState(false);
  const [locating, setLocating] = useState(false);
  const scope = account.scope;
  const ownEnterprise = scope.kind === 'enterprise' ? scope : null;
  const grids = scope.kind === 'grids' ? scope.grids : [];
  const title = Form.useWatch('title', form);
  const chosenEnterprise = Form.useWatch('enterpriseId', form);
  const lng = Form.useWatch('lng', form);
  const lat = Form.useWatch('lat', form);
  const enterpriseId = ownEnterprise?.enterpriseId ?? chosenEnterprise;
  // Opened from an enterprise's page (`/hazards/new?enterpriseId=…`): that enterprise is chosen, and can be changed.
  const linkedEnterprise = params.get('enterpriseId') ?? undefined;
  const preselected = !ownEnterprise && isEnterpriseId(linkedEnterprise) ? linkedEnterprise : undefined;

  const send = useMutation({
    mutationFn: (v: Values) =>
      reportHazard({
        title: v.title?.trim() ?? '',
        description: v.description?.trim() || null,
        enterpriseId: enterpriseId ?? null,
        gridCode: enterpriseId ? null : (v.gridCode ?? null),
        regionCode: enterpriseId ? null : (v.regionCode ?? null),
        locationText: v.locationText?.trim() || null,
        lng: v.lng ?? null,
        lat: v.lat ?? null,
        source: v.source ?? defaultSource(account.roles),
        category: v.category ?? null,
        hazardType: v.hazardType ?? null,
        checkKind: v.checkKind ?? null,
        level: v.level === 'ordinary' || v.level === 'major' ? v.level : null,
        evidenceIds: v.evidenceIds ?? [],
      }),
    onSuccess: ({ hazard }) => {
      void queryClient.invalidateQueries({ queryKey: hazardKeys.all, refetchType: 'none' });
      message.success(t('hazards.reportedAs', { number: hazard.number }));
      navigate(`/hazards/${hazard.id}`, { state: { reportedNumber: hazard.number } satisfies ReportedState });
    },
    onError: (error) => setFormError(placeServerErrors(form, error, fieldOfCode)),
  });

  function locate() {
    if (!('geolocation' in navigator)) {
      message.warning(t('hazards.locateUnavailable'));
      return;
    }
    setLocating(true);
    navigator.geolocation.getCurrentPosition(
      (position) => {
        setLocating(false);
        form.setFieldsValue({
          lng: Number(position.coords.longitude.toFixed(6)),
          lat: Number(position.coords.latitude.toFixed(6)),
        });
      },
      () => {
        setLocating(false);
        message.warning(t('hazards.locateFailed'));
      },
      { enableHighAccuracy: true, timeout: 15_000 },
    );
  }

  const enumOptions = (list: readonly string[], prefix: string) =>
    list.map((code) => ({ value: code, label: t(`${prefix}.${code}`) }));

  return (
    <div className={styles.reportPage}>
      <Typography.Title level={1} style={{ fontSize: 22, marginTop: 0 }}>
        {t('nav.reportHazard')}
      </Typography.Title>
      <Card styles={{ body: { padding: 16 } }}>
        {formError ? <Alert type="error" showIcon title={formError} role="alert" style={{ marginBottom: 16 }} /> : null}
        <Form
          form={form}
          layout="vertical"
          name="hazard-report"
          initialValues={{ source: defaultSource(account.roles), level: 'unknown', enterpriseId: preselected }}
          onFinish={(v) => {
            setFormError(null);
            send.mutate(v);
          }}
          scrollToFirstError
        >
          <Form.Item
            name="title"
            label={t('hazards.reportTitle')}
            rules={[{ required: true, whitespace: true, message: t('hazards.titleRequired') }]}
            extra={t('hazards.reportTitleHint')}
          >
            <Input maxLength={100} showCount autoComplete="off" />
          </Form.Item>
          <div style={{ marginTop: -8, marginBottom: 16 }}>
            <DuplicateSuggestions title={title} enterpriseId={enterpriseId} lng={lng} lat={lat} />
          </div>
          <Form.Item name="description" label={t('field.description')}>
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={2000} showCount />
          </Form.Item>

          {ownEnterprise ? (
            <Form.Item label={t('hazards.enterprise')}>
              <Typography.Text strong>{ownEnterprise.enterpriseName}</Typography.Text>
            </Form.Item>
          ) : (
            <Form.Item name="enterpriseId" label={t('hazards.enterprise')} extra={t('hazards.enterpriseHint')}>
              <EnterpriseSelect style={{ width: '100%' }} />
            </Form.Item>
          )}
          {!enterpriseId && grids.length > 0 ? (
            <Form.Item
              name="gridCode"
              label={t('field.gridCode')}
              rules={grids.length > 1 ? [{ required: true, message: t('hazards.gridRequired') }] : []}
            >
              <Select allowClear options={grids.map((g) => ({ value: g.code, label: g.name }))} />
            </Form.Item>
          ) : null}
          {!enterpriseId && scope.kind === 'region' ? (
            <Form.Item
              name="regionCode"
              label={t('hazards.region')}
              rules={[{ required: true, message: t('hazards.placeRequired') }]}
            >
              <RegionTreeSelect placeholder={t('hazards.pickRegion')} style={{ width: '100%' }} />
            </Form.Item>
          ) : null}

          <Form.Item name="locationText" label={t('hazards.location')}>
            <Input maxLength={200} placeholder={t('hazards.locationPlaceholder')} />
          </Form.Item>
          <Row gutter={12} align="bottom">
            <Col xs={12} sm={9}>
              <Form.Item name="lng" label={t('field.lng')}>
                <InputNumber min={73} max={136} step={0.000001} precision={6} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={12} sm={9}>
              <Form.Item name="lat" label={t('field.lat')}>
                <InputNumber min={3} max={54} step={0.000001} precision={6} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={24} sm={6}>
              <Form.Item>
                <Button icon={<AimOutlined />} onClick={locate} loading={locating} block>
                  {t('hazards.locate')}
                </Button>
              </Form.Item>
            </Col>
          </Row>

          <Form.Item
            name="source"
            label={t('hazards.source')}
            rules={[{ required: true, message: t('hazards.sourceRequired') }]}
          >
            <Select options={enumOptions(HAZARD_SOURCES, 'hazard.source')} />
          </Form.Item>
          <Row gutter={12}>
            <Col xs={24} sm={12}>
              <Form.Item name="category" label={t('field.category')}>
                <Select allowClear options={enumOptions(HAZARD_CATEGORIES, 'hazard.category')} />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12}>
              <Form.Item name="hazardType" label={t('field.hazardType')}>
                <Select allowClear options={enumOptions(Object.keys(HAZARD_TYPES), 'hazard.type')} />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item name="checkKind" label={t('field.checkKind')}>
            <Select allowClear options={enumOptions(Object.keys(HAZARD_CHECK_KINDS), 'hazard.checkKind')} />
          </Form.Item>
          <Form.Item name="level" label={t('hazards.levelSuggestion')} extra={t('hazards.levelSuggestionHint')}>
            <Radio.Group
              optionType="button"
              options={[
                { value: 'ordinary', label: t('hazard.level.ordinary') },
                { value: 'major', label: t('hazard.level.major') },
                { value: 'unknown', label: t('hazards.levelUnknown') },
              ]}
            />
          </Form.Item>
          <Form.Item name="evidenceIds" label={t('hazards.photo.label.before')} extra={t('hazards.photo.hint')}>
            <PhotoInput phase="before" onBusyChange={setUploading} />
          </Form.Item>
          <Space orientation="vertical" style={{ width: '100%' }}>
            <Button type="primary" htmlType="submit" size="large" block loading={send.isPending} disabled={uploading}>
              {uploading ? t('hazards.photo.waiting') : t('hazards.submitReport')}
            </Button>
            <Button block onClick={() => navigate('/hazards')}>
              {t('common.cancel')}
            </Button>
          </Space>
        </Form>
      </Card>
    </div>
  );
}
