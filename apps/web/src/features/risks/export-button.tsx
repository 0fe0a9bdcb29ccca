import { DownloadOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { App, Button } from 'antd';
import { downloadFile } from '../../app/download';
import { useI18n } from '../../app/i18n/locale-context';

/** 导出清单: the register as a 风险分级管控清单 (.xlsx) — for whoever reads it; it imports back (数据导入). */
export function ExportButton({ enterpriseId }: { enterpriseId: string }) {
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const download = useMutation({
    mutationFn: () =>
      downloadFile(
        `/api/v1/enterprises/${encodeURIComponent(enterpriseId)}/risk-register.xlsx`,
        locale,
        'risk-register.xlsx',
      ),
    onError: (error) => void message.error(error.message),
  });
  return (
    <Button icon={<DownloadOutlined />} loading={download.isPending} onClick={() => download.mutate()}>
      {t('risks.export')}
    </Button>
  );
}
