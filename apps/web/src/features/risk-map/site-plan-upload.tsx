import { UploadOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { App, Button } from 'antd';
import { useRef } from 'react';
import { useI18n } from '../../app/i18n/locale-context';
import { useSession } from '../auth/session';
import { uploadEvidence } from '../hazards/api';
import { putSitePlan } from './api';

/**
 * Uploads (or replaces) the site plan: the image goes to POST /evidence like any photo, then becomes the plan. A
 * refusal (not an image, too large) is shown with the server's message.
 */
export function SitePlanUpload(props: { enterpriseId: string; replace: boolean; onDone: () => void }) {
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const session = useSession();
  const input = useRef<HTMLInputElement>(null);
  const upload = useMutation({
    mutationFn: async (file: File) => {
      const evidence = await uploadEvidence(file, 'other', { csrfToken: session.data?.csrfToken ?? null, locale });
      await putSitePlan(props.enterpriseId, evidence.id);
    },
    onSuccess: () => {
      void message.success(t('riskMap.planSaved'));
      props.onDone();
    },
    onError: (error) => void message.error(t('riskMap.planFailed', { message: error.message })),
  });
  return (
    <>
      <Button
        type={props.replace ? 'default' : 'primary'}
        icon={<UploadOutlined />}
        loading={upload.isPending}
        onClick={() => input.current?.click()}
        title={t('riskMap.planHint')}
      >
        {upload.isPending ? t('riskMap.uploading') : props.replace ? t('riskMap.replacePlan') : t('riskMap.uploadPlan')}
      </Button>
      <input
        ref={input}
        type="file"
        accept="image/jpeg,image/png,image/webp"
        className="redline-visually-hidden"
        aria-label={t('riskMap.uploadPlan')}
        data-testid="site-plan-input"
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (file) upload.mutate(file);
          event.target.value = '';
        }}
      />
    </>
  );
}
