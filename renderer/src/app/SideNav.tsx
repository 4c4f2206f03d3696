import { Layout, Menu } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { AREAS } from './routes';

export function SideNav({ appVersion }: { appVersion: string }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const selected = AREAS.find((area) => area.path !== '/' && pathname.startsWith(area.path))?.path ?? '/';
  return (
    <Layout.Sider width={216} theme="dark">
      <div className="scd-sider-inner">
        <div className="scd-brand">
          <img src="./icon.svg" alt="" />
          <span>
            {t('app.name')}
            <span className="scd-brand-tagline">{t('app.tagline')}</span>
          </span>
        </div>
        <nav aria-label={t('nav.label')} style={{ flex: 1 }}>
          <Menu
            className="scd-sider-menu"
            theme="dark"
            mode="inline"
            selectedKeys={[selected]}
            items={AREAS.map((area) => ({
              key: area.path,
              icon: area.icon,
              label: <Link to={area.path}>{t(area.label)}</Link>,
            }))}
          />
        </nav>
        <div className="scd-sider-footer">{t('app.version', { version: appVersion })}</div>
      </div>
    </Layout.Sider>
  );
}
