import { QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { type ReactNode, useState } from 'react';
import { LocaleProvider, useI18n } from './i18n/locale-context';
import { createQueryClient } from './query-client';

const FONT_FAMILY =
  '-apple-system, BlinkMacSystemFont, "Segoe UI", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", ' +
  '"WenQuanYi Zen Hei", "Noto Sans CJK SC", "Helvetica Neue", Arial, sans-serif';

function AntdConfig({ children }: { children: ReactNode }) {
  const { locale } = useI18n();
  return (
    <ConfigProvider
      locale={locale === 'zh-CN' ? zhCN : enUS}
      button={{ autoInsertSpace: false }}
      theme={{ token: { colorPrimary: '#1d5bd8', colorLink: '#1d5bd8', fontFamily: FONT_FAMILY, borderRadius: 4 } }}
    >
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  );
}

export function Providers({ children }: { children: ReactNode }) {
  const [queryClient] = useState(createQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <LocaleProvider>
        <AntdConfig>{children}</AntdConfig>
      </LocaleProvider>
    </QueryClientProvider>
  );
}
