import { TranslationOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useI18n } from '../i18n/locale-context';

/** One button: 中文 ⇄ English; the choice is remembered in localStorage. */
export function LocaleSwitch() {
  const { locale, setLocale, t } = useI18n();
  const other = locale === 'zh-CN' ? 'en' : 'zh-CN';
  return (
    <Button
      type="text"
      icon={<TranslationOutlined aria-hidden="true" />}
      lang={other}
      title={t('locale.switch')}
      onClick={() => setLocale(other)}
    >
      {t('locale.other')}
    </Button>
  );
}
