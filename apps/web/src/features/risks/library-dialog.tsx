import { type LibrarySectorCode, RISK_LIBRARY } from '@redline/domain';
import { Alert, Modal, Radio, Space, Typography } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../app/i18n/locale-context';
import { copyLibrary } from './api';
import { useRegisterWrite } from './use-register-write';

/** 从标准库复制: copies one sector of the starter library (units, events, measures with their check cycles). */
export function LibraryDialog({
  enterpriseId,
  open,
  onClose,
}: {
  enterpriseId: string;
  open: boolean;
  onClose: () => void;
}) {
  const { t, locale } = useI18n();
  const [sector, setSector] = useState<LibrarySectorCode | null>(null);
  const [error, setError] = useState<string | null>(null);
  const copy = useRegisterWrite(enterpriseId, (code: LibrarySectorCode) => copyLibrary(enterpriseId, code), {
    done: (n) => t('risks.library.done', n),
    onSuccess: onClose,
    onError: (e) => setError(e instanceof Error ? e.message : String(e)),
  });
  return (
    <Modal
      open={open}
      title={t('risks.library.title')}
      okText={t('risks.library.copy')}
      okButtonProps={{ disabled: !sector }}
      cancelText={t('common.cancel')}
      confirmLoading={copy.isPending}
      onOk={() => {
        setError(null);
        if (sector) copy.mutate(sector);
      }}
      onCancel={onClose}
      closable={{ 'aria-label': t('common.close') }}
    >
      <Typography.Paragraph type="secondary">{t('risks.library.hint')}</Typography.Paragraph>
      {error ? <Alert type="error" showIcon title={error} role="alert" style={{ marginBottom: 12 }} /> : null}
      <Radio.Group value={sector} onChange={(e) => setSector(e.target.value)} aria-label={t('risks.library.sector')}>
        <Space orientation="vertical">
          {RISK_LIBRARY.map((s) => {
            const events = s.units.reduce((n, u) => n + u.events.length, 0);
            return (
              <Radio key={s.code} value={s.code}>
                <Typography.Text strong>{locale === 'en' ? s.nameEn : s.nameZh}</Typography.Text>
                <Typography.Text type="secondary">
                  {' '}
                  · {t('risks.library.size', { units: s.units.length, events })}
                </Typography.Text>
              </Radio>
            );
          })}
        </Space>
      </Radio.Group>
    </Modal>
  );
}
