import { Alert, Button, Space } from 'antd';
import { useI18n } from '../../app/i18n/locale-context';

/** What to do while drawing an area, with the points so far: close it (at least 3), undo a point, or give up. */
export function DrawingBar(props: {
  count: number;
  redrawing: string | null;
  onFinish: () => void;
  onUndo: () => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const hint = t('riskMap.drawHint', { count: props.count });
  return (
    <Alert
      type="info"
      showIcon
      style={{ marginBottom: 12 }}
      title={props.redrawing ? `${t('riskMap.redrawHint', { name: props.redrawing })} ${hint}` : hint}
      description={props.count > 0 && props.count < 3 ? t('riskMap.needThree') : undefined}
      action={
        <Space wrap>
          <Button type="primary" size="small" disabled={props.count < 3} onClick={props.onFinish}>
            {t('riskMap.finish')}
          </Button>
          <Button size="small" disabled={props.count === 0} onClick={props.onUndo}>
            {t('riskMap.undo')}
          </Button>
          <Button size="small" onClick={props.onCancel}>
            {t('riskMap.cancel')}
          </Button>
        </Space>
      }
      data-testid="risk-map-drawing-bar"
    />
  );
}
