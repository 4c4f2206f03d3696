import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import viVN from 'antd/locale/vi_VN';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import { HashRouter } from 'react-router';
import { useLanguage } from '../i18n';
import { useTabStaysInDialogs } from '../lib/dialogFocus';
import { theme } from './theme';
import { Shell } from './Shell';

// The data changes only through this window's own calls, which invalidate what they touch;
// refetching on focus or retrying a local call would only repeat the same answer.
const queryClient = new QueryClient({
  defaultOptions: {
    queries: { staleTime: Infinity, retry: false, refetchOnWindowFocus: false },
    mutations: { retry: false },
  },
});

export function App() {
  const [language] = useLanguage();
  useTabStaysInDialogs();
  // Date pickers read dayjs's global locale when they render, so set it before they do.
  dayjs.locale(language);
  return (
    <ConfigProvider locale={language === 'vi' ? viVN : enUS} theme={theme}>
      <AntApp message={{ top: 64, maxCount: 3 }}>
        <QueryClientProvider client={queryClient}>
          <HashRouter>
            <Shell />
          </HashRouter>
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  );
}
