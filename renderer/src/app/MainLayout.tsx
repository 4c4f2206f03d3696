import { Button, Layout, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Route, Routes } from 'react-router';
import type { WorkspaceInfo } from '../../../main/workspace/contract';
import { ImportWatcher } from '../members/import/importJob';
import { AppHeader } from './AppHeader';
import { DemoBanner } from './DemoBanner';
import { SideNav } from './SideNav';
import { AREAS, SUBPAGES } from './routes';

export function MainLayout({ info }: { info: WorkspaceInfo }) {
  return (
    <Layout className="scd-shell">
      <SideNav appVersion={info.appVersion} />
      <Layout>
        <AppHeader dataFileName={info.dataFileName} />
        <DemoBanner />
        <Layout.Content className="scd-main">
          <Routes>
            {[...AREAS, ...SUBPAGES].map((page) => (
              <Route key={page.path} path={page.path} element={page.element} />
            ))}
            <Route path="*" element={<NotFound />} />
          </Routes>
        </Layout.Content>
      </Layout>
      <ImportWatcher />
    </Layout>
  );
}

function NotFound() {
  const { t } = useTranslation();
  return (
    <Result
      status="404"
      title={t('errors.pageNotFound')}
      extra={
        <Link to="/">
          <Button type="primary">{t('errors.backHome')}</Button>
        </Link>
      }
    />
  );
}
