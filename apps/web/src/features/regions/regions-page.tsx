import { Card, Col, Empty, Row, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { useI18n } from '../../app/i18n/locale-context';
import { RegionDetail } from './region-detail';
import { RegionTree } from './region-tree';

/** Region tree on the left, the selected region (kept in `?code=`) on the right. */
export function RegionsPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const code = params.get('code');
  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 22, marginTop: 0 }}>
        {t('nav.regions')}
      </Typography.Title>
      <Row gutter={[16, 16]}>
        <Col xs={24} md={10} xl={8}>
          <Card title={t('regions.tree')} styles={{ body: { maxHeight: 'calc(100vh - 260px)', overflow: 'auto' } }}>
            <RegionTree selectedCode={code} onSelect={(next) => setParams({ code: next })} />
          </Card>
        </Col>
        <Col xs={24} md={14} xl={16}>
          {code ? (
            <RegionDetail code={code} />
          ) : (
            <Card>
              <Empty description={t('regions.pick')} />
            </Card>
          )}
        </Col>
      </Row>
    </>
  );
}
